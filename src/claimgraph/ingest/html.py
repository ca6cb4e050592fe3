"""Saved news pages: main text without navigation and ads, with title, outlet, author and date.

trafilatura does the extraction and reads the date from meta tags, JSON-LD and visible text (via
htmldate). The outlet is the page's own name for itself (og:site_name, publisher) or else the
domain of its canonical URL.
"""
from __future__ import annotations

import re
from urllib.parse import urlsplit

from claimgraph.ingest.dates import normalize_date
from claimgraph.ingest.detect import normalize_lang
from claimgraph.ingest.item import Item, clean, clean_url

_LANG_ATTR = re.compile(r"<html[^>]{0,1000}?\blang\s*=\s*[\"']?([A-Za-z_-]{2,12})", re.IGNORECASE)
_CANONICAL = re.compile(
    r"<link[^>]{0,500}?rel\s*=\s*[\"']canonical[\"'][^>]{0,500}?href\s*=\s*[\"']([^\"']{1,2000})|"
    r"<meta[^>]{0,500}?property\s*=\s*[\"']og:url[\"'][^>]{0,500}?content\s*=\s*[\"']([^\"']{1,2000})",
    re.IGNORECASE)
_BLOCKS = re.compile(r"(?i)<(br|/p|/div|/li|/h[1-6]|/tr|/blockquote)\b[^>]{0,500}>")


class NoText(ValueError):
    """The page has no readable text."""


def read_html(html: str, url: str | None = None) -> Item:
    """One item from a saved page; raises NoText when nothing readable is left."""
    import trafilatura

    head = html[:65536]
    page_url = url or _canonical(head)
    result = trafilatura.bare_extraction(
        html, url=page_url, with_metadata=True, include_comments=False, include_tables=True,
        favor_recall=True)
    data = result.as_dict() if result is not None and hasattr(result, "as_dict") else (result or {})
    text = (data.get("text") or "").strip()
    if not text:
        text = html_to_text(html)
    if not text:
        raise NoText("no readable text in the page")
    item = Item(text=text, format="html")
    item.title = clean(data.get("title"))
    item.author = clean(data.get("author"))
    item.url = clean_url(data.get("url")) or page_url
    item.outlet = clean(data.get("sitename")) or _domain(item.url)
    item.published = normalize_date(data.get("date"), fuzzy=False)
    lang_attr = _LANG_ATTR.search(head)
    declared = normalize_lang(lang_attr.group(1)) if lang_attr else None
    if declared:  # templates often keep a wrong lang attribute: a fallback, not the answer
        item.meta["lang_declared"] = declared
    return item


def html_to_text(fragment: str) -> str:
    """Visible text of an HTML fragment (feed summaries, pages trafilatura gives up on)."""
    import lxml.html
    from lxml import etree

    fragment = _BLOCKS.sub(lambda m: m.group(0) + "\n", fragment)
    try:
        root = lxml.html.fromstring(fragment)
    except (etree.ParserError, ValueError):
        return ""
    for bad in root.xpath("//script|//style|//noscript|//template"):
        bad.drop_tree()
    lines = (" ".join(line.split()) for line in root.text_content().split("\n"))
    return "\n".join(line for line in lines if line).strip()


def _canonical(head: str) -> str | None:
    match = _CANONICAL.search(head)
    if not match:
        return None
    value = (match.group(1) or match.group(2) or "").strip()
    return value if value.startswith(("http://", "https://")) else None


def _domain(url: str | None) -> str | None:
    if not url:
        return None
    host = urlsplit(url).hostname or ""
    return host.removeprefix("www.") or None
