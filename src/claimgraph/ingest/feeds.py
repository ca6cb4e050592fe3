"""RSS and Atom files: each entry is a document, the feed's title is the outlet."""
from __future__ import annotations

from collections.abc import Iterator

from claimgraph.ingest.dates import normalize_date
from claimgraph.ingest.detect import normalize_lang
from claimgraph.ingest.html import html_to_text
from claimgraph.ingest.item import Item, clean, clean_url


class BadFeed(ValueError):
    """A file that looked like a feed but has no readable entries."""


def read_feed(data: bytes) -> Iterator[Item]:
    """Items for the entries of an RSS/Atom file; raises BadFeed when it has none."""
    import feedparser

    parsed = feedparser.parse(data)
    entries = parsed.get("entries") or []
    if not entries:
        problem = parsed.get("bozo_exception")
        raise BadFeed(f"feed without entries{f' ({problem})' if problem else ''}")
    feed = parsed.get("feed") or {}
    outlet = clean(feed.get("title"))
    site = clean(feed.get("link"))
    feed_lang = normalize_lang(feed.get("language"))
    kind = "atom" if str(parsed.get("version", "")).startswith("atom") else "rss"
    for entry in entries:
        body = ""
        for content in entry.get("content") or []:
            body = html_to_text(content.get("value") or "") or body
        if not body:
            body = html_to_text(entry.get("summary") or entry.get("description") or "")
        title = clean(entry.get("title"))
        text = body or title or ""
        if not text.strip():
            continue
        item = Item(text=text, format=kind, title=title, outlet=outlet)
        item.url = clean_url(entry.get("link"))
        item.author = clean(entry.get("author"))
        item.published = (normalize_date(entry.get("published_parsed") or entry.get("updated_parsed"))
                          or normalize_date(entry.get("published") or entry.get("updated")))
        item.meta = {"feed": site} if site else {}
        if feed_lang:  # one language tag for a whole feed: a fallback when detection is unsure
            item.meta["lang_declared"] = feed_lang
        yield item
