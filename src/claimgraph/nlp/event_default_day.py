"""A statement dated only by the report's day takes the day a later telling of it gives.

A report tells a statement in several sentences: "the foreign ministry said …", then "the
ministry's spokesman said at a briefing on Monday …". A statement whose sentence names no day gets
the day the report was filed (:func:`claimgraph.nlp.event_cues.day_of_statement`) as a default;
kept, that default disagrees with the day the later telling names and the two tellings stay two
statements. So before the tellings merge, a statement dated only by default takes the day of the
first later telling of its type and speaker that names its own day. A telling before it does not
lend its day: "Z spoke on Thursday; the ministry answered …" are two statements.
"""
from __future__ import annotations

from claimgraph.model import Event
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


__all__ = ["day_of_later_telling"]
