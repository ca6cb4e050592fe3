"""Findings: an outlet reveals what someone supplies, produces, expands or ships.

Much of the reporting on arms industries is not a meeting or a signing but a revelation: "CNN has
uncovered new details about the expansion of a factory", "China covertly supplying drone engines to
Russia, Reuters reports", "documents seen by Reuters show", "satellite images reveal an
expansion". A report tells such a finding once and retells it in several sentences; it is one
event of type ``other`` whose participants are the outlet that made it and the parties it is
about.

A sentence tells a finding when it has

- a **source**: a medium it names ("Reuters reports", "according to CNN", "CNN has uncovered", "a
  report by the broadcaster X") or, where the report cites a medium elsewhere, a hedge
  ("reportedly", "are reported to") or evidence that reveals ("satellite images reveal",
  "documents show"); a study by an institute or a sentence telling a reaction ("was responding to
  a report") is none;
- a **matter**: a verb or noun of supplying, producing, expanding or travelling ("supplying",
  "increased the production", "expansion", "trips"), not told in the future.

The first such sentence of the report's text (else of its headline) is the event, dated by the day
the outlet made it public; later ones retell it. Events that such a sentence reports ("documents show the company signed a contract",
"Reuters reported on Thursday that experts visited Russia") are part of the finding, unless the
sentence dates them itself ("visited Tomsk at the end of 2024, BelTA reported": a relayed visit,
and no finding). A sentence that tells someone's statement ("…, the White House said, Yonhap
reported") is that statement, which the outlet relays: no finding, and when the report opens with
it, the hedged sentences after it retell that statement. A sentence that opens with an earlier
month or year of the outlet's report ("In September 2023, Reuters reported") retells old news: it
tells no event.
"""
from __future__ import annotations

import bisect

from claimgraph.model import Event, Mention, TimeRef
from claimgraph.nlp.citations import MEDIA_WORDS, OUTLETS
from claimgraph.nlp.datelines import header_date
from claimgraph.nlp.doc import AnalyzedDoc, Sentence
from claimgraph.nlp.event_cues import day_of_statement, is_headline
from claimgraph.nlp.event_pending import decided
from claimgraph.nlp.lexicon import EVENT_TRIGGERS

#: verbs whose subject makes a finding public
REVEAL = frozenset({"report", "reveal", "uncover", "find", "learn", "show", "indicate", "expose", "discover",
                    "establish", "publish", "obtain", "confirm", "detail", "document"})
#: what a finding rests on when no outlet is its subject ("satellite images reveal")
EVIDENCE = frozenset({"document", "image", "imagery", "photo", "photograph", "footage", "picture", "record",
                      "file", "data", "video", "investigation", "analysis", "paper"})
#: hedges that pass a finding on from someone else ("reportedly", "are reported to")
HEDGES = frozenset({"reportedly", "allegedly"})
#: what findings are about: supplying, producing, expanding, travelling to work on something
MATTER_VERBS = frozenset({"supply", "provide", "ship", "send", "dispatch", "deploy", "export", "deliver", "sell", "transfer", "smuggle",
                          "import", "produce", "manufacture", "assemble", "build", "increase", "expand", "boost",
                          "develop", "help", "assist", "travel", "fly", "visit", "disguise", "route", "plan"})
#: verbs of growth: a matter only when what grows is a plant or its output ("expanded the plant")
_GROWTH = frozenset({"increase", "expand", "boost"})
_PLANT = frozenset({"plant", "factory", "site", "facility", "production", "output", "capacity", "workshop",
                    "warehouse", "zone"})
MATTER_NOUNS = frozenset({"expansion", "production", "supply", "supplies", "shipment", "delivery", "export",
                          "trip", "assembly", "output"})
#: kinds of events a finding sentence tells as part of the finding (an act of force only when
#: the sentence gives it no day)
ABSORBED = frozenset({"agreement", "visit", "other"})
#: participants kept from a finding's sentence
_PARTIES = frozenset({"Organization", "Company", "Country", "PublicBody", "Person", "Facility"})
_FUTURE = frozenset({"will", "would", "shall", "'ll"})
_JOURNEYS = frozenset({"travel", "fly", "visit"})
_TELLING = frozenset({"tell", "say", "confirm", "explain"})
#: main verbs of a reaction to a finding: the sentence tells the reaction, not the finding
_RESPONSES = frozenset({"respond", "react", "deny", "dismiss", "reject", "refute", "comment", "rebut"})


def _lemma(sent: Sentence, i: int) -> str:
    t = sent.tokens[i]
    return (t.lemma or t.text).lower()


def _tokens_in(sent: Sentence, m: Mention) -> list[int]:
    return [i for i, t in enumerate(sent.tokens) if m.start <= t.start < m.end]


def is_outlet(m: Mention) -> bool:
    """An outlet's name: a listed outlet, whatever label the recogniser gave it ("CNN" as a place)."""
    return m.text.strip().lower() in OUTLETS or m.text.strip().lower().removeprefix("the ") in OUTLETS


def _media_name(name: str) -> bool:
    """A name that says it is a medium ("Baltic Radio", "the Daily Courier")."""
    return any(word.lower().startswith(MEDIA_WORDS) for word in name.split())


def _future(sent: Sentence, i: int) -> bool:
    return any(t.head == i and t.dep.startswith("aux") and t.text.lower() in _FUTURE for t in sent.tokens)


def matter(sent: Sentence) -> bool:
    """Whether the sentence tells of supplying, producing, expanding or travelling (not in the future,
    nor only decided)."""
    for i, t in enumerate(sent.tokens):
        lemma = _lemma(sent, i)
        if t.pos != "VERB" or lemma not in MATTER_VERBS or _future(sent, i) or t.dep.startswith(("amod", "acl")):
            continue
        if decided(sent, i):
            continue  # "has decided to send sappers": a decision told, the sending still to come
        if lemma in _JOURNEYS and not _to_somewhere(sent, i):
            continue  # "the drone flying over buildings": no journey
        if lemma == "plan" and not any(t2.head == i and t2.dep == "obj" and t2.pos == "NOUN" for t2 in sent.tokens):
            continue  # "plans 10,000 drones" is a matter; "plans to visit" is an intention
        if lemma in _GROWTH and not any(t2.head == i and t2.dep.split(":")[0] in ("obj", "nsubj")
                                        and _lemma(sent, k) in _PLANT for k, t2 in enumerate(sent.tokens)):
            continue  # "the number of wounded increased": no growth of a plant
        return True
    return any(t.pos == "NOUN" and _lemma(sent, i) in MATTER_NOUNS for i, t in enumerate(sent.tokens))


def _to_somewhere(sent: Sentence, i: int) -> bool:
    """A verb of travel with a destination ("flown to Russia", "visited Russia")."""
    toks = sent.tokens
    for c, t in enumerate(toks):
        if t.head != i or c == i:
            continue
        if t.dep.startswith("obj") and t.pos in ("PROPN", "NOUN"):
            return True
        if t.dep.split(":")[0] == "obl" and any(d.head == c and d.dep == "case" and d.text.lower() == "to" for d in toks):
            return True
    return False


def source(sent: Sentence, mentions: list[Mention], cited: list[str], outlet: str | None) -> str | None:
    """The outlet a sentence tells a finding from: ``cited`` are the outlets the document's citations
    place in this sentence, ``outlet`` the outlet the document cites most (for hedges and evidence)."""
    toks = sent.tokens
    root = next((i for i, t in enumerate(toks) if t.head == i or t.dep == "root"), None)
    if root is not None and _lemma(sent, root) in _RESPONSES:
        return None  # "was responding to a report by …, which claimed": a reaction to a finding
    for m in mentions:
        if _told_to(sent, m):
            continue  # "the press office told TASS": a statement the outlet received, not its finding
        if is_outlet(m) or (_media_name(m.text) and any(m.text.lower() == c.lower() for c in cited)):
            return m.text
    if outlet is None:
        return None
    for i, t in enumerate(toks):
        lemma = _lemma(sent, i)
        if t.pos == "ADV" and lemma in HEDGES:
            return outlet
        if t.pos == "VERB" and lemma == "report" and any(c.head == i and c.dep == "nsubj:pass" for c in toks):
            return outlet  # "experts are reported to have made trips"
        if t.pos == "VERB" and lemma in REVEAL and any(
                c.head == i and c.dep.startswith("nsubj") and _lemma(sent, k) in EVIDENCE
                for k, c in enumerate(toks)):
            return outlet  # "satellite images reveal", "documents show"
    return None


def _told_to(sent: Sentence, m: Mention) -> bool:
    """An outlet that a speaker told something ("told TASS", "said to Reuters")."""
    toks = sent.tokens
    for i in _tokens_in(sent, m):
        h = toks[i].head
        if toks[i].dep.split(":")[0] in ("obj", "iobj", "obl") and 0 <= h < len(toks) and _lemma(sent, h) in _TELLING:
            return True
    return False


def _main_outlet(doc: AnalyzedDoc) -> str | None:
    """The named outlet the document cites most often, else the one it names most often, if any."""
    counts: dict[str, int] = {}
    for c in doc.citations:
        name = (c.source or "").strip()
        if name.lower() in OUTLETS or name.lower().removeprefix("the ") in OUTLETS:
            counts[name] = counts.get(name, 0) + 1
    if not counts:  # no citation cue: an outlet the text names ("Internal documents reveal", "Reuters")
        for m in doc.mentions:
            if is_outlet(m):
                counts[m.text] = counts.get(m.text, 0) + 1
    return max(counts, key=lambda k: counts[k]) if counts else None


def _earlier_year(doc: AnalyzedDoc, sent: Sentence, year: str) -> bool:
    """A sentence whose main verb a fronted month or year dates ("In September 2023, Reuters
    reported"), before the report's ``year`` or with that year unknown: an earlier report retold.
    Dates after the main verb, or on a noun ("imagery from mid-July"), date what was found."""
    toks = sent.tokens
    root = next((i for i, t in enumerate(toks) if t.head == i or t.dep == "root"), None)
    if root is None:
        return False
    for d in doc.dates:
        if not (sent.start <= d.start < toks[root].start) or not d.time.start or d.time.precision == "day":
            continue
        at = [i for i, t in enumerate(toks) if d.start <= t.start < d.end]
        if any(toks[i].head == root for i in at) and (not year or d.time.start[:4] < year):
            return True
    return False


def findings(doc: AnalyzedDoc) -> tuple[list[tuple[Sentence, str]], list[Sentence]]:
    """The sentences that tell a finding, each with its source, in document order; and those that
    retell an outlet's earlier finding ("In September 2023, Reuters reported that …"): background."""
    if not (doc.lang or "").startswith("en"):
        return [], []
    outlet = _main_outlet(doc)
    year = (doc.published or header_date(doc.text, doc.lang) or "")[:4]
    mentions = sorted((m for m in doc.mentions if m.label not in ("Date", "Quantity", "Money")), key=lambda m: m.start)
    starts = [m.start for m in mentions]
    out: list[tuple[Sentence, str]] = []
    earlier: list[Sentence] = []
    for sent in doc.sentences:
        if not sent.tokens or len(sent.tokens) > 400:
            continue
        lo, hi = bisect.bisect_left(starts, sent.start), bisect.bisect_left(starts, sent.end)
        cited = [c.source or "" for c in doc.citations if sent.start <= (c.start or 0) < sent.end]
        found = source(sent, mentions[lo:hi], cited, outlet)
        if found is None:
            continue
        if _earlier_year(doc, sent, year):
            earlier.append(sent)
        elif matter(sent):
            out.append((sent, found))
    return out, earlier


def _has_day(e: Event) -> bool:
    return e.time is not None and e.time.precision == "day"


def _dated_trigger(doc: AnalyzedDoc, sent: Sentence, kind: str) -> bool:
    """Whether a date of the sentence hangs on a word of the event type ``kind`` ("visited Tomsk at
    the end of 2024, BelTA reported"): an event the outlet relays with its own time, not a finding.
    A date on the reporting verb ("Reuters reported on Thursday") dates the report."""
    toks = sent.tokens
    triggers = EVENT_TRIGGERS["en"]
    for d in doc.dates:
        if not sent.start <= d.start < sent.end or not d.time.start or d.time.precision == "year":
            continue  # "a contract to deliver 6,000 drones in 2025": the year of the deliveries
        inside = [i for i, t in enumerate(toks) if d.start <= t.start < d.end]
        for i in inside:
            h = toks[i].head
            if 0 <= h < len(toks) and h not in inside and triggers.get(_lemma(sent, h)) == kind:
                return True
    return False


def _made_public(doc: AnalyzedDoc, sent: Sentence) -> TimeRef | None:
    """When a finding was made public: a day hanging on its verb of reporting or revealing
    ("Reuters reported on Thursday"), else the day the report was filed (its dateline, else its
    publication day). Dates of what was found ("trips since 2024") do not date the finding."""
    toks = sent.tokens
    for d in doc.dates:
        if not sent.start <= d.start < sent.end or not d.time.start or d.time.precision != "day":
            continue
        for i, t in enumerate(toks):
            if d.start <= t.start < d.end and 0 <= t.head < len(toks) and _lemma(sent, t.head) in REVEAL:
                return d.time
    return day_of_statement(doc)


def add_finding(doc: AnalyzedDoc, events: list[Event]) -> list[Event]:
    """``events`` with the report's finding added (one per report) and the events its sentences
    tell as part of it left out; an event a sentence dates itself stays, and that sentence tells
    no finding."""
    found, earlier = findings(doc)
    at = {(s.start, s.end): s for s, _ in found} | {(s.start, s.end): s for s in earlier}
    kept: list[Event] = []
    relayed: set[tuple[int, int]] = set()
    for e in events:
        span = (e.start, e.end)
        if e.type not in ABSORBED or span not in at:
            kept.append(e)
        elif _dated_trigger(doc, at[span], e.type) or (e.type == "other" and _has_day(e)):
            kept.append(e)
            relayed.add(span)
    found = [f for f in found if (f[0].start, f[0].end) not in relayed or any(
        e.type == "other" and (e.start, e.end) == (f[0].start, f[0].end) for e in kept)]
    # "X has delivered …, the White House said, Yonhap reported": the outlet relays a statement, and
    # what it tells after ("The supplies were reportedly moved …") is more of that statement
    said = [f for f in found if any(e.type == "announcement" and (e.start, e.end) == (f[0].start, f[0].end)
                                    for e in kept)]
    found = [] if said and said[0] is found[0] else [f for f in found if f not in said]
    if not found:
        return kept
    prose = [f for f in found if not is_headline(doc.text, f[0].start, f[0].end)]
    sent, outlet = (prose or found)[0]
    mentions = [m for m in doc.mentions if sent.start <= m.start < sent.end and m.label in _PARTIES]
    names = [outlet] + [m.text for m in mentions if m.text != outlet and not is_outlet(m)]
    same = next((e for e in kept if e.type == "other" and (e.start, e.end) == (sent.start, sent.end)), None)
    if same is not None:
        same.participants = list(dict.fromkeys([outlet, *same.participants]))
        return kept
    finding = Event(id=Event.make_id(doc.document_id, sent.start, "other"), document_id=doc.document_id,
                    type="other", time=_made_public(doc, sent), place=None, participants=list(dict.fromkeys(names)),
                    start=sent.start, end=sent.end)
    return sorted([*kept, finding], key=lambda e: e.start)


__all__ = ["add_finding", "findings", "is_outlet", "matter", "source"]
