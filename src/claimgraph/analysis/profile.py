"""Entity profiles: names in every script, where the entity is mentioned, what is claimed about
it, who it is tied to, and which list entries it matches.

Old ids of merged entities resolve through ``entity_aliases`` to the canonical id, so saved links
keep working after a merge.
"""
from __future__ import annotations

import json
from typing import Any

from claimgraph.analysis.cache import cached
from claimgraph.analysis.ledger import claim_ledger
from claimgraph.analysis.paging import Page, page_of, placeholders, span_texts
from claimgraph.errors import NotFound
from claimgraph.store import Row, Store


@cached
def canonical_id(store: Store, entity_id: str) -> str:
    """The current id of an entity, following merges; raises NotFound for an unknown id."""
    seen = {entity_id}
    current = entity_id
    for _ in range(20):  # alias chains are short; a cycle must not hang a request
        if store.scalar("SELECT count(*) FROM entities WHERE id = ?", [current]):
            return current
        target = store.scalar("SELECT entity_id FROM entity_aliases WHERE old_id = ?", [current])
        if not target or target in seen:
            break
        seen.add(target)
        current = str(target)
    raise NotFound(f"no entity {entity_id}", hint="check the id in the entity list")


@cached
def list_entities(store: Store, type: str | None = None, q: str | None = None,
                  limit: int | None = None, offset: int | None = None) -> Page:
    """Entities by number of mentions, optionally of one type or with a name containing ``q``."""
    lim, off = page_of(limit, offset)
    where, params = ["TRUE"], []
    if type:
        where.append("type = ?")
        params.append(type)
    if q:
        where.append("(lower(name) LIKE ? OR lower(coalesce(names, '')) LIKE ?)")
        params += [f"%{q.lower()}%"] * 2
    cond = " AND ".join(where)
    total = int(store.scalar(f"SELECT count(*) FROM entities WHERE {cond}", params) or 0)
    rows = store.query(
        f"""SELECT id, type, name, names, coalesce(mentions, 0) AS mentions FROM entities
            WHERE {cond} ORDER BY coalesce(mentions, 0) DESC, name, id LIMIT ? OFFSET ?""",
        [*params, lim, off])
    for r in rows:
        r["names"] = _names(r.get("names"))
    _attach_match_counts(store, rows)
    return Page(rows, total, lim, off)


def _attach_match_counts(store: Store, rows: list[Row]) -> None:
    if not rows:
        return
    ids = [r["id"] for r in rows]
    found = {m["entity_id"]: int(m["n"]) for m in store.query(
        f"SELECT entity_id, count(*) AS n FROM matches WHERE entity_id IN ({placeholders(ids)}) "
        "GROUP BY entity_id", ids)}
    for r in rows:
        r["matches"] = found.get(r["id"], 0)


@cached
def entity_profile(store: Store, entity_id: str, limit: int | None = None,
                   offset: int | None = None) -> Row:
    """Everything the profile page shows; ``limit``/``offset`` page the mentioning documents."""
    eid = canonical_id(store, entity_id)
    row = store.query("SELECT id, type, name, names, properties, mentions FROM entities WHERE id = ?",
                      [eid])[0]
    row["names"] = _names(row.get("names"))
    row["properties"] = _loads(row.get("properties"), {})
    row["requested_id"] = entity_id
    row["aliases"] = [r["old_id"] for r in store.query(
        "SELECT old_id FROM entity_aliases WHERE entity_id = ? ORDER BY old_id", [eid])]
    row["documents"] = mentioning_documents(store, eid, limit, offset).to_dict()
    row["claims"] = claim_ledger(store, entity=eid, limit=20).to_dict()
    row["neighbours"] = neighbours(store, eid)
    row["matches"] = list_matches(store, eid)
    row["judgments"] = store.query(
        """SELECT id, kind, target, args, made_by, made_at FROM judgments
           WHERE target = ? AND kind IN ('merge', 'split', 'not-same', 'undo')
           ORDER BY made_at DESC, id LIMIT 50""", [eid])
    for j in row["judgments"]:
        j["args"] = _loads(j.get("args"), {})
    return row


def mentioning_documents(store: Store, entity_id: str, limit: int | None = None,
                         offset: int | None = None) -> Page:
    """Documents mentioning the entity, most mentions first, each with up to three sentences."""
    lim, off = page_of(limit, offset, default=20)
    ids = _member_ids(store, entity_id)
    marks = placeholders(ids)
    total = int(store.scalar(
        f"SELECT count(DISTINCT document_id) FROM mentions WHERE entity_id IN ({marks})", ids) or 0)
    docs = store.query(
        f"""SELECT m.document_id AS id, d.title, d.published, d.lang, count(*) AS mentions
            FROM mentions m JOIN documents d ON d.id = m.document_id
            WHERE m.entity_id IN ({marks}) AND NOT coalesce(d.retracted, FALSE)
            GROUP BY m.document_id, d.title, d.published, d.lang
            ORDER BY count(*) DESC, d.published DESC NULLS LAST, m.document_id
            LIMIT ? OFFSET ?""", [*ids, lim, off])
    if docs:
        doc_ids = [d["id"] for d in docs]
        sentences: dict[str, list[Row]] = {}
        found = store.query(
            f"""SELECT m.document_id, m.id AS mention_id, m.text AS surface, m.start_char,
                       m.end_char, coalesce(m.sent_start, m.start_char) AS sent_start,
                       coalesce(m.sent_end, m.end_char) AS sent_end
                FROM mentions m
                WHERE m.entity_id IN ({marks}) AND m.document_id IN ({placeholders(doc_ids)})
                ORDER BY m.document_id, m.start_char""", [*ids, *doc_ids])
        for s in found:
            bucket = sentences.setdefault(s["document_id"], [])
            if len(bucket) < 3 and all(b["sent_start"] != s["sent_start"] for b in bucket):
                bucket.append(s)
        shown = [s for bucket in sentences.values() for s in bucket]
        texts, _ = span_texts(store, [(s["document_id"], s["sent_start"], s["sent_end"])
                                      for s in shown], 600)
        for s in shown:
            s["sentence"] = texts.get((s["document_id"], s["sent_start"], s.pop("sent_end")))
        for d in docs:
            d["sentences"] = sentences.get(d["id"], [])
    return Page(docs, total, lim, off)


def _member_ids(store: Store, entity_id: str) -> list[str]:
    """The entity id plus every old id merged into it (mentions may still carry those)."""
    return [entity_id] + [r["old_id"] for r in store.query(
        "SELECT old_id FROM entity_aliases WHERE entity_id = ? ORDER BY old_id LIMIT 1000",
        [entity_id])]


def neighbours(store: Store, entity_id: str, limit: int = 15) -> list[Row]:
    """Entities tied to this one by claims, then by being named in the same sentence."""
    ids = _member_ids(store, entity_id)
    marks = placeholders(ids)
    by_claims = store.query(
        f"""SELECT other AS id, predicate, count(*) AS n FROM (
               SELECT CASE WHEN subject_entity IN ({marks}) THEN object_entity
                           ELSE subject_entity END AS other, predicate
               FROM claims WHERE subject_entity IN ({marks}) OR object_entity IN ({marks})) x
            WHERE other IS NOT NULL GROUP BY other, predicate ORDER BY n DESC, other LIMIT 200""",
        ids * 3)
    ties: dict[str, Row] = {}
    for r in by_claims:
        if r["id"] in ids:
            continue
        tie = ties.setdefault(r["id"], {"id": r["id"], "claims": 0, "sentences": 0,
                                        "predicates": []})
        tie["claims"] += int(r["n"])
        tie["predicates"].append(r["predicate"])
    together = store.query(
        f"""WITH mine AS (
               SELECT document_id, coalesce(sent_start, start_char) AS sent FROM mentions
               WHERE entity_id IN ({marks}) LIMIT 5000)
            SELECT m.entity_id AS id, count(*) AS n FROM mentions m
            JOIN mine ON mine.document_id = m.document_id
                     AND mine.sent = coalesce(m.sent_start, m.start_char)
            WHERE m.entity_id IS NOT NULL AND m.entity_id NOT IN ({marks})
            GROUP BY m.entity_id ORDER BY n DESC, m.entity_id LIMIT ?""", [*ids, *ids, limit])
    for r in together:
        tie = ties.setdefault(r["id"], {"id": r["id"], "claims": 0, "sentences": 0,
                                        "predicates": []})
        tie["sentences"] += int(r["n"])
    if not ties:
        return []
    keys = list(ties)
    for e in store.query(
            f"""SELECT coalesce(a.old_id, e.id) AS alias_key, e.id, e.name, e.type FROM entities e
                LEFT JOIN entity_aliases a ON a.entity_id = e.id
                WHERE e.id IN ({placeholders(keys)}) OR a.old_id IN ({placeholders(keys)})""",
            keys * 2):
        for key in (e["alias_key"], e["id"]):
            if key in ties:
                ties[key].update(name=e["name"], type=e["type"], id=e["id"])
    merged: dict[str, Row] = {}
    for t in ties.values():
        if "name" not in t or t["id"] == entity_id:
            continue
        cur = merged.setdefault(t["id"], {**t, "claims": 0, "sentences": 0, "predicates": []})
        cur["claims"] += t["claims"]
        cur["sentences"] += t["sentences"]
        cur["predicates"] = sorted(set(cur["predicates"]) | set(t["predicates"]))
    out = sorted(merged.values(), key=lambda t: (-(t["claims"] * 3 + t["sentences"]), t["name"]))
    return out[:limit]


def list_matches(store: Store, entity_id: str) -> list[Row]:
    """List matches with the features that decided each score."""
    rows = store.query(
        """SELECT id, list_name, list_version, list_entity_id, list_entity_name,
                  list_entity_schema, score, features
           FROM matches WHERE entity_id = ? ORDER BY score DESC, list_name, id""", [entity_id])
    for r in rows:
        r["features"] = _loads(r.get("features"), [])
    return rows


@cached
def entity_mentions(store: Store, entity_id: str, limit: int = 200) -> list[Row]:
    """Mentions of an entity (for choosing which ones a split moves to a new entity)."""
    ids = _member_ids(store, canonical_id(store, entity_id))
    return store.query(
        f"""WITH m AS (SELECT id, document_id, text, label, start_char FROM mentions
                       WHERE entity_id IN ({placeholders(ids)})
                       ORDER BY text, document_id, start_char LIMIT ?)
            SELECT m.id, m.document_id, m.text, m.label, d.title FROM m
            JOIN documents d ON d.id = m.document_id ORDER BY m.text, m.document_id, m.start_char""",
        [*ids, limit])


def _names(value: Any) -> list[Row]:
    names = _loads(value, [])
    return [n for n in names if isinstance(n, dict) and n.get("name")]


def _loads(value: Any, default: Any) -> Any:
    if value is None or value == "":
        return default
    if not isinstance(value, str):
        return value
    try:
        return json.loads(value)
    except ValueError:
        return default
