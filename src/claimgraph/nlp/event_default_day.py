"""A statement dated only by the report's day takes the day a later telling of it gives; an act
told with no day at all is the news of the report's day.

A report tells a statement in several sentences: "the foreign ministry said …", then "the
ministry's spokesman said at a briefing on Monday …". A statement whose sentence names no day gets
the day the report was filed (:func:`claimgraph.nlp.event_cues.day_of_statement`) as a default;
kept, that default disagrees with the day the later telling names and the two tellings stay two
statements. So before the tellings merge, a statement dated only by default takes the day of the
first later telling of its type and speaker that names its own day. A telling before it does not
lend its day: "Z spoke on Thursday; the ministry answered …" are two statements.
"""
from __future__ import annotations

import re

from claimgraph.model import Event, TimeRef
from claimgraph.nlp.event_retold import share_a_party

#: how many later events are compared with each statement, so a hostile document stays linear
WINDOW = 30


def day_of_later_telling(events: list[Event], by_default: frozenset[str]) -> list[Event]:
    """Give each event of ``by_default`` (ids of events dated only by the report's day) the day of
    the first later event of its type that is dated by its own sentence and shares a party with it;
    the events are changed in place and returned."""
    for i, e in enumerate(events):
        if e.id not in by_default or not e.participants:
            continue
        later = next((o for o in events[i + 1:i + 1 + WINDOW] if o.type == e.type and o.id not in by_default
                      and o.time is not None and o.time.precision == "day" and o.participants
                      and share_a_party(e.participants, o.participants, e.type)), None)
        if later is not None:
            e.time = later.time
    return events


#: the types of event an undated report of the news places on the report's day
ACTS = frozenset({"other", "agreement", "meeting", "visit", "sanction", "exhibition"})


#: words that put an act before the report's day ("Earlier, the ministry said", "Ранее сообщалось")
_BEFORE = re.compile(r"(?<![^\W\d_])(?:earlier|previously|before|ранее|раньше|прежде|перед\s+этим|накануне)(?![^\W\d_])",
                     re.IGNORECASE)


def on_report_day(events: list[Event], day: TimeRef | None, text: str, date_starts: list[int]) -> list[Event]:
    """An act the report (``text``, whose dates begin at ``date_starts``) tells with no day anywhere
    near it ("drones struck the plant, the governor said") is the news of the report's ``day``,
    unless its sentence names a date (which then belongs to something else), puts it earlier, or the
    report dates another act of its type to another day (then it may be that one or an earlier
    one); the events are changed in place."""
    if day is None:
        return events
    for e in events:
        if e.time is not None or e.type not in ACTS or _BEFORE.search(text[e.start:e.end]):
            continue
        if any(e.start <= d < e.end for d in date_starts):
            continue
        if all(o.time is None or (o.time.start, o.time.end) == (day.start, day.end) for o in events if o.type == e.type):
            e.time = day
    return events


__all__ = ["ACTS", "day_of_later_telling", "on_report_day"]
