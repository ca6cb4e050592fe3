"""Ukrainian and Belarusian read through Natasha's Russian models, by a script-level bridge.

Ukrainian and Belarusian share most of their alphabet with Russian; the letters they add (і, ї,
є, ґ, ў and the apostrophe) are what makes Russian models stumble on words they otherwise know
("Міністерство" is "Министерство", "Україна" "Украина", "Вячаслаў" "Вячеслав"). The bridge writes
each of those letters as the Russian letter closest to it, one character for one, so every
offset Natasha reports is an offset in the original text. Spans keep the original words; their
normal form is the Ukrainian dictionary's nominative for names it knows (pymorphy3 with its
Ukrainian dictionaries) and the text as written for Belarusian, whose case endings the name keys
cut instead.
"""
from __future__ import annotations

import functools
import re

#: Languages parsed by Natasha: Russian itself, Ukrainian and Belarusian through the bridge
BRIDGED_LANGUAGES = ("uk", "be")

_UK = str.maketrans({"і": "и", "ї": "и", "є": "е", "ґ": "г", "І": "И", "Ї": "И", "Є": "Е", "Ґ": "Г",
                     "'": "ъ", "’": "ъ", "ʼ": "ъ"})
_BE = str.maketrans({"і": "и", "ў": "в", "І": "И", "Ў": "В", "'": "ъ", "’": "ъ", "ʼ": "ъ"})
_WORD = re.compile(r"[^\W\d_]+(?:['’ʼ-][^\W\d_]+)*")


def bridge(text: str, lang: str | None) -> str:
    """``text`` with Ukrainian or Belarusian letters written as Russian ones (same length)."""
    if lang == "uk":
        return text.translate(_UK)
    if lang == "be":
        return text.translate(_BE)
    return text


@functools.lru_cache(maxsize=1)
def _uk_morph() -> object | None:
    try:
        import pymorphy3

        return pymorphy3.MorphAnalyzer(lang="uk")
    except Exception:  # noqa: BLE001 - without the dictionary names stay as written
        return None


@functools.lru_cache(maxsize=50_000)
def _uk_nominative(word: str) -> str:
    """The nominative of a Ukrainian name word the dictionary knows ("Лукашенком" → "Лукашенко")."""
    morph = _uk_morph()
    if morph is None or not word[:1].isupper():
        return word
    for parse in morph.parse(word.lower())[:3]:  # type: ignore[attr-defined]
        tag = str(parse.tag)
        if any(t in tag for t in ("Surn", "Name", "Patr")) or (
                "NOUN" in tag and "anim" not in tag and parse.score >= 0.3):
            form = parse.normal_form
            return form[:1].upper() + form[1:]
    return word


def native_normal(text: str, lang: str, label: str = "Person") -> str:
    """The normal form of a span of a bridged language: Ukrainian names of people and places in
    the nominative, Belarusian ones and longer names of organisations as written."""
    if lang != "uk" or (label not in ("Person", "Country", "Location") and " " in text.strip()):
        return text
    return _WORD.sub(lambda m: _uk_nominative(m.group()), text)


def native_spans(text: str, start: int, end: int, label: str) -> list[tuple[int, int, str]]:
    """A statistical span of a bridged text, with a country name at either edge of a person's or
    organisation's name split off as a Country ("Білорусі Олександр Лукашенко": the model joined
    the country before the name)."""
    from claimgraph.nlp.countries import territory_code

    words = list(_WORD.finditer(text, start, end))
    if label not in ("Person", "Organization") or len(words) < 2:
        return [(start, end, label)]
    out: list[tuple[int, int, str]] = []
    first, last = words[0], words[-1]
    if first.group()[:1].isupper() and territory_code(first.group()):
        out.append((first.start(), first.end(), "Country"))
        start = words[1].start()
    if label == "Person" and last.start() >= start and last is not words[0] and \
            territory_code(last.group()) and len(words) > 2:
        out.append((last.start(), last.end(), "Country"))
        end = words[-2].end()
    if start < end:
        out.append((start, end, label))
    return out


def is_nationality(word: str) -> bool:
    """A lower-case Ukrainian or Belarusian adjective of nationality ("іранські", "расійскага")."""
    if not word[:1].islower() or len(word) < 5:
        return False
    from claimgraph.nlp.countries import nationality_code

    return nationality_code(word) is not None
