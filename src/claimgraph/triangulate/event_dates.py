"""Dates that reports of one event give differently.

Each report has one main event. Within one event cluster, two reports whose main events are of
one type and are dated to two different days tell two dates of one occasion: "the system went on
duty on 17 December" / "on 18 December"; "the Council approved the package on 24 June" / "EU
countries approved it on 20 June". Only dates a report states in words in the event's own sentence
count: a date read from the page's date line or a bare ISO stamp is when the report appeared,
not when the event happened. The two days must be close (:data:`MAX_DAYS_APART`; for a generic
event type such as ``other`` or ``announcement``, which may be two occasions of one story, only
neighbouring days; the generic types are compared with each other, as one report may type as an
announcement what another types as the occurrence), and the event's reports may give few distinct days (:data:`MAX_DAYS`): a
story whose reports name many days tells of many occasions.

A visit lasts days: neighbouring days given for one are its arrival and its talks, not a
disagreement. A date that may belong to another occasion told in the same sentence dates neither for sure: one
that follows "after" ("summoned the envoy after drones crossed on 25 November"), and one the
report's sentence gives to an event of another kind as well (the summons and the incursion it
answers, both read as of 25 November). Nor does a day the sentence declares a day of something
("the 11th is declared a day of mourning"): it follows the occasion.
"""
from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from claimgraph.model import Event
from claimgraph.triangulate.date_lines import from_date_line
from claimgraph.triangulate.declared_days import declares_a_day
from claimgraph.triangulate.timespan import parse_date

#: Event types that name no particular kind of occasion: two of them in one story may be two
#: occasions (a strike on one day, another strike on the next), so only neighbouring days clash.
GENERIC_TYPES = frozenset({"other", "announcement"})
MAX_DAYS_APART = 7  # two dates of one typed occasion further apart are two occasions
GENERIC_DAYS_APART = 1
MAX_DAYS = 3  # distinct days one event's reports may give before they count as many occasions
#: Occasions that last days: neighbouring days given for one are its arrival and its talks.
STAYS = frozenset({"visit"})
_ISO = re.compile(r"^\s*\d{4}-\d{2}(-\d{2})?\s*$")
#: Words that open a clause of an earlier occasion: a date after them dates that occasion.
_AFTER = re.compile(r"(?:^|[^\w])(?:after|following|после|після|пасля|nach|po)\s", re.IGNORECASE)


@dataclass(slots=True)
class DatedReport:
    """A report's main event with the one day its own sentence states."""

    document_id: str
    day: dt.date
    said: str  # the date as the report words it
    start: int
    end: int


@dataclass(slots=True)
class DateDisagreement:
    """Two days given for one event's occasion, each by reports that do not give the other."""

    cluster: str
    type: str
    sides: tuple[list[DatedReport], list[DatedReport]]

    @property
    def reason(self) -> str:
        a, b = self.sides[0][0], self.sides[1][0]
        return f"different date: {a.day.isoformat()} vs {b.day.isoformat()}"


def stated_day(event: Event, text: str | None = None) -> dt.date | None:
    """The single day an event's own sentence states in words, or None: no time, a period longer
    than a day, an ISO stamp (the page's date line), or a date expression not found in the
    event's sentence (``text``, the document's text, where known)."""
    t = event.time
    if t is None or t.precision != "day" or not t.text or _ISO.match(t.text):
        return None
    if text is not None and from_date_line(t.text, text[event.start:event.end]):
        return None  # the page's own date glued to the event's sentence
    start, end = parse_date(t.start), parse_date(t.end) if t.end else None
    if start is None or (end is not None and end != start):
        return None
    if text is not None:
        sentence = text[event.start:event.end]
        at = sentence.find(t.text)
        if at < 0 or _AFTER.search(sentence[:at]):
            return None  # outside the event's sentence, or the day of an earlier occasion
        if declares_a_day(sentence):
            return None  # a day set aside (of mourning, say), not the day of the occasion
    return start


def _shared_day(event: Event, others: Iterable[Event]) -> bool:
    """Whether an event of another kind in the same sentence is dated by the same words: the day
    belongs to one of the two occasions, and the words do not tell which."""
    t = event.time
    return t is not None and any(
        e.id != event.id and _kind(e) != _kind(event) and e.time is not None and e.time.text == t.text
        and e.start < event.end and event.start < e.end for e in others)


def _kind(event: Event) -> str:
    """The generic types are one kind of occasion: a report telling "X happened on the 17th" and
    another "X was announced as done on the 18th" may type it either way."""
    return "generic" if event.type in GENERIC_TYPES else event.type


def _dated_instead(main: Event, others: Iterable[Event], text: str | None) -> Event | None:
    """Another event of the report, of the main event's kind, whose sentence states the only day
    any of them states: the day the report gives its occasion when the main event has only the
    page's date (" the system goes on duty." then "He said so on 18 December.")."""
    dated = [(e, day) for e in others if e.id != main.id and _kind(e) == _kind(main)
             and (day := stated_day(e, text)) is not None]
    return dated[0][0] if dated and len({day for _, day in dated}) == 1 else None


def date_disagreements(main_events: Iterable[tuple[Event, str]],
                       text_of: Callable[[str], str | None] = lambda doc: None,
                       events_of: Callable[[str], Iterable[Event]] = lambda doc: (),
                       denies: Callable[[Event], bool] = lambda event: False) -> list[DateDisagreement]:
    """Within each cluster, pairs of days the reports' main events of one type give for it.

    ``main_events``: (a report's main event, its cluster); ``text_of``: a document's text, to
    check that the date stands in the event's sentence; ``events_of``: a document's events, one of
    which may state the day where the main event does not; ``denies``: whether an event's sentence
    tells a denial, which makes a generic event an answer rather than the occasion."""
    groups: dict[tuple[str, str], dict[dt.date, list[DatedReport]]] = defaultdict(lambda: defaultdict(list))
    for main, cluster in main_events:
        if not cluster:
            continue
        text = text_of(main.document_id)
        event: Event | None = main
        day = stated_day(main, text)
        if day is None and (event := _dated_instead(main, events_of(main.document_id), text)) is not None:
            day = stated_day(event, text)
        if day is None or event is None or (_kind(event) == "generic" and denies(event)):
            continue
        if _shared_day(event, events_of(event.document_id)):
            continue
        said = " ".join((event.time.text or "").split()) if event.time else ""
        groups[(cluster, _kind(main))][day].append(DatedReport(event.document_id, day, said, event.start, event.end))
    out = []
    for (cluster, type_), by_day in sorted(groups.items()):
        if not 2 <= len(by_day) <= MAX_DAYS:
            continue
        reach = GENERIC_DAYS_APART if type_ == "generic" else MAX_DAYS_APART
        days = sorted(by_day)
        for i, a in enumerate(days):
            for b in days[i + 1:]:
                if (b - a).days > reach or (type_ in STAYS and (b - a).days <= 1):
                    continue
                out.append(DateDisagreement(cluster, type_, (by_day[a], by_day[b])))
    return out


def shown(d: DateDisagreement, outlets_of: Callable[[str], list[str]] = lambda doc: []) -> dict[str, Any]:
    """A date disagreement as the event keeps it, in the shape of the figures' disagreements."""
    def side(reports: list[DatedReport]) -> dict[str, Any]:
        docs = sorted({r.document_id for r in reports})
        return {"says": f"{reports[0].day.isoformat()} ({reports[0].said})", "documents": docs,
                "outlets": list(dict.fromkeys(o for doc in docs for o in outlets_of(doc))),
                "sentences": sorted({(r.document_id, r.start, r.end) for r in reports})}

    what = "event" if d.type == "generic" else d.type
    return {"kind": "date", "about": f"date of the {what}", "reasons": [d.reason],
            "sides": [side(s) for s in d.sides]}


def main_events_of(reports: Iterable[Any], cluster_of: Mapping[str, str]) -> list[tuple[Event, str]]:
    """(main event, cluster) for each report that is its document's main one."""
    return [(r.event, cluster_of.get(r.event.id, "")) for r in reports if r.main]
