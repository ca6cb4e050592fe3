"""Reading stored event clusters for ``events list`` / ``events show`` and the timeline."""
from __future__ import annotations

import json
from typing import Any

from claimgraph.errors import NotFound
from claimgraph.model import TimeRef
from claimgraph.store import Row, Store
from claimgraph.store.records import event_from
from claimgraph.triangulate.timespan import day_span, parse_date, span_of


def _time(row: Row) -> dict[str, Any] | None:
    if not row.get("time_start"):
        return None
    return {"start": row["time_start"], "end": row["time_end"], "precision": row["time_precision"],
            "text": row["time_text"]}


def _event(row: Row) -> dict[str, Any]:
    return {"id": row["id"], "type": row["type"], "time": _time(row), "place": row["place"],
            "participants": json.loads(row["participants"] or "[]"),
            "documents": json.loads(row["documents"] or "[]"),
            "mentioned_in": json.loads(row["mentioned_in"] or "[]"),
            "first_published": row["first_published"], "reports": row["events"],
            "disagreements": json.loads(row.get("disagreements") or "[]")}


def _span(event: dict[str, Any]):  # type: ignore[no-untyped-def]
    t = event["time"]
    return (span_of(TimeRef.from_dict(t)) if t else None) or day_span(event["first_published"])


def list_events(store: Store, type_: str | None = None, since: str | None = None,
                until: str | None = None) -> list[dict[str, Any]]:
    """Every event cluster (run ``triangulate`` first), oldest first."""
    sql, params = "SELECT * FROM event_clusters", []
    if type_:
        sql, params = sql + " WHERE type = ?", [type_]
    rows = [_event(r) for r in store.query(sql + " ORDER BY first_published, id", params)]
    lo, hi = parse_date(since), parse_date(until)
    if lo or hi:
        kept = []
        for e in rows:
            span = _span(e)
            if span is None or (lo and span[1] < lo) or (hi and span[0] > hi):
                continue
            kept.append(e)
        rows = kept
    rows.sort(key=lambda e: ((_span(e) or (parse_date("9999-12-31"),))[0], e["id"]))
    return rows


def resolve_event_id(store: Store, event_id: str) -> str:
    """A cluster id for a cluster id or any member event id (old cluster ids keep working)."""
    if store.scalar("SELECT count(*) FROM event_clusters WHERE id = ?", [event_id]):
        return event_id
    cluster = store.scalar("SELECT cluster_id FROM events WHERE id = ?", [event_id])
    if cluster and store.scalar("SELECT count(*) FROM event_clusters WHERE id = ?", [cluster]):
        return str(cluster)
    raise NotFound(f"no event {event_id}",
                   hint="list events with 'claimgraph events list' (run 'claimgraph triangulate' first)")


def show_event(store: Store, event_id: str) -> dict[str, Any]:
    """One event with each report of it: document, outlets, date, title and what it says."""
    cid = resolve_event_id(store, event_id)
    event = _event(store.query("SELECT * FROM event_clusters WHERE id = ?", [cid])[0])
    reports = [event_from(r) for r in store.query(
        "SELECT * FROM events WHERE cluster_id = ? ORDER BY id", [cid])]
    doc_ids = sorted({r.document_id for r in reports})
    docs: dict[str, Row] = {}
    outlets: dict[str, list[str]] = {}
    for i in range(0, len(doc_ids), 500):
        chunk = doc_ids[i:i + 500]
        marks = ", ".join("?" for _ in chunk)
        for r in store.query(f"SELECT id, title, published, lang FROM documents WHERE id IN ({marks})", chunk):
            docs[r["id"]] = r
        for r in store.query(f"SELECT document_id, outlet, published FROM sightings WHERE document_id IN ({marks}) "
                             "ORDER BY published, outlet", chunk):
            if r["outlet"] and r["outlet"] not in outlets.setdefault(r["document_id"], []):
                outlets[r["document_id"]].append(r["outlet"])
    main = set(event["documents"])
    event["report_details"] = sorted(
        [{"event": r.id, "document": r.document_id, "main": r.document_id in main,
          "title": docs.get(r.document_id, {}).get("title"),
          "published": docs.get(r.document_id, {}).get("published"),
          "lang": docs.get(r.document_id, {}).get("lang"),
          "outlets": outlets.get(r.document_id, []), "type": r.type,
          "time": r.time.to_dict() if r.time else None, "place": r.place,
          "participants": r.participants} for r in reports],
        key=lambda d: (d["published"] or "9999", d["document"]))
    return event
