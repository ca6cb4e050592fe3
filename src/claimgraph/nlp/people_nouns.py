"""Russian nouns that name a people: "россияне", "украинцы", "американцами" are nationality mentions.

The models read nationality adjectives but leave out the nouns for the people themselves; those
carry the same information (who took part, whose citizens) and resolve to the same country. A noun
is recognised by its lemma, so every case and number form is found.
"""
from __future__ import annotations

from claimgraph.nlp.doc import Token

#: Lemmas of nouns for a people (masculine singular, as the parser lemmatises them).
PEOPLE_LEMMAS = frozenset({
    "россиянин", "россиянка", "украинец", "украинка", "белорус", "белоруска", "американец", "американка",
    "китаец", "китаянка", "иранец", "иранка", "кореец", "кореянка", "северокореец", "южнокореец", "европеец",
    "британец", "англичанин", "француз", "немец", "поляк", "литовец", "латыш", "эстонец", "молдаванин",
    "румын", "израильтянин", "японец", "турок", "грузин", "армянин", "азербайджанец", "казах", "узбек",
    "таджик", "киргиз", "туркмен", "сириец", "афганец", "индиец", "пакистанец", "финн", "швед", "норвежец",
    "датчанин", "венгр", "чех", "словак", "болгарин", "серб", "итальянец", "испанец", "канадец", "бразилец",
})
#: Lemmas a parser gives for some plural forms ("россияне" → "россиянина" is not one of them).
_PLURAL_LEMMAS = frozenset({"россияне", "украинцы", "американцы", "китайцы", "иранцы", "корейцы", "европейцы",
                            "белорусы", "израильтяне", "молдаване", "британцы", "японцы"})


def names_a_people(token: Token) -> bool:
    """Whether a Russian ``token`` is a noun for a people ("россиян", "Китайцы")."""
    if token.pos not in ("NOUN", "PROPN"):
        return False
    lemma = (token.lemma or token.text).casefold()
    return lemma in PEOPLE_LEMMAS or lemma in _PLURAL_LEMMAS or token.text.casefold() in _PLURAL_LEMMAS


__all__ = ["PEOPLE_LEMMAS", "names_a_people"]
