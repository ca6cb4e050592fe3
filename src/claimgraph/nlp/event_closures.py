"""Closures: a border, a crossing, an airport or an airspace closed, or traffic on it halted.

"Finland closed its border crossings with Russia", "the airport was shut for the night", "flights
were suspended", "власти закрыли пункты пропуска", "временно закрыли аэропорты", "Латвія закрила
аеропорт": a passage closed is an act of its own (an ``other`` event), dated by its sentence.

A closure counts when the verb of closing (or of halting traffic) has a passage for its object, or
for its subject when told in the passive, and is told as done; a closure to come, only planned or
kept ("will close", "decided to close", "will remain closed") is none, as every event is
(:mod:`claimgraph.nlp.events`). A noun of closing ("the closure", "закрытие") is no act of its own.
"""
from __future__ import annotations

from claimgraph.nlp.doc import Sentence

#: verbs of closing a passage or halting its traffic (lemmas)
CLOSING = frozenset({"close", "shut", "suspend", "halt", "закрыть", "приостановить", "перекрыть"})
#: passages (lemmas): borders, crossings, airports, airspace, and the traffic through them
PASSAGES = frozenset({
    "border", "crossing", "checkpoint", "airport", "airspace", "port", "flight", "traffic", "frontier",
    "граница", "переход", "погранпереход", "пункт", "аэропорт", "пространство", "рейс", "движение",
    "авиасообщение", "аэропорты",
})
#: relations by which what is closed hangs on the verb
_CLOSED = ("obj", "nsubj:pass")


def _lemma(sent: Sentence, i: int) -> str:
    return (sent.tokens[i].lemma or sent.tokens[i].text).lower()


def closes_a_passage(sent: Sentence, i: int) -> bool:
    """Whether the verb at ``i`` closes a passage ("closed the border", "flights were suspended",
    "закрыли аэропорты"), one of a list of passages joined to it, or the passage a passive
    participle's subject names ("the crossings were closed")."""
    toks = sent.tokens
    if toks[i].pos not in ("VERB", "ADJ") or _lemma(sent, i) not in CLOSING:
        return False
    if "VerbForm=Inf" in toks[i].feats or any(t.head == i and t.dep == "mark" and _lemma(sent, k) == "to"
                                              for k, t in enumerate(toks)):
        return False  # "the decision to close the border", "решение закрыть границу": not done
    if toks[i].pos == "ADJ" and not any(t.head == i and t.dep.startswith("aux") for t in toks):
        return False  # "kept the crossings closed": a state, not the act
    objects = [c for c, t in enumerate(toks) if t.head == i and (t.dep in _CLOSED or (
        t.dep.startswith("nsubj") and (toks[i].pos == "ADJ" or "Voice=Pass" in toks[i].feats)))]
    objects += [c for c, t in enumerate(toks) if t.dep == "conj" and t.head in objects]
    return any(_lemma(sent, c) in PASSAGES for c in objects)


__all__ = ["CLOSING", "PASSAGES", "closes_a_passage"]
