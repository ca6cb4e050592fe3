"""Which of a sentence's dates tells when its event happened.

"On 23 February, the Treasury announced sanctions over the death of a politician on 16 February":
both dates are days, and the nearer to the word "sanctions" is the wrong one. The date of the event
is the one the clause of its trigger carries: a date whose chain of heads reaches the trigger, or
the verb the trigger noun depends on, before it reaches any other verb.
"""
from __future__ import annotations

from claimgraph.nlp import tree
from claimgraph.nlp.doc import Sentence

_VERBS = frozenset({"VERB", "AUX"})


def clause_verb(sent: Sentence, trigger: int) -> int:
    """The trigger itself when it is a verb, else the first verb above it (or the trigger)."""
    toks = sent.tokens
    if toks[trigger].pos in _VERBS:
        return trigger
    return next((h for h in tree.ancestors(toks, trigger, 6) if toks[h].pos in _VERBS), trigger)


def in_clause(sent: Sentence, token: int, trigger: int) -> bool:
    """Whether the date at ``token`` hangs in the clause of the trigger: its heads reach the trigger
    or the trigger's verb before any other verb."""
    toks = sent.tokens
    anchors = {trigger, clause_verb(sent, trigger)}
    if token in anchors:
        return True
    for h in tree.ancestors(toks, token, 8):
        if h in anchors:
            return True
        if toks[h].pos in _VERBS:
            return False
    return False


__all__ = ["clause_verb", "in_clause"]
