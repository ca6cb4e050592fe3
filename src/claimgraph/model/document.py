"""Documents, where they were seen, what they cite, and what could not be read."""
from __future__ import annotations

from dataclasses import dataclass, field

from claimgraph.ids import make_id
from claimgraph.model.base import Record


@dataclass(slots=True)
class Document(Record):
    """One text. Its id hashes the normalized text, so copies of a wire text are one document."""

    id: str
    text: str
    title: str | None = None
    author: str | None = None
    published: str | None = None  # ISO date (YYYY-MM-DD, or a timestamp); None when unknown
    lang: str | None = None  # lowercase ISO 639-1; "und" when undetermined
    format: str | None = None  # text, markdown, html, pdf, rss, atom, telegram, jsonl
    ingested_at: str | None = None
    meta: dict[str, object] = field(default_factory=dict)


@dataclass(slots=True)
class Sighting(Record):
    """Where a document was seen: one outlet, URL, file or channel message."""

    id: str
    document_id: str
    outlet: str | None = None
    url: str | None = None
    path: str | None = None
    published: str | None = None
    title: str | None = None
    channel: str | None = None
    message_id: str | None = None
    forwarded_from: str | None = None
    format: str | None = None
    seen_at: str | None = None

    @staticmethod
    def make_id(document_id: str, outlet: str | None, url: str | None, path: str | None,
                channel: str | None = None, message_id: str | None = None) -> str:
        return make_id("sighting", document_id, outlet, url, path, channel, message_id)


@dataclass(slots=True)
class Citation(Record):
    """A document naming its source, forwarding a message, or copying an earlier document."""

    id: str
    document_id: str
    kind: str  # attribution | forward | copy
    source: str | None = None  # the outlet or agency named
    target_document_id: str | None = None  # for copies: the earlier document
    start: int | None = None
    end: int | None = None
    similarity: float | None = None


@dataclass(slots=True)
class IngestFailure(Record):
    """A source that could not be ingested, with a one-line reason."""

    source: str
    reason: str
    at: str | None = None
    stage: str = "ingest"
