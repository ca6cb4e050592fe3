"""Read-only views of resolved entities: the rows behind ``entities list`` and ``entities show``."""
from __future__ import annotations

import collections
from typing import Any

from claimgraph.errors import NotFound
from claimgraph.resolve.judgments import resolve_entity_id
from claimgraph.resolve.names import name_key
from claimgraph.store import records
from claimgraph.workspace import Workspace


def _match_dict(row: dict[str, Any], with_features: bool) -> dict[str, Any]:
    m = records.match_from(row)
    out: dict[str, Any] = {"list": m.list_name, "list_version": m.list_version,
                           "list_entity_id": m.list_entity_id, "name": m.list_entity_name,
                           "schema": m.list_entity_schema, "score": round(m.score, 3)}
    if with_features:
        out["features"] = [f.to_dict() for f in m.features]
    return out


def _matches_by_entity(ws: Workspace, threshold: float) -> dict[str, list[dict[str, Any]]]:
    aliases = {r["old_id"]: r["entity_id"] for r in ws.store.query(
        "SELECT old_id, entity_id FROM entity_aliases")}
    out: dict[str, list[dict[str, Any]]] = collections.defaultdict(list)
    for row in ws.store.query("SELECT * FROM matches WHERE score >= ? ORDER BY score DESC, id",
                              [threshold]):
        eid = aliases.get(row["entity_id"], row["entity_id"])
        out[eid].append(_match_dict(row, False))
    return out


def list_entities(ws: Workspace, type_: str | None = None, name: str | None = None) -> list[dict[str, Any]]:
    """Entities (most mentioned first) with names, mention counts and list matches.

    ``name`` matches any spelling: "fedorishchev" finds "Федорищев" (keys are compared).
    """
    sql, params = "SELECT * FROM entities", []
    if type_:
        sql += " WHERE type = ?"
        params.append(type_)
    rows = ws.store.query(sql + " ORDER BY mentions DESC, name, id", params)
    matches = _matches_by_entity(ws, ws.settings.xref_threshold)
    wanted = name_key(name) if name else None
    out = []
    for row in rows:
        e = records.entity_from(row)
        if name:
            texts = [n.name for n in e.names] + [e.name]
            if not any(name.lower() in t.lower() or (wanted and wanted in name_key(t))
                       for t in texts):
                continue
        out.append({"id": e.id, "type": e.type, "name": e.name,
                    "names": [n.to_dict() for n in e.names], "mentions": e.mentions,
                    "matches": matches.get(e.id, [])})
    return out


def entity_profile(ws: Workspace, entity_id: str) -> dict[str, Any]:
    """One entity: names by script, mentions with their sentences, claims, matches with reasons."""
    current = resolve_entity_id(ws, entity_id)
    if current is None:
        raise NotFound(f"no entity {entity_id}", hint="list ids with 'claimgraph entities list'")
    e = records.entity_from(ws.store.query("SELECT * FROM entities WHERE id = ?", [current])[0])
    by_script: dict[str, list[dict[str, Any]]] = collections.defaultdict(list)
    for n in e.names:
        by_script[n.script].append({"name": n.name, "count": n.count})
    mentions = []
    for r in ws.store.query(
            """SELECT m.id, m.document_id, m.start_char, m.end_char, m.text, m.label,
                      m.sent_start, m.sent_end, d.title, d.published, d.text AS doc_text
               FROM mentions m JOIN documents d ON d.id = m.document_id
               WHERE m.entity_id = ? ORDER BY d.published, m.document_id, m.start_char""",
            [current]):
        s0 = r["sent_start"] if r["sent_start"] is not None else max(0, r["start_char"] - 120)
        s1 = r["sent_end"] if r["sent_end"] is not None else r["end_char"] + 120
        mentions.append({"id": r["id"], "document_id": r["document_id"], "title": r["title"],
                         "published": r["published"], "start": r["start_char"],
                         "end": r["end_char"], "text": r["text"], "label": r["label"],
                         "sentence": " ".join((r["doc_text"] or "")[s0:s1].split())})
    claims = [records.claim_from(r).to_dict() for r in ws.store.query(
        "SELECT * FROM claims WHERE subject_entity = ? OR object_entity = ? ORDER BY document_id, start_char",
        [current, current])]
    old_ids = [r["old_id"] for r in ws.store.query(
        "SELECT old_id FROM entity_aliases WHERE entity_id = ? ORDER BY old_id", [current])]
    match_rows = ws.store.query(
        "SELECT * FROM matches WHERE entity_id = ? OR entity_id IN "
        "(SELECT old_id FROM entity_aliases WHERE entity_id = ?) ORDER BY score DESC, id",
        [current, current])
    return {"id": e.id, "type": e.type, "name": e.name, "names": dict(by_script),
            "mentions": mentions, "claims": claims,
            "matches": [_match_dict(r, True) for r in match_rows], "aliases": old_ids,
            "requested": entity_id}
