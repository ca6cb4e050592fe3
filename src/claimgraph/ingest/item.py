"""What a format reader returns: one text with the metadata found next to it, before any store work.

Readers are plain functions over bytes, so they can run in a worker pool; turning an item into a
Document, a Sighting and Citations happens later, in one place (:mod:`claimgraph.ingest.run`).
"""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(slots=True)
class Item:
    """One readable text from a source file (a page, a feed entry, a channel message, a line)."""

    text: str
    format: str
    title: str | None = None
    author: str | None = None
    published: str | None = None
    outlet: str | None = None
    url: str | None = None
    lang: str | None = None  # set by a reader only when the source states it reliably
    channel: str | None = None
    message_id: str | None = None
    forwarded_from: str | None = None
    meta: dict[str, object] = field(default_factory=dict)


#: Longest URL kept: links of tracking-laden or query-built pages run to a few thousand characters,
#: and a shortened link no longer leads to the source.
URL_LIMIT = 8192


def clean(value: object, limit: int = 500) -> str | None:
    """A metadata string with whitespace folded, or None when empty or not text."""
    if value is None or isinstance(value, (dict, list)):
        return None
    text = " ".join(str(value).split())
    return text[:limit] if text else None


def clean_url(value: object) -> str | None:
    """A source link kept whole (whitespace removed), or None when empty or absurdly long."""
    text = clean(value, limit=URL_LIMIT + 1)
    if text is None or len(text) > URL_LIMIT:
        return None
    return text.replace(" ", "")
