"""Claim alignment: the same statement across documents, and where reports differ.

Claims about one subject, predicate and object form a *topic*. Within a topic, claims that agree
(same value, same polarity, same modality) form a *variant*: one row of the claim ledger, backed by
every sentence that makes it. Two variants of a topic differ for a reason the checks below name:
a different value, a different time, a different modality, or a denial. These are
contradictions and mark the topic contested: a denial; a different value at an overlapping (or
unknown) time; a fact against a plan or an offer; and, when both variants report the same event
cluster, a different date or value whatever the time. Otherwise a different time is a later
occurrence, and a sourced "claim" against a fact is a matter of wording: both are shown, not
counted as conflicts.

Each check returns a :class:`~claimgraph.model.Feature` ``(name, score, detail)``; its docstring
is what the analyst reads.
"""
from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from claimgraph.disjoint import DisjointSets
from claimgraph.model import Claim, Feature
from claimgraph.model.claim import SYMMETRIC
from claimgraph.triangulate.concepts import territory_key
from claimgraph.triangulate.keys import name_key
from claimgraph.triangulate.timespan import describe, gap_days, span_of

#: Predicates whose value is the point of the claim. Any two claims that both give a number are
#: compared on it; for these, a claim without a number also joins the only number said.
VALUED = frozenset({"produces", "plans_to_produce", "capacity", "offers_to_build", "supplies_to"})
MAX_VARIANTS_COMPARED = 50  # per topic; beyond that only the largest variants are compared
#: Predicates that say comparable things about one subject. Within one event cluster, claims of
#: one family about the same subject are one topic: "capacity 5,000" in one report and "plans to
#: produce 50,000" in another are two answers to one question.
FAMILIES = {"capacity": "output", "plans_to_produce": "output", "offers_to_build": "output",
            "produces": "output", "met_with": "met_with", "visited": "visited"}
#: Families where sharing any party (subject or object) is enough: two reports of one meeting
#: name its sides in different orders and spellings.
PARTY_FAMILIES = frozenset({"met_with", "visited"})
REL_TOLERANCE = 0.02


def _entity_key(entity: str | None, name: str | None) -> str:
    return entity or name_key(name)


def topic_of(claim: Claim) -> tuple[str, str, str]:
    """(subject, predicate, object) keys: resolved entity ids where set, else name keys."""
    subj = _entity_key(claim.subject_entity, claim.subject)
    obj = _entity_key(claim.object_entity, claim.object)
    if claim.predicate in SYMMETRIC and obj and obj < subj:
        subj, obj = obj, subj
    return subj, claim.predicate, obj


def _polarity(claim: Claim) -> str:
    return "denied" if claim.modality == "denial" else "affirmed"


def _value(claim: Claim) -> float | None:
    for v in (claim.value, claim.value_max, claim.value_min):
        if v is not None and not (isinstance(v, float) and math.isnan(v)):
            return float(v)
    return None


def format_value(claim: Claim) -> str:
    v = _value(claim)
    if v is None:
        return "no value"
    text = f"{v:,.0f}" if v == int(v) else f"{v:,g}"
    parts = [claim.qualifier, text, claim.unit, f"per {claim.rate}" if claim.rate else None]
    return " ".join(p for p in parts if p)


def _value_bucket(claim: Claim) -> str:
    v = _value(claim)
    if v is None:
        return ""
    if v == 0:
        return "0"
    magnitude = math.floor(math.log10(abs(v)))
    return f"{round(v / 10 ** (magnitude - 2)) * 10 ** (magnitude - 2):g}"


# -- checks ----------------------------------------------------------------------------------
def same_value(a: Claim, b: Claim) -> Feature:
    """The two reports give the same number (within 2 %, or overlapping stated ranges)."""
    va, vb = _value(a), _value(b)
    if va is None or vb is None:
        return Feature("same_value", 0.5, "a number is missing on one side")
    if (a.value_min is not None and a.value_max is not None and b.value_min is not None
            and b.value_max is not None and a.value_min <= b.value_max and b.value_min <= a.value_max):
        return Feature("same_value", 1.0, f"ranges overlap: {format_value(a)} / {format_value(b)}")
    if abs(va - vb) <= REL_TOLERANCE * max(abs(va), abs(vb)):
        return Feature("same_value", 1.0, f"both say {format_value(a)}")
    if a.unit and b.unit and name_key(a.unit) != name_key(b.unit):
        return Feature("same_value", 0.5, f"different units: {a.unit} / {b.unit}")
    return Feature("same_value", 0.0, f"different value: {format_value(a)} vs {format_value(b)}")


def same_time(a: Claim, b: Claim) -> Feature:
    """The two reports refer to the same (or an overlapping) time."""
    sa, sb = span_of(a.time), span_of(b.time)
    if sa is None or sb is None:
        return Feature("same_time", 0.5, "time unknown on one side")
    gap = gap_days(sa, sb)
    if gap == 0:
        return Feature("same_time", 1.0, f"overlapping time: {describe(a.time)} / {describe(b.time)}")
    return Feature("same_time", 0.0, f"different time: {describe(a.time)} vs {describe(b.time)}")


def same_modality(a: Claim, b: Claim) -> Feature:
    """Both present the statement the same way (fact, plan, offer, claim)."""
    if a.modality == b.modality:
        return Feature("same_modality", 1.0, f"both {a.modality}")
    return Feature("same_modality", 0.0, f"different modality: {a.modality} vs {b.modality}")


def not_denied(a: Claim, b: Claim) -> Feature:
    """Neither report denies what the other affirms."""
    if _polarity(a) == _polarity(b):
        return Feature("not_denied", 1.0, "same polarity")
    denier = a if a.modality == "denial" else b
    who = denier.attributed_to or "a report"
    return Feature("not_denied", 0.0, f"denial by {who}")


CHECKS = (same_value, same_time, same_modality, not_denied)


# -- alignment -------------------------------------------------------------------------------
@dataclass(slots=True)
class Variant:
    """Claims that say the same thing; its id is the smallest member claim id (stable)."""

    id: str
    topic: tuple[str, str, str]
    claims: list[Claim] = field(default_factory=list)

    @property
    def lead(self) -> Claim:
        """The representative claim: the one with the most detail, then the smallest id."""
        return min(self.claims, key=lambda c: (_value(c) is None, c.time is None, c.object is None, c.id))


@dataclass(slots=True)
class Difference:
    """Why two variants of one topic differ, and whether that is a contradiction."""

    a: str  # variant ids
    b: str
    contradiction: bool
    reasons: list[str]
    checks: list[Feature]


@dataclass(slots=True)
class Alignment:
    topic: tuple[str, str, str]
    variants: list[Variant]
    differences: list[Difference]

    @property
    def contested(self) -> bool:
        return any(d.contradiction for d in self.differences)

    def contested_variants(self) -> set[str]:
        return {v for d in self.differences if d.contradiction for v in (d.a, d.b)}


def compare(a: Claim, b: Claim, same_event: bool = False) -> Difference | None:
    """Run every check on two representative claims; None when they agree on everything.

    ``same_event``: both are reports of one event cluster, so their dates must agree too.
    Claims of two predicates of one family (a capacity and a plan) may differ in modality
    without contradicting each other; their numbers and dates still must agree.
    """
    checks = [check(a, b) for check in CHECKS]
    by = {f.name: f for f in checks}
    reasons = [f.detail for f in checks if f.score == 0.0]
    if not reasons:
        return None
    other_time = by["same_time"].score == 0.0
    value_conflict = by["same_value"].score == 0.0 and (same_event or not other_time)
    time_conflict = same_event and other_time
    modality_conflict = (by["same_modality"].score == 0.0 and "claim" not in (a.modality, b.modality)
                         and "denial" not in (a.modality, b.modality) and a.predicate == b.predicate)
    denial = by["not_denied"].score == 0.0
    conflict = value_conflict or time_conflict or modality_conflict or denial
    return Difference("", "", conflict, reasons, checks)


def _split_object_less(groups: dict[tuple[str, str, str], list[Claim]]) -> None:
    """A claim without an object joins the topic of the only object its subject and predicate have."""
    by_sp: dict[tuple[str, str], list[tuple[str, str, str]]] = defaultdict(list)
    for topic in groups:
        by_sp[topic[:2]].append(topic)
    for sp, topics in by_sp.items():
        bare = (*sp, "")
        with_object = [t for t in topics if t[2]]
        if bare in groups and len(with_object) == 1:
            groups[with_object[0]].extend(groups.pop(bare))


def _join_within_events(groups: dict[tuple[str, str, str], list[Claim]], events: dict[str, str]) -> None:
    """Within one event cluster, move claims of one predicate family about one subject (or, for
    meetings and visits, one party) into one topic, across wordings and scripts.

    Only claims inside the cluster move; the same topics elsewhere keep their other claims, so
    figures from unrelated events are never compared as if they were one report's.
    """
    if not events:
        return
    topics_in: dict[tuple[str, str], set[tuple[str, str, str]]] = defaultdict(set)
    for topic, members in groups.items():
        family = FAMILIES.get(topic[1])
        if family is not None:
            for claim in members:
                cluster = events.get(claim.document_id)
                if cluster:
                    topics_in[(cluster, family)].add(topic)
    slots: dict[tuple[str, str, str], list[tuple[tuple[str, str, str], Claim]]] = defaultdict(list)
    for topic in sorted(groups):
        family = FAMILIES.get(topic[1])
        if family is None:
            continue
        for claim in groups[topic]:
            cluster = events.get(claim.document_id)
            if not cluster or len(topics_in[(cluster, family)]) < 2:
                continue  # one topic of this family in this event: nothing to join
            parties = _party_keys(topic[0], claim.subject)
            if family in PARTY_FAMILIES:
                parties |= _party_keys(topic[2], claim.object)
            for party in sorted(parties):
                slots[(cluster, family, party)].append((topic, claim))
    joined: DisjointSets[tuple[str, tuple[str, str, str]]] = DisjointSets()
    for members in slots.values():
        for topic, claim in members[1:]:
            joined.union((members[0][1].id, members[0][0]), (claim.id, topic))
    components: dict[tuple[str, tuple[str, str, str]], list[tuple[str, tuple[str, str, str]]]] = defaultdict(list)
    for item in sorted(joined):
        components[joined.find(item)].append(item)
    for items in components.values():
        topics = Counter(topic for _, topic in items)
        if len(topics) < 2:
            continue  # one topic already: nothing to join
        ids = {cid for cid, _ in items}
        moved: list[Claim] = []
        for topic in topics:
            keep = [c for c in groups[topic] if c.id not in ids]
            moved.extend(c for c in groups[topic] if c.id in ids)
            if keep:
                groups[topic] = keep
            else:
                del groups[topic]
        # the topic most claims state, so the row reads as the reports mostly word it
        lead = min(topics, key=lambda t: (-topics[t], t[2] == "", t))
        if lead in groups:  # its other claims report other events: this event's topic stands apart
            lead = (lead[0], lead[1], f"{lead[2]}@{events[moved[0].document_id]}")
        groups.setdefault(lead, []).extend(moved)


def _party_keys(key: str, name: str | None) -> set[str]:
    """A subject or object by its entity key, its spelling key and its territory (any script):
    within one event, "Россия" and "Russia" are one party even where resolution left two entities."""
    keys = {key, name_key(name)}
    if name:
        keys.add(territory_key(name, "Location"))
    keys.discard("")
    return keys


def _time_key(claim: Claim) -> str:
    span = span_of(claim.time)
    return f"{span[0]}..{span[1]}" if span else ""


def _shared(a: list[Claim], b: list[Claim], events: dict[str, str]) -> bool:
    """Whether two groups of claims come from reports of one event cluster."""
    ca = {events.get(c.document_id) for c in a} - {None}
    return bool(ca & ({events.get(c.document_id) for c in b} - {None}))


def align_claims(claims: Iterable[Claim], rejected: Iterable[str] = (),
                 event_of: dict[str, str] | None = None) -> list[Alignment]:
    """Group claims into topics and variants and explain how variants differ.

    Rejected claims (analyst judgments) are left out, so they count neither for nor against.
    ``event_of`` maps a document to its main event cluster: within one event, claims that give
    different dates are different variants and contradict each other.
    Linear in the number of claims, except for the variant comparison within one topic, which is
    capped at :data:`MAX_VARIANTS_COMPARED` variants.
    """
    skip = set(rejected)
    events = event_of or {}
    groups: dict[tuple[str, str, str], list[Claim]] = defaultdict(list)
    for claim in claims:
        if claim.id in skip:
            continue
        groups[topic_of(claim)].append(claim)
    _split_object_less(groups)
    _join_within_events(groups, events)
    result = []
    for topic in sorted(groups):
        members = groups[topic]
        buckets: dict[tuple[str, str, str, str], list[Claim]] = defaultdict(list)
        for claim in members:
            bucket = _value_bucket(claim)
            when = _time_key(claim)
            buckets[(_polarity(claim), claim.modality, bucket, when)].append(claim)
        for field_ in (3, 2) if topic[1] in VALUED else (3,):  # a claim without a date (or
            for key in [k for k in buckets if k[field_] == ""]:  # number) joins the only one said
                alike = [k for k in buckets if k[field_] and k[:field_] == key[:field_]
                         and k[field_ + 1:] == key[field_ + 1:]]
                if len(alike) == 1 and key in buckets:
                    buckets[alike[0]].extend(buckets.pop(key))
        groups_ = sorted(buckets.values(), key=lambda cs: (-len(cs), min(c.id for c in cs)))
        kept: list[list[Claim]] = []
        for cs in groups_:  # variants that differ in nothing (a month and a day in it) merge
            lead = Variant("", topic, cs).lead
            home = next((k for k in kept[:MAX_VARIANTS_COMPARED]
                         if compare(Variant("", topic, k).lead, lead, _shared(k, cs, events)) is None), None)
            if home is None:
                kept.append(list(cs))
            else:
                home.extend(cs)
        variants = [Variant(min(c.id for c in cs), topic, sorted(cs, key=lambda c: c.id)) for cs in kept]
        variants.sort(key=lambda v: (-len(v.claims), v.id))
        differences = []
        compared = variants[:MAX_VARIANTS_COMPARED]
        for i, va in enumerate(compared):
            for vb in compared[i + 1:]:
                diff = compare(va.lead, vb.lead, _shared(va.claims, vb.claims, events))
                if diff is not None:
                    diff.a, diff.b = va.id, vb.id
                    differences.append(diff)
        result.append(Alignment(topic, variants, differences))
    return result
