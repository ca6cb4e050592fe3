"""Acts a sentence tells as not having happened: none of them, only asked about, or only planned.

- **none of them**: "no agreements were signed", "no talks took place": the verb's subject or
  object is "no …";
- **asked about**: "a question about whether any agreements were signed", "спросили, подписали ли
  стороны": an indirect question;
- **only planned**: "no plans for the two leaders to sign", "нет планов подписать": the act hangs
  from a noun of intention.

Each reads the dependency parse of one sentence (:class:`claimgraph.nlp.doc.Token` lists), so it
holds in both parsed languages.
"""
from __future__ import annotations

from collections.abc import Sequence

from claimgraph.nlp.doc import Token

#: words that open an indirect question ("asked whether the sides signed", "спросили, подписали ли")
_WHETHER = frozenset({"whether", "ли"})
#: nouns of an intention
_PLAN_NOUNS = frozenset({"plan", "plans", "intention", "intent", "план", "планы", "намерение"})
#: the relations of a verb's subject and object
_ARGUMENTS = frozenset({"nsubj", "obj"})


def _lemma(t: Token) -> str:
    return (t.lemma or t.text).lower()


def asked_about(toks: Sequence[Token], k: int) -> bool:
    """"a question about whether any agreements were signed": an event asked about, not told."""
    return any(t.head == k and t.dep in ("mark", "advmod") and _lemma(t) in _WHETHER for t in toks)


def of_a_plan(toks: Sequence[Token], k: int) -> bool:
    """"no plans for the two leaders to sign", "the intention to visit": an act that a noun of
    planning (or its negation) governs is not (yet) an event."""
    h = toks[k].head
    return (toks[k].pos == "VERB" and toks[k].dep.split(":")[0] in ("acl", "advcl", "xcomp", "nmod")
            and 0 <= h < len(toks) and h != k and toks[h].pos == "NOUN" and _lemma(toks[h]) in _PLAN_NOUNS)


def none_of(toks: Sequence[Token], k: int) -> bool:
    """"no agreements were signed", "no talks took place": a verb whose subject or object is
    "no …" tells that the event did not happen."""
    if toks[k].pos not in ("VERB", "AUX"):
        return False
    args = {c for c, t in enumerate(toks) if t.head == k and c != k and t.dep.split(":")[0] in _ARGUMENTS}
    return any(t.head in args and t.dep == "det" and _lemma(t) == "no" for t in toks)


__all__ = ["asked_about", "none_of", "of_a_plan"]
