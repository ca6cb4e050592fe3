"""Reports a speaker denies: a claim told inside them is the speaker's denial.

"repeated a denial of reports that Moscow was using drones supplied by Iran", "rejected claims that
…", "назвала дезинформацией высказывания о поставках оружия", "called the allegations absurd": the
clause a report noun carries is what the speaker answers, not what anyone asserts. A claim whose
clause hangs, through the parse, from a denial noun, or from a report noun that a denial verb
governs or that a verb of calling names false, is a denial.
"""
from __future__ import annotations

from claimgraph.nlp.claims.sentence import _ancestors, _kids, _lemma, _negated, _Sent
from claimgraph.nlp.claims.words import CALL, DENY, FALSEHOOD, REPORTS

#: Nouns of denying: the clause they carry is denied ("a denial of reports that …").
DENIAL_NOUNS = frozenset({"denial", "rebuttal", "опровержение", "отрицание", "заперечення", "спростування"})
MAX_DEPTH = 6  # how far up the parse a report noun is looked for


def in_denied_report(sx: _Sent, v: int) -> bool:
    """Whether the clause at ``v`` is told inside reports a speaker denies or calls false."""
    toks = sx.sent.tokens
    for a in _ancestors(sx, v, MAX_DEPTH):
        lemma = _lemma(toks[a])
        if lemma in DENIAL_NOUNS:
            return True
        h = toks[a].head
        if lemma not in REPORTS or h == a or not 0 <= h < len(toks):
            continue
        governor = _lemma(toks[h])
        if governor in DENY | DENIAL_NOUNS and not _negated(sx, h):
            return True
        if governor in CALL and any(_lemma(toks[k]) in FALSEHOOD for c in sx.children[h] if c != a
                                    for k in [c, *_kids(sx, c, "amod", "conj")]):
            return True
    return False
