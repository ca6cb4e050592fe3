"""Reading one source file into items, apart from the store, so it can run in a worker process.

The caller passes what the store knows about the file (its last fingerprint); the result says
whether the file is unchanged, rejected, or read, with its items and their MinHash signatures.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

from claimgraph.errors import IngestError
from claimgraph.ids import document_id
from claimgraph.ingest import dedupe
from claimgraph.ingest.item import Item
from claimgraph.ingest.readers import read_bytes
from claimgraph.ingest.sources import fingerprint, quick_fingerprint
from claimgraph.model import IngestFailure

LOG = logging.getLogger(__name__)


@dataclass(slots=True)
class ReadItem:
    """An item with the values the writer needs, computed where the item was read."""

    item: Item
    document_id: str
    signature: dedupe.Signature | None


@dataclass(slots=True)
class FileResult:
    key: str  # absolute path: the name in the sources table and on sightings
    shown: str  # the path as the user named it, for messages
    fingerprint: str | None = None
    unchanged: bool = False
    touched: bool = False  # same content, new modification time: only the fingerprint is updated
    failure: IngestFailure | None = None
    items: list[ReadItem] = field(default_factory=list)
    record_failures: list[IngestFailure] = field(default_factory=list)


def read_file(path: str, key: str, previous: str | None, max_file_mb: float,
              max_pdf_pages: int) -> FileResult:
    """Read one file unless its fingerprint shows it unchanged; never raises for a bad file."""
    result = FileResult(key=key, shown=path)
    try:
        stat = Path(path).stat()
    except OSError as exc:
        result.failure = IngestFailure(path, f"cannot read ({exc.strerror or exc})")
        return result
    if previous and previous.startswith(quick_fingerprint(stat) + ":"):
        result.unchanged = True
        return result
    if stat.st_size > max_file_mb * 1024 * 1024:
        result.failure = IngestFailure(
            path, f"file is {stat.st_size / 1048576:.1f} MB, over the {max_file_mb:g} MB limit "
                  "(raise CLAIMGRAPH_MAX_FILE_MB to read it)")
        return result
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        result.failure = IngestFailure(path, f"cannot read ({exc.strerror or exc})")
        return result
    result.fingerprint = fingerprint(stat, data)
    if previous and previous.rsplit(":", 1)[-1] == result.fingerprint.rsplit(":", 1)[-1]:
        result.unchanged = result.touched = True
        return result
    try:
        parsed = list(read_bytes(data, path, max_pdf_pages))
    except IngestError as exc:
        result.failure = IngestFailure(path, " ".join(str(exc).split()))
        return result
    except Exception as exc:
        LOG.debug("reader failed on %s", path, exc_info=True)
        result.failure = IngestFailure(path, f"unreadable ({type(exc).__name__}: {exc})"[:300])
        return result
    for entry in parsed:
        if isinstance(entry, IngestFailure):
            result.record_failures.append(entry)
        else:
            result.items.append(ReadItem(entry, document_id(entry.text), dedupe.signature(entry.text)))
    if not result.items and not result.record_failures:
        result.failure = IngestFailure(path, "no text found")
    return result
