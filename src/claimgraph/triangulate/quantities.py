"""Whether two reported numbers can be told apart as different things, or only as different figures.

Two reports give "up to 100,000 drones a year" and "2,000 drones": one question, two answers.
"100,000 drones" and "$1 billion" answer different questions, and so do "a range of 50 to 80"
and "60" (a number inside a stated range is no disagreement). Units are compared by a short
stem of their letters in Latin transliteration, so "drones" and "drone" agree; units written in
two scripts ("drones", "беспилотников") cannot be told apart here and are taken as comparable.
Generic counting words ("units", "pieces", "штук") agree with any counted unit.
"""
from __future__ import annotations

import math
import re

from normality import ascii_text

from claimgraph.model import Claim

STEM_CHARS = 5
#: Stems of counting words that fit any counted thing.
GENERIC_STEMS = frozenset({"unit", "units", "piece", "item", "items", "pcs", "pc", "sht", "shtuk", "edini",
                           "odini", "edinic", "one", "ones"})
#: Stems of money units: a sum of money is never the same quantity as a count of things.
CURRENCY_STEMS = frozenset({"usd", "eur", "rub", "byn", "cny", "uah", "dolla", "rubl", "euro", "evro", "dolar",
                            "rubel", "iuan", "yuan", "hrivn", "grivn", "$", "€", "₽"})
#: Stems of units that count listed parties: a disagreement on them is a disagreement on a count.
PARTY_STEMS = frozenset({"entit", "compa", "indiv", "perso", "organ", "firms", "firm", "kompa", "lits",
                         "lico", "fizic", "iurid", "organ", "predp", "bank", "banks", "vesse", "ship",
                         "sudov", "sudno"})
#: Words that scale a number ("1 тис." is a thousand), transliterated: read as the unit, they
#: hide both the number's size and what it counts, so such a figure answers no other's question.
_SCALE_WORD = re.compile(r"^(?:tys|tis|thousand|tausend|hiljad|hilyad|mln|mlrd|mil+ion|miljon|mil+iard|miljard"
                         r"|billion|bln|bn)[a-z]{0,4}$")
_SCRIPT_CYR = re.compile(r"[а-яёіїєґў]", re.IGNORECASE)


def value_of(claim: Claim) -> float | None:
    """The claim's number: its value, else the top or bottom of its range."""
    for v in (claim.value, claim.value_max, claim.value_min):
        if v is not None and not (isinstance(v, float) and math.isnan(v)):
            return float(v)
    return None


def unit_stem(unit: str | None) -> str:
    """A short comparable stem of a unit ("drones" and "drone": "drone"[:5]); "" for none or generic."""
    if not unit:
        return ""
    if unit.strip() in ("$", "€", "₽"):
        return unit.strip()
    letters = "".join(ch for ch in (ascii_text(unit) or "").lower() if ch.isalpha())
    if letters.endswith("s") and len(letters) > 3:
        letters = letters[:-1]
    stem = letters[:STEM_CHARS]
    return "" if stem in GENERIC_STEMS or letters in GENERIC_STEMS else stem


def _script(unit: str | None) -> str:
    return "cyrillic" if unit and _SCRIPT_CYR.search(unit) else "latin"


def is_scale_word(unit: str | None) -> bool:
    """Whether a unit is a word that scales the number ("тис.", "million") rather than a thing."""
    return bool(unit) and bool(_SCALE_WORD.match("".join(ch for ch in (ascii_text(unit) or "").lower() if ch.isalpha())))


def is_money(unit: str | None) -> bool:
    return unit_stem(unit) in CURRENCY_STEMS or (unit or "").strip().upper() in {"USD", "EUR", "RUB", "BYN", "CNY"}


def different_things(a: Claim, b: Claim) -> str | None:
    """Why two numbers measure different things (money against a count, two named units, two
    periods), or None when they can answer one question."""
    if is_money(a.unit) != is_money(b.unit) and (a.unit or b.unit):
        return f"different units: {a.unit or 'count'} / {b.unit or 'count'}"
    sa, sb = unit_stem(a.unit), unit_stem(b.unit)
    if sa and sb and sa != sb and _script(a.unit) == _script(b.unit):
        return f"different units: {a.unit} / {b.unit}"
    if is_scale_word(a.unit) or is_scale_word(b.unit):
        return "a scale word read as the unit"
    if a.rate and b.rate and a.rate != b.rate:
        return f"different periods: per {a.rate} / per {b.rate}"
    return None


def inside_range(a: Claim, b: Claim, tolerance: float = 0.02) -> bool:
    """Whether ``a`` states a range (min < max) and ``b``'s number lies inside it."""
    lo, hi, v = a.value_min, a.value_max, value_of(b)
    if lo is None or hi is None or v is None or any(isinstance(x, float) and math.isnan(x) for x in (lo, hi)):
        return False
    if hi <= lo:
        return False
    slack = tolerance * max(abs(hi), 1.0)
    return lo - slack <= v <= hi + slack


def is_count(a: Claim, b: Claim) -> bool:
    """Whether the numbers count listed parties (sanctioned entities, companies, people)."""
    if a.predicate == "sanctioned_by" or b.predicate == "sanctioned_by":
        return True
    return any(unit_stem(c.unit) in PARTY_STEMS for c in (a, b))
