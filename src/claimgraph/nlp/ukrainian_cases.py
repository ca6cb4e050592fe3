"""Ukrainian indirect objects the Russian models misread.

A Ukrainian name the Russian models do not know in its Ukrainian spelling ("Росії", one "с")
gets a guessed case, mostly the accusative. Ukrainian grammar settles the commonest case that
matters to claims: of a verb's two bare noun objects ("постачав Росії двигуни"), the one whose
form cannot be accusative but can be dative is the recipient, the indirect object in the dative.
The Ukrainian dictionary (pymorphy3) tells which cases a form can have.
"""
from __future__ import annotations

import functools
import re

from claimgraph.nlp.doc import Token
from claimgraph.nlp.ukrainian_words import ukrainian_morph

_CASE = re.compile(r"Case=\w+")


@functools.lru_cache(maxsize=50_000)
def noun_cases(word: str) -> frozenset[str]:
    """The cases the Ukrainian dictionary allows a noun form ("Росії" → gent, datv, loct)."""
    morph = ukrainian_morph()
    if morph is None:
        return frozenset()
    return frozenset(str(p.tag.case) for p in morph.parse(word.lower())  # type: ignore[attr-defined]
                     if p.is_known and p.tag.POS == "NOUN" and p.tag.case)


def mark_datives(tokens: list[Token]) -> None:
    """Of a verb's two or more bare noun objects, make each one that can be dative and cannot be
    accusative an ``iobj`` in ``Case=Dat``; the parse is otherwise left as it is."""
    cased = {t.head for t in tokens if t.dep == "case"}
    for v, verb in enumerate(tokens):
        if verb.pos not in ("VERB", "AUX"):
            continue
        objects = [i for i, t in enumerate(tokens) if t.head == v and i != v and t.dep in ("obj", "iobj")
                   and t.pos in ("NOUN", "PROPN") and i not in cased]
        if len(objects) < 2:
            continue
        for i in objects:
            cases = noun_cases(tokens[i].text)
            if "datv" in cases and "accs" not in cases:
                tokens[i].dep = "iobj"
                feats = tokens[i].feats or ""
                tokens[i].feats = _CASE.sub("Case=Dat", feats) if "Case=" in feats else (
                    f"{feats}|Case=Dat" if feats else "Case=Dat")


def mark_directions(tokens: list[Token]) -> None:
    """"до" before a proper name is the direction "to" ("доставила до Росії"), the Russian "в" of
    the word lists, not the Russian "до" of a limit ("до 2025 року" keeps its lemma)."""
    for t in tokens:
        if t.dep == "case" and t.text.lower() == "до" and 0 <= t.head < len(tokens) \
                and tokens[t.head].pos == "PROPN":
            t.lemma = "в"


def attach_recipients(tokens: list[Token]) -> None:
    """A bare name right after a finite verb ("передала Росії ракети") whose form can be dative
    and cannot be accusative is that verb's indirect object in the dative, wherever the parse hung
    it: Ukrainian puts the recipient straight after the verb."""
    for i in range(1, len(tokens)):
        t, verb = tokens[i], tokens[i - 1]
        if t.pos != "PROPN" or verb.pos != "VERB" or "VerbForm=Fin" not in (verb.feats or "") \
                or t.head == i - 1 or verb.head == i or not t.text[:1].isupper():
            continue
        cases = noun_cases(t.text)
        if "datv" in cases and "accs" not in cases and "nomn" not in cases:
            t.head, t.dep = i - 1, "iobj"
            feats = t.feats or ""
            t.feats = _CASE.sub("Case=Dat", feats) if "Case=" in feats else (
                f"{feats}|Case=Dat" if feats else "Case=Dat")
