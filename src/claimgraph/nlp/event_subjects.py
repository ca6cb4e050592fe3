"""Event verbs that name their event only with the right subject.

- A verb of travelling ("traveled to Moscow") is a visit only where a person travels: "Kim traveled
  to Russia" is one; "the vessel loaded the containers and traveled to Dunay" tells of cargo on its
  way, and "traveling to Israel" after a plan names no one who went. Its own subject must be a name,
  a personal pronoun or a noun of an office.
- A verb of accusing is a charge of a criminal case only told of the accused: in the passive ("five
  men are accused of smuggling", "обвиняются в контрабанде") or, in Russian, impersonally with no
  subject ("их обвиняют в уклонении от санкций"). "Kyiv accused Moscow of …" is a stance.
"""
from __future__ import annotations

from claimgraph.nlp.doc import Sentence
from claimgraph.nlp.lexicon import ROLE_NOUNS

#: verbs (lemmas) of travelling whose traveller must be a person
TRAVEL_VERBS = frozenset({"travel"})
#: verbs (lemmas) of accusing, a charge only when told of the accused
ACCUSING = frozenset({"accuse", "обвинять", "обвинить"})
_PERSONAL = frozenset({"he", "she", "they", "we", "i", "who"})


def _subjects(sent: Sentence, i: int) -> list[int]:
    return [c for c, t in enumerate(sent.tokens) if t.head == i and t.dep.startswith("nsubj")]


def travelled_by_a_person(sent: Sentence, i: int) -> bool:
    """Whether the travelling verb ``i`` has a person for its own subject."""
    for c in _subjects(sent, i):
        t = sent.tokens[c]
        lemma = (t.lemma or t.text).lower()
        if t.pos == "PROPN" or lemma in _PERSONAL or lemma in ROLE_NOUNS:
            return True
    return False


def told_of_the_accused(sent: Sentence, i: int) -> bool:
    """Whether the accusing verb ``i`` is passive, or Russian and impersonal (no subject at all)."""
    toks = sent.tokens
    tok = toks[i]
    if "Voice=Pass" in tok.feats or any(
            t.head == i and t.dep in ("nsubj:pass", "aux:pass") for t in toks):
        return True
    return (tok.lemma or "").lower() != "accuse" and not _subjects(sent, i)


def wrong_subject(sent: Sentence, i: int) -> bool:
    """A travelling verb without a person travelling, an accusation made by someone: no event."""
    lemma = (sent.tokens[i].lemma or "").lower()
    if lemma in TRAVEL_VERBS:
        return not travelled_by_a_person(sent, i)
    if lemma in ACCUSING:
        return not told_of_the_accused(sent, i)
    return False


__all__ = ["ACCUSING", "TRAVEL_VERBS", "told_of_the_accused", "travelled_by_a_person", "wrong_subject"]
