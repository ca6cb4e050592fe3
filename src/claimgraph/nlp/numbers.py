"""Reading numbers as reports write them: "100,000", "100 000", "1,5 млн", "two thousand", "полтора".

Shared by the date and quantity components. Everything here is regular-expression based and runs
in linear time: digit groups are bounded, so "1 2 3 4 …" never becomes one enormous number.
"""
from __future__ import annotations

import math
import re
from functools import lru_cache

from claimgraph.nlp import ukrainian_numbers as uk

# Thin spaces and no-break spaces are common thousands separators in Russian typography.
_SPACES = " \u00a0\u202f\u2009"

# A digit number: grouped thousands ("100,000", "100 000", "1.000.000") or a plain/decimal one.
DIGITS = (
    r"\d{1,3}(?:,\d{3}){1,4}(?:\.\d+)?(?![\d,]\d)"
    r"|\d{1,3}(?:[" + _SPACES + r"]\d{3}){1,4}(?![\d])"
    r"|\d{1,3}(?:\.\d{3}){2,4}(?![\d.]\d)"
    r"|\d+(?:[.,]\d+)?"
)

SCALES_EN = {
    "thousand": 1e3, "thousands": 1e3, "k": 1e3,
    "million": 1e6, "millions": 1e6, "mln": 1e6, "mn": 1e6, "m": 1e6,
    "billion": 1e9, "billions": 1e9, "bn": 1e9, "bln": 1e9, "b": 1e9,
    "trillion": 1e12, "trillions": 1e12, "tn": 1e12, "trn": 1e12,
}
# Russian scale words are matched by stem so every case form counts ("тысяч", "тысячи", "тысячами").
_SCALE_STEMS_RU = (("тыс", 1e3), ("млн", 1e6), ("миллион", 1e6), ("млрд", 1e9), ("миллиард", 1e9),
                   ("трлн", 1e12), ("триллион", 1e12))

# Single-letter scales count only when glued to the digits ("$5m", "3k"): "100 m" is a length.
SCALE_EN = r"(?:(?:thousands?|millions?|billions?|trillions?)\b|(?:mln|mn|bn|bln|tn|trn)\b\.?|(?<=\d)(?:k|m|b)\b)"
SCALE_RU = r"(?:тыс(?:яч[а-яё]*)?\.?|млн\.?|миллион[а-яё]*|млрд\.?|миллиард[а-яё]*|трлн\.?|триллион[а-яё]*)"

_UNITS_EN = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
_TENS_EN = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
            "eighty": 80, "ninety": 90}
_WORDS_EN = {**_UNITS_EN, **_TENS_EN, "a dozen": 12, "dozen": 12, "a hundred": 100, "hundred": 100,
             "a thousand": 1000, "half a million": 5e5, "half a billion": 5e8, "a million": 1e6,
             "a billion": 1e9}

# Russian number words by stem; the stems cover the case forms a report uses after "более", "до", "около".
_WORDS_RU: tuple[tuple[str, float], ...] = (
    ("полтор", 1.5), ("полутор", 1.5),
    ("одиннадцат", 11), ("двенадцат", 12), ("тринадцат", 13), ("четырнадцат", 14),
    ("пятнадцат", 15), ("шестнадцат", 16), ("семнадцат", 17), ("восемнадцат", 18),
    ("девятнадцат", 19), ("двадцат", 20), ("тридцат", 30), ("сорок", 40), ("пятьдесят", 50),
    ("пятидесят", 50), ("шестьдесят", 60), ("шестидесят", 60), ("семьдесят", 70),
    ("семидесят", 70), ("восемьдесят", 80), ("восьмидесят", 80), ("девяност", 90),
    ("сто", 100), ("ста", 100), ("двест", 200), ("двухсот", 200), ("триста", 300), ("трехсот", 300),
    ("трёхсот", 300), ("четыреста", 400), ("пятьсот", 500), ("пятисот", 500),
    ("один", 1), ("одна", 1), ("одно", 1), ("одного", 1), ("одной", 1), ("одну", 1), ("тысяч", 1000),
    ("двое", 2), ("двоих", 2), ("трое", 3), ("троих", 3), ("четвер", 4),
    ("два", 2), ("две", 2), ("двух", 2), ("трех", 3), ("трёх", 3), ("три", 3), ("четыр", 4),
    ("пят", 5), ("шест", 6), ("сем", 7), ("восем", 8), ("восьм", 8), ("девят", 9), ("десят", 10),
    ("нескольк", float("nan")),
)
#: instrumental forms of the small numbers ("обстреляли семью ракетами", "двумя дронами"); "семью" is
#: also "family", so they count only before a noun in the instrumental plural (see :func:`instrumental_count`)
INSTRUMENTAL_RU = ("двумя", "тремя", "четырьмя", "пятью", "шестью", "семью", "восемью", "девятью", "десятью")
_INSTRUMENTAL_NOUN = re.compile(r"\s+(?:[а-яё]+(?:ыми|ими)\s+){0,2}[а-яё-]+(?:ами|ями|ьми)(?![а-яё])", re.IGNORECASE)
_RU_WORD_FORMS = (
    r"полтора|полторы|полутора|один|одна|одно|одну|одного|одной|два|две|двух|три|трех|трёх|четыре|четырех|четырёх"
    r"|пять|пяти|шесть|шести|семь|семи|восемь|восьми|девять|девяти|десять|десяти"
    r"|одиннадцат[ьи]|двенадцат[ьи]|тринадцат[ьи]|четырнадцат[ьи]|пятнадцат[ьи]|шестнадцат[ьи]"
    r"|семнадцат[ьи]|восемнадцат[ьи]|девятнадцат[ьи]|двадцат[ьи]|тридцат[ьи]|сорок[а]?"
    r"|пятьдесят|пятидесяти|шестьдесят|шестидесяти|семьдесят|семидесяти|восемьдесят|восьмидесяти"
    r"|девяносто|девяноста|сто|ста|двести|двухсот|триста|трехсот|трёхсот|четыреста|пятьсот|пятисот"
    r"|двое|двоих|трое|троих|четверо|четверых|пятеро|пятерых|шестеро|шестерых|семеро|семерых|восьмеро"
    r"|девятеро|десятеро"
    r"|нескольк(?:о|их)"
    r"|" + r"|".join(INSTRUMENTAL_RU)
)
_EN_WORD_FORMS = (
    r"(?:a\s+dozen|dozen|half\s+a\s+(?:million|billion)|a\s+(?:hundred|thousand|million|billion)"
    r"|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\s](?:one|two|three|four|five|six|seven|eight|nine))?"
    r"|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen"
    r"|sixteen|seventeen|eighteen|nineteen)(?:\s+hundred)?"
)
# One thousand said by the scale word alone, in the singular ("тысячу саперов", "о тысяче"): "тысячи" is
# also the plural ("тысячи саперов", thousands) and stays out.
_RU_THOUSAND = r"тысяч(?:а|у|е|ей)(?![а-яё])"
WORD_NUMBER = {"en": _EN_WORD_FORMS,
               "ru": r"(?:" + _RU_WORD_FORMS + r")(?:\s+(?:" + _RU_WORD_FORMS + r"))?|" + _RU_THOUSAND,
               "uk": uk.WORD_NUMBER}


def parse_digits(raw: str, lang: str | None = None) -> float | None:
    """The value of a digit number.

    A comma groups thousands ("100,000"), except a single comma in Russian or Ukrainian text, which is the
    decimal mark there ("1,5 млн"); dots group thousands only when they repeat ("1.000.000").
    """
    s = raw.strip()
    for sp in _SPACES:
        s = s.replace(sp, "")
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?", s) and not (lang in ("ru", "uk") and s.count(",") == 1):
        s = s.replace(",", "")
    elif re.fullmatch(r"\d{1,3}(?:\.\d{3}){2,}", s):
        s = s.replace(".", "")
    else:
        s = s.replace(",", ".")
    try:
        value = float(s)
    except ValueError:
        return None
    return value if math.isfinite(value) else None


def parse_scale(word: str) -> float | None:
    """The multiplier of a scale word in either language ("тыс." → 1000, "bn" → 1e9)."""
    w = word.lower().rstrip(".")
    if w in SCALES_EN:
        return SCALES_EN[w]
    for stem, value in _SCALE_STEMS_RU:
        if w.startswith(stem):
            return value
    return uk.scale_value(w)


def parse_words(phrase: str, lang: str | None) -> float | None:
    """The value of a spelled-out number ("twenty-five", "two hundred", "полторы", "две"); NaN when vague."""
    p = re.sub(r"[\s-]+", " ", phrase.lower()).strip()
    if p in _WORDS_EN:
        return float(_WORDS_EN[p])
    if lang in ("ru", "uk") or re.search(r"[а-яёіїєґ]", p):
        total = 0.0
        for part in p.split():
            v = _uk_word(part) if lang == "uk" else _ru_word(part)
            if v is None:
                return None
            total += v
        return total
    total = 0.0
    current = 0.0
    for part in p.split():
        if part in _UNITS_EN:
            current += _UNITS_EN[part]
        elif part in _TENS_EN:
            current += _TENS_EN[part]
        elif part == "hundred":
            current = (current or 1) * 100
        elif part == "a":
            current += 0
        else:
            return None
    total += current
    return total


_EXACT_RU = {"двумя": 2.0, "тремя": 3.0, "сто": 100.0, "ста": 100.0, "сорок": 40.0, "сорока": 40.0, "девяносто": 90.0, "девяноста": 90.0}


def instrumental_count(raw: str, text: str, end: int) -> bool:
    """Whether a number word is a count in the instrumental case, or no instrumental form at all:
    "семью ракетами" counts missiles, "свою семью" is a family."""
    if raw.lower() not in INSTRUMENTAL_RU:
        return True
    return _INSTRUMENTAL_NOUN.match(text, end) is not None


@lru_cache(maxsize=512)
def _ru_word(word: str) -> float | None:
    return stem_value(word, _EXACT_RU, _WORDS_RU)


@lru_cache(maxsize=512)
def _uk_word(word: str) -> float | None:
    return stem_value(uk.normal(word), uk.EXACT, uk.WORDS)


def stem_value(word: str, exact: dict[str, float], stems: tuple[tuple[str, float], ...]) -> float | None:
    """The value of one number word from its language's tables: an exact form, else the first long
    stem it begins with, else a short stem followed by at most a case ending."""
    if word in exact:
        return exact[word]
    for stem, value in stems:
        if len(stem) > 3 and word.startswith(stem):
            return value
    for stem, value in stems:
        if word.startswith(stem) and len(word) - len(stem) <= 3:
            return value
    return None
