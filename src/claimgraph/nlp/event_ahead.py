"""Events told as still to come: "his upcoming trip", "ahead of the visit", "will sign during the visit".

A report often names an event that has not happened yet at the time it tells of. Such an event is
a plan, counted only where its sentence names the day it is set for (see
:func:`claimgraph.nlp.event_cues.scheduled`). Beyond the future tense of the trigger itself, the
parse marks it as forthcoming when

- an adjective of expectation qualifies the event noun ("the upcoming trip", "the planned talks",
  "предстоящий визит", "следующая встреча");
- the event noun is what something comes **ahead of** ("ahead of the president's visit", "in the
  run-up to the summit", "before his visit", "в преддверии визита"): a point in time the sentence
  tells something else by, dated only by a day inside its own phrase ("ahead of Monday's visit");
- the event noun hangs, through nouns only, on a verb told in the future or on a verb that a plan
  governs ("will sign the treaty during the visit", "plan to sign contracts worth $500 million",
  "prepared to depart for a three-day visit");
- the event noun is the subject of a clause that times a verb in the future ("will fly on after
  his visit is over");
- a verb asks for the event ("encouraging negotiations", "called for talks", "призвал к переговорам");
- a verb promises or threatens the act ("vowed to sanction", "пообещал подписать").

Each rule reads only the dependency parse, lemmas and word classes.
"""
from __future__ import annotations

from claimgraph.model import TimeRef
from claimgraph.nlp import tree
from claimgraph.nlp.doc import AnalyzedDoc, Sentence
from claimgraph.nlp.event_cues import future
from claimgraph.nlp.lexicon import PLAN_CUES

#: adjectives that put an event noun ahead of the time of writing
UPCOMING = frozenset({"upcoming", "forthcoming", "coming", "planned", "scheduled", "expected", "impending",
                      "proposed", "next", "future", "предстоящий", "будущий", "грядущий", "следующий",
                      "запланированный", "планируемый", "намеченный", "ожидаемый"})
#: words an event noun comes after when something happens before it ("ahead of", "в преддверии")
AHEAD = frozenset({"ahead", "run-up", "before", "prior", "преддверие", "перед", "накануне"})
#: verbs of planning whose complement is not done yet ("plan to sign", "prepared to depart")
PLANS = (PLAN_CUES - {"will", "would", "shall", "'ll", "could", "may", "might", "should"}) | frozenset(
    {"prepare", "готовиться", "подготовиться", "запланировать"})
#: verbs that promise or threaten an act ("vowed to sanction", "пообещал подписать")
PROMISES = frozenset({"vow", "pledge", "promise", "threaten", "commit", "обещать", "пообещать", "грозить",
                      "пригрозить", "обязаться"})
#: verbs that ask for an event rather than tell one ("encouraging negotiations", "urged talks"), and
#: those that do so with a preposition ("called for talks", "выступает за переговоры")
ADVOCATE = frozenset({"encourage", "urge", "promote", "advocate", "призывать", "призвать", "добиваться"})
ADVOCATE_FOR = {"call": "for", "push": "for", "press": "for", "appeal": "for", "выступать": "за",
                "выступить": "за", "призывать": "к", "призвать": "к"}
#: relations by which an event noun hangs on a noun or a verb without opening a clause of its own
_NOMINAL = frozenset({"obj", "obl", "nmod", "iobj", "compound", "appos"})


def _lemma(sent: Sentence, i: int) -> str:
    t = sent.tokens[i]
    return (t.lemma or t.text).lower()


def governing_verb(sent: Sentence, i: int, limit: int = 4) -> int | None:
    """The verb an event noun hangs on through nouns only ("sign … contracts worth …" → "sign"), or
    None when a clause boundary or the root comes first."""
    toks = sent.tokens
    k = i
    for _ in range(limit):
        h = tree.head(toks, k)
        if h is None or toks[k].dep.split(":")[0] not in _NOMINAL:
            return None
        if toks[h].pos in ("VERB", "AUX"):
            return h
        if toks[h].pos not in ("NOUN", "PROPN", "ADJ", "NUM", "ADV", "ADP"):
            return None
        k = h
    return None


def upcoming(sent: Sentence, i: int) -> bool:
    """An event noun with an adjective of expectation ("upcoming trip", "предстоящий визит")."""
    toks = sent.tokens
    return toks[i].pos == "NOUN" and any(
        t.head == i and c != i and t.dep == "amod" and _lemma(sent, c) in UPCOMING for c, t in enumerate(toks))


def ahead_of(sent: Sentence, i: int) -> bool:
    """An event noun that something comes before ("ahead of Biden's visit", "в преддверии визита")."""
    toks = sent.tokens
    h = tree.head(toks, i)
    if toks[i].pos != "NOUN":
        return False
    if h is not None and _lemma(sent, h) in AHEAD:
        return True
    return any(t.head == i and t.dep in ("case", "fixed") and _lemma(sent, c) in AHEAD for c, t in enumerate(toks))


def day_in_phrase(doc: AnalyzedDoc, sent: Sentence, i: int) -> TimeRef | None:
    """The day named inside the phrase of the event noun at ``i`` ("ahead of Monday's visit", "before
    the talks on 5 May"): a day the rest of the sentence names dates what it tells, not the event."""
    toks = sent.tokens
    phrase = {k for k in range(len(toks)) if k == i or i in tree.ancestors(toks, k, 6)}
    for d in doc.dates:
        if not (sent.start <= d.start < sent.end) or not d.time.start or d.time.start != d.time.end:
            continue
        if any(d.start <= toks[k].start < d.end for k in phrase):
            return d.time
    return None


def under_plan(sent: Sentence, i: int) -> bool:
    """An event noun on a verb told in the future or governed by a plan ("will sign … during the
    visit", "plan to sign contracts", "prepared to depart for a visit")."""
    toks = sent.tokens
    if toks[i].pos != "NOUN":
        return False
    v = governing_verb(sent, i)
    if v is None:
        return False
    if future(sent, v):
        return True
    h = tree.head(toks, v)
    return toks[v].dep.startswith("xcomp") and h is not None and _lemma(sent, h) in PLANS


def before_future(sent: Sentence, i: int) -> bool:
    """An event noun heading a clause that times a future verb ("will visit Vietnam after his visit to
    North Korea is over")."""
    toks = sent.tokens
    v = tree.head(toks, i)
    if toks[i].pos != "NOUN" or not toks[i].dep.startswith("nsubj") or v is None or toks[v].dep != "advcl":
        return False
    h = tree.head(toks, v)
    return h is not None and future(sent, h)


def asked_for(sent: Sentence, i: int) -> bool:
    """An event noun that a verb asks for ("stresses its role in encouraging peace negotiations",
    "called for talks", "призвал к переговорам"): wanted, not held."""
    toks = sent.tokens
    h = tree.head(toks, i)
    if toks[i].pos != "NOUN" or h is None or toks[i].dep.split(":")[0] not in ("obj", "obl", "nmod"):
        return False
    verb = _lemma(sent, h)
    if verb in ADVOCATE and toks[i].dep.startswith("obj"):
        return True
    case = ADVOCATE_FOR.get(verb)
    return case is not None and any(t.head == i and t.dep == "case" and _lemma(sent, c) == case
                                    for c, t in enumerate(toks))


def promised(sent: Sentence, i: int) -> bool:
    """An act a verb promises or threatens ("vowed to sanction", "пообещал подписать"), or an event
    noun such an act takes ("pledged to hold talks")."""
    toks = sent.tokens
    v = i if toks[i].pos in ("VERB", "AUX") else governing_verb(sent, i)
    h = tree.head(toks, v) if v is not None else None
    return v is not None and toks[v].dep.startswith("xcomp") and h is not None and _lemma(sent, h) in PROMISES


def forthcoming(sent: Sentence, i: int) -> bool:
    """Whether the event word at ``i`` is told as still to come."""
    return (upcoming(sent, i) or ahead_of(sent, i) or under_plan(sent, i) or before_future(sent, i)
            or asked_for(sent, i) or promised(sent, i))


__all__ = ["ADVOCATE", "ADVOCATE_FOR", "AHEAD", "PLANS", "PROMISES", "UPCOMING", "ahead_of", "asked_for",
           "before_future", "day_in_phrase", "forthcoming", "governing_verb", "promised", "under_plan", "upcoming"]
