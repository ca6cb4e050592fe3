"""Name comparison with nomenklatura's LogicV2, and the test that two person names are two people.

LogicV2 aligns the parts of two names across scripts and spellings and scores the alignment.
A high score over a family name and one shared given name can still join two relatives: "Kim Yo
Jong" and "Kim Jong Un" share two of three parts, each has one the other lacks. Two names in which
*each* side keeps a word the other cannot account for name different people
(:func:`different_people`); a word on one side only (a patronymic, a middle name, a title) does
not.
"""
from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from claimgraph.ids import digest
from claimgraph.resolve.names import ORG_KINDS, given_name_forms, parts, token_key

#: one piece of LogicV2's alignment evidence: the words, its kind and score
_EVIDENCE = re.compile(r"\[('[^']*'(?:≈'[^']*')?) (symbolMatch|literalMatch|fuzzyMatch|extraQueryPart|"
                       r"extraResultPart)(?: \[[^\]]*\])?: ([\d.]+)")
_VOWELS = re.compile(r"[aeiou]")
#: a fuzzy pairing scoring below this pairs two words that do not match
_WEAK_FUZZY = 0.5
#: forms of one cluster compared pairwise at most (the most frequent first)
MAX_FORMS = 12


@functools.lru_cache(maxsize=1)
def _logic() -> tuple[object, object]:
    from nomenklatura.matching import LogicV2
    from nomenklatura.matching.types import ScoringConfig

    return LogicV2, ScoringConfig.defaults()


def _proxy(kind: str, names: Iterable[str]) -> object:
    """An FtM entity for LogicV2; its id hashes its content, as LogicV2 caches by id."""
    from followthemoney import model

    schema = "Person" if kind == "Person" else "Organization" if kind in ORG_KINDS else "LegalEntity"
    names = sorted(set(names))[:MAX_FORMS]
    proxy = model.make_entity(schema)
    proxy.id = "cg-" + digest(schema, *names)
    proxy.add("name", names)
    return proxy


def name_score(kind: str, a: Iterable[str], b: Iterable[str]) -> tuple[float, str]:
    """LogicV2's name score for two sets of name forms, with its explanation."""
    logic, config = _logic()
    result = logic.compare(_proxy(kind, a), _proxy(kind, b), config)  # type: ignore[attr-defined]
    detail = "; ".join(f"{k}: {v.detail}" for k, v in result.explanations.items()
                       if v.score > 0 and v.detail)
    return float(result.score), detail


def _readings(form: str) -> tuple[str, str]:
    """A person's name as written, and as its words without titles and patronymics, given names
    in the table's first spelling and initials last."""
    p = parts(form, "Person")
    words = [(given_name_forms(key) or (tok,))[0] for key, tok in p.written]
    return form, " ".join(words + [i.upper() for i in p.initials])


@functools.lru_cache(maxsize=20_000)
def _both_unmatched(a: str, b: str) -> bool:
    """LogicV2's best alignment of the two names leaves a part of each unmatched (an extra part,
    or a fuzzy pairing of words that do not match)."""
    _, detail = name_score("Person", [a], [b])
    left = right = False
    for words, kind, score in _EVIDENCE.findall(detail):
        weak = kind == "fuzzyMatch" and float(score) < _WEAK_FUZZY and not _one_spelling(words)
        left = left or kind == "extraQueryPart" or weak
        right = right or kind == "extraResultPart" or weak
    return left and right


def _one_spelling(words: str) -> bool:
    """The two words of a fuzzy pairing ("'fedorishchev'≈'fiodoriszczew'") have one consonant
    skeleton once keyed (a key of three letters or fewer is its own skeleton): two spellings of
    one word, which LogicV2 scores low."""
    left, _, right = words.partition("≈")
    keys = [token_key(w.strip("'")) for w in (left, right)]
    skeletons = {_VOWELS.sub("", k) if len(k) > 3 else k for k in keys}
    return len(skeletons) == 1


def conflicting_forms(a: str, b: str) -> bool:
    """Two forms of person names that cannot be one person's: in every reading of
    :func:`_readings`, each keeps a part the other lacks."""
    if parts(a, "Person").key == parts(b, "Person").key:
        return False
    ra, rb = _readings(a), _readings(b)
    return all(_both_unmatched(*sorted((x, y))) for x, y in zip(ra, rb))


def different_people(a: Iterable[str], b: Iterable[str]) -> bool:
    """No full name of one side agrees with any full name of the other: every pair conflicts
    (:func:`conflicting_forms`). "Kim Yo Jong" and "Kim Jong Un" are two people; "Aleksandr
    Petrov" and "Alexander Petrov" one, and "Vladimir Putin" and "Vladimir Vladimirovich Putin"
    one. One agreeing pair is enough to leave the decision to the score."""
    left, right = list(a)[:MAX_FORMS], list(b)[:MAX_FORMS]
    return bool(left and right) and all(conflicting_forms(x, y) for x in left for y in right)
