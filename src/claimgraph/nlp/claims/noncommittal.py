"""Answers that neither deny nor admit: "neither confirmed nor denied", "did not confirm or deny",
"не подтвердил и не опроверг", "ни подтвердить, ни опровергнуть", "declined to confirm or deny",
"отказался комментировать".

A verb of denial paired with a verb of admission under a negation ("neither … nor", "не … и не",
"ни … ни") or under a verb of refusing says nothing either way: the supply it answers keeps only
the accuser's word.
"""
from __future__ import annotations

from claimgraph.nlp.claims.sentence import _kids, _negated, _Sent

#: the words that pair two verbs in a negation: "neither … nor", "ни … ни"
PAIRED_NEGATION = frozenset({"neither", "nor", "ни", "ані", "ні"})
#: verbs of refusing to answer: "declined to confirm or deny", "отказался подтвердить"
REFUSE = frozenset({"decline", "refuse", "отказаться", "отказываться", "відмовитися", "відмовлятися"})


def noncommittal(sx: _Sent, s: int, deny: frozenset[str], admit: frozenset[str]) -> bool:
    """The stance verb ``s`` is half of a pair of denying and admitting under a negation
    ("neither confirmed nor denied", "не подтвердил и не опроверг"), or what a verb of refusing
    takes ("declined to deny")."""
    toks = sx.sent.tokens
    h = toks[s].head
    if toks[s].dep.startswith("xcomp") and 0 <= h < len(toks) and h != s and sx.lemmas[h] in REFUSE:
        return True  # "declined to deny", "refused to confirm or deny"
    pair = [s, *_kids(sx, s, "conj")]
    if toks[s].dep.startswith("conj") and 0 <= h < len(toks) and h != s:
        pair += [h, *(c for c in _kids(sx, h, "conj") if c != s)]
        if toks[h].dep.startswith("xcomp") and 0 <= toks[h].head < len(toks) and sx.lemmas[toks[h].head] in REFUSE:
            return True
    lemmas = {sx.lemmas[v] for v in pair}
    if not (lemmas & deny and lemmas & admit):
        return False
    return any(_negated(sx, v) or any(sx.lemmas[c] in PAIRED_NEGATION for c in _kids(sx, v, "cc", "cc:preconj", "advmod"))
               for v in pair)
