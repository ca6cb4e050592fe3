"""Which office of a government a report credits with a measure: the Treasury or the State Department.

Sanctions of one day are often announced by several offices of one government, and reports of the
same designation credit it to one office or another ("the US Treasury announced sanctions" / "the
State Department spokesman said"). Within one event cluster, reports that name exactly one
sanctioning office, and not the same one, disagree on who acted. A report naming two offices
tells the shared announcement and is on neither side. A sentence that tells a measure of an
earlier year as background ("OFAC listed the ship last year", "ранее Минфин США ввел") names no
office of this event's measure.
"""
from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from claimgraph.triangulate.sentence_sides import Said, clustered, pairs, sentences_of, side

#: Sanctioning offices of a government, by the words that name them in several languages.
OFFICES = {
    "the Treasury": re.compile(
        r"\btreasury\b|\bOFAC\b|минфин\w*|министерств\w* финансов|мінфін\w*|міністерств\w* фінансів|"
        r"finanzministerium\w*|departament\w* skarbu|министерството на финансите", re.IGNORECASE),
    "the State Department": re.compile(
        r"state department|department of state|госдеп\w*|государственн\w* департамент\w*|держдеп\w*|"
        r"außenministerium\w*|departament\w* stanu|държавния департамент", re.IGNORECASE),
    # "BIS" in capitals only: German "bis" is "up to"
    "the Commerce Department": re.compile(
        r"(?i:commerce department|department of commerce|министерств\w* торговли|handelsministerium\w*)|\bBIS\b"),
}
#: Words that put a sentence's measure in an earlier time, as background, in several languages.
BACKGROUND = re.compile(
    r"\blast year\b|\byears? ago\b|\bpreviously\b|в прошлом году|минулого року|торік|\bранее\b|\bраніше\b|"
    r"\bletztes jahr\b|\bw zeszłym roku\b|\bzuvor\b|\bwcześniej\b", re.IGNORECASE)
STEMS = ("treasury", "ofac", "минфин", "финансов", "мінфін", "фінансів", "finanzministerium", "skarbu",
         "state department", "department of state", "госдеп", "департамент", "держдеп", "außenministerium",
         "departament stanu")


@dataclass(slots=True)
class OfficeDisagreement:
    cluster: str
    sides: tuple[tuple[str, list[Said]], tuple[str, list[Said]]]


def offices_in(text: str) -> set[str]:
    return {name for name, rx in OFFICES.items() if rx.search(text)}


def office_disagreements(texts: Mapping[str, str], cluster_of: Mapping[str, str]) -> list[OfficeDisagreement]:
    """Per cluster, pairs of offices that reports naming only one office credit."""
    by_office: dict[str, dict[str, list[Said]]] = defaultdict(lambda: defaultdict(list))
    for doc, cluster in clustered(texts, cluster_of):
        said = [s for s in sentences_of(doc, texts[doc]) if not BACKGROUND.search(s.text)]
        named = set().union(*(offices_in(s.text) for s in said))
        if len(named) != 1:
            continue  # none, or the shared announcement of several offices
        (office,) = named
        by_office[cluster][office].extend(s for s in said if OFFICES[office].search(s.text))
    return [OfficeDisagreement(cluster, sides) for cluster, sides in pairs(by_office)]


def shown(d: OfficeDisagreement, outlets_of: Callable[[str], list[str]] = lambda doc: []) -> dict[str, Any]:
    """The disagreement as the event keeps it, in the shape of the figures' disagreements."""
    (a, sa), (b, sb) = d.sides
    return {"kind": "actor", "about": "which office acted", "reasons": [f"{a} vs {b}"],
            "sides": [side(a, sa, outlets_of), side(b, sb, outlets_of)]}
