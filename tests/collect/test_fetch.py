"""Fetching pages and feeds from a local server: snapshots, politeness, and every network fault."""
from __future__ import annotations

from collections.abc import Iterator

import pytest
from local_server import Handler, serve

from claimgraph.collect.feeds import add_feed, list_feeds, poll, watch_feeds
from claimgraph.collect.fetch import Fetcher, FetchPolicy
from claimgraph.collect.pages import ingest_urls
from claimgraph.collect.snapshots import snapshots_of
from claimgraph.workspace import Workspace


@pytest.fixture
def base() -> Iterator[str]:
    with serve() as url:
        yield url


@pytest.fixture
def fetcher() -> Iterator[Fetcher]:
    policy = FetchPolicy(min_interval=0.0, timeout=2.0, deadline=1.5, max_bytes=1024 * 1024,
                         retries=2, backoff=0.01)
    with Fetcher(policy) as f:
        yield f


def errors(ws: Workspace) -> dict[str, str]:
    return {r["source"]: r["reason"] for r in ws.store.query("SELECT source, reason FROM ingest_errors")}


def test_fetch_page_becomes_a_document_with_snapshot_and_final_url(
        workspace: Workspace, base: str, fetcher: Fetcher) -> None:
    report = ingest_urls(workspace, [f"{base}/redirect"], fetcher)
    assert report.documents_new == 1
    doc = workspace.store.query("SELECT * FROM documents")[0]
    assert "second assembly line" in doc["text"] and "window.__pwned" not in doc["text"]
    assert doc["published"].startswith("2025-07-22")
    sighting = workspace.store.query("SELECT * FROM sightings")[0]
    assert sighting["url"] == f"{base}/article.html"
    snaps = snapshots_of(workspace, f"{base}/redirect")
    assert snaps[0]["final_url"] == f"{base}/article.html"
    assert b"<nav>" in snaps[0]["body"] and snaps[0]["headers"]["content-type"].startswith("text/html")


def test_fetch_twice_changes_nothing(workspace: Workspace, base: str, fetcher: Fetcher) -> None:
    ingest_urls(workspace, [f"{base}/article.html"], fetcher)
    ingest_urls(workspace, [f"{base}/article.html"], fetcher)
    for table in ("documents", "sightings", "snapshots"):
        assert workspace.store.scalar(f"SELECT count(*) FROM {table}") == 1


def test_fetch_wrong_charset_header_still_reads_russian(
        workspace: Workspace, base: str, fetcher: Fetcher) -> None:
    ingest_urls(workspace, [f"{base}/cp1251.html"], fetcher)
    doc = workspace.store.query("SELECT text, lang FROM documents")[0]
    assert "Федорищев" in doc["text"] and doc["lang"] == "ru"


def test_fetch_faults_are_one_line_errors_and_the_batch_goes_on(
        workspace: Workspace, base: str, fetcher: Fetcher) -> None:
    urls = [f"{base}/gone", f"{base}/missing", f"{base}/loop", f"{base}/slow", f"{base}/huge",
            f"{base}/reset", f"{base}/always-busy", f"{base}/rate-limited", f"{base}/private/page",
            "http://no-such-host.invalid/", f"{base}/article.html"]
    report = ingest_urls(workspace, urls, fetcher)
    assert report.documents_new == 1
    reasons = errors(workspace)
    assert "HTTP 410" in reasons[f"{base}/gone"]
    assert "HTTP 404" in reasons[f"{base}/missing"]
    assert "redirect" in reasons[f"{base}/loop"]
    assert "did not finish" in reasons[f"{base}/slow"] or "timed out" in reasons[f"{base}/slow"]
    assert "larger than" in reasons[f"{base}/huge"]
    assert "network error" in reasons[f"{base}/reset"]
    assert "HTTP 503" in reasons[f"{base}/always-busy"]
    assert "HTTP 429" in reasons[f"{base}/rate-limited"] and "rate limited" in reasons[f"{base}/rate-limited"]
    assert Handler.counters["/rate-limited"] == 3  # retried as the site asked, then given up
    assert "robots.txt" in reasons[f"{base}/private/page"]
    assert "network error" in reasons["http://no-such-host.invalid/"]
    assert all("\n" not in r for r in reasons.values())
    stages = {r["stage"] for r in workspace.store.query("SELECT stage FROM ingest_errors")}
    assert stages == {"fetch"}


def test_fetch_retries_a_server_error_then_succeeds(
        workspace: Workspace, base: str, fetcher: Fetcher) -> None:
    assert ingest_urls(workspace, [f"{base}/flaky"], fetcher).documents_new == 1
    assert Handler.counters["/flaky"] == 2


def test_fetch_sends_a_clear_user_agent(base: str, fetcher: Fetcher) -> None:
    assert fetcher.policy.user_agent.startswith("claimgraph/")


def test_feeds_poll_takes_new_items_only_with_conditional_requests(
        workspace: Workspace, base: str, fetcher: Fetcher) -> None:
    add_feed(workspace, f"{base}/feed.xml")
    first = poll(workspace, fetcher)
    assert (first.new_items, first.pages_fetched, first.fallbacks) == (2, 1, 1)
    docs = {r["title"]: r for r in workspace.store.query("SELECT title, text, published FROM documents")}
    assert "second assembly line" in docs["Samara drone centre expands"]["text"]
    assert "agreed to meet again" in docs["Item whose page is gone"]["text"]  # fallback: item text
    assert "HTTP 410" in errors(workspace)[f"{base}/gone"]
    second = poll(workspace, fetcher)
    assert second.not_modified == 1 and second.new_items == 0
    assert list_feeds(workspace)[0]["items"] == 2
    assert workspace.store.scalar("SELECT count(*) FROM documents") == 2


def test_feeds_watch_polls_the_given_number_of_rounds(
        workspace: Workspace, base: str, fetcher: Fetcher) -> None:
    add_feed(workspace, f"{base}/feed.xml")
    seen: list[int] = []
    done = watch_feeds(workspace, every=0.01, on_poll=lambda r: seen.append(r.new_items),
                       fetcher=fetcher, rounds=2)
    assert done == 2 and seen == [2, 0]
