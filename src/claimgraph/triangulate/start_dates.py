"""Since when something has been made: "producing drones since 2022" / "began producing them in
2023" / "has been making them for almost three years".

Reports of one event often say when an ongoing activity began, as background, and outlets date
that start differently. A sentence that tells of making things (a production verb) and dates the
start of it gives a *start year*: "since <year>", "began/started … in <year>", "с 2022 года",
"з 2023 року", "seit 2022", "od 2022 roku", or a duration counted back from the day the report
appeared ("for nearly three years" in a report of July 2025: 2022). Within one event cluster, two
reports that each give one start year, and two different ones, disagree on the date. A report
giving two start years speaks of two activities and is on neither side, and a cluster whose
reports give more than :data:`MAX_YEARS` start years tells of many activities.
"""
from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from claimgraph.triangulate.sentence_sides import Said, clustered, pairs, sentences_of, side

#: Stems of verbs (and nouns) of making things, English, Russian, Ukrainian, German, Polish.
PRODUCTION = re.compile(
    r"\b(?:produc|manufactur|making|made|make[s]?\b|churn|assembl|производ|выпуска|изготав|собира|"
    r"виробля|виробн|випуска|виготовл|produzier|herstell|fertig|produk|wytwarza)", re.IGNORECASE)
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_MONTHS = (r"(?:january|february|march|april|may|june|july|august|september|october|november|december|"
           r"early|mid|late|the (?:first|second|third|fourth) quarter of|the (?:spring|summer|autumn|fall|"
           r"winter) of|[а-яіїє]+(?:я|а|ня|ого))")
#: Phrases that date the start of an activity to a year.
STARTS = (
    re.compile(rf"\bsince\s+(?:{_MONTHS}[\s-]+)?{_YEAR}\b", re.IGNORECASE),
    re.compile(rf"\b(?:began|begun|started|start|launched)\b[^.;]{{0,40}}?\bin\s+(?:{_MONTHS}\s+)?{_YEAR}\b",
               re.IGNORECASE),
    re.compile(rf"(?:^|[\s(])(?:с|з|od|seit)\s+(?:{_MONTHS}\s+)?{_YEAR}\s*"
               r"(?:г(?:ода|\.)?|року|roku|р\.)?(?=[\s,.;)]|$)", re.IGNORECASE),
    re.compile(rf"\b(?:начал\w*|начина\w*|почал\w*|почина\w*|rozpoczę\w*|begann\w*)\b[^.;]{{0,40}}?"
               rf"(?:\s(?:в|у|w|im)\s+){_YEAR}", re.IGNORECASE),
)
_COUNTS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
#: "for (almost) three years": a duration counted back from the report's day.
DURATION = re.compile(r"\bfor\s+(?P<hedge>almost|nearly|about|around|over|more than)?\s*"
                      r"(?P<n>\d|one|two|three|four|five|six)\s+years\b", re.IGNORECASE)
#: A check needs a start phrase: only clusters with such a word are read.
STEMS = ("since", "began", "started", "for almost", "for nearly", "начал", "почал", " с 20", " з 20", "seit", "od 20")
VERB_REACH = 30  # characters between a start phrase and the verb of making it dates
MAX_YEARS = 3  # distinct start years in one event before its reports count as telling of many things


@dataclass(slots=True)
class StartDisagreement:
    cluster: str
    sides: tuple[tuple[int, list[Said]], tuple[int, list[Said]]]


def _near_making(sentence: str, start: int, end: int) -> bool:
    """Whether a verb of making stands within or next to ``start``..``end`` (:data:`VERB_REACH`)."""
    return any(v.start() < end + VERB_REACH and start - VERB_REACH < v.end() for v in PRODUCTION.finditer(sentence))


def start_years(sentence: str, published: str | None = None) -> set[int]:
    """The years a sentence dates the start of making things to, where the start phrase stands
    by a verb of making ("producing drones since 2022", not "monitoring it since 2022, … drones
    were produced")."""
    if not PRODUCTION.search(sentence):
        return set()
    found = {int(m.group("year")) for pattern in STARTS for m in pattern.finditer(sentence)
             if _near_making(sentence, m.start(), m.end())}
    year_month = _year_month(published)
    for m in DURATION.finditer(sentence):
        if year_month is None or not _near_making(sentence, m.start(), m.end()):
            continue
        n = _COUNTS.get(m.group("n").casefold()) or int(m.group("n"))
        year, month = year_month
        hedge = (m.group("hedge") or "").casefold()
        # "almost three years" began a little less than three years back: later in the year
        back = year + (month - 1) / 12 - n + (0.2 if hedge in ("almost", "nearly") else 0.0)
        found.add(int(back))
    return found


def _year_month(published: str | None) -> tuple[int, int] | None:
    m = re.match(r"^(\d{4})-(\d{2})", published or "")
    return (int(m.group(1)), int(m.group(2))) if m else None


def start_disagreements(texts: Mapping[str, str], cluster_of: Mapping[str, str],
                        published: Mapping[str, str | None] | None = None) -> list[StartDisagreement]:
    """Per cluster, pairs of start years its reports give, each from reports giving one."""
    said: dict[str, dict[int, list[Said]]] = defaultdict(lambda: defaultdict(list))
    for doc, cluster in clustered(texts, cluster_of):
        found: dict[int, list[Said]] = defaultdict(list)
        for s in sentences_of(doc, texts[doc]):
            for year in start_years(s.text, (published or {}).get(doc)):
                found[year].append(s)
        if len(found) == 1:
            ((year, sentences),) = found.items()
            said[cluster][year].extend(sentences)
    said = {c: years for c, years in said.items() if len(years) <= MAX_YEARS}
    return [StartDisagreement(cluster, sides) for cluster, sides in pairs(said)]


def shown(d: StartDisagreement, outlets_of: Callable[[str], list[str]] = lambda doc: []) -> dict[str, Any]:
    """The disagreement as the event keeps it, in the shape of the figures' disagreements."""
    (a, sa), (b, sb) = d.sides
    return {"kind": "date", "about": "since when it has been made", "reasons": [f"made since {a} vs {b}"],
            "sides": [side(f"since {a}", sa, outlets_of), side(f"since {b}", sb, outlets_of)]}
