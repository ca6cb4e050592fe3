"""Product and model names: a family and a variant.

"Гарпия-3", "Гарпія-3", "Garpiya-3" and "Harpy-3" are one model; "Garpia-A1" is another model of
the same family, and "Harpy", "Garpiya" and "Гарпия" name the family itself. A designation is read
as a base word (the family) and a variant (a number or a short code in capitals after it: "-3",
"-A1", " 136", "2"), so:

- the family key is the base word's key with ``h`` read as ``g``, since Russian writes the English
  h as г or х and English writes г as g or h ("Harpy"/"Гарпия"/"Garpiya", "Geran"/"Герань");
- the variant key is the variant romanised ("А1" in Cyrillic is "a1").

Names of one family and one variant are one entity; names of one family and another variant are
another entity, linked to the family by the ``family`` property (the family's key) and, when the
corpus also names the family alone, by ``family_entity`` (that entity's id).
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from claimgraph.resolve.name_keys import REWRITES, romanize

#: Words saying what kind of product it is, not which ("Geran-2 drone", «БПЛА «Орлан-10»»)
_KIND_WORDS = frozenset(["drone", "drones", "uav", "uas", "missile", "missiles", "system", "complex",
                         "дрон", "дрона", "дронов", "беспилотник", "беспилотника", "бпла", "ракета",
                         "ракеты", "комплекс", "комплекса", "безпілотник", "безпілотника", "беспілотнік",
                         "ракета", "дрони", "дроны"])
_PART = re.compile(r"[^\W_]+", re.UNICODE)
_SPLIT_DIGITS = re.compile(r"(?<=[^\W\d_])(?=\d)")  # "Geran2" → "Geran", "2"


@dataclass(frozen=True, slots=True)
class Designation:
    """A product name read as family and variant keys ("garpi", "3")."""

    family: str
    variant: str

    @property
    def key(self) -> str:
        return f"{self.family}-{self.variant}" if self.variant else self.family


def _is_variant(part: str) -> bool:
    return any(c.isdigit() for c in part) or (part.isupper() and len(part) <= 3)


@functools.lru_cache(maxsize=50_000)
def designation(name: str) -> Designation | None:
    """The family and variant of a one-word product name with an optional variant; None for
    names of several words ("ZALA Lancet") or without letters."""
    parts = [p for p in _PART.findall(_SPLIT_DIGITS.sub(" ", name)) if p.casefold() not in _KIND_WORDS]
    if not parts or not parts[0][:1].isalpha() or _is_variant(parts[0]) and len(parts) > 1:
        return None
    base, rest = parts[0], parts[1:]
    if not all(_is_variant(p) for p in rest) or len(rest) > 2:
        return None
    family = family_key(base)
    if len(family) < 3:
        return None
    variant = "".join(re.sub(r"[^a-z0-9]", "", romanize(p)) for p in rest)
    return Designation(family, variant)


def family_key(word: str) -> str:
    """The key of a product family's word, alike across English, Russian, Ukrainian and Belarusian
    ("Harpy", "Garpiya", "Гарпия", "Гарпія", "Гарпии", "Garpiyas" → "garp"): the spelling rewrites
    of name keys, an English plural or a case ending cut, final vowels dropped, h read as g."""
    if word.isascii() and len(word) > 4 and word.endswith("s") and not word.endswith("ss"):
        word = word[:-1]  # "Shaheds", "Garpiyas": the plural of the family
    key = re.sub(r"[^a-z0-9]", "", romanize(word))
    for pattern, repl in REWRITES:
        key = pattern.sub(repl, key)
    key = re.sub(r"(?<=[a-z]{4})(om|em|ov|ev|iv|am|ami|ah)$", "", key)
    key = re.sub(r"(?<=[a-z]{3})[aeiouy]+$", "", key)
    return key.replace("h", "g")
