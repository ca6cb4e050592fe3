"""The claim ledger: claims grouped by what they say, with support, origins and contradictions.

A ledger row groups the claims that say the same thing: triangulation's variants where it has
run, else the same subject, predicate, object, value and modality (resolved entity ids when
resolution has run, lower-cased names otherwise). Its id is the smallest member claim id, so
links stay stable when more documents repeat it. A row is *contested* when claims about the same
subject, predicate and object give different values, or when one denies what another asserts.
Rejected claims (analyst judgments) are left out of both. Where triangulation has run, its
``claim_ledger`` verdicts (contested, the kind and sides of each disagreement, independent
origins) are used; otherwise they are estimated
here from citations and outlets.
"""
from __future__ import annotations

import json
import threading
from typing import NamedTuple

from claimgraph.analysis.cache import cached, change_stamp
from claimgraph.analysis.paging import Page, id_list, page_of, placeholders, span_texts
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
         cl.state_origins AS tri_state_origins, cl.variant_id, cl.disagreements AS tri_disagreements
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
  SELECT min(f.id) AS id, min(f.skey) AS skey, min(f.predicate) AS predicate,
         min(f.okey) AS okey, min(f.vkey) AS vkey, min(f.modality) AS modality,
         min(f.subject) AS subject, min(f.object) AS object, min(f.s_ent) AS subject_entity,
         min(f.o_ent) AS object_entity, max(f.value) AS value, min(f.unit) AS unit,
         min(f.qualifier) AS qualifier, min(f.time_start) AS time_start,
         max(f.time_end) AS time_end, min(f.time_precision) AS time_precision,
         min(f.attributed_to) AS attributed_to, count(*) AS claims,
         count(DISTINCT f.document_id) AS documents,
         greatest(max(CASE WHEN ct.skey IS NULL THEN 0 ELSE 1 END), max(f.tri_contested))
             AS contested,
         max(f.tri_origins) AS tri_origins, max(f.tri_state_origins) AS state_origins,
         max(f.tri_disagreements) AS disagreements,
         string_agg(f.id, ',') AS claim_ids
  FROM f LEFT JOIN ct ON ct.skey = f.skey AND ct.predicate = f.predicate AND ct.okey = f.okey
  GROUP BY coalesce(f.variant_id, f.skey || '|' || f.predicate || '|' || f.okey || '|' || f.vkey
                                  || '|' || coalesce(f.modality, ''))
"""


_CACHE: dict[str, tuple[str, _Ledger]] = {}
_CACHE_LOCK = threading.Lock()


class _Ledger:
    """Every ledger row of a workspace, grouped once and indexed for filtering in memory.

    Grouping all claims costs a second on a 20,000-document workspace; the rows are kept per
    store and rebuilt when the claims, judgments, aliases or triangulation results change.
    """

    def __init__(self, rows: list[Row], origins: dict[str, _Origin] | None = None) -> None:
        self.rows = rows
        self.by_claim: dict[str, Row] = {}
        self.by_topic: dict[tuple[str, str, str], list[Row]] = {}
        #: per row id: member claim ids in support order, independent origins, outlets, documents
        self.summary: dict[str, tuple[list[str], int, list[str], list[str]]] = {}
        for r in rows:
            r["claim_ids"] = sorted(str(r.get("claim_ids") or r["id"]).split(","))
            for cid in r["claim_ids"]:
                self.by_claim[cid] = r
            self.by_topic.setdefault((r["skey"], r["predicate"], r["okey"]), []).append(r)
            if origins is not None:
                self.summary[r["id"]] = _summarise(r, origins)
        self.origins = origins or {}
        # both orders computed once: filtering keeps them, so a request never sorts
        by_id = sorted(rows, key=lambda r: r["id"])
        newest = sorted(by_id, key=lambda r: -int(r["documents"]))
        self.by_time = sorted(newest, key=lambda r: r["time_start"] or "", reverse=True)
        support = sorted(by_id, key=lambda r: r["time_start"] or "", reverse=True)
        self.by_support = sorted(support, key=lambda r: (-int(r["documents"]), -int(r["claims"])))


class _Origin(NamedTuple):
    """What one claim's document goes back to, and where it was seen."""

    document_id: str
    published: str
    origin: str
    outlets: tuple[str, ...]


def _origin_of(document_id: str, attributed_to: str | None, cited: str | None,
               outlets: tuple[str, ...] | list[str]) -> str:
    """An origin is what a document's text goes back to: the agency it attributes the claim to,
    the earlier document it copies or forwards, else its own outlet."""
    if attributed_to:
        return f"source:{attributed_to.strip().lower()}"
    if cited:
        return cited
    return f"outlet:{outlets[0].lower()}" if outlets else f"doc:{document_id}"


def _origins(store: Store) -> dict[str, _Origin]:
    """Every claim's origin, read in three table scans when the ledger is built, so a page never
    sends thousands of claim ids back to the database to count a row's independent origins."""
    outlets: dict[str, list[str]] = {}
    for s in store.query("""SELECT DISTINCT document_id, outlet FROM sightings
                            WHERE outlet IS NOT NULL ORDER BY document_id, outlet"""):
        outlets.setdefault(s["document_id"], []).append(s["outlet"])
    cited: dict[str, str] = {}
    for c in store.query("""SELECT document_id, source, target_document_id FROM citations
                            WHERE source IS NOT NULL OR target_document_id IS NOT NULL
                            ORDER BY document_id, kind, id"""):
        if c["document_id"] not in cited:
            cited[c["document_id"]] = (f"source:{c['source'].strip().lower()}" if c["source"]
                                       else f"doc:{c['target_document_id']}")
    out: dict[str, _Origin] = {}
    for r in store.query("""SELECT c.id, c.document_id, c.attributed_to, d.published FROM claims c
                            JOIN documents d ON d.id = c.document_id"""):
        doc = r["document_id"]
        seen = tuple(outlets.get(doc, ()))
        out[r["id"]] = _Origin(doc, r["published"] or "",
                               _origin_of(doc, r["attributed_to"], cited.get(doc), seen), seen)
    return out


def _summarise(row: Row, origins: dict[str, _Origin]) -> tuple[list[str], int, list[str], list[str]]:
    members = sorted((i for i in row["claim_ids"] if i in origins),
                     key=lambda i: (origins[i].published, origins[i].document_id, i))
    count = (int(row["tri_origins"]) if row.get("tri_origins") is not None
             else len({origins[i].origin for i in members}))
    outlets = sorted({o for i in members for o in origins[i].outlets})
    return members, count, outlets, sorted({origins[i].document_id for i in members})


def _fingerprint(store: Store) -> str:
    r = store.query("""SELECT (SELECT count(*) FROM claims) AS n, (SELECT max(id) FROM claims) AS hi,
                              (SELECT count(subject_entity) + count(object_entity) + count(judgment)
                               FROM claims) AS resolved,
                              (SELECT count(*) FROM entity_aliases) AS aliases,
                              (SELECT count(*) FROM judgments) AS judged,
                              (SELECT count(*) FROM claim_ledger) AS triangulated,
                              (SELECT count(*) FROM documents WHERE coalesce(retracted, FALSE)) AS gone,
                              (SELECT max(id) FROM entities) AS entities""")[0]
    return "|".join(str(v) for v in r.values())


def _ledger(store: Store) -> _Ledger:
    key = f"{store.dialect}:{store.url}"
    # the change stamp costs a stat, the fingerprint eight scans of the claims table
    stamp = change_stamp(store)
    fingerprint = f"stamp:{stamp}" if stamp else _fingerprint(store)
    cached = _CACHE.get(key)
    if cached and cached[0] == fingerprint:
        return cached[1]
    with _CACHE_LOCK:
        cached = _CACHE.get(key)
        if cached and cached[0] == fingerprint:
            return cached[1]
        rows = store.query(f"""WITH allc AS ({_BASE}), ct AS ({_CONTESTED}),
                                    f AS (SELECT * FROM allc), g AS ({_GROUP})
                               SELECT * FROM g""")
        ledger = _Ledger(rows, _origins(store))
        _CACHE[key] = (fingerprint, ledger)
        return ledger


def _entity_ids(store: Store, entity: str) -> set[str]:
    """An entity id with every id merged into it (or into which it was merged)."""
    ids = {entity}
    for r in store.query("""SELECT old_id, entity_id FROM entity_aliases
                            WHERE old_id = ? OR entity_id = ?
                               OR entity_id IN (SELECT entity_id FROM entity_aliases WHERE old_id = ?)""",
                         [entity, entity, entity]):
        ids.update((r["old_id"], r["entity_id"]))
    return ids


@cached
def claim_ledger(store: Store, entity: str | None = None, predicate: str | None = None,
                 modality: str | None = None, since: str | None = None, until: str | None = None,
                 contested: bool | None = None, sort: str = "support",
                 limit: int | None = None, offset: int | None = None) -> Page:
    """Ledger rows matching the filters, most supported (or newest, ``sort="time"``) first.

    ``entity`` is an entity id (merged ids included) or part of a subject/object name; ``since``
    and ``until`` are ISO date prefixes compared with the claim's time.
    """
    lim, off = page_of(limit, offset)
    ledger = _ledger(store)
    rows = ledger.by_time if sort == "time" else ledger.by_support
    if entity:
        if entity.startswith("ent-"):
            ids = _entity_ids(store, entity)
            rows = [r for r in rows if r["subject_entity"] in ids or r["object_entity"] in ids]
        else:
            needle = entity.lower()
            rows = [r for r in rows if needle in (r["subject"] or "").lower()
                    or needle in (r["object"] or "").lower()]
    if predicate:
        rows = [r for r in rows if r["predicate"] == predicate]
    if modality:
        rows = [r for r in rows if r["modality"] == modality]
    if since:
        rows = [r for r in rows if (r["time_end"] or r["time_start"] or "") >= since]
    if until:
        bound = until + "\uffff" if len(until) < 10 else until
        rows = [r for r in rows if r["time_start"] and r["time_start"] <= bound]
    if contested is not None:
        rows = [r for r in rows if bool(r["contested"]) == contested]
    page = [dict(r) for r in rows[off:off + lim]]
    _attach_support(store, page, ledger=ledger)
    return Page([_public(r) for r in page], len(rows), lim, off)


def contested_claims(store: Store, limit: int = 10) -> list[Row]:
    """The most supported contested ledger rows (for the dashboard)."""
    return claim_ledger(store, contested=True, limit=limit).items


@cached
def get_claim(store: Store, claim_id: str) -> Row:
    """The ledger row a claim belongs to, every supporting sentence, and the rows that disagree."""
    ledger = _ledger(store)
    mine = ledger.by_claim.get(claim_id)
    if mine is None:
        rows = store.query("""SELECT c.*, c.subject_entity AS s_ent, c.object_entity AS o_ent
                              FROM claims c WHERE c.id = ?""", [claim_id])
        if not rows:
            raise NotFound(f"no claim {claim_id}", hint="check the id in the claim ledger")
        group: Row = {**rows[0], "claims": 1, "documents": 1, "contested": 0, "claim_ids": [claim_id]}
        _attach_support(store, [group])
        return {**_public(group), "rejected": True, "related": []}
    group = dict(mine)
    _attach_support(store, [group], per_group=500, ledger=ledger)
    out = _public(group)
    out["rejected"] = False
    related = [dict(r) for r in ledger.by_topic.get((mine["skey"], mine["predicate"], mine["okey"]), [])
               if r is not mine]
    related.sort(key=lambda r: (-int(r["documents"]), r["id"]))
    related = related[:50]
    _attach_support(store, related, per_group=1, ledger=ledger)
    out["related"] = [_public(r) for r in related]
    return out


def _public(row: Row) -> Row:
    """A ledger row as the API shows it (the internal grouping keys left out)."""
    out = {k: v for k, v in row.items() if k not in ("skey", "okey", "vkey", "claim_ids",
                                                     "tri_origins")}
    out["contested"] = bool(row.get("contested"))
    out["disagreements"] = _disagreements(row.get("disagreements"))
    out["contest_kinds"] = sorted({d.get("kind") for d in out["disagreements"] if d.get("kind")})
    out["time"] = {"start": row.get("time_start"), "end": row.get("time_end"),
                   "precision": row.get("time_precision")}
    return out


def _disagreements(stored: object) -> list[Row]:
    """Triangulation's disagreements of a row (kind, about, both sides); [] when none or unreadable."""
    if isinstance(stored, list):
        return stored
    if not stored:
        return []
    try:
        found = json.loads(str(stored))
    except ValueError:
        return []
    return [d for d in found if isinstance(d, dict)] if isinstance(found, list) else []


def _sentences(store: Store, claim_ids: list[str]) -> dict[str, Row]:
    """The claims with their document's title and date and the sentence each was read from."""
    found: dict[str, Row] = {}
    for chunk in _chunks(claim_ids, 1000):
        where, params = id_list(store, "id", chunk)
        for r in store.query(f"""SELECT id, document_id, modality, attributed_to, value, unit,
                                        time_start, start_char, end_char FROM claims
                                 WHERE {where}""", params):
            found[r["id"]] = r
    if not found:
        return found
    texts, docs = span_texts(store, [(r["document_id"], r["start_char"], r["end_char"])
                                     for r in found.values()], 1000)
    for r in found.values():
        doc = docs.get(r["document_id"], {})
        r["title"], r["published"] = doc.get("title"), doc.get("published")
        r["sentence"] = texts.get((r["document_id"], r.pop("start_char"), r.pop("end_char")))
    return found


def _attach_support(store: Store, groups: list[Row], per_group: int = 20,
                    ledger: _Ledger | None = None) -> None:
    """Supporting sentences, outlets and the independent-origin count of each group.

    Rows of the built ledger use its precomputed origins and read sentences only for the
    ``per_group`` claims shown; other rows (a rejected claim) are worked out from their claims.
    """
    summary = ledger.summary if ledger is not None else {}
    known = [g for g in groups if g["id"] in summary]
    if known and ledger is not None:
        shown: dict[str, list[str]] = {}
        for g in known:
            members, count, outlets, documents = summary[g["id"]]
            g["origins"], g["outlets"], g["document_ids"] = count, outlets, documents
            shown[g["id"]] = members[:per_group]
        found = _sentences(store, sorted({i for ids in shown.values() for i in ids}))
        for g in known:
            g["support"] = [{**found[i], "outlets": list(ledger.origins[i].outlets)}
                            for i in shown[g["id"]] if i in found]
    rest = [g for g in groups if g["id"] not in summary]
    if rest:
        _attach_support_from_claims(store, rest, per_group)


def _attach_support_from_claims(store: Store, groups: list[Row], per_group: int) -> None:
    """The same as :func:`_attach_support`, read from the groups' claims (no built ledger)."""
    wanted: dict[str, list[str]] = {}
    for g in groups:
        ids = g.get("claim_ids") or [g["id"]]
        wanted[g["id"]] = ids
    all_ids = sorted({i for ids in wanted.values() for i in ids})
    if not all_ids:
        return
    claims = _sentences(store, all_ids)
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
            origins.add(_origin_of(c["document_id"], c.get("attributed_to"),
                                   sources.get(c["document_id"]), doc_outlets))
            c["outlets"] = doc_outlets
        g["origins"] = (int(g["tri_origins"]) if g.get("tri_origins") is not None
                        else len(origins))
        g["outlets"] = sorted(group_outlets)
        g["support"] = members[:per_group]
        g["document_ids"] = sorted({c["document_id"] for c in members})


def _chunks(items: list[str], size: int) -> list[list[str]]:
    return [items[i:i + size] for i in range(0, len(items), size)]
