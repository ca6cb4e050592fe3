"""One-line builders for triangulation tests: documents, sightings, citations, claims, events."""
from __future__ import annotations

from typing import Any

from claimgraph.ids import document_id, make_id
from claimgraph.model import Citation, Claim, Document, Event, Mention, Sighting, TimeRef
from claimgraph.store.records import (
    citation_row,
    claim_row,
    document_row,
    event_row,
    mention_row,
    sighting_row,
)
from claimgraph.workspace import Workspace


def time(start: str, precision: str = "day", end: str | None = None) -> TimeRef:
    return TimeRef(start, end or start, precision)


def doc(text: str, published: str | None = "2024-03-12", lang: str = "en",
        title: str | None = None) -> Document:
    return Document(document_id(text), text, title=title or text.split(".")[0][:80],
                    published=published, lang=lang)


def sighting(d: Document, outlet: str, published: str | None = None,
             forwarded_from: str | None = None) -> Sighting:
    url = f"https://{outlet.lower().replace(' ', '')}.example/{d.id}"
    return Sighting(Sighting.make_id(d.id, outlet, url, None), d.id, outlet=outlet, url=url,
                    published=published or d.published, forwarded_from=forwarded_from)


def cites(d: Document, source: str, kind: str = "attribution") -> Citation:
    return Citation(make_id("citation", d.id, kind, source), d.id, kind, source=source)


def copies(d: Document, earlier: Document, similarity: float = 0.9) -> Citation:
    return Citation(make_id("citation", d.id, "copy", earlier.id), d.id, "copy",
                    target_document_id=earlier.id, similarity=similarity)


def claim(subject: str, predicate: str, obj: str | None = None, *, doc: Document,
          value: float | None = None, modality: str = "fact", when: TimeRef | None = None,
          attributed_to: str | None = None, sentence: str | None = None, **kw: Any) -> Claim:
    text = sentence or doc.text
    start = max(doc.text.find(text), 0)
    return Claim(Claim.make_id(doc.id, start, subject, predicate, obj, value), doc.id, subject,
                 predicate, obj, value=value, modality=modality, time=when,
                 attributed_to=attributed_to, start=start, end=start + len(text), **kw)


def event(d: Document, type_: str, when: TimeRef | None = None, place: str | None = None,
          participants: list[str] | None = None, start: int = 0) -> Event:
    return Event(Event.make_id(d.id, start, type_), d.id, type_, time=when, place=place,
                 participants=participants or [], start=start, end=start + 10)


def mention(d: Document, text: str, label: str, entity_id: str | None = None) -> Mention:
    start = max(d.text.find(text), 0)
    return Mention(Mention.make_id(d.id, start, start + len(text), label), d.id, start,
                   start + len(text), text, label, canonical=text, entity_id=entity_id)


def put(ws: Workspace, *objects: Any) -> None:
    """Write model objects to the workspace through the records module."""
    tables = {Document: ("documents", document_row), Sighting: ("sightings", sighting_row),
              Citation: ("citations", citation_row), Claim: ("claims", claim_row),
              Event: ("events", event_row), Mention: ("mentions", mention_row)}
    rows: dict[str, list[dict[str, Any]]] = {}
    for obj in objects:
        table, to_row = tables[type(obj)]
        rows.setdefault(table, []).append(to_row(obj))
    with ws.store.write() as tx:
        for table, batch in rows.items():
            tx.upsert(table, batch)
