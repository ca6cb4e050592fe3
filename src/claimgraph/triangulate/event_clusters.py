"""Event clusters: reports of the same event grouped across outlets and languages.

Each document reports one main event (and may mention others). Two reports are compared by
explainable checks — time, type, participants (for two documents, the cosine of their rarity-weighted
mention profiles: what each dwells on), place, numbers, text, names in the lead (compared
by transliteration key, so a Russian and an English report of one event meet), and whether
each report's most telling names appear in the other (two stories that share only a leader and a
country are apart), and the days each text states (two stories of one place whose leads name days
months apart are apart, even when neither has an event or publication date) — each returning
``Feature(name, score, detail)``; evidence summed over the checks at or above
:data:`LINK_THRESHOLD` links them,
and linked reports form a cluster. A cluster's id is the smallest member event id, so ids stay
stable when clusters grow or merge.

Comparing every pair is quadratic, so reports are only compared within blocks that share a
(participant, place, rare name word or figure, month) key or a text min-hash, and within a large block only with their
:data:`WINDOW` nearest neighbours in time (sorted neighbourhood). The cost grows with
``n × keys × WINDOW``, not ``n²``.
"""
from __future__ import annotations

import datetime as dt
import math
import re
import zlib
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from claimgraph.disjoint import DisjointSets
from claimgraph.model import Event, Feature, TimeRef
from claimgraph.triangulate.story_dates import StoryDays, same_story_days
from claimgraph.triangulate.timespan import Span, gap_days, width_days

GENERIC_TYPES = frozenset({"announcement", "other"})
#: Pairs of types that often describe one occasion (a visit with talks, talks ending in a deal).
RELATED_TYPES = frozenset({frozenset({"meeting", "visit"}), frozenset({"meeting", "agreement"}),
                           frozenset({"visit", "agreement"}), frozenset({"visit", "exhibition"})})
LINK_THRESHOLD = 3.5  # summed evidence at which two reports are one event
SHARED_ENOUGH = 0.5  # share of the smaller participant set that counts as full agreement
RARE_WEIGHT = math.log(1 + 20)  # weight of a name in 5 % of reports: sharing one such is enough
NEAR_DUPLICATE = 0.5  # text resemblance at which two reports are one story whatever else differs
GROUP_AGREEMENT = 0.5  # mean evidence across two groups, as a share of the threshold, to merge them
STORY_AGREEMENT = 0.25  # mean evidence with a cluster's main reports, as a share of the threshold, for a stray report to join
WINDOW = 25  # neighbours compared within one block
UNDATED_MONTHS = 12  # month blocks of one name a report of unknown date joins at most
SKETCH_SIZE = 64
BLOCK_KEYS = 10  # participant keys per report used for blocking (the rarest shared)
BLOCK_WORDS = 5  # name words per report used for blocking (the rarest shared)
COMMON_SHARE, COMMON_REPORTS = 0.05, 200  # names in more reports than both are not blocking keys
SIGNATURE_WORDS = 5  # a report's most telling names compared by same_subject
SUBJECT_PENALTY = -2.0  # evidence against two reports whose telling names are all apart
PROFILE_WEIGHT, PROFILE_EVEN = 9.5, 0.04  # evidence per unit of profile cosine, and the cosine worth none
PROFILE_FLOOR = -0.5  # the most a profile apart counts against (other-language names often fail to meet)
DAYS_PENALTY = -4.0  # evidence against two reports whose leads name days the other never states
AUTHORITY_PENALTY = -2.5  # evidence against two sanctions reports whose imposing authorities are all apart
DAY_TOLERANCE = 3  # days an event date may differ between reports
REPORT_LAG = 7  # days a report may follow the event when only its publication date is known
SEASONS_APART = 92  # days between two groups' dated reports at which they are two events, whatever links them
DATED_WIDTH = 7  # widest span (days) that dates a report for that check
BELOW_LINK = 0.01  # how far under the threshold evidence that may never link on its own is held

_WORD = re.compile(r"\w+", re.UNICODE)
_LAG = dt.timedelta(days=REPORT_LAG)


def text_sketch(text: str, size: int = SKETCH_SIZE) -> frozenset[int]:
    """A bottom-k min-hash of word 3-shingles: cheap, deterministic resemblance of two texts."""
    words = _WORD.findall(text.lower())
    shingles = {zlib.crc32(" ".join(words[i:i + 3]).encode("utf-8")) for i in range(max(len(words) - 2, 1))}
    return frozenset(sorted(shingles)[:size])


def resemblance(a: frozenset[int], b: frozenset[int]) -> float:
    """Jaccard estimate of two bottom-k sketches (the sketches' own overlap: fast, close enough)."""
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


@dataclass(slots=True)
class EventReport:
    """One event as one document reports it, with the keys reports are compared by."""

    event: Event
    document_id: str
    published: str | None = None
    main: bool = True
    span: Span | None = None
    from_published: bool = False  # the span is the report's date, not a date the text gives
    participants: frozenset[str] = frozenset()
    names: dict[str, str] = field(default_factory=dict)  # participant key -> display name
    place: str = ""  # key
    numbers: frozenset[str] = frozenset()
    sketch: frozenset[int] = frozenset()
    lang: str | None = None
    guessed: bool = False  # a synthetic main event whose type was guessed from the title
    words: frozenset[str] = frozenset()  # transliteration keys of the names in the title and lead
    story: StoryDays = field(default_factory=StoryDays)  # the days the report's text states
    profile: dict[str, int] = field(default_factory=dict)  # key -> mentions of it in the document
    vector: dict[str, float] = field(default_factory=dict)  # the profile weighted by rarity, unit length
    authorities: frozenset[str] = frozenset()  # territories whose sanctions the report tells of


# -- checks ----------------------------------------------------------------------------------
def close_in_time(a: EventReport, b: EventReport) -> Feature:
    """The reports date the event to the same days (a report's own date may lag by a week)."""
    if a.span is None or b.span is None:
        return Feature("close_in_time", 0.5, "a date is unknown")
    gap = gap_days(a.span, b.span)
    vague = width_days(a.span) > 1 or width_days(b.span) > 1
    tolerance = REPORT_LAG if (a.from_published or b.from_published or vague) else DAY_TOLERANCE
    if gap > tolerance:
        return Feature("close_in_time", 0.0, f"{gap} days apart")
    wide = max(width_days(a.span), width_days(b.span)) > 31
    score = (0.6 if wide else 1.0) * (1 - gap / (tolerance + 1) / 2)
    return Feature("close_in_time", score, "same days" if gap == 0 else f"{gap} days apart")


def same_type(a: EventReport, b: EventReport) -> Feature:
    """Both report the same kind of event (a generic announcement fits anything)."""
    ta, tb = a.event.type, b.event.type
    if ta == tb:
        return Feature("same_type", 1.0 if ta not in GENERIC_TYPES else 0.6, f"both {ta}")
    if ta in GENERIC_TYPES or tb in GENERIC_TYPES:
        return Feature("same_type", 0.5, f"{ta} / {tb}")
    if frozenset({ta, tb}) in RELATED_TYPES:
        return Feature("same_type", 0.7, f"related types {ta} / {tb}")
    return Feature("same_type", 0.1, f"different types {ta} / {tb}")


def shared_participants(a: EventReport, b: EventReport, weight: dict[str, float] | None = None) -> Feature:
    """The same people, organisations and countries take part (rarer names weigh more)."""
    if not a.participants or not b.participants:
        return Feature("shared_participants", 0.3, "no participants on one side")
    w = weight or {}
    shared = a.participants & b.participants
    if not shared:
        return Feature("shared_participants", 0.0, "no participant in common")
    total_a = sum(w.get(k, 1.0) for k in a.participants)
    total_b = sum(w.get(k, 1.0) for k in b.participants)
    # sharing half of the smaller side's (rarity-weighted) participants is full agreement
    # (never less than one rare name's weight, so one common name shared is weak evidence)
    enough = max(min(total_a, total_b) * SHARED_ENOUGH, RARE_WEIGHT if w else 1e-9)
    score = sum(w.get(k, 1.0) for k in shared) / enough
    names = ", ".join(sorted(a.names.get(k, k) for k in shared)[:5])
    return Feature("shared_participants", min(score, 1.0), f"shared: {names}")


def same_place(a: EventReport, b: EventReport) -> Feature:
    """Both put the event in the same place."""
    if not a.place or not b.place:
        return Feature("same_place", 0.5, "place unknown on one side")
    if a.place == b.place:
        return Feature("same_place", 1.0, f"both in {a.place}")
    return Feature("same_place", 0.0, f"{a.place} / {b.place}")


def shared_numbers(a: EventReport, b: EventReport) -> Feature:
    """The reports quote the same figures (figures survive translation)."""
    if not a.numbers or not b.numbers:
        return Feature("shared_numbers", 0.5, "no figures on one side")
    shared = a.numbers & b.numbers
    if shared:  # one figure may be a coincidence; several seldom are
        return Feature("shared_numbers", 1.0 if len(shared) > 1 else 0.8,
                       "same figures: " + ", ".join(sorted(shared)[:3]))
    return Feature("shared_numbers", 0.2, "no figure in common")


def shared_names(a: EventReport, b: EventReport, weight: dict[str, float] | None = None) -> Feature:
    """The titles and leads name the same rare things, in any script ("Минск"/"Minsk",
    "UAV Tech Minsk" quoted in a Russian text), even where extraction found no entity."""
    if not a.words or not b.words:
        return Feature("shared_names", 0.0, "no names on one side")
    w = weight or {}
    shared = a.words & b.words
    if not shared:
        return Feature("shared_names", 0.0, "no name in common")
    total = sum(w.get(k, 1.0) for k in shared)
    smaller = min(sum(w.get(k, 1.0) for k in a.words), sum(w.get(k, 1.0) for k in b.words))
    score = min(total / max(smaller * SHARED_ENOUGH, 2 * RARE_WEIGHT), 1.0)
    top = sorted(shared, key=lambda k: (-w.get(k, 1.0), k))[:4]
    return Feature("shared_names", score, "shared names: " + ", ".join(top))


def _signature(r: EventReport, weight: dict[str, float]) -> list[str]:
    """The report's most telling names: the rarest words of its title and lead that some other
    report shares (a name no other report has tells nothing)."""
    single = getattr(weight, "single", math.inf)
    shared = [k for k in r.words if k in weight and weight[k] < single - 1e-9 and len(k) >= 4]
    return sorted(shared, key=lambda k: (-weight[k], k))[:SIGNATURE_WORDS]


def same_subject(a: EventReport, b: EventReport, weight: dict[str, float] | None = None) -> Feature:
    """The reports are about the same thing: each one's most telling names appear in the other
    (a report on a missile and a report on a drone plant share only the country they name)."""
    w = weight or {}
    sa, sb = _signature(a, w), _signature(b, w)
    if not sa or not sb:
        return Feature("same_subject", 0.5, "no telling names on one side")
    if set(sa) & b.words or set(sb) & a.words:
        return Feature("same_subject", 1.0, "telling names shared")
    if a.lang and b.lang and a.lang != b.lang:
        # across languages a capitalised common noun ("Sanktionen") is no name the other could share
        return Feature("same_subject", 0.5, f"no telling name shared across languages ({a.lang} / {b.lang})")
    return Feature("same_subject", 0.0, f"different subjects: {', '.join(sa)} / {', '.join(sb)}")


def similar_profile(a: EventReport, b: EventReport) -> Feature:
    """The documents dwell on the same rare names: the cosine of their mention counts weighted
    by rarity (a treaty with one country and a treaty with another share the leader who signed
    both, but each dwells on its own partner)."""
    if not a.vector or not b.vector:
        return Feature("similar_profile", PROFILE_EVEN, "no named things on one side")
    small, large = (a.vector, b.vector) if len(a.vector) <= len(b.vector) else (b.vector, a.vector)
    cosine = sum(w * large.get(k, 0.0) for k, w in small.items())
    top = sorted(small, key=lambda k: -small[k] * large.get(k, 0.0))[:3]
    names = ", ".join(a.names.get(k, b.names.get(k, k)) for k in top if k in large)
    return Feature("similar_profile", round(cosine, 3), f"profile cosine {cosine:.2f}" + (f" ({names})" if names else ""))


def same_authority(a: EventReport, b: EventReport) -> Feature:
    """Two sanctions reports name the same imposing authority (the EU's package and Japan's round
    of one week are two measures)."""
    if a.event.type != "sanction" or b.event.type != "sanction" or not a.authorities or not b.authorities:
        return Feature("same_authority", 0.5, "not two sanctions with known authorities")
    if a.authorities & b.authorities:
        return Feature("same_authority", 1.0, "same authority")
    names = " / ".join(", ".join(sorted(k.removeprefix("t:").upper() for k in x)) for x in (a.authorities, b.authorities))
    return Feature("same_authority", 0.0, f"imposed by {names}")


def similar_text(a: EventReport, b: EventReport) -> Feature:
    """The texts resemble each other (same-language rewrites and copies)."""
    if not a.sketch or not b.sketch:
        return Feature("similar_text", 0.0, "no text to compare")
    r = resemblance(a.sketch, b.sketch)
    return Feature("similar_text", min(r / NEAR_DUPLICATE, 1.0), f"text resemblance {r:.2f}")


def _evidence(f: Feature) -> float:
    """How much one check speaks for (positive) or against (negative) the same event."""
    x = f.score
    if f.name == "close_in_time":
        return 0.5 if x == 0.5 else 1.5 * x
    if f.name == "same_type":
        return {1.0: 1.0, 0.7: 0.5, 0.1: -1.5}.get(x, 0.0)
    if f.name == "shared_participants":
        return -1.0 if x == 0.0 else (0.0 if f.detail.startswith("no participants") else 3.0 * x)
    if f.name == "same_place":
        return {1.0: 1.0, 0.0: -0.5}.get(x, 0.0)
    if f.name == "shared_numbers":
        return {1.0: 2.5, 0.8: 1.5, 0.2: -0.3}.get(x, 0.0)
    if f.name == "shared_names":
        return 1.5 * x
    if f.name == "same_subject":
        return SUBJECT_PENALTY if x == 0.0 else 0.0
    if f.name == "similar_profile":
        return max(PROFILE_WEIGHT * (x - PROFILE_EVEN), PROFILE_FLOOR)
    if f.name == "same_story_days":
        return {1.0: 1.0, 0.0: DAYS_PENALTY}.get(x, 0.0)
    if f.name == "same_authority":
        return AUTHORITY_PENALTY if x == 0.0 else 0.0
    return 4.0 * x  # similar_text


def score_pair(a: EventReport, b: EventReport, weight: dict[str, float] | None = None,
               word_weight: dict[str, float] | None = None) -> tuple[float, list[Feature]]:
    """The summed evidence of two reports and the checks behind it (0 when the dates rule it out).

    Each check adds evidence for the same event or against it (see :func:`_evidence`); a missing
    piece of information adds nothing either way. Reports are linked at :data:`LINK_THRESHOLD`.
    """
    # two documents' whole profiles say more than their main events' participant lists
    who = similar_profile(a, b) if a.vector and b.vector else shared_participants(a, b, weight)
    days = same_story_days(a.story, b.story)
    features = [close_in_time(a, b), same_type(a, b), who, same_place(a, b), shared_numbers(a, b),
                similar_text(a, b), shared_names(a, b, word_weight), same_subject(a, b, word_weight), days,
                same_authority(a, b)]
    if features[0].score == 0.0:
        # the extracted event dates disagree; when the days the texts state agree, the texts win
        if days.score == 0.0 or days.detail.startswith("no stated day"):
            return 0.0, features
        features[0] = Feature("close_in_time", 0.5, features[0].detail + ", but the stated days agree")
    total = sum(_evidence(f) for f in features)
    if _mention_by_participants(a, b, features):
        total = min(total, LINK_THRESHOLD - BELOW_LINK)
    return total, features


def _mention_by_participants(a: EventReport, b: EventReport, features: Sequence[Feature]) -> bool:
    """Whether an event one report mentions at a known date meets a report of unknown date on
    nothing but who takes part: a mention has no lead, figures or text to compare, and the leaders
    and ministries it names take part in many events, so that much never links the two."""
    mentions = [r for r in (a, b) if not r.main]
    if not mentions or not all(r.span for r in mentions) or features[0].detail != "a date is unknown":
        return False
    score = {f.name: f.score for f in features}
    return score.get("same_type", 0.0) < 1.0 and score.get("same_place", 0.0) < 1.0


# -- clustering ------------------------------------------------------------------------------
@dataclass(slots=True)
class EventCluster:
    """One real-world event with every report of it."""

    id: str
    type: str
    time: TimeRef | None
    place: str | None
    participants: list[str]
    documents: list[str]  # documents whose main event this is, in publication order
    mentioned_in: list[str]  # other documents that mention it
    events: list[str]
    first_published: str | None = None


def _months(span: Span) -> list[str]:
    if width_days(span) > 92:
        return [f"Y{span[0].year}"]
    out, (y, m) = [], (span[0].year, span[0].month)
    while (y, m) <= (span[1].year, span[1].month):
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def _widened(span: Span) -> Span:
    try:
        return span[0] - _LAG, span[1] + _LAG
    except OverflowError:  # a date at the edge of the calendar
        return span


class Weights(dict[str, float]):
    """Rarity weights of names; ``single`` is the weight of a name only one report has."""

    single: float = math.inf


def _idf(reports: Sequence[EventReport], attr: str = "participants") -> Weights:
    df: Counter[str] = Counter()
    for r in reports:
        df.update(getattr(r, attr))
    n = max(len(reports), 2)
    weights = Weights({k: math.log(1 + n / c) for k, c in df.items()})
    weights.single = math.log(1 + n)
    return weights


def _weigh_profiles(reports: Sequence[EventReport]) -> None:
    """Each report's profile as a unit vector of (1 + log count) × rarity over the reports."""
    df: Counter[str] = Counter()
    for r in reports:
        df.update(r.profile.keys())
    n = max(sum(1 for r in reports if r.profile), 2)
    for r in reports:
        v = {k: (1 + math.log(c)) * math.log(1 + n / df[k]) for k, c in r.profile.items() if c > 0}
        norm = math.sqrt(sum(x * x for x in v.values()))
        r.vector = {k: x / norm for k, x in v.items()} if norm else {}


def _blocks(reports: Sequence[EventReport], weight: dict[str, float],
            word_weight: dict[str, float] | None = None) -> dict[tuple[str, str], list[int]]:
    blocks: dict[tuple[str, str], list[int]] = defaultdict(list)
    # a name in a large share of all reports ("Russia") says little and would make huge blocks
    common = math.log(1 + len(reports) / max(COMMON_REPORTS, COMMON_SHARE * len(reports)))
    unique = math.log(1 + max(len(reports), 2)) - 1e-9
    for i, r in enumerate(reports):
        # a report near a month's edge also meets the reports of the next (or previous) month
        months = _months(_widened(r.span)) if r.span else ["?"]
        # a name no other report has makes a block of one: the rarest names shared are the keys
        keys = [k for k in r.participants if k not in weight or common < weight[k] < unique]
        if r.place and r.place not in keys:
            keys.append(r.place)
        for k in sorted(keys, key=lambda k: (-weight.get(k, 1.0), k))[:BLOCK_KEYS]:
            for m in months:
                blocks[(k, m)].append(i)
        ww = word_weight or {}
        rare = [k for k in r.words if common < ww.get(k, 0.0) < unique]
        for k in sorted(rare, key=lambda k: (-ww[k], k))[:BLOCK_WORDS]:
            for m in months:
                blocks[("w:" + k, m)].append(i)
        for number in sorted(r.numbers)[:BLOCK_KEYS]:
            for m in months:
                blocks[("#" + number, m)].append(i)
        for h in sorted(r.sketch)[:4]:
            blocks[("~", str(h))].append(i)
    # a report whose date is unknown may report an event of any month: it joins every month's
    # block of its keys, not only the other undated reports'
    months_of: dict[str, set[str]] = defaultdict(set)
    for k, m in blocks:
        if k != "~" and m != "?":
            months_of[k].add(m)
    # (a name seen in more months than UNDATED_MONTHS is too spread to be worth it: bounded cost)
    for (k, m), members in list(blocks.items()):
        if m == "?" and len(months_of.get(k, ())) <= UNDATED_MONTHS:
            for month in sorted(months_of.get(k, ())):
                blocks[(k, month)].extend(members)
    return blocks


def _day(report: EventReport) -> int:
    return report.span[0].toordinal() if report.span else 0


def candidate_pairs(reports: Sequence[EventReport], weight: dict[str, float],
                    word_weight: dict[str, float] | None = None) -> set[tuple[int, int]]:
    """Pairs worth scoring: same block, and among each other's nearest neighbours in time."""
    pairs: set[tuple[int, int]] = set()
    for members in _blocks(reports, weight, word_weight).values():
        if len(members) < 2:
            continue
        members = sorted(set(members), key=lambda i: (_day(reports[i]), i))
        for pos, i in enumerate(members):
            for j in members[pos + 1:pos + 1 + WINDOW]:
                if reports[i].document_id != reports[j].document_id:
                    pairs.add((min(i, j), max(i, j)))
    return pairs


def cluster_reports(reports: Sequence[EventReport], threshold: float = LINK_THRESHOLD) -> list[EventCluster]:
    """Group reports of the same event; every report ends in exactly one cluster (and each
    report's ``vector`` is set from its profile, weighed against all the others).

    Strongest links are merged first, and two groups merge only when the reports across them
    agree on average (:data:`GROUP_AGREEMENT` of the threshold; pairs never compared count as
    no evidence), so one report that resembles two neighbouring events does not chain them.
    Two groups holding reports whose texts tell of days months apart never merge, however alike
    the undated reports between them are; nor do two groups whose dated reports all lie more than
    :data:`SEASONS_APART` days from each other's (dated reports of different years are never
    compared, so only their groups can tell that undated reports chained them).
    """
    weight = _idf(reports)
    word_weight = _idf(reports, "words")
    _weigh_profiles(reports)
    uf: DisjointSets[int] = DisjointSets(range(len(reports)))
    links: dict[int, dict[int, float]] = defaultdict(dict)
    apart: dict[int, set[int]] = defaultdict(set)  # reports whose stated days clash
    strong = []
    for i, j in candidate_pairs(reports, weight, word_weight):
        score, features = score_pair(reports[i], reports[j], weight, word_weight)
        links[i][j] = links[j][i] = score
        if any(f.name == "same_story_days" and f.score == 0.0 for f in features):
            apart[i].add(j)
            apart[j].add(i)
        if score >= threshold:
            strong.append((-score, i, j))
    members: dict[int, list[int]] = {i: [i] for i in range(len(reports))}
    dated: dict[int, Span | None] = {i: _dated(r) for i, r in enumerate(reports)}
    for _, i, j in sorted(strong):
        ri, rj = uf.find(i), uf.find(j)
        if ri == rj:
            continue
        small, large = (ri, rj) if len(members[ri]) <= len(members[rj]) else (rj, ri)
        across = [s for a in members[small] for b, s in links[a].items() if uf.find(b) == large]
        # pairs never compared (no shared block) count as no evidence
        if sum(across) / (len(members[small]) * len(members[large])) < threshold * GROUP_AGREEMENT:
            continue
        if any(uf.find(b) == large for a in members[small] for b in apart[a]):
            continue
        if _seasons_apart(dated[ri], dated[rj]):
            continue
        uf.union(ri, rj)
        root = uf.find(ri)
        merged = members.pop(ri) + members.pop(rj)
        members[root] = merged
        dated[root] = _hull(dated.pop(ri), dated.pop(rj))
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(reports)):
        groups[uf.find(i)].append(i)
    far = lambda i, h: _seasons_apart(_dated(reports[i]), _hull(*(_dated(reports[j]) for j in groups[h])))
    _attach_lone(groups, links, threshold, apart, far)
    _attach_stray_stories(groups, links, threshold, [r.main for r in reports], apart, far)
    clusters = [summarize([reports[i] for i in members_]) for members_ in groups.values()]
    clusters.sort(key=lambda c: (c.first_published or "9999", c.id))
    return clusters


def _dated(report: EventReport) -> Span | None:
    """The days a published report is dated to (its publication's, or its event's when that is
    plausible for the publication), when they are narrow; an undated report's own dates may be
    background."""
    if not report.published or not report.span or width_days(report.span) > DATED_WIDTH:
        return None
    return report.span


def _hull(*spans: Span | None) -> Span | None:
    """The first to the last day of some spans (None when none is known)."""
    known = [s for s in spans if s]
    return (min(s[0] for s in known), max(s[1] for s in known)) if known else None


def _seasons_apart(a: Span | None, b: Span | None) -> bool:
    """Whether every dated report of one group lies more than :data:`SEASONS_APART` days from
    every dated report of the other (two groups' hulls that far apart)."""
    return a is not None and b is not None and gap_days(a, b) > SEASONS_APART


def _attach_lone(groups: dict[int, list[int]], links: dict[int, dict[int, float]], threshold: float,
                 apart: dict[int, set[int]] | None = None,
                 far: Callable[[int, int], bool] | None = None) -> None:
    """A report left alone joins a group it has a link at the threshold with, when its mean
    evidence with the members it was compared with reaches :data:`GROUP_AGREEMENT` of the
    threshold (the group's own average may have kept it out while the group was still growing),
    and ``far`` (report, group) does not rule the group out."""
    where = {i: g for g, members in groups.items() for i in members}
    lone = sorted(g for g, members in groups.items() if len(members) == 1)
    for g in lone:
        (i,) = groups[g]
        linked = {where[j] for j, s in links[i].items() if s >= threshold}
        clash = (apart or {}).get(i, set())
        allowed = (h for h in linked if h not in lone and not clash & set(groups[h]))
        best = _closest(i, sorted(h for h in allowed if not (far and far(i, h))), groups, links,
                        threshold * GROUP_AGREEMENT)
        if best is not None:
            groups[best].append(i)
            del groups[g]
            where[i] = best


def _closest(i: int, candidates: Iterable[int], members: dict[int, list[int]], links: dict[int, dict[int, float]],
             floor: float) -> int | None:
    """The candidate group whose members ``i`` is linked with at the highest mean evidence, at
    least ``floor`` (the last of equals); None when none reaches it."""
    best, best_mean = None, floor
    for h in candidates:
        scores = [links[i][j] for j in members[h] if j in links[i]]
        mean = sum(scores) / len(scores)
        if mean >= best_mean:
            best, best_mean = h, mean
    return best


def _attach_stray_stories(groups: dict[int, list[int]], links: dict[int, dict[int, float]], threshold: float,
                          main: Sequence[bool], apart: dict[int, set[int]] | None = None,
                          far: Callable[[int, int], bool] | None = None) -> None:
    """A report's main event left in a group with no other report's main event (alone, or with
    events other reports only mention) joins the cluster of several reports' main events it is
    linked with at the threshold, when its mean evidence with the main events it was compared
    with there reaches :data:`STORY_AGREEMENT` of the threshold. Mentions of other events dilute
    a group's mean while it grows; a report is judged by the stories the cluster tells."""
    mains = {g: [i for i in members if main[i]] for g, members in groups.items()}
    where = {i: g for g, members in groups.items() for i in members}
    for g in sorted(g for g, m in mains.items() if len(m) == 1):
        (i,) = mains[g]
        clash = (apart or {}).get(i, set())
        linked = {where[j] for j, s in links[i].items() if s >= threshold and main[j]}
        candidates = sorted(h for h in linked if h != g and len(mains[h]) > 1 and not clash & set(groups[h])
                            and not (far and far(i, h)))
        best = _closest(i, candidates, mains, links, threshold * STORY_AGREEMENT)
        if best is not None:
            groups[g].remove(i)
            if not groups[g]:
                del groups[g]
            groups[best].append(i)
            mains[best].append(i)
            mains[g] = []
            where[i] = best


_PRECISION_RANK = {"day": 0, "month": 1, "quarter": 2, "year": 3}


def summarize(members: Iterable[EventReport]) -> EventCluster:
    """A cluster's id, type, time, place, participants and documents from its reports."""
    members = list(members)
    extracted = [r for r in members if not r.guessed] or members
    types = Counter(r.event.type for r in extracted)
    specific = [(n, t) for t, n in types.items() if t not in GENERIC_TYPES]
    type_ = max(specific)[1] if specific else max((n, t) for t, n in types.items())[1]
    times = [r.event.time for r in members if r.event.time and r.event.time.start and not r.from_published]
    time = None
    if times:
        best = min(_PRECISION_RANK.get(t.precision or "year", 3) for t in times)
        precise = [t for t in times if _PRECISION_RANK.get(t.precision or "year", 3) == best]
        start = Counter(t.start for t in precise).most_common(1)[0][0]
        time = next(t for t in precise if t.start == start)
    places = Counter(r.event.place for r in members if r.event.place)
    names: Counter[str] = Counter()
    display: dict[str, str] = {}
    for r in members:
        for k in r.participants:
            names[k] += 1
            display.setdefault(k, r.names.get(k, k))
    order = lambda d: (next((r.published for r in members if r.document_id == d and r.published), None) or "9999", d)
    main_docs = sorted({r.document_id for r in members if r.main}, key=order)
    others = sorted({r.document_id for r in members if not r.main} - set(main_docs), key=order)
    published = sorted(r.published for r in members if r.published)
    return EventCluster(
        id=min(r.event.id for r in members), type=type_, time=time,
        place=places.most_common(1)[0][0] if places else None,
        participants=list(dict.fromkeys(display[k] for k, _ in sorted(names.items(), key=lambda kv: (-kv[1], kv[0]))))[:12],
        documents=main_docs, mentioned_in=others, events=sorted(r.event.id for r in members),
        first_published=published[0][:10] if published else None,
    )
