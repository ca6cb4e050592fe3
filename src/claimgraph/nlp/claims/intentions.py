"""What a decision, plan or intention is about has not happened yet: "решение о размещении X в Y",
"a decision to deploy X", "plans for the stationing of X", "размещение X возможно", "before
deploying X": a plan."""
from __future__ import annotations

from claimgraph.nlp.claims.sentence import _Sent

#: nouns of deciding or intending whose dependent is still to come
INTENT_NOUNS = frozenset({"decision", "plan", "intention", "intent", "proposal", "readiness", "решение", "план",
                          "намерение", "замысел", "предложение", "готовность"})
#: words that say a thing may come: "размещение возможно", "the deployment is possible"
_POSSIBLE = frozenset({"possible", "likely", "expected", "planned", "возможный", "возможно", "вероятный",
                       "вероятно", "планироваться", "ожидаться"})
#: words after which an action is still to come: "before deploying X", "перед размещением X"
_BEFORE = frozenset({"before", "перед", "prior"})


def intended(sx: _Sent, n: int) -> bool:
    """Whether token ``n`` (a verb or a noun of an action) hangs on a noun of decision or intention,
    is the subject of a word of possibility, or follows "before"."""
    toks = sx.sent.tokens
    h = toks[n].head
    if not 0 <= h < len(toks) or h == n:
        return False
    dep = toks[n].dep.split(":")[0]
    if dep in ("nmod", "acl", "xcomp", "obl") and sx.lemmas[h] in INTENT_NOUNS and toks[h].pos == "NOUN":
        return True
    if dep == "pcomp" and sx.lemmas[h] in _BEFORE or any(sx.lemmas[c] in _BEFORE for c in sx.children[n]
                                                          if toks[c].dep in ("mark", "case")):
        return True  # "before deploying X in Y"
    return dep == "nsubj" and sx.lemmas[h] in _POSSIBLE
