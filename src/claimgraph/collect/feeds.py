"""Followed RSS/Atom feeds: conditional polling, new items only, each item's linked page fetched.

A polled item becomes one document: the page it links to, with the item's title and date as
metadata; when that page cannot be fetched, the item's own text, with the failure recorded.
Ingesting a saved feed *file* (``claimgraph ingest feed.xml``) never fetches anything.
"""
from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from claimgraph.collect.fetch import Fetcher
from claimgraph.collect.pages import read_page, store_items, store_page
from claimgraph.errors import IngestError
from claimgraph.ids import document_id, make_id
from claimgraph.ingest.feeds import BadFeed, read_feed
from claimgraph.ingest.item import Item
from claimgraph.ingest.run import IngestReport, record_failure
from claimgraph.model import IngestFailure
from claimgraph.store import now
from claimgraph.workspace import Workspace

LOG = logging.getLogger(__name__)


@dataclass
class PollReport:
    feeds: int = 0
    not_modified: int = 0
    new_items: int = 0
    pages_fetched: int = 0
    fallbacks: int = 0
    failures: list[IngestFailure] = field(default_factory=list)
    ingest: IngestReport = field(default_factory=IngestReport)


def add_feed(ws: Workspace, url: str) -> None:
    if not url.startswith(("http://", "https://")):
        raise IngestError(url, "not an http(s) URL", hint="give the feed's address")
    with ws.store.write() as tx:
        tx.upsert("feeds", [{"url": url, "added_at": now(), "items": 0}], key=("url",))


def list_feeds(ws: Workspace) -> list[dict[str, object]]:
    return ws.store.query("SELECT url, title, added_at, polled_at, items, etag, last_modified "
                          "FROM feeds ORDER BY url")


def remove_feed(ws: Workspace, url: str) -> None:
    with ws.store.write() as tx:
        tx.execute("DELETE FROM feeds WHERE url = ?", [url])


def poll(ws: Workspace, fetcher: Fetcher | None = None) -> PollReport:
    """Poll every followed feed once."""
    report = PollReport()
    own = fetcher is None
    fetcher = fetcher or Fetcher()
    try:
        for feed in list_feeds(ws):
            report.feeds += 1
            _poll_feed(ws, fetcher, feed, report)
    finally:
        if own:
            fetcher.close()
    return report


def _poll_feed(ws: Workspace, fetcher: Fetcher, feed: dict[str, object], report: PollReport) -> None:
    url = str(feed["url"])
    headers = {}
    if feed.get("etag"):
        headers["If-None-Match"] = str(feed["etag"])
    if feed.get("last_modified"):
        headers["If-Modified-Since"] = str(feed["last_modified"])
    try:
        fetched = fetcher.get(url, headers=headers)
    except IngestError as exc:
        _fail(ws, report, url, str(exc))
        return
    if fetched.status == 304:
        report.not_modified += 1
        _touch(ws, url, None, fetched.headers)
        return
    try:
        items = list(read_feed(fetched.body))
    except BadFeed as exc:
        _fail(ws, report, url, str(exc))
        return
    except Exception as exc:  # noqa: BLE001 - a hostile feed must not stop the poll
        _fail(ws, report, url, f"unreadable feed ({type(exc).__name__})")
        return
    title = items[0].outlet if items else None
    for entry in items:
        guid = entry.url or entry.title or document_id(entry.text)
        item_id = make_id("feed_item", url, guid)
        if ws.store.scalar("SELECT count(*) FROM feed_items WHERE id = ?", [item_id]):
            continue
        report.new_items += 1
        doc_id = _ingest_entry(ws, fetcher, url, entry, report)
        with ws.store.write() as tx:
            tx.upsert("feed_items", [{"id": item_id, "feed_url": url, "guid": guid, "link": entry.url,
                                      "title": entry.title, "published": entry.published,
                                      "document_id": doc_id, "seen_at": now()}])
            tx.execute("UPDATE feeds SET items = coalesce(items, 0) + 1 WHERE url = ?", [url])
    _touch(ws, url, title, fetched.headers)


def _ingest_entry(ws: Workspace, fetcher: Fetcher, feed_url: str, entry: Item,
                  report: PollReport) -> str | None:
    if entry.url and entry.url.startswith(("http://", "https://")):
        try:
            page = fetcher.get(entry.url)
            items = read_page(page, ws)
            if not items:
                raise IngestError(entry.url, "no text found on the page")
        except IngestError as exc:
            _fail(ws, report, entry.url, f"{exc} (kept the feed item's own text)")
        else:
            main = max(items, key=lambda i: len(i.text))
            main.title = entry.title or main.title
            main.published = entry.published or main.published
            main.outlet = entry.outlet or main.outlet
            report.pages_fetched += 1
            return store_page(ws, page, [main], report.ingest)[0]
    report.fallbacks += 1
    return store_items(ws, entry.url or feed_url, [entry], report.ingest)[0]


def _fail(ws: Workspace, report: PollReport, source: str, reason: str) -> None:
    failure = IngestFailure(source, " ".join(reason.split()), stage="fetch")
    record_failure(ws, report.ingest, failure)
    report.failures.append(failure)


def _touch(ws: Workspace, url: str, title: str | None, headers: dict[str, str]) -> None:
    with ws.store.write() as tx:
        tx.execute("UPDATE feeds SET polled_at = ?, title = coalesce(?, title), "
                   "etag = coalesce(?, etag), last_modified = coalesce(?, last_modified) WHERE url = ?",
                   [now(), title, headers.get("etag"), headers.get("last-modified"), url])


def watch_feeds(ws: Workspace, every: float, on_poll: Callable[[PollReport], None],
                fetcher: Fetcher | None = None, rounds: int | None = None,
                sleep: Callable[[float], None] = time.sleep) -> int:
    """Poll every ``every`` seconds until interrupted (Ctrl-C) or ``rounds`` polls are done."""
    done = 0
    try:
        while rounds is None or done < rounds:
            on_poll(poll(ws, fetcher))
            done += 1
            if rounds is not None and done >= rounds:
                break
            deadline = time.monotonic() + every
            while time.monotonic() < deadline:
                sleep(min(1.0, max(0.0, deadline - time.monotonic())))
    except KeyboardInterrupt:
        LOG.info("feed watch stopped")
    return done
