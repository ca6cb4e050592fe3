"""Documents: the listing and everything one document view shows beside its text."""
from __future__ import annotations

import json
import re
from typing import Any

from claimgraph.analysis.cache import cached
from claimgraph.analysis.paging import Page, page_of
from claimgraph.errors import NotFound
from claimgraph.store import Row, Store

LIVE = "NOT coalesce(d.retracted, FALSE)"


@cached
def list_documents(store: Store, lang: str | None = None, outlet: str | None = None,
                   limit: int | None = None, offset: int | None = None) -> Page:
    """Documents newest first by publication date, undated ones last (newest ingested first), with
    their first outlet and a ``headline``: the title, else the text's first line."""
    lim, off = page_of(limit, offset)
    where, params = [LIVE], []
    if lang:
        where.append("d.lang = ?")
        params.append(lang)
    if outlet:
        where.append("d.id IN (SELECT document_id FROM sightings WHERE outlet = ?)")
        params.append(outlet)
    cond = " AND ".join(where)
    total = int(store.scalar(f"SELECT count(*) FROM documents d WHERE {cond}", params) or 0)
    # the page is chosen on the small date columns; titles and text lengths are read for it only
    order = ("CASE WHEN d.published IS NULL OR d.published = '' THEN 1 ELSE 0 END, d.published DESC, "
             "d.ingested_at DESC NULLS LAST, d.id")
    rows = store.query(
        f"""WITH page AS (SELECT d.id FROM documents d WHERE {cond} ORDER BY {order} LIMIT ? OFFSET ?)
            SELECT d.id, d.title, d.lang, d.published, d.format, d.ingested_at,
                   length(d.text) AS chars, CASE WHEN coalesce(d.title, '') = '' THEN substr(d.text, 1, {LEAD})
                   END AS lead
            FROM documents d JOIN page ON page.id = d.id ORDER BY {order}""", [*params, lim, off])
    for r in rows:
        r["headline"] = headline(r.get("title"), r.pop("lead", None))
    _attach_sightings(store, rows)
    return Page(rows, total, lim, off)


#: Characters of text read to find a headline for a document without a title.
LEAD = 400
_FIRST_SENTENCE = re.compile(r"(?<=[.!?…])\s")


def headline(title: str | None, text: str | None, width: int = 120) -> str:
    """The title, else the text's first non-empty line (its first sentence when long), cut at a
    word within ``width`` characters; "(no text)" for an empty document."""
    if title and title.strip():
        return " ".join(title.split())
    for line in (text or "").splitlines():
        line = " ".join(line.split())
        if len(line) < 3 or not any(ch.isalnum() for ch in line):
            continue
        if len(line) > width:
            line = _FIRST_SENTENCE.split(line, maxsplit=1)[0]
        if len(line) > width:
            cut = line[:width].rsplit(" ", 1)[0]
            line = (cut if len(cut) > width // 2 else line[:width]).rstrip(",;:–—-") + "…"
        return line
    return "(no text)"


def _attach_sightings(store: Store, rows: list[Row]) -> None:
    """Add ``outlet``, ``url`` (the first sighting) and ``sightings`` (their number) to rows."""
    if not rows:
        return
    ids = [r["id"] for r in rows]
    marks = ", ".join("?" for _ in ids)
    found: dict[str, list[Row]] = {}
    for s in store.query(
            f"""SELECT document_id, outlet, url, path, published FROM sightings
                WHERE document_id IN ({marks}) ORDER BY document_id, published, outlet, id""", ids):
        found.setdefault(s["document_id"], []).append(s)
    for r in rows:
        seen = found.get(r["id"], [])
        first = seen[0] if seen else {}
        r["outlet"] = first.get("outlet")
        r["url"] = first.get("url") or first.get("path")
        r["sightings"] = len(seen)


@cached
def get_document(store: Store, doc_id: str) -> Row:
    """One document with its sightings, mentions, claims, events and citations (spans included)."""
    rows = store.query(
        """SELECT id, title, author, published, lang, format, text, ingested_at, meta, retracted
           FROM documents WHERE id = ?""", [doc_id])
    if not rows:
        raise NotFound(f"no document {doc_id}", hint="check the id in the document list")
    doc = rows[0]
    doc["meta"] = _json(doc.get("meta"), {})
    doc["sightings"] = store.query(
        """SELECT outlet, url, path, published, title, channel, message_id, forwarded_from
           FROM sightings WHERE document_id = ? ORDER BY published, outlet, id""", [doc_id])
    doc["mentions"] = store.query(
        """SELECT m.id, m.start_char AS "start", m.end_char AS "end", m.text, m.label,
                  coalesce(a.entity_id, m.entity_id) AS entity_id
           FROM mentions m LEFT JOIN entity_aliases a ON a.old_id = m.entity_id
           WHERE m.document_id = ? ORDER BY m.start_char, m.end_char""", [doc_id])
    doc["claims"] = store.query(
        """SELECT id, subject, predicate, object, value, unit, qualifier, modality, attributed_to,
                  time_start, time_end, time_precision, start_char AS "start", end_char AS "end",
                  subject_entity, object_entity
           FROM claims WHERE document_id = ? ORDER BY start_char, id""", [doc_id])
    doc["events"] = store.query(
        """SELECT id, type, time_start, time_end, time_precision, place, participants,
                  start_char AS "start", end_char AS "end"
           FROM events WHERE document_id = ? ORDER BY start_char, id""", [doc_id])
    for e in doc["events"]:
        e["participants"] = _json(e.get("participants"), [])
    doc["citations"] = store.query(
        """SELECT id, kind, source, target_document_id, start_char AS "start", end_char AS "end",
                  similarity
           FROM citations WHERE document_id = ? ORDER BY start_char, id""", [doc_id])
    doc["cited_by"] = store.query(
        """SELECT c.document_id, c.kind, d.title FROM citations c
           JOIN documents d ON d.id = c.document_id
           WHERE c.target_document_id = ? ORDER BY c.document_id LIMIT 100""", [doc_id])
    return doc


def _json(value: Any, default: Any) -> Any:
    if value is None or value == "":
        return default
    if not isinstance(value, str):
        return value
    try:
        return json.loads(value)
    except ValueError:
        return default
