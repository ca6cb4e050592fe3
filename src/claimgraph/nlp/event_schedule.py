"""English events told in the future for a named day: "will sign a treaty on January 17".

Plans and wishes are no events ("will visit", "plans to sign"), but an event set for a day ("The
United States will impose sanctions on Friday, 23 February", "On January 17, Putin will hold
talks with …") is scheduled, as Russian "17 января посетит" is. Such a trigger counts as a future
event when the only thing that makes it unreal is the auxiliary "will" (or "shall") and its
sentence names a day.
"""
from __future__ import annotations

from claimgraph.nlp import tree
from claimgraph.nlp.doc import Sentence
from claimgraph.nlp.lexicon import NEGATIONS, OFFER_CUES, PLAN_CUES

_WILL = frozenset({"will", "shall", "'ll"})
#: what makes a future event unreal beyond its tense: negations, plans, offers, hopes
_UNREAL = (NEGATIONS | PLAN_CUES | OFFER_CUES) - _WILL


def _lemma(sent: Sentence, i: int) -> str:
    t = sent.tokens[i]
    return (t.lemma or t.text).lower()


def scheduled_with_will(sent: Sentence, i: int, days: frozenset[int]) -> bool:
    """Whether trigger ``i`` is told with "will" for a day the sentence names (``days`` are the
    token indexes of its one-day dates), with no negation, plan or offer on it."""
    toks = sent.tokens
    if not days or not sent.tokens[i].text.isascii():
        return False
    chain = [i, *tree.ancestors(toks, i, 2)] if toks[i].pos == "NOUN" else [i]
    verbs = [k for k in chain if toks[k].pos in ("VERB", "AUX")][:1]
    if not verbs:
        return False
    v = verbs[0]
    marks = [c for c, t in enumerate(toks) if t.head == v and c != v]
    if not any(toks[c].dep.startswith("aux") and toks[c].text.lower() in _WILL for c in marks):
        return False
    if any(_lemma(sent, c) in _UNREAL for c in marks) or _lemma(sent, v) in _UNREAL:
        return False
    return not any(_lemma(sent, k) in _UNREAL for k in chain)


__all__ = ["scheduled_with_will"]
