"""Acts not done yet: a deployment, visit or meeting that a decision, a possibility or "before" puts ahead.

- "has decided to send sappers", "Kim's decision to dispatch engineers", "решил направить",
  "принято решение направить": the decision is told, the sending is still to come;
- "the complex could be deployed" is told by a modal verb elsewhere; "можно будет разместить",
  "it is possible to deploy", "готовность направить": a possibility, not a deployment;
- "technical issues must be resolved before deploying the systems", "until the visit": an act the
  clause puts after the present.

A sanction, agreement or statement is itself the decision ("Japan decided to impose restrictions"
is the imposition), so only acts that a decision precedes are read here.
"""
from __future__ import annotations

from claimgraph.nlp.doc import Sentence, Token

#: the types whose trigger a decision or a possibility can put ahead
PENDING_TYPES = frozenset({"other", "visit", "meeting", "exhibition"})

#: words of deciding, intending and possibility that govern the act they are about
_AHEAD = frozenset({
    "decide", "decision", "intend", "intention", "possible", "possibility", "readiness",
    "решить", "решать", "решение", "намерение", "можно", "возможно", "возможность", "готовность",
    "вирішити", "вирішувати", "рішення", "намір", "можна", "можливо", "можливість", "готовність",
})
#: relations by which an act hangs under such a word ("decided to send", "decision to dispatch",
#: "решение направить", "можно разместить")
_UNDER = frozenset({"xcomp", "ccomp", "csubj", "acl", "nmod", "advcl"})
#: subordinators of a later act ("before deploying", "until the visit", "прежде чем разместить")
_BEFORE = frozenset({"before", "until", "till", "прежде", "пока", "доки"})


def _lemma(sent: Sentence, i: int) -> str:
    tok = sent.tokens[i]
    return (tok.lemma or tok.text).lower()


def decided(sent: Sentence, i: int) -> bool:
    """The act hangs (directly or through one verb of its own) under a word of deciding or possibility."""
    toks = sent.tokens
    k = i
    for _ in range(2):  # "decided to send", "has decided to help deploy"
        h = toks[k].head
        if not (0 <= h < len(toks)) or h == k or toks[k].dep.split(":")[0] not in _UNDER:
            return False
        if _lemma(sent, h) in _AHEAD:
            return True
        k = h
    return False


def _finite_past(tok: Token) -> bool:
    return "Tense=Past" in tok.feats and "VerbForm=Part" not in tok.feats


def _past(sent: Sentence, v: int) -> bool:
    """A verb told in the past, by itself or by its auxiliary ("met", "had met", "были атакованы"); a
    participle alone ("must be completed") is not."""
    toks = sent.tokens
    return _finite_past(toks[v]) or any(t.head == v and t.dep.startswith("aux") and _finite_past(t) for t in toks)


def _before(sent: Sentence, i: int) -> bool:
    """"before deploying", "until the visit" in a clause not told in the past: an act still to come."""
    toks = sent.tokens
    h = toks[i].head
    marks = [c for c, t in enumerate(toks) if t.head == i and t.dep in ("mark", "case") and _lemma(sent, c) in _BEFORE]
    if not marks and 0 <= h < len(toks) and h != i and toks[i].dep == "pcomp" and _lemma(sent, h) in _BEFORE:
        marks = [h]  # "before deploying": the gerund hangs under the preposition
    if not marks:
        return False
    m = marks[0]
    governor = h if toks[m].head == i else toks[m].head
    for _ in range(4):  # up to the verb (or predicate adjective) of the governing clause
        if not (0 <= governor < len(toks)) or governor == i:
            return False
        if toks[governor].pos in ("VERB", "AUX", "ADJ") or toks[governor].head == governor:
            break
        governor = toks[governor].head
    return 0 <= governor < len(toks) and not _past(sent, governor)


def pending(sent: Sentence, i: int, kind: str) -> bool:
    """Whether the trigger ``i`` of type ``kind`` tells an act decided, possible or still to come."""
    if kind not in PENDING_TYPES:
        return False
    return decided(sent, i) or _before(sent, i)


__all__ = ["PENDING_TYPES", "decided", "pending"]
