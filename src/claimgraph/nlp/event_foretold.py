"""A deed a report's opening tells as done that the report then says is set for a later day.

Wire reports open in the past tense with what a body has decided ("The ministry summoned the
ambassador"), then quote it: "the ambassador will be summoned tomorrow at 14:00". The summons took
place on the day it was set for, not on the report's day; the two sentences tell one event. An
event dated to the report's day only by the report itself (its dateline, its stamp, the day a
statement is told on), followed by the next event of its type set for a day after the report's,
takes that day, and the two are one event.
"""
from __future__ import annotations

import re

from claimgraph.model import Event
from claimgraph.nlp.datelines import find_dateline, header_date
from claimgraph.nlp.doc import AnalyzedDoc
from claimgraph.nlp.event_cues import day_of_statement
from claimgraph.nlp.event_dating import STAMP

#: how many later events are looked at for the day a deed was set for, so the pass stays linear
WINDOW = 12
#: words by which the later telling is a second deed ("will meet again on Friday", "вновь вызовут")
_AGAIN = re.compile(r"(?i)(?<![^\W\d_])(?:again|another|once more|next|снова|вновь|опять|ещё раз|еще раз|повторно"
                    r"|очередн\w*|следующ\w*)(?![^\W\d_])")


def _words(names: list[str]) -> set[str]:
    return {w[:4].lower() for n in names for w in n.split() if len(w) > 2}


def _only_the_reports_day(doc: AnalyzedDoc, e: Event, day: str, line: int | None) -> bool:
    """``e`` is undated or dated to the report's day, and its sentence names no day of its own
    (its dateline or the page's stamp are the report's, "today" would be the deed's)."""
    if e.time is not None and (e.time.start, e.time.end) != (day, day):
        return False
    return all(d.start == line or STAMP.match(d.text or "") for d in doc.dates if e.start <= d.start < e.end)


def join_foretold(doc: AnalyzedDoc, events: list[Event]) -> list[Event]:
    """``events`` with each deed told as done and then as set for a later day made one event of
    that day (the later telling is dropped)."""
    stated = day_of_statement(doc)
    if stated is None or not stated.start:
        return events
    day = stated.start
    line = find_dateline(doc.text, doc.lang, doc.published or header_date(doc.text, doc.lang))
    at = line.date_start if line is not None else None
    dropped: set[int] = set()
    for k, e in enumerate(events):
        if k in dropped or not _only_the_reports_day(doc, e, day, at):
            continue
        for j in range(k + 1, min(len(events), k + 1 + WINDOW)):
            later = events[j]
            if later.type != e.type or j in dropped:
                continue
            ahead = (later.time is not None and later.time.start and later.time.start == later.time.end
                     and later.time.precision == "day" and later.time.start > day)
            if ahead and later.start >= e.end and not _AGAIN.search(doc.text, later.start, later.end) and not (
                    e.participants and later.participants and not _words(e.participants) & _words(later.participants)):
                e.time = later.time
                e.participants += [p for p in later.participants if p not in e.participants]
                dropped.add(j)
            break  # only the next event of its type can be its setting
    return [e for k, e in enumerate(events) if k not in dropped]


__all__ = ["join_foretold"]
