"""JSON Lines for bulk loads: one ``{"text", "title", "url", "published", "outlet", "lang"}`` per line.

A bad line is one failure naming the line; the other lines of the file still load.
"""
from __future__ import annotations

import json
from collections.abc import Iterable, Iterator

from claimgraph.ingest.dates import normalize_date
from claimgraph.ingest.detect import normalize_lang
from claimgraph.ingest.item import Item, clean, clean_url
from claimgraph.model import IngestFailure


def read_jsonl(lines: Iterable[str], source: str) -> Iterator[Item | IngestFailure]:
    """Items for the lines of a JSON Lines file (a single JSON object or array also works)."""
    lines = iter(lines)
    for number, line in enumerate(lines, start=1):
        line = line.strip()
        if not line:
            continue
        try:
            value = json.loads(line)
        except json.JSONDecodeError as exc:
            if number == 1 and line[:1] in "[{":
                # maybe one JSON document over several lines: read it whole
                rest = line + "\n" + "\n".join(lines)
                try:
                    value = json.loads(rest)
                except ValueError:
                    yield IngestFailure(source, f"invalid JSON ({exc.msg} at line {exc.lineno})")
                    return
                if isinstance(value, list):
                    for i, record in enumerate(value, start=1):
                        yield _item(record, f"{source}#{i}")
                else:
                    yield _item(value, source)
                return
            yield IngestFailure(f"{source}:{number}", f"invalid JSON ({exc.msg})")
            continue
        yield from _records(value, f"{source}:{number}")


def _records(value: object, where: str) -> Iterator[Item | IngestFailure]:
    """The records of one line: an object, or an array of objects."""
    if not isinstance(value, list):
        yield _item(value, where)
        return
    records = [v for v in value if isinstance(v, dict)]
    if len(records) < len(value):
        yield IngestFailure(where, "not a JSON object")
    for record in records:
        yield _item(record, where)


def _item(record: object, where: str) -> Item | IngestFailure:
    if not isinstance(record, dict):
        return IngestFailure(where, "not a JSON object")
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        return IngestFailure(where, "no 'text' field")
    item = Item(text=text.strip(), format="jsonl")
    item.title = clean(record.get("title"))
    item.url = clean_url(record.get("url"))
    item.outlet = clean(record.get("outlet"))
    item.author = clean(record.get("author"))
    item.published = normalize_date(record.get("published") or record.get("date"))
    item.lang = normalize_lang(record.get("lang"))
    return item
