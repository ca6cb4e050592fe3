"""Watchlists and alerts: tell the analyst when a watched name, entity or topic shows up.

A watch is a name (matched in document text, inflected Russian forms included, and in entity
names), an entity id (its mentions, claims and list matches), or a query (text, and/or an entity
type and a country: "any Facility in Belarus"). ``alerts`` computes what touches each watch now,
logs anything not seen before with the time it was first seen, and lists what is new since the
watch's last look (or since a given time).
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from claimgraph.errors import ConfigError, NotFound
from claimgraph.ids import make_id
from claimgraph.workspace import Workspace

KINDS = ("name", "entity", "query")
_CYRILLIC = re.compile(r"[а-яё]", re.IGNORECASE)
#: the most touches one watch logs per run, so a very broad watch cannot flood the log
MAX_PER_WATCH = 500


@dataclass(slots=True)
class Watch:
    id: str
    kind: str
    value: str | None
    entity_type: str | None = None
    country: str | None = None
    created_at: str | None = None
    last_look: str | None = None


@dataclass(slots=True)
class Alert:
    watch: str
    kind: str  # document | claim | match | entity
    id: str
    at: str
    summary: str

    def to_dict(self) -> dict[str, str]:
        return {"watch": self.watch, "kind": self.kind, "id": self.id, "at": self.at,
                "summary": self.summary}


def now() -> str:
    """Microsecond timestamps, so two looks within one second still order correctly."""
    return dt.datetime.now(dt.UTC).isoformat()


def name_pattern(name: str) -> re.Pattern[str]:
    """A pattern for a name in running text: whole words, case-insensitive, and for Cyrillic words
    any inflected ending ("Федорищев" also finds "Федорищева", "Федорищевым")."""
    parts = []
    for word in name.split():
        if _CYRILLIC.search(word) and len(word) > 4:
            stem = word[:-1] if word[-1].lower() in "аяоеиыйьуюё" else word
            parts.append(re.escape(stem) + r"\w{0,3}")
        else:
            parts.append(re.escape(word))
    return re.compile(r"(?<!\w)" + r"\s+".join(parts) + r"(?!\w)", re.IGNORECASE)


def add_watch(ws: Workspace, kind: str, value: str | None = None, entity_type: str | None = None,
              country: str | None = None) -> Watch:
    """Record a watch; allowed at any time, even on an empty workspace. Adding it twice is a no-op."""
    if kind not in KINDS:
        raise ConfigError(f"unknown watch kind {kind!r}", hint=f"use one of {', '.join(KINDS)}")
    if kind != "query" and not value:
        raise ConfigError(f"a {kind} watch needs a value")
    if kind == "query" and not (value or entity_type or country):
        raise ConfigError("a query watch needs text, --type or --country")
    watch = Watch(make_id("watch", kind, value, entity_type, country), kind, value, entity_type,
                  country, now(), None)
    with ws.store.write() as tx:
        tx.upsert("watches", [{"id": watch.id, "kind": kind, "value": value,
                               "entity_type": entity_type, "country": country,
                               "created_at": watch.created_at, "last_look": watch.created_at}])
    return watch


def list_watches(ws: Workspace) -> list[Watch]:
    return [Watch(**r) for r in ws.store.query("SELECT * FROM watches ORDER BY created_at, id")]


def remove_watch(ws: Workspace, watch_id: str) -> None:
    with ws.store.write() as tx:
        rows = tx.query("SELECT id FROM watches WHERE id LIKE ?", [watch_id + "%"])
        if len(rows) != 1:
            raise NotFound(f"no single watch matches {watch_id!r}", hint="see 'claimgraph watch list'")
        tx.execute("DELETE FROM watches WHERE id = ?", [rows[0]["id"]])
        tx.execute("DELETE FROM alert_log WHERE watch_id = ?", [rows[0]["id"]])


def _entity_ids(ws: Workspace, entity: str) -> set[str]:
    ids = {entity}
    for r in ws.store.query("SELECT entity_id FROM entity_aliases WHERE old_id = ?", [entity]):
        ids.add(r["entity_id"])
    return ids


def touches(ws: Workspace, watch: Watch) -> list[tuple[str, str, str]]:
    """(kind, id, summary) of everything in the workspace that touches the watch now."""
    q = ws.store.query
    found: list[tuple[str, str, str]] = []
    if watch.kind == "name" and watch.value:
        pattern = name_pattern(watch.value)
        for d in q("SELECT id, title, text FROM documents WHERE NOT coalesce(retracted, FALSE)"):
            m = pattern.search(d["text"] or "")
            if m:
                found.append(("document", d["id"], f"{d['title'] or d['id']}: …{_around(d['text'], m)}…"))
        matching = [e for e in q("SELECT id, name, names FROM entities")
                    if pattern.search(e["name"] or "") or pattern.search(e["names"] or "")]
        ids = {e["id"] for e in matching}
        found += [("entity", e["id"], f"entity {e['name']}") for e in matching]
        found += _claims_and_matches(ws, ids)
    elif watch.kind == "entity" and watch.value:
        ids = _entity_ids(ws, watch.value)
        for d in q("SELECT DISTINCT m.document_id AS id, d.title FROM mentions m "
                   "JOIN documents d ON d.id = m.document_id WHERE m.entity_id IN "
                   f"({', '.join('?' for _ in ids)})", sorted(ids)):
            found.append(("document", d["id"], f"mentioned in {d['title'] or d['id']}"))
        found += _claims_and_matches(ws, ids)
    elif watch.kind == "query":
        found += _query_touches(ws, watch)
    return found[:MAX_PER_WATCH]


def _claims_and_matches(ws: Workspace, ids: set[str]) -> list[tuple[str, str, str]]:
    if not ids:
        return []
    marks = ", ".join("?" for _ in ids)
    params = sorted(ids)
    out = [("claim", c["id"], f"{c['subject']} {c['predicate']} {c['object'] or c['value'] or ''}".strip())
           for c in ws.store.query(
               f"SELECT id, subject, predicate, object, value FROM claims WHERE subject_entity IN ({marks}) "
               f"OR object_entity IN ({marks})", params + params)]
    out += [("match", m["id"], f"{m['list_entity_name']} on {m['list_name']} ({m['score']:.2f})")
            for m in ws.store.query(
                f"SELECT id, list_entity_name, list_name, score FROM matches WHERE entity_id IN ({marks})",
                params)]
    return out


def _query_touches(ws: Workspace, watch: Watch) -> list[tuple[str, str, str]]:
    q = ws.store.query
    found: list[tuple[str, str, str]] = []
    if watch.value and not (watch.entity_type or watch.country):
        pattern = name_pattern(watch.value)
        for d in q("SELECT id, title, text FROM documents WHERE NOT coalesce(retracted, FALSE)"):
            m = pattern.search(d["text"] or "")
            if m:
                found.append(("document", d["id"], f"{d['title'] or d['id']}: …{_around(d['text'], m)}…"))
        return found
    entities = q("SELECT id, type, name, names, properties FROM entities")
    if watch.entity_type:
        entities = [e for e in entities if e["type"] == watch.entity_type]
    if watch.value:
        pattern = name_pattern(watch.value)
        entities = [e for e in entities if pattern.search(e["name"] or "") or pattern.search(e["names"] or "")]
    if watch.country:
        entities = [e for e in entities if _in_country(ws, e, watch.country)]
    for e in entities:
        found.append(("entity", e["id"], f"{e['type']} {e['name']}"))
    found += _claims_and_matches(ws, {e["id"] for e in entities})
    return found


def _in_country(ws: Workspace, entity: dict[str, Any], country: str) -> bool:
    """In a country: its properties say so, a located_in claim says so, or it shares a sentence
    with the country's name."""
    pattern = name_pattern(country)
    if pattern.search(entity.get("properties") or ""):
        return True
    for c in ws.store.query("SELECT object FROM claims WHERE subject_entity = ? AND predicate = 'located_in'",
                            [entity["id"]]):
        if pattern.search(c["object"] or ""):
            return True
    rows = ws.store.query(
        "SELECT o.text FROM mentions m JOIN mentions o ON o.document_id = m.document_id "
        "AND o.sent_start = m.sent_start WHERE m.entity_id = ? AND o.label IN ('Country', 'Location')",
        [entity["id"]])
    return any(pattern.search(r["text"] or "") for r in rows)


def _around(text: str, m: re.Match[str], width: int = 60) -> str:
    return " ".join(text[max(0, m.start() - width):m.end() + width].split())


def pending(store: object, limit: int = 20) -> list[dict[str, str]]:
    """What touches each watch and has not been seen at its last look — computed without writing
    (for the dashboard: a page never writes). ``store`` is a workspace store."""
    view = _StoreView(store)
    out: list[dict[str, str]] = []
    for w in [Watch(**r) for r in store.query("SELECT * FROM watches ORDER BY created_at, id")]:  # type: ignore[attr-defined]
        seen = {r["item_id"] for r in store.query(  # type: ignore[attr-defined]
            "SELECT item_id FROM alert_log WHERE watch_id = ? AND seen_at <= ?", [w.id, w.last_look or ""])}
        label = w.value or " ".join(x for x in (w.entity_type, w.country) if x)
        for kind, item, summary in touches(view, w):  # type: ignore[arg-type]
            if item not in seen:
                out.append({"watch": w.id, "label": label or w.kind, "kind": kind, "id": item,
                            "summary": summary})
                if len(out) >= limit:
                    return out
    return out


class _StoreView:
    """Just enough of a Workspace for :func:`touches`: read queries on a store."""

    def __init__(self, store: object) -> None:
        self.store = store


def alerts(ws: Workspace, since: str | None = None, mark: bool = True) -> list[Alert]:
    """What touches each watch and is new since its last look (or since ``since``), oldest first."""
    watches = list_watches(ws)
    stamp = now()
    with ws.store.write() as tx:
        for w in watches:
            rows = [{"id": make_id("alert", w.id, kind, item), "watch_id": w.id, "kind": kind,
                     "item_id": item, "summary": summary[:300], "seen_at": stamp}
                    for kind, item, summary in touches(ws, w)]
            tx.upsert("alert_log", rows)
    result: list[Alert] = []
    for w in watches:
        cutoff = since if since is not None else (w.last_look or "")
        for r in ws.store.query(
            "SELECT kind, item_id, summary, seen_at FROM alert_log WHERE watch_id = ? AND seen_at > ? "
            "ORDER BY seen_at, kind, item_id", [w.id, cutoff]
        ):
            result.append(Alert(w.id, r["kind"], r["item_id"], r["seen_at"], r["summary"] or ""))
    if mark and watches:
        with ws.store.write() as tx:
            tx.execute("UPDATE watches SET last_look = ?", [stamp])
    return result
