""""At the same meeting", "на той же встрече": an event named as the one just told, the setting of
what its sentence reports. Such a noun frames its sentence like "during the visit" does: an event
the sentence tells (a signing "at the same meeting") takes the framing event's time when it has
none of its own, and the framing event is not told again.
"""
from __future__ import annotations

from claimgraph.nlp.doc import Sentence

#: words that make a noun the one told before ("the same meeting", "той же встрече", "тій самій зустрічі")
SAME_WORDS = frozenset({"same", "же", "самый", "самой", "самом", "самий", "самій", "самому"})


def the_same(sent: Sentence, i: int) -> bool:
    """Whether the noun ``i`` is "the same" event as one told before: a "same" word among the two
    words before it, inside its own phrase."""
    toks = sent.tokens
    if toks[i].pos != "NOUN":
        return False
    for k in range(max(0, i - 2), i):
        word = (toks[k].lemma or toks[k].text).lower()
        if (word in SAME_WORDS or toks[k].text.lower() in SAME_WORDS) and (toks[k].head == i or toks[toks[k].head].head == i):
            return True
    return False


__all__ = ["SAME_WORDS", "the_same"]
