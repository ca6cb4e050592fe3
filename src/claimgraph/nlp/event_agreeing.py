"""Agreeing that is no agreement of its own: a deal on sanctions, or what talks settled on.

"EU countries agreed on a package of sanctions" is a deal on measures not yet imposed; "it was
agreed that both sides set up a commission", told in the impersonal passive with no parties, is
what talks settled on, their outcome. Read by :mod:`claimgraph.nlp.events`.
"""
from __future__ import annotations

from claimgraph.nlp.doc import Sentence
from claimgraph.nlp.event_ahead import governing_verb

#: verbs of agreeing (lemmas)
AGREE = frozenset({"agree", "договориться", "договариваться", "условиться"})
#: verbs of reaching a deal on something
AGREE_ON = AGREE | {"согласовать"}


def _lemma(sent: Sentence, i: int) -> str:
    return (sent.tokens[i].lemma or sent.tokens[i].text).lower()


def agreed_impersonally(sent: Sentence, i: int) -> bool:
    """"It was agreed that both sides set up a commission", "это было согласовано": agreeing in the
    impersonal passive, with no parties, tells what talks settled on."""
    toks = sent.tokens
    if toks[i].pos != "VERB" or _lemma(sent, i) not in AGREE:
        return False
    return any(t.head == i and t.dep.startswith("nsubj:pass") and t.text.lower() in ("it", "это") for t in toks)


def agreed_on(sent: Sentence, i: int) -> bool:
    """A sanction noun that states agree on ("agreed on the 14th package of sanctions", "согласовали
    пакет санкций"): the deal on them, not their imposition."""
    v = governing_verb(sent, i)
    return v is not None and _lemma(sent, v) in AGREE_ON


__all__ = ["AGREE", "AGREE_ON", "agreed_impersonally", "agreed_on"]
