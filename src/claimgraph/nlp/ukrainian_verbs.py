"""Ukrainian verb forms written as their Russian cognates of the same length, for the parse only.

Natasha's Russian tagger and parser read words through a Russian vocabulary: a Ukrainian verb
form it does not know ("заявив", "підписати") is an unknown word, which it tags as a noun or an
adjective and seldom makes the head of its clause. When the Ukrainian dictionary reads a word only
as a verb and a regular ending change of the same length makes a Russian verb the models know
("заявив" "заявил", "підписати" "подписать"), the bridge writes that form; "та" between two
words is written "да", the Russian coordinating conjunction. Only the text the parser reads changes; tokens keep the words as written, and the lemmas of the word lists still
come from the Ukrainian dictionary.
"""
from __future__ import annotations

import functools
import re
from typing import Any

from claimgraph.nlp.ukrainian_words import ukrainian_morph

_WORD = re.compile(r"(?<![\w'’ʼ-])[^\W\d_]+(?![\w'’ʼ-])")
_UK = str.maketrans({"і": "и", "ї": "и", "є": "е", "ґ": "г"})
#: "та" between two words, the conjunction "and"
_AND = re.compile(r"(?<=[^\W\d_] )та(?= [^\W\d_])")
#: Ukrainian ending → Russian ending of the same length, tried for a cognate the models know
_COGNATE_ENDINGS = (("", ""), ("вся", "лся"), ("в", "л"), ("тися", "ться"), ("тись", "ться"), ("ти", "ть"))
#: Ukrainian prefix (in Russian letters) → Russian prefix of the same length
_COGNATE_PREFIXES = (("", ""), ("пид", "под"))
#: the Ukrainian verb suffix "-ува-" is the Russian "-ова-" ("атакував" "атаковал")
_SUFFIX = re.compile(r"ува(?=[^\W\d_]{0,5}$)")
_VERBAL = frozenset({"VERB", "INFN"})


def verb_forms(original: str, bridged: str) -> str:
    """``bridged`` (the letter-bridged ``original``) with its Ukrainian verbs written as Russian
    verb forms and "та" between words as "да"; every offset stays where it was."""
    out = list(bridged)
    for m in _WORD.finditer(original):
        russian = _russian_verb(m.group())
        if russian is not None:
            out[m.start():m.end()] = russian
    for m in _AND.finditer(original):
        out[m.start():m.end()] = "да"
    return "".join(out)


@functools.lru_cache(maxsize=50_000)
def _russian_verb(word: str) -> str | None:
    """The Russian cognate the parser should read for a Ukrainian verb, or ``None`` for any
    other word, for a form the Russian models know already and for one without a cognate."""
    if not word[1:].islower() or len(word) < 3:
        return None
    if word[0].isupper():
        lower = _russian_verb(word.lower())
        return lower[:1].upper() + lower[1:] if lower is not None else None
    morph = ukrainian_morph()
    if morph is None:
        return None
    parses = [p for p in morph.parse(word) if p.is_known]  # type: ignore[attr-defined]
    if not parses or any(p.tag.POS not in _VERBAL for p in parses):
        return None  # a noun or adjective too ("війни", "мала"): left to the models
    letters = word.translate(_UK).replace("'", "ъ").replace("’", "ъ").replace("ʼ", "ъ")
    if _known_verb(letters):
        return None
    for candidate in _cognates(letters):
        if candidate != letters and _known_verb(candidate):
            return candidate
    return None


def _cognates(letters: str) -> list[str]:
    """Russian verb forms of the same length that a Ukrainian verb form (in Russian letters)
    may be the cognate of, by its prefix, its "-ува-" suffix and its ending."""
    out = []
    for prefix, russian_prefix in _COGNATE_PREFIXES:
        if not letters.startswith(prefix):
            continue
        stem = russian_prefix + letters[len(prefix):]
        for form in dict.fromkeys((stem, _SUFFIX.sub("ова", stem))):
            out.extend(form[:len(form) - len(ending)] + russian for ending, russian in _COGNATE_ENDINGS
                       if form.endswith(ending))
    return out


@functools.lru_cache(maxsize=1)
def _vocabulary() -> tuple[frozenset[str], Any]:
    """The Russian models' vocabulary and the Russian dictionary."""
    from natasha import NewsEmbedding

    from claimgraph.nlp.models import morph_analyzer

    return frozenset(NewsEmbedding().vocab.words), morph_analyzer()


@functools.lru_cache(maxsize=50_000)
def _known_verb(word: str) -> bool:
    """Whether the Russian models know ``word`` and the Russian dictionary reads it as a verb."""
    words, morph = _vocabulary()
    if word not in words:
        return False
    parse = morph.parse(word)[0]
    return parse.is_known and parse.tag.POS in _VERBAL
