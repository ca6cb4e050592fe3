"""The claim ledger: one row per aligned claim, with its evidence, origins and disagreements.

This is what ``claims list``, ``claims show`` and ``origins`` print and what the web ledger reads:
each row is a variant (claims that say the same thing), listing every supporting sentence with its
outlet and date, the number of independent origins behind it (and how many are state-affiliated),
and, when the topic is contested, who says what instead: each disagreement by kind (number,
count, date, modality, denial, actor) with both sides, their documents and outlets.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import replace
from collections.abc import Iterable
from typing import Any

from claimgraph.errors import NotFound
from claimgraph.model import Claim, TimeRef
from claimgraph.store import Store
from claimgraph.triangulate.align import Alignment, Variant, align_claims, format_value
from claimgraph.triangulate.date_lines import from_date_line
from claimgraph.triangulate.disagreements import Disagreement, find_disagreements
from claimgraph.triangulate.inputs import Inputs, load_inputs
from claimgraph.triangulate.keys import name_key
from claimgraph.triangulate.origins import CitationGraph, Origin, count_origins
from claimgraph.triangulate.timespan import after_report, parse_date, span_of

SENTENCE_CHARS = 400


def _time(claim: Claim) -> dict[str, Any] | None:
    return claim.time.to_dict() if claim.time else None


def _side(side: list[Variant], inputs: Inputs, graph: CitationGraph) -> dict[str, Any]:
    """One side of a disagreement: what it says and who says it."""
    lead = min((v.lead for v in side), key=lambda c: c.id)
    claims = [c for v in side for c in v.claims]
    docs = sorted({c.document_id for c in claims}, key=lambda d: (inputs.published(d) or "9999", d))
    return {"variants": sorted(v.id for v in side), "subject": lead.subject, "object": lead.object,
            "predicate": lead.predicate, "says": format_value(lead), "modality": lead.modality,
            "time": _time(lead), "documents": docs,
            "outlets": list(dict.fromkeys(o for d in docs for o in graph.outlets_of(d))),
            "attributed_to": sorted({c.attributed_to for c in claims if c.attributed_to})}


def _disagreement(d: Disagreement, inputs: Inputs, graph: CitationGraph) -> dict[str, Any]:
    return {"kind": d.kind, "about": d.about, "reasons": d.reasons,
            "sides": [_side(side, inputs, graph) for side in d.sides]}


def _row(variant: Variant, alignment: Alignment, inputs: Inputs, graph: CitationGraph,
         disagreements: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    lead = variant.lead
    docs = sorted({c.document_id for c in variant.claims},
                  key=lambda d: (inputs.published(d) or "9999", d))
    origins: dict[str, Origin] = {}
    for claim in variant.claims:
        for o in graph.claim_origins(claim):
            origins.setdefault(o.key, o)
    n_origins, n_state = count_origins(origins.values())
    outlets: list[str] = []
    for d in docs:
        outlets.extend(o for o in graph.outlets_of(d) if o not in outlets)
    contested_ids = alignment.contested_variants()
    by_id = {v.id: v for v in alignment.variants}
    differing = []
    for diff in alignment.differences:
        if variant.id not in (diff.a, diff.b):
            continue
        other = by_id[diff.b if diff.a == variant.id else diff.a]
        o_lead = other.lead
        differing.append({
            "id": other.id, "value": o_lead.value, "unit": o_lead.unit, "qualifier": o_lead.qualifier,
            "says": format_value(o_lead), "modality": o_lead.modality, "time": _time(o_lead),
            "contradiction": diff.contradiction, "reasons": diff.reasons, "kinds": diff.kinds,
            "said_by": sorted({o for c in other.claims for o in graph.outlets_of(c.document_id)}),
            "attributed_to": sorted({c.attributed_to for c in other.claims if c.attributed_to}),
            "documents": sorted({c.document_id for c in other.claims}),
        })
    return {
        "id": variant.id, "subject": lead.subject, "predicate": lead.predicate, "object": lead.object,
        "subject_entity": lead.subject_entity, "object_entity": lead.object_entity,
        "value": lead.value, "unit": lead.unit, "qualifier": lead.qualifier,
        "value_min": lead.value_min, "value_max": lead.value_max, "rate": lead.rate,
        "says": format_value(lead), "time": _time(lead), "modality": lead.modality,
        "attributed_to": next((c.attributed_to for c in variant.claims if c.attributed_to), None),
        "documents": docs, "claims": [c.id for c in variant.claims],
        "contested": variant.id in contested_ids or bool(disagreements),
        "contest_kinds": sorted({d["kind"] for d in disagreements or []}),
        "disagreements": disagreements or [],
        "supports": {"documents": len(docs), "sentences": len({(c.document_id, c.start) for c in variant.claims}),
                     "outlets": len(outlets)},
        "origins": n_origins, "state_origins": n_state,
        "origin_names": [o.label for o in origins.values()],
        "outlets": outlets, "differing": differing,
        "evidence": [{"claim": c.id, "document": c.document_id, "outlets": graph.outlets_of(c.document_id),
                      "published": inputs.published(c.document_id), "attributed_to": c.attributed_to}
                     for c in sorted(variant.claims, key=lambda c: (inputs.published(c.document_id) or "9999", c.id))],
    }


#: Modalities that tell a thing as done (or denied): it cannot have happened after the report.
TOLD_AS_DONE = frozenset({"fact", "claim", "denial"})


def _dated_as_told(claim: Claim, published: dict[str, str], sentence: str | None = None) -> Claim:
    """The claim, without its date where it tells as done a thing dated after its report was
    published, or where the date was read from the report's date line at the head of its
    ``sentence`` (:mod:`claimgraph.triangulate.date_lines`): either date is not the act's, and
    compared with other reports' dates it would raise a disagreement no report makes.
    ``published``: document -> its date."""
    if claim.time is None:
        return claim
    if claim.modality in TOLD_AS_DONE and after_report(claim.time, published.get(claim.document_id)):
        return replace(claim, time=None)
    if from_date_line(claim.time.text, sentence, claim.time.start, published.get(claim.document_id)):
        return replace(claim, time=None)
    return claim


def _report_dates(inputs: Inputs) -> dict[str, str]:
    """Each document's date; a document without one takes the latest date of its event cluster's
    reports (a report of an event written after it, as late as the latest of them)."""
    latest: dict[str, str] = {}
    for doc, cluster in inputs.event_of.items():
        day = inputs.published(doc)
        if day and day > latest.get(cluster, ""):
            latest[cluster] = day
    out = {}
    for doc in inputs.documents:
        day = inputs.published(doc) or latest.get(inputs.event_of.get(doc, ""), "")
        if day:
            out[doc] = day
    return out


def build_ledger(inputs: Inputs) -> tuple[list[dict[str, Any]], list[Alignment]]:
    """Every ledger row of the workspace (rejected claims left out), and the alignments behind them."""
    graph = inputs.graph()
    published = _report_dates(inputs)
    alignments = align_claims([_dated_as_told(c, published, inputs.sentences.get(c.id)) for c in inputs.claims],
                              inputs.rejected,
                              inputs.event_of)
    of_variant: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for d in find_disagreements(alignments, inputs.event_of, graph.is_source, inputs.numbers,
                                inputs.sentences, published):
        shown = _disagreement(d, inputs, graph)
        for vid in sorted(d.variant_ids()):
            of_variant[vid].append(shown)
    rows = [_row(v, a, inputs, graph, of_variant.get(v.id)) for a in alignments for v in a.variants]
    return rows, alignments


def _in_range(row: dict[str, Any], since: str | None, until: str | None, inputs: Inputs) -> bool:
    if not since and not until:
        return True
    t = row["time"]
    span = None
    if t:
        span = span_of(TimeRef.from_dict(t))
    if span is None:
        day = parse_date(inputs.published(row["documents"][0]) if row["documents"] else None)
        span = (day, day) if day else None
    if span is None:
        return False
    lo, hi = parse_date(since), parse_date(until)
    if lo and span[1] < lo:
        return False
    return not (hi and span[0] > hi)


def _mentions_entity(row: dict[str, Any], entity: str) -> bool:
    key = name_key(entity)
    for ent, name in ((row["subject_entity"], row["subject"]), (row["object_entity"], row["object"])):
        if entity == ent or (name and (key == name_key(name) or entity.lower() in name.lower())):
            return True
    return False


def filter_rows(rows: Iterable[dict[str, Any]], inputs: Inputs, *, entity: str | None = None,
                predicate: str | None = None, modality: str | None = None, since: str | None = None,
                until: str | None = None, contested: bool | None = None) -> list[dict[str, Any]]:
    out = []
    for row in rows:
        if predicate and row["predicate"] != predicate:
            continue
        if modality and row["modality"] != modality:
            continue
        if contested is not None and row["contested"] != contested:
            continue
        if entity and not _mentions_entity(row, entity):
            continue
        if not _in_range(row, since, until, inputs):
            continue
        out.append(row)
    return out


def attach_sentences(store: Store, rows: list[dict[str, Any]]) -> None:
    """Add the evidence sentence text to every evidence item (one query per 500 claims)."""
    ids = [e["claim"] for r in rows for e in r["evidence"]]
    texts: dict[str, str] = {}
    for i in range(0, len(ids), 500):
        chunk = ids[i:i + 500]
        marks = ", ".join("?" for _ in chunk)
        for r in store.query(
                "SELECT c.id, substr(d.text, c.start_char + 1, c.end_char - c.start_char) AS sentence "
                f"FROM claims c JOIN documents d ON d.id = c.document_id WHERE c.id IN ({marks})", chunk):
            texts[r["id"]] = " ".join(str(r["sentence"] or "").split())[:SENTENCE_CHARS]
    for r in rows:
        for e in r["evidence"]:
            e["sentence"] = texts.get(e["claim"], "")


def list_claims(store: Store, **filters: Any) -> list[dict[str, Any]]:
    """Ledger rows matching the filters of ``claims list``, with evidence sentences."""
    inputs = load_inputs(store)
    rows, _ = build_ledger(inputs)
    rows = filter_rows(rows, inputs, **filters)
    attach_sentences(store, rows)
    return rows


def show_claim(store: Store, claim_id: str) -> dict[str, Any]:
    """The ledger row holding a claim (any member claim id or the row id), with origin chains."""
    inputs = load_inputs(store)
    rows, _ = build_ledger(inputs)
    row = next((r for r in rows if claim_id == r["id"] or claim_id in r["claims"]), None)
    if row is None:
        if claim_id in inputs.rejected:
            raise NotFound(f"claim {claim_id} was rejected by an analyst",
                           hint="undo the reject judgment to count it again")
        raise NotFound(f"no claim {claim_id}", hint="list claims with 'claimgraph claims list'")
    graph = inputs.graph()
    members = {c.id: c for c in inputs.claims if c.id in row["claims"]}
    chains = []
    for e in row["evidence"]:
        for o in graph.claim_origins(members[e["claim"]]):
            chains.append({"claim": e["claim"], "document": e["document"], "origin": o.label,
                           "chain": o.chain, "state_affiliated": o.state_affiliated,
                           "country": o.country})
    row["origin_chains"] = chains
    attach_sentences(store, [row])
    return row
