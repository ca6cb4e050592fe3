"""Kinds of organisation told by words the general cue lists do not carry.

- Russian firms written in Latin letters open with the abbreviation of their form: "TSK"
  (trading and service company), "TD" (trading house), or a plant's "…MZ" ("IEMZ Kupol",
  "UOMZ", and in Cyrillic "ИЭМЗ Купол"): companies. One word grown from "завод"
  ("Уралвагонзавод") is a company too. Research associations ("NPO …") stay organisations.
- A news, press, telegraph or information agency ("телеграфное агентство") is a medium, an organisation, not a state agency.
- A treasury, the White House and the houses of a parliament are public bodies.
- A leader's name before "administration" ("the Biden administration") names a government: the
  whole phrase is a public body, not a person.
"""
from __future__ import annotations

import re
from collections.abc import Callable

from claimgraph.model import Mention

_FIRM_ABBREVIATIONS = frozenset({"tsk", "td"})
_PLANT_ACRONYM = re.compile(r"[A-Z]{1,4}MZ|[А-ЯЁ]{1,4}МЗ")
_PLANT_WORD = re.compile(r"[А-ЯЁ][а-яё]{2,}завод[а-яё]{0,3}")
_MEDIA = re.compile(r"(?i:\b(?:news|press|information|telegraph)\s+agency\b|"
                    r"(?:телеграфн|информационн|новостн|інформаційн|новинн)\w*\s+агентств\w*)")
_BODIES = re.compile(r"(?i:\b(?:treasury|white\s+house|house\s+of\s+(?:representatives|commons|lords))\b)")


def organization_kind(text: str) -> str | None:
    """``Company``, ``Organization`` or ``PublicBody`` when the name's own words tell it; ``None`` otherwise."""
    words = text.split()
    if len(words) > 1 and (words[0].casefold() in _FIRM_ABBREVIATIONS and words[0].isupper()
                           or _PLANT_ACRONYM.fullmatch(words[0])):
        return "Company"
    if len(words) == 1 and _PLANT_WORD.fullmatch(text):
        return "Company"
    if _MEDIA.search(text):
        return "Organization"
    if _BODIES.search(text):
        return "PublicBody"
    return None


_ADMINISTRATION_AFTER = re.compile(r"[ \t]+[Aa]dministration\b")


def administrations(text: str, mentions: list[Mention], make: Callable[[int, int], Mention]) -> list[Mention]:
    """``mentions`` with a person followed by "administration" made one public body ``make(start, end)``."""
    out: list[Mention] = []
    for m in mentions:
        after = _ADMINISTRATION_AFTER.match(text, m.end) if m.label == "Person" else None
        out.append(make(m.start, after.end()) if after else m)
    return out


__all__ = ["administrations", "organization_kind"]
