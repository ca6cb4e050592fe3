"""A period or a regime declared in force is a measure taken, not a statement.

"The city declared Friday a day of mourning", "в области объявлен день траура", "объявлена
воздушная тревога", "declared a state of emergency": the act puts a rule in force for a place, an
event of its own (``other``) rather than an announcement of what someone said.
"""
from __future__ import annotations

from claimgraph.nlp.doc import Sentence

#: verbs of declaring (lemmas)
DECLARING = frozenset({"declare", "proclaim", "объявить", "объявлять", "ввести", "вводить"})
#: what is declared in force: mourning, an emergency, an alert, a curfew, martial law
REGIMES = frozenset({"mourning", "emergency", "alert", "curfew", "quarantine", "lockdown", "alarm",
                     "траур", "режим", "положение", "опасность", "тревога", "карантин", "комендантский"})
#: relations by which what is declared hangs on the verb ("declared a state", "объявлен днём траура")
_DECLARED = ("obj", "nsubj:pass", "nsubj", "xcomp", "obl", "iobj")


def declares_a_regime(sent: Sentence, verb: int) -> bool:
    """Whether the declaring verb at ``verb`` puts a period or a regime in force."""
    toks = sent.tokens
    if (toks[verb].lemma or toks[verb].text).lower() not in DECLARING:
        return False
    declared = [c for c, t in enumerate(toks) if t.head == verb and c != verb and t.dep in _DECLARED]
    near = declared + [k for c in declared for k, t in enumerate(toks) if t.head == c and k != c]
    return any((toks[k].lemma or toks[k].text).lower() in REGIMES for k in near)


__all__ = ["DECLARING", "REGIMES", "declares_a_regime"]
