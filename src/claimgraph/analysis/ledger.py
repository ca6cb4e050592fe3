"""The claim ledger: claims grouped by what they say, with support, origins and contradictions.

A ledger row groups the claims that say the same thing (same subject, predicate, object, value and
modality; resolved entity ids when resolution has run, lower-cased names otherwise). Its id is the
smallest member claim id, so links stay stable when more documents repeat it. A row is *contested*
when claims about the same subject, predicate and object give different values, or when one denies
what another asserts. Rejected claims (analyst judgments) are left out of both. Where triangulation has run, its
``claim_ledger`` verdicts (contested, independent origins) are used; otherwise they are estimated
here from citations and outlets.
"""
from __future__ import annotations

from typing import Any

from claimgraph.analysis.paging import Page, page_of, placeholders
from claimgraph.errors import NotFound
from claimgraph.store import Row, Store

#: Predicates whose claims carry a number that other reports can contradict.
VALUED = ("produces", "plans_to_produce", "capacity", "offers_to_build", "supplies_to")

_BASE = """
  SELECT c.id, c.document_id, c.subject, c.predicate, c.object, c.value, c.unit, c.qualifier,
         c.value_min, c.value_max, c.time_start, c.time_end, c.time_precision, c.modality,
         c.attributed_to, c.confidence, c.start_char, c.end_char, c.role,
         coalesce(sa.entity_id, c.subject_entity) AS s_ent,
         coalesce(oa.entity_id, c.object_entity) AS o_ent,
         coalesce(sa.entity_id, c.subject_entity, lower(c.subject)) AS skey,
         coalesce(oa.entity_id, c.object_entity, lower(c.object), '') AS okey,
         coalesce(CAST(c.value AS TEXT), '') || '|' || coalesce(c.unit, '') AS vkey,
         CASE WHEN cl.contested THEN 1 ELSE 0 END AS tri_contested, cl.origins AS tri_origins,
         cl.state_origins AS tri_state_origins
  FROM claims c
  JOIN documents d ON d.id = c.document_id AND NOT coalesce(d.retracted, FALSE)
  LEFT JOIN entity_aliases sa ON sa.old_id = c.subject_entity
  LEFT JOIN entity_aliases oa ON oa.old_id = c.object_entity
  LEFT JOIN claim_ledger cl ON cl.claim_id = c.id
  WHERE coalesce(c.judgment, '') <> 'rejected'
"""

_CONTESTED = f"""
  SELECT skey, predicate, okey FROM allc GROUP BY skey, predicate, okey
  HAVING count(DISTINCT CASE WHEN modality <> 'denial' AND predicate IN
                              ({', '.join(repr(p) for p in VALUED)}) AND vkey <> '|'
                             THEN vkey END) > 1
      OR (sum(CASE WHEN modality = 'denial' THEN 1 ELSE 0 END) > 0
          AND sum(CASE WHEN modality = 'denial' THEN 0 ELSE 1 END) > 0)
"""

_GROUP = """
  SELECT min(f.id) AS id, f.skey, f.predicate, f.okey, f.vkey, f.modality,
         min(f.subject) AS subject, min(f.object) AS object, min(f.s_ent) AS subject_entity,
         min(f.o_ent) AS object_entity, max(f.value) AS value, min(f.unit) AS unit,
         min(f.qualifier) AS qualifier, min(f.time_start) AS time_start,
         max(f.time_end) AS time_end, min(f.time_precision) AS time_precision,
         min(f.attributed_to) AS attributed_to, count(*) AS claims,
         count(DISTINCT f.document_id) AS documents,
         greatest(max(CASE WHEN ct.skey IS NULL THEN 0 ELSE 1 END), max(f.tri_contested))
             AS contested,
         max(f.tri_origins) AS tri_origins, max(f.tri_state_origins) AS state_origins,
         string_agg(f.id, ',') AS claim_ids
  FROM f LEFT JOIN ct ON ct.skey = f.skey AND ct.predicate = f.predicate AND ct.okey = f.okey
  GROUP BY f.skey, f.predicate, f.okey, f.vkey, f.modality
"""


def _filters(entity: str | None, predicate: str | None, modality: str | None,
             since: str | None, until: str | None) -> tuple[str, list[Any]]:
    where, params = ["TRUE"], []
    if entity:
        if entity.startswith("ent-"):
            where.append("(s_ent = ? OR o_ent = ? OR s_ent IN (SELECT entity_id FROM entity_aliases "
                         "WHERE old_id = ?) OR o_ent IN (SELECT entity_id FROM entity_aliases "
                         "WHERE old_id = ?))")
            params += [entity] * 4
        else:
            where.append("(lower(subject) LIKE ? OR lower(object) LIKE ?)")
            params += [f"%{entity.lower()}%"] * 2
    if predicate:
        where.append("predicate = ?")
        params.append(predicate)
    if modality:
        where.append("modality = ?")
        params.append(modality)
    if since:
        where.append("coalesce(time_end, time_start) >= ?")
        params.append(since)
    if until:
        where.append("time_start <= ?")
        params.append(until + "\uffff" if len(until) < 10 else until)
    return " AND ".join(where), params


def claim_ledger(store: Store, entity: str | None = None, predicate: str | None = None,
                 modality: str | None = None, since: str | None = None, until: str | None = None,
                 contested: bool | None = None, sort: str = "support",
                 limit: int | None = None, offset: int | None = None) -> Page:
    """Ledger rows matching the filters, most supported (or newest, ``sort="time"``) first."""
    lim, off = page_of(limit, offset)
    cond, params = _filters(entity, predicate, modality, since, until)
    having = ""
    if contested is True:
        having = "WHERE contested = 1"
    elif contested is False:
        having = "WHERE contested = 0"
    order = ("time_start DESC NULLS LAST, documents DESC, id" if sort == "time"
             else "documents DESC, claims DESC, time_start DESC NULLS LAST, id")
    sql = f"""WITH allc AS ({_BASE}), ct AS ({_CONTESTED}),
                   f AS (SELECT * FROM allc WHERE {cond}), g AS ({_GROUP})"""
    total = int(store.scalar(f"{sql} SELECT count(*) FROM g {having}", params) or 0)
    rows = store.query(f"{sql} SELECT * FROM g {having} ORDER BY {order} LIMIT ? OFFSET ?",
                       [*params, lim, off])
    _attach_support(store, rows)
    return Page([_public(r) for r in rows], total, lim, off)


def contested_claims(store: Store, limit: int = 10) -> list[Row]:
    """The most supported contested ledger rows (for the dashboard)."""
    return claim_ledger(store, contested=True, limit=limit).items


def get_claim(store: Store, claim_id: str) -> Row:
    """The ledger row a claim belongs to, every supporting sentence, and the rows that disagree."""
    rows = store.query(f"""WITH allc AS ({_BASE}) SELECT * FROM allc WHERE id = ?""", [claim_id])
    if not rows:
        exists = store.scalar("SELECT count(*) FROM claims WHERE id = ?", [claim_id])
        if not exists:
            raise NotFound(f"no claim {claim_id}", hint="check the id in the claim ledger")
        rows = store.query("""SELECT c.*, c.subject_entity AS s_ent, c.object_entity AS o_ent,
                                     lower(c.subject) AS skey, coalesce(lower(c.object), '') AS okey,
                                     '' AS vkey
                              FROM claims c WHERE c.id = ?""", [claim_id])
        row = rows[0]
        row["rejected"] = True
        group: Row = {**row, "claims": 1, "documents": 1, "contested": 0, "claim_ids": claim_id}
        _attach_support(store, [group])
        return {**_public(group), "rejected": True, "related": []}
    key = rows[0]
    sql = f"""WITH allc AS ({_BASE}), ct AS ({_CONTESTED}),
                   f AS (SELECT * FROM allc WHERE skey = ? AND predicate = ? AND okey = ?),
                   g AS ({_GROUP})"""
    groups = store.query(f"{sql} SELECT * FROM g ORDER BY documents DESC, id",
                         [key["skey"], key["predicate"], key["okey"]])
    mine = next(g for g in groups if g["vkey"] == key["vkey"] and g["modality"] == key["modality"])
    _attach_support(store, [mine], per_group=500)
    out = _public(mine)
    out["rejected"] = False
    out["related"] = [_public(g) for g in groups if g is not mine]
    return out


def _public(row: Row) -> Row:
    """A ledger row as the API shows it (the internal grouping keys left out)."""
    out = {k: v for k, v in row.items() if k not in ("skey", "okey", "vkey", "claim_ids",
                                                     "tri_origins")}
    out["contested"] = bool(row.get("contested"))
    out["time"] = {"start": row.get("time_start"), "end": row.get("time_end"),
                   "precision": row.get("time_precision")}
    return out


def _attach_support(store: Store, groups: list[Row], per_group: int = 20) -> None:
    """Supporting sentences, outlets and the independent-origin count of each group.

    An origin is what a document's text goes back to: the agency it attributes the claim to, the
    earlier document it copies or forwards, else its own outlet. Ten outlets carrying one agency's
    text count once.
    """
    wanted: dict[str, list[str]] = {}
    for g in groups:
        ids = sorted(set(str(g.get("claim_ids") or g["id"]).split(",")))
        wanted[g["id"]] = ids
    all_ids = sorted({i for ids in wanted.values() for i in ids})
    if not all_ids:
        return
    claims: dict[str, Row] = {}
    for chunk in _chunks(all_ids, 1000):
        for r in store.query(
                f"""SELECT c.id, c.document_id, c.modality, c.attributed_to, c.value, c.unit,
                           c.time_start, d.title, d.published,
                           substr(d.text, c.start_char + 1,
                                  least(greatest(c.end_char - c.start_char, 0), 1000)) AS sentence
                    FROM claims c JOIN documents d ON d.id = c.document_id
                    WHERE c.id IN ({placeholders(chunk)})""", chunk):
            claims[r["id"]] = r
    doc_ids = sorted({c["document_id"] for c in claims.values()})
    outlets: dict[str, list[str]] = {}
    sources: dict[str, str] = {}
    for chunk in _chunks(doc_ids, 1000):
        marks = placeholders(chunk)
        for s in store.query(f"""SELECT DISTINCT document_id, outlet FROM sightings
                                 WHERE document_id IN ({marks}) AND outlet IS NOT NULL
                                 ORDER BY document_id, outlet""", chunk):
            outlets.setdefault(s["document_id"], []).append(s["outlet"])
        for c in store.query(f"""SELECT document_id, kind, source, target_document_id FROM citations
                                 WHERE document_id IN ({marks}) ORDER BY document_id, kind, id""",
                             chunk):
            origin = (f"source:{c['source'].strip().lower()}" if c.get("source")
                      else f"doc:{c['target_document_id']}" if c.get("target_document_id") else None)
            if origin and c["document_id"] not in sources:
                sources[c["document_id"]] = origin
    for g in groups:
        members = [claims[i] for i in wanted[g["id"]] if i in claims]
        members.sort(key=lambda c: (c.get("published") or "", c["document_id"], c["id"]))
        origins = set()
        group_outlets: set[str] = set()
        for c in members:
            doc_outlets = outlets.get(c["document_id"], [])
            group_outlets.update(doc_outlets)
            origin = (f"source:{c['attributed_to'].strip().lower()}" if c.get("attributed_to")
                      else sources.get(c["document_id"]))
            origins.add(origin or (f"outlet:{doc_outlets[0].lower()}" if doc_outlets
                                   else f"doc:{c['document_id']}"))
            c["outlets"] = doc_outlets
        g["origins"] = (int(g["tri_origins"]) if g.get("tri_origins") is not None
                        else len(origins))
        g["outlets"] = sorted(group_outlets)
        g["support"] = members[:per_group]
        g["document_ids"] = sorted({c["document_id"] for c in members})


def _chunks(items: list[str], size: int) -> list[list[str]]:
    return [items[i:i + size] for i in range(0, len(items), size)]
