"""Reading documents back: the listing and the full record behind ``claimgraph docs``.

A document's outlet and URL in a listing are those of its first sighting, the earliest published
(or the outlet the analyst set); every sighting is in the full record.
"""
from __future__ import annotations

import json
from typing import Any

from claimgraph.errors import ConfigError
from claimgraph.ingest.corrections import resolve_document_id
from claimgraph.ingest.dates import normalize_date
from claimgraph.store import Row, records
from claimgraph.workspace import Workspace

_CHUNK = 500


def list_documents(ws: Workspace, lang: str | None = None, outlet: str | None = None,
                   since: str | None = None, limit: int | None = None) -> list[dict[str, Any]]:
    """Documents (not retracted), newest first: id, title, lang, published, outlet, url, sightings."""
    where = ["NOT coalesce(d.retracted, FALSE)"]
    params: list[Any] = []
    if lang:
        where.append("d.lang = ?")
        params.append(lang.lower())
    if since:
        day = normalize_date(since)
        if day is None:
            raise ConfigError(f"cannot read the date {since!r}", hint="write it as YYYY-MM-DD")
        where.append("d.published >= ?")
        params.append(day)
    if outlet:
        where.append("d.id IN (SELECT document_id FROM sightings WHERE lower(outlet) = lower(?))")
        params.append(outlet)
    sql = (f"SELECT d.id, d.title, d.lang, d.published, d.meta FROM documents d WHERE {' AND '.join(where)} "
           "ORDER BY d.published IS NULL, d.published DESC, d.id")
    if limit is not None:
        sql += f" LIMIT {int(limit)}"
    with ws.store.read() as cur:
        docs = cur.query(sql, params)
        sightings = _sightings(cur, [d["id"] for d in docs])
    out = []
    for d in docs:
        seen = sightings.get(d["id"], [])
        first = seen[0] if seen else {}
        meta = json.loads(d["meta"] or "{}")
        out.append({"id": d["id"], "title": d["title"], "lang": d["lang"], "published": d["published"],
                    "outlet": meta.get("outlet") or first.get("outlet"), "url": first.get("url"),
                    "sightings": len(seen)})
    return out


def show_document(ws: Workspace, ref: str) -> dict[str, Any]:
    """Everything stored about one document: metadata, sightings, citations (both ways), text."""
    doc_id = resolve_document_id(ws, ref)
    with ws.store.read() as cur:
        doc = records.document_from(cur.query("SELECT * FROM documents WHERE id = ?", [doc_id])[0])
        retracted = bool(cur.scalar("SELECT retracted FROM documents WHERE id = ?", [doc_id]))
        seen = _sightings(cur, [doc_id]).get(doc_id, [])
        cites = [records.citation_from(r).to_dict() for r in
                 cur.query("SELECT * FROM citations WHERE document_id = ? ORDER BY kind, id", [doc_id])]
        copies = [records.citation_from(r).to_dict() for r in
                  cur.query("SELECT * FROM citations WHERE target_document_id = ? ORDER BY id", [doc_id])]
    data = doc.to_dict()
    data["outlet"] = doc.meta.get("outlet") or (seen[0]["outlet"] if seen else None)
    data["url"] = seen[0]["url"] if seen else None
    data["retracted"] = retracted
    data["sightings"] = seen
    data["citations"] = cites
    data["copied_by"] = copies
    return data


def _sightings(cur: Any, ids: list[str]) -> dict[str, list[Row]]:
    """Sightings per document id, first seen first (queried in chunks of ids)."""
    result: dict[str, list[Row]] = {}
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start:start + _CHUNK]
        marks = ", ".join("?" for _ in chunk)
        for row in cur.query(f"SELECT * FROM sightings WHERE document_id IN ({marks}) "
                             "ORDER BY document_id, published IS NULL, published, seen_at, id", chunk):
            result.setdefault(row["document_id"], []).append(records.sighting_from(row).to_dict())
    return result
