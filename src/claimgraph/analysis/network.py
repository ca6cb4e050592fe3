"""The entity network: the most-mentioned entities and the ties between them.

Two entities are tied when a claim links them (subject → object) or when one sentence names both.
The graph is bounded (``limit`` nodes), so the page stays fast on a large workspace; ``focus``
draws one entity with its neighbours instead.
"""
from __future__ import annotations

from claimgraph.analysis.cache import cached
from claimgraph.analysis.paging import placeholders
from claimgraph.analysis.profile import canonical_id, neighbours
from claimgraph.store import Row, Store

MAX_NODES = 400


@cached
def network(store: Store, types: list[str] | None = None, limit: int = 150,
            focus: str | None = None) -> Row:
    """``{"nodes": [...], "edges": [...]}`` with ``id, name, type, mentions`` and
    ``source, target, weight, claims, sentences, predicates``."""
    limit = max(1, min(int(limit), MAX_NODES))
    types = [t for t in (types or []) if t]
    if focus:
        focus = canonical_id(store, focus)
        ids = [focus] + [n["id"] for n in neighbours(store, focus, limit=limit - 1)]
        nodes = store.query(
            f"""SELECT id, name, type, coalesce(mentions, 0) AS mentions FROM entities
                WHERE id IN ({placeholders(ids)})""", ids)
        if types:
            nodes = [n for n in nodes if n["type"] in types or n["id"] == focus]
    else:
        where, params = "TRUE", []
        if types:
            where = f"type IN ({placeholders(types)})"
            params = list(types)
        nodes = store.query(
            f"""SELECT id, name, type, coalesce(mentions, 0) AS mentions FROM entities
                WHERE {where} ORDER BY coalesce(mentions, 0) DESC, id LIMIT ?""", [*params, limit])
    ids = [n["id"] for n in nodes]
    return {"nodes": nodes, "edges": edges(store, ids), "focus": focus}


def edges(store: Store, ids: list[str]) -> list[Row]:
    """Ties among the given entities, from claims and from shared sentences."""
    if len(ids) < 2:
        return []
    marks = placeholders(ids)
    ties: dict[tuple[str, str], Row] = {}

    def tie(a: str, b: str) -> Row:
        key = (a, b) if a < b else (b, a)
        return ties.setdefault(key, {"source": key[0], "target": key[1], "claims": 0,
                                     "sentences": 0, "predicates": set()})

    for r in store.query(
            f"""SELECT s, o, predicate, count(*) AS n FROM (
                   SELECT coalesce(sa.entity_id, c.subject_entity) AS s,
                          coalesce(oa.entity_id, c.object_entity) AS o, c.predicate
                   FROM claims c
                   LEFT JOIN entity_aliases sa ON sa.old_id = c.subject_entity
                   LEFT JOIN entity_aliases oa ON oa.old_id = c.object_entity
                   WHERE c.subject_entity IS NOT NULL AND c.object_entity IS NOT NULL) x
                WHERE s IN ({marks}) AND o IN ({marks}) AND s <> o
                GROUP BY s, o, predicate""", ids * 2):
        t = tie(r["s"], r["o"])
        t["claims"] += int(r["n"])
        t["predicates"].add(r["predicate"])
    for r in store.query(
            f"""WITH m AS (SELECT document_id, coalesce(sent_start, start_char) AS sent, entity_id
                           FROM mentions WHERE entity_id IN ({marks}))
                SELECT a.entity_id AS s, b.entity_id AS o, count(*) AS n
                FROM m a JOIN m b ON a.document_id = b.document_id AND a.sent = b.sent
                                 AND a.entity_id < b.entity_id
                GROUP BY a.entity_id, b.entity_id""", ids):
        tie(r["s"], r["o"])["sentences"] += int(r["n"])
    out = []
    for t in ties.values():
        t["predicates"] = sorted(t["predicates"])
        t["weight"] = t["claims"] * 3 + t["sentences"]
        out.append(t)
    out.sort(key=lambda t: (-t["weight"], t["source"], t["target"]))
    return out[:4000]
