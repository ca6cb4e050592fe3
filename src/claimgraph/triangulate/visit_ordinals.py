"""Which of a visitor's visits this is: "his first official visit" / "already his second visit".

Reports of one visit often count it among the visitor's visits, and outlets count differently
(an earlier trip to a summit counted or not). Within one event cluster, reports that call the
visit by two different ordinals disagree on the count. "The first visit in 24 years" or "since
2000" counts within a period, not from the start, and is left out; so is a report giving two
ordinals (it speaks of two visits).
"""
from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from claimgraph.triangulate.sentence_sides import Said, side, sole_kinds

#: Ordinal stems by number, English, Russian, Ukrainian and Belarusian.
ORDINALS = {1: ("first", "перв", "перш"), 2: ("second", "втор", "друг"), 3: ("third", "трет", "трэц"),
            4: ("fourth", "четв", "чацв"), 5: ("fifth", "пят", "п'ят", "п’ят")}
_ORDINAL = "|".join(sorted({re.escape(s) for stems in ORDINALS.values() for s in stems}, key=len, reverse=True))
VISIT = re.compile(
    rf"\b(?P<ordinal>(?:{_ORDINAL})\w*)(?:\s+[\w-]+){{0,2}}?\s+(?:visit|trip|визит|поездк|візит|паездк)\w*"
    r"(?P<after>(?:\s+\S+){0,4})", re.IGNORECASE)
#: Words after the visit that make the ordinal count within a period ("in 24 years", "since 2000").
WITHIN_PERIOD = re.compile(r"^\s*(?:\S+\s+){0,2}?(?:since|in\s+(?:\d+|over|more|almost|nearly)|for the first|"
                           r"за\s|с\s+\d|впервые|после|after)", re.IGNORECASE)
#: A disagreement needs an ordinal past the first: only clusters with such a word are read.
STEMS = ("second", "third", "fourth", "fifth", "втор", "трет", "четв", "пят", "друг", "трэц", "чацв")


@dataclass(slots=True)
class OrdinalDisagreement:
    cluster: str
    sides: tuple[tuple[int, list[Said]], tuple[int, list[Said]]]


def ordinal_of(sentence: str) -> set[int]:
    """The ordinals a sentence gives a visit ("his second visit": {2})."""
    found = set()
    for m in VISIT.finditer(sentence):
        word = m.group("ordinal").casefold()
        number = next((n for n, stems in ORDINALS.items() if word.startswith(stems)), None)
        if number is None or WITHIN_PERIOD.match(m.group("after") or ""):
            continue
        found.add(number)
    return found


def ordinal_disagreements(texts: Mapping[str, str], cluster_of: Mapping[str, str]) -> list[OrdinalDisagreement]:
    """Per cluster, pairs of ordinals its reports give the visit, each from reports giving one."""
    return [OrdinalDisagreement(cluster, sides) for cluster, sides in sole_kinds(texts, cluster_of, ordinal_of)]


def shown(d: OrdinalDisagreement, outlets_of: Callable[[str], list[str]] = lambda doc: []) -> dict[str, Any]:
    """The disagreement as the event keeps it, in the shape of the figures' disagreements."""
    (a, sa), (b, sb) = d.sides
    return {"kind": "count", "about": "which visit this is", "reasons": [f"visit number {a} vs {b}"],
            "sides": [side(f"visit number {a}", sa, outlets_of), side(f"visit number {b}", sb, outlets_of)]}
