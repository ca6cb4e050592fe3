"""Claim alignment: the same statement across documents, and where reports differ.

Claims about one subject, predicate and object form a *topic*. Within a topic, claims that agree
(same value, same polarity, same modality) form a *variant*: one row of the claim ledger, backed by
every sentence that makes it. Two variants of a topic differ for a reason the checks below name:
a different value, a different time, a different modality, or a denial. These are
contradictions and mark the topic contested: a denial; a different value at an overlapping (or
unknown) time; a fact against a plan or an offer; and, when both variants report the same event
cluster, a different date of one occasion (a visit, an opening: neither side gives a figure, and
the predicate is no standing relation such as a supply line or a post). Otherwise a
different time is another period or a later occurrence ("2,738 in 2023", "6,000 in 2024"), and a
sourced "claim" against a fact is a matter of wording: both are shown, not counted as conflicts.

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
from claimgraph.triangulate.figures import UNIT_CLASSES
from claimgraph.triangulate.quantities import different_things, inside_range, is_count, unit_stem, value_of
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
    """(subject, predicate, object) keys: resolved entity ids where set, else name keys. What a
    speaker ``states`` is keyed by the thing its figure counts ("#minute", "#kilom"; "#" for a
    denial): one speaker's minutes, kilometres and jets are three statements, not one in doubt."""
    subj = _entity_key(claim.subject_entity, claim.subject)
    if claim.predicate == "states":
        return subj, claim.predicate, "#" + stated_thing(claim)
    obj = _entity_key(claim.object_entity, claim.object)
    if claim.predicate in SYMMETRIC and obj and obj < subj:
        subj, obj = obj, subj
    return subj, claim.predicate, obj


def stated_thing(claim: Claim) -> str:
    """The thing a stated figure counts, one key for its spellings in any script ("" without one)."""
    if _value(claim) is None:
        return ""
    stem = unit_stem(claim.unit)
    return UNIT_CLASSES.get(stem, stem)


def _polarity(claim: Claim) -> str:
    return "denied" if claim.modality == "denial" else "affirmed"


def _value(claim: Claim) -> float | None:
    return value_of(claim)


def format_value(claim: Claim) -> str:
    v = _value(claim)
    if v is None:
        return "no value"
    text = f"{v:,.0f}" if v == int(v) else f"{v:,g}"
    parts = [claim.qualifier, text, claim.unit, f"per {claim.rate}" if claim.rate else None]
    return " ".join(p for p in parts if p)


def _number_bucket(claim: Claim) -> str:
    v = _value(claim)
    if v is None:
        return ""
    if v == 0:
        return "0"
    magnitude = math.floor(math.log10(abs(v)))
    return f"{round(v / 10 ** (magnitude - 2)) * 10 ** (magnitude - 2):g}"


#: Which way a qualifier bounds its number: "up to 100,000" is a ceiling, "more than 300" a floor;
#: no qualifier states the number itself; "about" states it loosely (``~``).
BOUNDS = {"up to": "<", "less than": "<", "at most": "<", "more than": ">", "at least": ">", "over": ">",
          "about": "~", "approximately": "~", "around": "~", "some": "~", "roughly": "~"}


def bound_of(claim: Claim) -> str:
    if claim.value_min is not None and claim.value_max is not None and claim.value_min != claim.value_max:
        return ""  # a stated range
    return BOUNDS.get((claim.qualifier or "").strip().lower(), "")


def bounds_agree(a: str, b: str, same_number: bool = True) -> bool:
    """Whether two qualifiers of one number say the same. A qualifier is part of a stated figure:
    "up to 100,000" and a plain "100,000" do not agree, nor do "some 1,000" and "more than 1,000".
    A loose qualifier agrees with a nearby number that is not the same ("about 1,500" / "1,520")."""
    return a == b or ("~" in (a, b) and not same_number)


#: Two numbers of one topic further apart than this factor answer two questions, not one.
NEAR_RATIO = 3.0


def _value_bucket(claim: Claim, only_number: bool = False) -> str:
    """The claim's number and qualifier, for grouping; a loose qualifier ("about") joins the plain
    number unless ``only_number``: where the topic gives another number near it, the number is in
    question and the loose and the plain figure are one side of it."""
    number = _number_bucket(claim)
    bound = bound_of(claim) if only_number else bound_of(claim).replace("~", "")
    return f"{number}{bound}" if number else ""


def _alone(claim: Claim, numbers: set[float]) -> bool:
    """Whether no other number of ``numbers`` stands near the claim's (within :data:`NEAR_RATIO`)."""
    v = _value(claim)
    if v is None or v == 0:
        return False
    for n in numbers:
        close = abs(n - v) <= REL_TOLERANCE * max(abs(n), abs(v))
        if not close and n != 0 and max(abs(n), abs(v)) / min(abs(n), abs(v)) <= NEAR_RATIO:
            return False
    return True


# -- checks ----------------------------------------------------------------------------------
def same_value(a: Claim, b: Claim) -> Feature:
    """The two reports give the same number (within 2 %, overlapping stated ranges, or a number
    inside the other's range); numbers of different things (money and a count, two units, two
    periods) are not compared."""
    va, vb = _value(a), _value(b)
    if va is None or vb is None:
        return Feature("same_value", 0.5, "a number is missing on one side")
    if (a.value_min is not None and a.value_max is not None and b.value_min is not None
            and b.value_max is not None and a.value_min <= b.value_max and b.value_min <= a.value_max):
        return Feature("same_value", 1.0, f"ranges overlap: {format_value(a)} / {format_value(b)}")
    if abs(va - vb) <= REL_TOLERANCE * max(abs(va), abs(vb)):
        if not bounds_agree(bound_of(a), bound_of(b), va == vb) and not different_things(a, b):
            return Feature("same_value", 0.0, f"different qualifier: {format_value(a)} vs {format_value(b)}")
        return Feature("same_value", 1.0, f"both say {format_value(a)}")
    if inside_range(a, b) or inside_range(b, a):
        return Feature("same_value", 1.0, f"a number inside the stated range: {format_value(a)} / {format_value(b)}")
    apart = different_things(a, b)
    if apart:
        return Feature("same_value", 0.5, apart)
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
        """The representative claim: the one with the most detail (a number stated exactly or bounded
        before one stated loosely), then the smallest id."""
        return min(self.claims, key=lambda c: (_value(c) is None, c.time is None, c.object is None,
                                               bound_of(c) == "~", c.id))


@dataclass(slots=True)
class Difference:
    """Why two variants of one topic differ, and whether that is a contradiction."""

    a: str  # variant ids
    b: str
    contradiction: bool
    reasons: list[str]
    checks: list[Feature]
    #: what the contradiction is about: number, count, date, modality or denial (empty when none)
    kinds: list[str] = field(default_factory=list)


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


def compare(a: Claim, b: Claim, same_event: bool | None = False) -> Difference | None:
    """Run every check on two representative claims; None when they agree on everything.

    ``same_event``: both are reports of one event cluster, so their dates must agree too; False
    when they report two different events (a plan in one and a fact in another are two
    occasions, not a disagreement); None when no event is known.
    Claims of two predicates of one family (a capacity and a plan) may differ in modality
    without contradicting each other; their numbers and dates still must agree.
    """
    checks = [check(a, b) for check in CHECKS]
    by = {f.name: f for f in checks}
    reasons = [f.detail for f in checks if f.score == 0.0]
    if not reasons:
        return None
    other_time = by["same_time"].score == 0.0
    value_conflict = by["same_value"].score == 0.0 and not other_time and not _two_incidents(a, b, same_event)
    time_conflict = (bool(same_event) and other_time and (_dated_once(a, b) or _one_figure_two_dates(a, b))
                     and not _days_of_one_stay(a, b))
    modality_conflict = by["same_modality"].score == 0.0 and _modality_conflict(a, b, same_event)
    # a denial answers a statement of its own event: "Beijing never supplied weapons" in one story
    # does not contradict a report of another year's shipments
    denial = by["not_denied"].score == 0.0 and same_event is not False
    kinds = [kind for kind, flag in (("count" if is_count(a, b) else "number", value_conflict),
                                     ("date", time_conflict), ("modality", modality_conflict),
                                     ("denial", denial)) if flag]
    return Difference("", "", bool(kinds), reasons, checks, kinds)


def _two_incidents(a: Claim, b: Claim, same_event: bool | None) -> bool:
    """Whether two stated figures tell of two stories: a speaker's minutes or kilometres of one
    incursion and of another are two statements, not one figure in doubt."""
    return same_event is False and "states" in (a.predicate, b.predicate)


#: Predicates of a standing relation: a supply line, a post or a location holds over time, so two
#: reports giving two dates for it tell of two moments (two deliveries), not one date in doubt.
#: A partnership is dated by its agreement (signed on, runs until), so it is not among them.
STANDING = frozenset({"supplies_to", "holds_role", "located_in"})


def _dated_once(a: Claim, b: Claim) -> bool:
    """Whether two claims date one occasion, so that two dates contradict each other: neither gives
    a figure (a figure with its date measures a period), the predicate is no standing relation, and
    neither is a statement (a speaker denies a charge on one day and again on the next)."""
    return (a.predicate not in STANDING and b.predicate not in STANDING
            and _value(a) is None and _value(b) is None and "states" not in (a.predicate, b.predicate))


#: Predicates of a stay that lasts days: a visit told on the day of arrival by one report and on
#: the day of the talks by another is one visit.
STAYS = frozenset({"visited"})


def _days_of_one_stay(a: Claim, b: Claim) -> bool:
    """Whether two days given for one visit are neighbours: its arrival and its talks."""
    sa, sb = span_of(a.time), span_of(b.time)
    return (a.predicate in STAYS and b.predicate in STAYS and sa is not None and sb is not None
            and gap_days(sa, sb) <= 1)


def _one_figure_two_dates(a: Claim, b: Claim) -> bool:
    """Whether two claims give one figure, with one qualifier, for two times ("more than six visits
    since mid-2023" / "since the second quarter of 2024"): the figure is agreed, its date is in
    doubt. Standing relations are left out (two deliveries of one size are two deliveries), and so
    are plans: one target set for two years ("6,000 a year") is two yearly plans."""
    va, vb = _value(a), _value(b)
    if va is None or vb is None or a.predicate in STANDING or b.predicate in STANDING:
        return False
    if {a.modality, b.modality} & {"plan", "offer"}:
        return False
    return abs(va - vb) <= REL_TOLERANCE * max(abs(va), abs(vb)) and bound_of(a) == bound_of(b)


def _modality_conflict(a: Claim, b: Claim, same_event: bool | None) -> bool:
    """Two modalities of one predicate that cannot both be right: a plan against a fact, an offer
    against a plan ("offered to build" / "will build"), in reports of one event."""
    ms = {a.modality, b.modality}
    if "claim" in ms or "denial" in ms or same_event is False:
        return False
    if a.predicate != b.predicate:
        return False
    if a.predicate in OCCASIONS and ms == {"plan", "fact"}:
        return False  # "will meet" before and "met" after: one occasion, announced and then told
    if a.predicate in ONGOING and ms == {"plan", "fact"}:
        return False  # "supplied" and "will supply more": deliveries that go on hold both
    return not (a.predicate in OUTPUT_WORDING and ms == {"plan", "fact"})


#: Predicates of an occasion that reports announce before it happens and tell after it; the
#: announcement (a plan) and the account (a fact) are one occasion, not a disagreement.
OCCASIONS = frozenset({"met_with", "visited"})


#: Relations of deliveries that go on over time: one report telling them as done ("has supplied
#: missiles") and another as to come ("will use more of its missiles") both hold, so the two
#: modalities are no clash. (Cooperation is left out: a treaty signed or to be signed is told as
#: cooperation, and there the two modalities do clash.)
ONGOING = frozenset({"supplies_to"})


#: Predicates of output whose plan and fact readings are one figure worded two ways ("is expected
#: to produce up to 100,000" / "with a capacity of up to 100,000").
OUTPUT_WORDING = frozenset({"capacity", "produces", "plans_to_produce"})


def _alike(a: Claim, b: Claim, same_event: bool | None) -> bool:
    """Whether two claims say one thing: nothing differs, or only the modality of two predicates
    of one family (a capacity stated as a fact by one report and as a plan by another)."""
    diff = compare(a, b, same_event)
    if diff is None:
        return True
    wording = a.predicate != b.predicate or (a.predicate in OUTPUT_WORDING
                                             and {a.modality, b.modality} == {"plan", "fact"})
    return (not diff.contradiction and wording
            and all(f.score != 0.0 or f.name == "same_modality" for f in diff.checks)
            and "denial" not in (a.modality, b.modality))


def _member_modalities(va: Variant, vb: Variant, same_event: bool | None) -> tuple[str, str, str] | None:
    """A predicate both variants state, each in modalities the other never uses, that contradict
    each other (an offer against a plan): a variant joins claims of one family, so its lead may be
    a capacity while its offers stand behind it. None when there is none."""
    for predicate in sorted({c.predicate for c in va.claims} & {c.predicate for c in vb.claims}):
        ma = {c.modality for c in va.claims if c.predicate == predicate}
        mb = {c.modality for c in vb.claims if c.predicate == predicate}
        if ma & mb or len(ma) != 1 or len(mb) != 1:
            continue
        a = next(c for c in va.claims if c.predicate == predicate)
        b = next(c for c in vb.claims if c.predicate == predicate)
        if _modality_conflict(a, b, same_event):
            return predicate, a.modality or "", b.modality or ""
    return None


def with_member_modality(diff: Difference | None, va: Variant, vb: Variant,
                          same_event: bool | None) -> Difference | None:
    """The leads' difference, with a modality contradiction between the variants' members added."""
    if diff is not None and "modality" in diff.kinds:
        return diff
    found = _member_modalities(va, vb, same_event)
    if found is None:
        return diff
    predicate, ma, mb = found
    reason = f"different modality of {predicate.replace('_', ' ')}: {ma} vs {mb}"
    if diff is None:
        return Difference("", "", True, [reason], [], ["modality"])
    diff.reasons.append(reason)
    diff.kinds.append("modality")
    diff.contradiction = True
    return diff


def _deniers(denial: Variant, variants: list[Variant]) -> set[str]:
    """Reports that deny a statement and affirm it nowhere in the topic."""
    affirming = {c.document_id for v in variants if v.lead.modality != "denial" for c in v.claims}
    return {c.document_id for c in denial.claims} - affirming


def _between_reports(a: list[Claim], b: list[Claim], by_source: bool = False) -> bool:
    """Whether two variants come from different reports: each has a report the other lacks. One
    report giving both figures in its own voice ("up to 100,000; 2,000 at first") speaks of two
    things. ``by_source``: a report quoting two sources counts as two ("the envoy said 100,000; a
    ministry source put it at 2,000")."""
    def sources(claims: list[Claim]) -> set[tuple[str, str]]:
        return {(c.document_id, name_key(c.attributed_to) if by_source else "") for c in claims}

    sa, sb = sources(a), sources(b)
    return bool(sa - sb) and bool(sb - sa)


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

    Claims of the family ``output`` that give the same figure join too, whatever their subject.
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
            elif _value(claim) is not None:
                # one figure of one family in one event is one statement, whoever the report
                # names as its subject ("Moscow", "Russia" or the plant)
                parties.add(f"#{_number_bucket(claim)}")
            for party in sorted(parties):
                slots[(cluster, family, party)].append((topic, claim))
    joined: DisjointSets[tuple[str, tuple[str, str, str]]] = DisjointSets()
    for slot in slots.values():
        for topic, claim in slot[1:]:
            joined.union((slot[0][1].id, slot[0][0]), (claim.id, topic))
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


def _shared(a: list[Claim], b: list[Claim], events: dict[str, str]) -> bool | None:
    """Whether two groups of claims come from reports of one event cluster (None: unknown)."""
    ca = {events.get(c.document_id) for c in a} - {None}
    cb = {events.get(c.document_id) for c in b} - {None}
    if not ca or not cb:
        return None
    return bool(ca & cb)


def _per_story(groups: list[list[Claim]], events: dict[str, str]) -> list[list[Claim]]:
    """Each group split by the event cluster of its reports: one wording told of two stories ("the
    two states cooperate", of a treaty and of a later arms delivery) is two rows, so that each
    story's reports are set against that story's only. Claims of reports outside any cluster stay
    together."""
    out = []
    for cs in groups:
        by_story: dict[str, list[Claim]] = defaultdict(list)
        for c in cs:
            by_story[events.get(c.document_id, "")].append(c)
        out.extend(by_story.values())
    return out


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
        numbers = {v for c in members if (v := _value(c)) is not None}
        for claim in members:
            bucket = _value_bucket(claim, _alone(claim, numbers))
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
                         if _alike(Variant("", topic, k).lead, lead, _shared(k, cs, events))), None)
            if home is None:
                kept.append(list(cs))
            else:
                home.extend(cs)
        variants = [Variant(min(c.id for c in cs), topic, sorted(cs, key=lambda c: c.id))
                    for cs in _per_story(kept, events)]
        variants.sort(key=lambda v: (-len(v.claims), v.id))
        differences = []
        compared = variants[:MAX_VARIANTS_COMPARED]
        for i, va in enumerate(compared):
            for vb in compared[i + 1:]:
                shared = _shared(va.claims, vb.claims, events)
                diff = with_member_modality(compare(va.lead, vb.lead, shared), va, vb, shared)
                if diff is not None:
                    diff.a, diff.b = va.id, vb.id
                    if diff.contradiction and not _between_reports(va.claims, vb.claims):
                        # one report in its own voice gives both; quoting two sources on one
                        # figure still reports a disagreement
                        quoted = _between_reports(va.claims, vb.claims, by_source=True)
                        diff.kinds = [k for k in diff.kinds if quoted and k in ("number", "count")]
                        diff.contradiction = bool(diff.kinds)
                        if not diff.contradiction:
                            diff.reasons.append("one report gives both")
                    elif "denial" in diff.kinds and not _deniers(va if va.lead.modality == "denial" else vb,
                                                                 variants):
                        diff.kinds.remove("denial")
                        diff.contradiction = bool(diff.kinds)
                        diff.reasons.append("the denying report also affirms it")
                    differences.append(diff)
        result.append(Alignment(topic, variants, differences))
    return result
