"""From a file's bytes to items: sniff the format, decode, call the reader, fill in the language.

``read_bytes`` touches no store and no global state, so it can run in a worker process. Whole-file
problems raise :class:`~claimgraph.errors.IngestError` with a one-line reason; problems with one
record inside a file (a bad JSON line) come back as :class:`~claimgraph.model.IngestFailure` items.
"""
from __future__ import annotations

import json
from collections.abc import Iterator

from claimgraph.errors import IngestError
from claimgraph.ingest.detect import (
    binary_reason,
    declared_charset,
    decode,
    language_and_confidence,
    sniff_format,
)
from claimgraph.ingest.feeds import BadFeed, read_feed
from claimgraph.ingest.html import NoText, read_html
from claimgraph.ingest.item import Item
from claimgraph.ingest.jsonl import read_jsonl
from claimgraph.ingest.pdf import PdfRejected, read_pdf
from claimgraph.ingest.telegram import BadExport, read_telegram
from claimgraph.ingest.text import read_text
from claimgraph.model import IngestFailure


def read_bytes(data: bytes, source: str, max_pdf_pages: int = 2000) -> Iterator[Item | IngestFailure]:
    """Items read from one file's content; ``source`` names the file in failures."""
    if not data.strip():
        raise IngestError(source, "empty file")
    fmt = sniff_format(data[:65536], source)
    if fmt is None:
        raise IngestError(source, binary_reason(data[:8192]))
    try:
        items = _read(fmt, data, source, max_pdf_pages)
        for item in items:
            if isinstance(item, Item):
                if not item.text.strip():
                    continue
                if item.lang is None:
                    item.lang, confidence = language_and_confidence(item.text)
                    item.meta.setdefault("lang_confidence", confidence)
                    if item.lang == "und" and isinstance(item.meta.get("lang_declared"), str):
                        item.lang = str(item.meta["lang_declared"])
            yield item
    except (PdfRejected, BadFeed, BadExport, NoText) as exc:
        raise IngestError(source, str(exc)) from exc
    except RecursionError as exc:
        raise IngestError(source, f"{fmt} file too deeply nested to read") from exc


def _read(fmt: str, data: bytes, source: str, max_pdf_pages: int) -> Iterator[Item | IngestFailure]:
    if fmt == "pdf":
        yield read_pdf(data, max_pages=max_pdf_pages)
        return
    if fmt == "feed":
        yield from read_feed(data)
        return
    text, _encoding = decode(data, declared_charset(data[:4096]))
    if fmt == "telegram":
        try:
            export = json.loads(text)
        except ValueError as exc:
            raise IngestError(source, f"invalid JSON ({exc})") from exc
        if isinstance(export, dict) and isinstance(export.get("messages"), list):
            yield from read_telegram(export)
            return
        fmt = "jsonl"
    if fmt == "jsonl":
        yield from read_jsonl(text.splitlines(), source)
        return
    if fmt == "html":
        yield read_html(text)
        return
    item = read_text(text, markdown=fmt == "markdown")
    if not item.text:
        raise IngestError(source, "no text (only a metadata header)")
    yield item
