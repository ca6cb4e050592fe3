"""People named only to say whose relative someone is.

"The sister of North Korean leader X", "X's sister", "сестра лидера КНДР X": the title there
identifies the relative, not a post the report puts in its ledger, and the relative holds no post
by it. A title is such a description when the walk up from it, through the noun-phrase relations
that join a name to its description, reaches a kinship noun.
"""
from __future__ import annotations

from claimgraph.nlp.claims.sentence import _lemma, _Sent

#: nouns of kinship (English and Russian lemmas; Ukrainian ones are spelt the same or bridged)
KINSHIP = frozenset({
    "sister", "brother", "wife", "husband", "son", "daughter", "widow", "mother", "father", "cousin",
    "niece", "nephew", "sibling", "spouse", "сестра", "брат", "жена", "муж", "сын", "дочь", "вдова",
    "мать", "отец", "племянник", "племянница", "супруга", "супруг", "дочка",
})
#: relations that join a title, a name and the noun they describe inside one noun phrase
_NOUN_PHRASE = ("nmod", "nmod:poss", "compound", "appos", "flat", "flat:name")
#: steps up the tree: title → name → kinship noun, with one more for a title over its title
_STEPS = 3


def kinship_of(sx: _Sent, i: int) -> bool:
    """Whether the title at ``i`` describes someone's relative: a kinship noun governs it within
    a few noun-phrase steps ("sister of leader X", "leader X's sister")."""
    toks = sx.sent.tokens
    k = i
    for _ in range(_STEPS):
        if toks[k].dep not in _NOUN_PHRASE or not 0 <= toks[k].head < len(toks) or toks[k].head == k:
            return False
        k = toks[k].head
        if _lemma(toks[k]) in KINSHIP:
            return True
    return False

