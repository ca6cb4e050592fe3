"""Disagreements between outlets: what kind, which sides, and who stands on each.

A disagreement is named by its kind, so the analyst knows what to check:

- ``number``: two figures for one quantity ("more than 5" / "at least 12" visits);
- ``count``: two counts of listed parties (12 / 15 sanctioned entities);
- ``date``: two dates of one event (opened February 2025 / starts work in 2026);
- ``modality``: one report tells as an offer or a plan what another tells as done;
- ``denial``: one report denies what another affirms (a party denying an allegation is not one:
  that is the story both tell);
- ``actor``: two reports of one event name different bodies as the one acting (the State
  Department / the Treasury imposed the measure) and no report names both.

Each side lists the variants (ledger rows) that hold it. Kinds other than ``actor`` come from
the differences :mod:`claimgraph.triangulate.align` found; ``actor`` compares topics, since the
acting body is part of a claim's topic.
"""
from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field

from claimgraph.model import Claim
from claimgraph.triangulate.align import STANDING, Alignment, Variant, _party_keys, _value_bucket
from claimgraph.triangulate.asked_not_done import told_as_done
from claimgraph.triangulate.authorities import territories
from claimgraph.triangulate.concepts import territory_key
from claimgraph.triangulate.concluded_acts import modalities_clash
from claimgraph.triangulate.event_clusters import SEASONS_APART
from claimgraph.triangulate.figures import states_number
from claimgraph.triangulate.keys import name_key
from claimgraph.triangulate.quantities import value_of

KINDS = ("number", "count", "date", "modality", "denial", "actor")
#: Predicates whose object is the body acting (who imposes a sanction).
ACTOR_PREDICATES = frozenset({"sanctioned_by"})
MAX_ACTORS = 6  # per event; more bodies than this is a broad round-up, not one measure


@dataclass(slots=True)
class Disagreement:
    """Two sides of one question, each a list of ledger variants."""

    kind: str
    about: str
    sides: tuple[list[Variant], list[Variant]]
    reasons: list[str] = field(default_factory=list)

    def variant_ids(self) -> set[str]:
        return {v.id for side in self.sides for v in side}


def _party_denies(a: Variant, b: Variant) -> bool:
    """Whether the denying side is a party answering the other's statement: every denial is given
    to a speaker ("Beijing insisted it does not …") or has a state as its subject ("Китай никогда
    не предоставлял …"). The accused's denial of an allegation is the story two outlets both tell,
    not one outlet contradicting another."""
    denying = a if a.lead.modality == "denial" else b
    return all(c.attributed_to or territory_key(c.subject or "", "Country") for c in denying.claims)


def _apart(a: Variant, b: Variant, events: dict[str, str]) -> bool:
    """Whether both variants' reports belong to event clusters and share none."""
    ca = {events.get(c.document_id) for c in a.claims} - {None}
    cb = {events.get(c.document_id) for c in b.claims} - {None}
    return bool(ca and cb) and not ca & cb


def _about(topic: tuple[str, str, str], lead: Claim) -> str:
    return " ".join(x for x in (lead.subject, lead.predicate.replace("_", " "), lead.object) if x)


def _one_story(a: Variant, b: Variant, events: dict[str, str]) -> bool:
    """Whether every report of both variants that belongs to an event cluster belongs to one."""
    return len({events.get(c.document_id) for c in (*a.claims, *b.claims)} - {None}) <= 1


def _same_figure(al: Alignment, v: Variant) -> Variant:
    """The variant with every row of its topic that gives its figure, whatever the story: a row
    holds one story's reports, and the same figure told in another story is the same delivery."""
    bucket = _value_bucket(v.lead)
    if not bucket:
        return v
    return Variant(v.id, v.topic, [c for w in al.variants if _value_bucket(w.lead) == bucket for c in w.claims])


def _both_known(a: Variant, b: Variant, numbers: dict[str, list[tuple[float, float]]]) -> bool:
    """Whether every report of each side states the other side's number somewhere: reports that
    each give both numbers ("8,000 to 10,000 attack drones and about 15,000 decoys") speak of two
    things, though each claim read from them holds one. The same number with two qualifiers is
    left to the qualifiers."""
    va, vb = value_of(a.lead), value_of(b.lead)
    if not numbers or va is None or vb is None or states_number([(va, va)], vb):
        return False
    return (all(states_number(numbers.get(c.document_id, []), vb) for c in a.claims)
            and all(states_number(numbers.get(c.document_id, []), va) for c in b.claims))


def other_models(a: Claim, b: Claim) -> bool:
    """Whether two claims' objects are two models of one line: one name is the other's with a
    model number added ("Falcon" / "Falcon-2", "Falcon 2M"), so each has its own dates."""
    for x, y in ((a.object, b.object), (b.object, a.object)):
        numbered = _MODEL_NUMBER.match(x or "")
        if numbered and y and not _MODEL_NUMBER.match(y) and name_key(numbered.group(1)) == name_key(y):
            return True
    return False


#: A name ending in a model number ("Falcon-2", "Falcon 2M"): the line's name, then the number.
_MODEL_NUMBER = re.compile(r"^(\D*?\w)[\s-]+(\d[\w-]*)$")


def _days(side: Variant, dated: dict[str, str]) -> list[dt.date]:
    out = []
    for c in side.claims:
        try:
            out.append(dt.date.fromisoformat((dated.get(c.document_id) or "")[:10]))
        except ValueError:
            continue
    return out


def _seasons_apart(a: Variant, b: Variant, dated: dict[str, str]) -> bool:
    """Whether every dated report of one side is :data:`SEASONS_APART` days or more from every
    dated report of the other (each side dated)."""
    da, db = _days(a, dated), _days(b, dated)
    return bool(da and db) and min(abs((x - y).days) for x in da for y in db) >= SEASONS_APART


def _actors(v: Variant) -> set[str]:
    """The keys of the bodies a variant's claims name as acting."""
    return {name_key(c.object) for c in v.claims if c.object} - {""}


def _one_actor(a: Variant, b: Variant) -> bool:
    """Whether two variants of a measure may tell one measure: both name an acting body (two
    spellings of one body are left to the comparison), or neither does. Sanctions told as in
    force with no body named ("the country is under strict international sanctions") and those
    one body threatens ("Washington warned it would impose new sanctions") are two measures, not
    one told as done and as to come."""
    return bool(_actors(a)) == bool(_actors(b))


def from_alignments(alignments: list[Alignment], events: dict[str, str] | None = None,
                    numbers: dict[str, list[tuple[float, float]]] | None = None,
                    sentences: dict[str, str] | None = None,
                    dated: dict[str, str] | None = None) -> list[Disagreement]:
    """One disagreement per contradicting pair of variants and kind; with ``events`` (document ->
    event cluster), a denial, a modality or a date whose reports tell of no common event are two
    stories, not one told two ways ("Beijing supplies drones", told of one round of sanctions, and
    "Beijing denies supplying arms", told of a later press conference). Figures still disagree
    across clusters, since one story's reports may fall into two, unless ``dated`` (document ->
    its day) puts the two stories months apart: two counts of sanctioned firms told of two rounds
    a year apart count two rounds ("42 Chinese firms" one autumn, "two Chinese firms" the next).
    A figure of a standing relation (a supply, a post, a place) is compared only within
    one story even where the same figure is told in others: told across several stories it
    counts several deliveries. ``numbers`` (document -> the numbers it states): two figures each
    report gives both of are no disagreement. ``sentences`` (claim -> its sentence): cooperation
    told as done and as to come disagrees only where both sides tell it signed or to be signed
    (:mod:`claimgraph.triangulate.concluded_acts`), and a fact told only inside a request is still
    to come (:mod:`claimgraph.triangulate.asked_not_done`)."""
    out = []
    for al in alignments:
        by_id = {v.id: v for v in al.variants}
        for diff in al.differences:
            if not diff.contradiction:
                continue
            a, b = by_id[diff.a], by_id[diff.b]
            apart = bool(events) and _apart(a, b, events or {})
            for kind in diff.kinds or ["number"]:
                if kind == "denial" and (apart or _party_denies(a, b)):
                    continue
                if kind in ("modality", "date") and apart:
                    continue  # two stories, each told one way
                if kind in ("number", "count") and apart and _seasons_apart(a, b, dated or {}):
                    continue  # two acts months apart, each counted by its own story
                if kind == "date" and other_models(a.lead, b.lead):
                    continue  # "Falcon" made since 2023, "Falcon-2" since 2025: two products, two dates
                if kind == "modality" and al.topic[1] in ACTOR_PREDICATES and not _one_actor(a, b):
                    continue  # sanctions in force, no body named, and a body's threatened ones: two measures
                if kind == "modality" and sentences is not None \
                        and not modalities_clash(al.topic[1], a.claims, b.claims, sentences):
                    continue  # a relation that goes on is planned and practised at once
                if kind == "modality" and sentences is not None and "fact" in {a.lead.modality, b.lead.modality} \
                        and not (told_as_done(a.claims, sentences) and told_as_done(b.claims, sentences)):
                    continue  # a "fact" told only inside a request is still to come
                if (kind in ("number", "count") and al.topic[1] in STANDING and events
                        and not _one_story(_same_figure(al, a), _same_figure(al, b), events)):
                    continue  # a supply, a post or a place told of several events: several deliveries
                if kind in ("number", "count") and _both_known(a, b, numbers or {}):
                    continue
                out.append(Disagreement(kind, _about(al.topic, a.lead), ([a], [b]), list(diff.reasons)))
    return out


#: Words that name no body by themselves: a state's name and the generic words of an office, so
#: that "US Treasury Department", "United States Treasury Department" and "the Department of the
#: Treasury" are one body.
GENERIC_ACTOR_WORDS = frozenset("""the of and for us usa u s united states american department dept ministry
office federal government bureau""".split())


def _actor_core(name: str) -> frozenset[str]:
    """The words of a body's name that tell it from other bodies of its state."""
    return frozenset(t for t in name_key(name).split() if t not in GENERIC_ACTOR_WORDS)


def _actor_key(claim: Claim, is_source: Callable[[str], bool]) -> str:
    """The acting body's key; "" for a state or union (it is not one body of it) and for an
    outlet (a report's source, not an actor)."""
    if not claim.object or territory_key(claim.object, "Country") or is_source(claim.object):
        return ""
    return claim.object_entity or name_key(claim.object)


def _one_body(x: str, y: str) -> bool:
    """Two names of one body: one's telling words are all among the other's."""
    cx, cy = _actor_core(x), _actor_core(y)
    return bool(cx and cy) and (cx <= cy or cy <= cx)


def actor_disagreements(alignments: list[Alignment], events: dict[str, str],
                        is_source: Callable[[str], bool] = lambda name: False) -> list[Disagreement]:
    """Within one event cluster, two bodies named as acting on one target by different reports,
    where no report names both, whose names place them in no two different territories (an EU
    council and a US office act in two measures) and are not two spellings of one body. A state
    as the target ("sanctions on Russia") ties no two bodies together: a package of measures
    against a state comes from several bodies at once."""
    # cluster -> actor -> (documents, targets, variants)
    acts: dict[str, dict[str, tuple[set[str], set[str], dict[str, Variant], str]]] = defaultdict(dict)
    for al in alignments:
        if al.topic[1] not in ACTOR_PREDICATES:
            continue
        for v in al.variants:
            for c in v.claims:
                cluster, actor = events.get(c.document_id), _actor_key(c, is_source)
                if not cluster or not actor or c.modality == "denial":
                    continue
                docs, targets, variants, name = acts[cluster].setdefault(actor, (set(), set(), {}, c.object or actor))
                docs.add(c.document_id)
                if not territory_key(c.subject or "", "Country"):
                    # a state as the target is hit by many measures of many bodies at once
                    targets.update(_party_keys(al.topic[0], c.subject))
                variants[v.id] = v
    out = []
    for cluster in sorted(acts):
        actors = acts[cluster]
        if len(actors) < 2 or len(actors) > MAX_ACTORS:
            continue
        keys = sorted(actors)
        for i, x in enumerate(keys):
            for y in keys[i + 1:]:
                dx, tx, vx, nx = actors[x]
                dy, ty, vy, ny = actors[y]
                if dx & dy or not (tx & ty) or _one_body(nx, ny):
                    continue  # one report names both, they act on different targets, or one body twice
                px, py = territories(nx), territories(ny)
                if px and py and not (px & py):
                    continue
                out.append(Disagreement("actor", f"who acted: {nx} / {ny}",
                                        (list(vx.values()), list(vy.values())),
                                        [f"different actor: {nx} vs {ny}"]))
    return out


def find_disagreements(alignments: list[Alignment], events: dict[str, str] | None = None,
                       is_source: Callable[[str], bool] = lambda name: False,
                       numbers: dict[str, list[tuple[float, float]]] | None = None,
                       sentences: dict[str, str] | None = None,
                       dated: dict[str, str] | None = None) -> list[Disagreement]:
    """Every disagreement of the workspace, by kind; ``is_source`` tells outlets from actors;
    ``numbers``: the numbers each document states; ``sentences``: each claim's sentence;
    ``dated``: each document's day."""
    return (from_alignments(alignments, events, numbers, sentences, dated)
            + actor_disagreements(alignments, events or {}, is_source))
