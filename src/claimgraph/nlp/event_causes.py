"""An event told as the cause of another act: "handed a note in connection with the violation",
"summoned the envoy over the incursion", "вызвал посла после нарушения", "протест из-за пролета".

The day of the act ("on Wednesday handed a note") is not the day of its cause, which came before
it: the cause keeps a day of its own, or none. So does an event the act is told to come before
("His visit came ahead of Monday's inauguration", "встреча прошла накануне саммита 9 мая"): the
day in that phrase is the later event's.
"""
from __future__ import annotations

from claimgraph.nlp import tree
from claimgraph.nlp.doc import Sentence

#: prepositions that make a noun the cause of the act it hangs on (lemmas)
CAUSE_CASES = frozenset({"over", "after", "following", "because", "due", "из-за", "после", "вследствие", "за"})
#: nouns that, with their own preposition, make what hangs on them a cause ("in connection with",
#: "in response to", "в связи с", "в ответ на")
CAUSE_FRAMES = frozenset({"connection", "response", "связь", "ответ"})
_VERBS = frozenset({"VERB", "AUX"})


def _lemma(sent: Sentence, i: int) -> str:
    t = sent.tokens[i]
    return (t.lemma or t.text).lower()


def told_as_cause(sent: Sentence, noun: int) -> bool:
    """Whether the noun ``noun`` (or the noun phrase it heads) is the cause an act responds to."""
    toks = sent.tokens
    for k in [noun, *tree.ancestors(toks, noun, 3)]:
        if toks[k].pos in _VERBS:
            return False
        cases = {_lemma(sent, c) for c, t in enumerate(toks) if t.head == k and c != k and t.dep in ("case", "mark")}
        if cases & CAUSE_CASES or (k != noun and _lemma(sent, k) in CAUSE_FRAMES):
            return True
    return False


#: prepositions that open a cause after the act's verb, read left to right ("summoned the envoy after the
#: flight of drones over the north on the morning of 25 November")
_OPENING = CAUSE_CASES - {"за"}
#: words that open a later event the act is told to precede ("ahead of Monday's inauguration")
_AHEAD = frozenset({"ahead", "before", "prior", "перед", "накануне", "напередодні"})
_BREAKS = frozenset({",", ";", ":", "—", "–", "-", "(", ")", "«", "»", "\"", "“", "”"})


def date_in_cause(sent: Sentence, token: int, trigger: int) -> bool:
    """Whether the date at ``token``, after the trigger, closes a cause phrase the trigger's act
    answers, or a phrase of an event it precedes: a causal preposition (or "ahead of", "накануне")
    stands between them with no verb or punctuation after it."""
    toks = sent.tokens
    if token <= trigger:
        return False
    for k in range(token - 1, trigger, -1):
        if toks[k].pos in _VERBS or toks[k].text in _BREAKS:
            return False
        if (toks[k].pos == "ADP" and _lemma(sent, k) in _OPENING) or _lemma(sent, k) in CAUSE_FRAMES:
            return True
        if _lemma(sent, k) in _AHEAD and toks[k].pos in ("ADP", "ADV"):
            return True  # "ahead of Monday's inauguration": the day of the event to come
    return False


__all__ = ["CAUSE_CASES", "CAUSE_FRAMES", "date_in_cause", "told_as_cause"]
