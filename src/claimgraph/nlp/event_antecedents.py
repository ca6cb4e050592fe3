"""Antecedents: an earlier event a sentence names only to place its news after it.

"The decision follows the deployment of troops to the region", "The confirmation follows the
exercise held in September", "Это решение последовало за визитом министра": the object of a finite
verb of sequence is what came before the news, told in passing by a report about something else. It is
no event of the sentence (when the report tells it, it does so in a sentence of its own).
"""
from __future__ import annotations

from claimgraph.nlp.doc import Sentence

#: verbs of coming after something: their object (or the noun after "за") came first
SEQUENCE_VERBS = frozenset({"follow", "succeed", "последовать", "следовать", "последувати", "слідувати"})
#: the preposition by which Russian and Ukrainian verbs of sequence take what came first
_AFTER = frozenset({"за"})


def antecedent(sent: Sentence, i: int) -> bool:
    """Whether the noun trigger ``i`` is what a verb of sequence places the news after."""
    toks = sent.tokens
    tok = toks[i]
    h = tok.head
    if tok.pos != "NOUN" or not (0 <= h < len(toks)) or h == i:
        return False
    if toks[h].pos != "VERB" or (toks[h].lemma or toks[h].text).lower() not in SEQUENCE_VERBS:
        return False
    if "VerbForm=Fin" not in toks[h].feats:
        return False  # "…, following Poland's downing of a drone": the report tells that event in passing
    if tok.dep.split(":")[0] == "obj":
        return True
    # "последовало за визитом" (not "следует из договора": what a text follows from)
    return tok.dep.split(":")[0] == "obl" and any(
        t.head == i and t.dep == "case" and (t.lemma or t.text).lower() in _AFTER for t in toks)


__all__ = ["SEQUENCE_VERBS", "antecedent"]
