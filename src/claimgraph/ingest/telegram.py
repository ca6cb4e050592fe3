"""Telegram Desktop channel exports (``result.json``): each message with text is a document.

A message's text is a string or a list of strings and entity objects (links, bold, mentions), and
any field may be missing in older exports. A forwarded message keeps where it came from, both on its
sighting and as a citation of kind "forward".
"""
from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from claimgraph.ingest.dates import normalize_date
from claimgraph.ingest.item import Item, clean


class BadExport(ValueError):
    """A JSON file that is not a channel export."""


def message_text(value: Any) -> str:
    """Plain text of a message's ``text`` field in any of its shapes."""
    if isinstance(value, str):
        return value
    if isinstance(value, list):
        parts = []
        for part in value:
            if isinstance(part, str):
                parts.append(part)
            elif isinstance(part, dict) and isinstance(part.get("text"), str):
                parts.append(part["text"])
        return "".join(parts)
    return ""


def read_telegram(export: Any) -> Iterator[Item]:
    """Items for the text messages of a parsed export; raises BadExport when it has no messages."""
    if not isinstance(export, dict) or not isinstance(export.get("messages"), list):
        raise BadExport("JSON without a 'messages' list (not a Telegram channel export)")
    channel = clean(export.get("name")) or (f"telegram:{export['id']}" if export.get("id") else None)
    username = clean(export.get("username"))
    for message in export["messages"]:
        if not isinstance(message, dict) or message.get("type", "message") != "message":
            continue
        text = message_text(message.get("text")).strip()
        if not text:
            continue
        message_id = message.get("id")
        item = Item(text=text, format="telegram", outlet=channel, channel=channel)
        item.message_id = str(message_id) if message_id is not None else None
        item.published = (normalize_date(message.get("date"), fuzzy=False)
                          or normalize_date(message.get("date_unixtime"), fuzzy=False))
        item.author = clean(message.get("author")) or clean(message.get("from"))
        item.forwarded_from = clean(message.get("forwarded_from"))
        if username and item.message_id:
            item.url = f"https://t.me/{username.lstrip('@')}/{item.message_id}"
        first_line = text.split("\n", 1)[0].strip()
        item.title = clean(first_line, limit=120)
        yield item
