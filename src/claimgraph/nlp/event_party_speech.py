"""What the parties of a report's event say on its day is part of that event.

A report of talks, a visit or a signing goes on with what its parties said there ("Putin said at a
press conference after the talks", "«…», — сказал Пезешкиан", "the minister told reporters during
the tour"). Those words are the event told on, not a statement of its own: an announcement whose
speakers are all people taking part in a meeting, visit, agreement or exhibition of the same
report, on the same day or with no day of its own, is left out. A statement by anyone else (a
spokesman of a third state, a ministry commenting on an incursion) stays an event.
"""
from __future__ import annotations

from claimgraph.model import Event

#: the events whose parties speak as part of them
_GATHERINGS = frozenset({"meeting", "visit", "agreement", "exhibition"})


def _same_day(a: Event, b: Event) -> bool:
    return a.time is None or b.time is None or (a.time.start, a.time.end) == (b.time.start, b.time.end)


def party_speech(event: Event, events: list[Event], people: frozenset[str]) -> bool:
    """Whether the announcement ``event`` is said only by people (names in ``people``) who take part
    in a gathering of ``events`` on its day."""
    if event.type != "announcement" or not event.participants or not all(p in people for p in event.participants):
        return False
    return any(o.type in _GATHERINGS and _same_day(o, event) and all(p in o.participants for p in event.participants)
               for o in events)


def without_party_speech(events: list[Event], people: frozenset[str]) -> list[Event]:
    """``events`` without the announcements their gatherings' parties make (see :func:`party_speech`)."""
    return [e for e in events if not party_speech(e, events, people)]


__all__ = ["party_speech", "without_party_speech"]
