"""Talks, visits and signings are told on after their first report: what their parties said there,
and the talks they held, are part of them.

- **party speech**: a report of talks, a visit or a signing goes on with what its parties said
  there ("Putin said at a press conference after the signing", "«…», — сказал Пезешкиан"). An
  announcement whose speakers are all people taking part in a visit, agreement or exhibition of
  the same report, on the same day or with no day of its own, is left out;
- **talks as a setting**: "In talks with Putin, Kim stated …", "the result of their meeting",
  "на сегодняшних переговорах": a meeting noun in an oblique or modifying place of its sentence is
  where something else was said or done. When a visit or a signing of the report, on its day,
  already has all the people taking part, those talks are part of that visit, not a meeting of their own.

A statement by anyone else (a spokesman of a third state, a ministry commenting on an incursion),
and talks told as what happened ("the two leaders held talks"), stay events.
"""
from __future__ import annotations

from claimgraph.model import Event
from claimgraph.nlp.doc import Sentence
from claimgraph.nlp.event_retold import share_a_party

#: the events whose parties speak as part of them (a summoned diplomat's words after the summons, a
#: meeting, are a statement of their own)
_GATHERINGS = frozenset({"visit", "agreement", "exhibition"})
#: the events talks can be held within
_HOSTS = frozenset({"visit", "agreement"})
#: the places of a noun that is the setting of its sentence, not what it tells
_SETTING = frozenset({"obl", "nmod"})


def _same_day(a: Event, b: Event) -> bool:
    return a.time is None or b.time is None or (a.time.start, a.time.end) == (b.time.start, b.time.end)


def party_speech(event: Event, events: list[Event], people: frozenset[str]) -> bool:
    """Whether the announcement ``event`` is said only by people (names in ``people``) who take part
    in a gathering of ``events`` on its day."""
    if event.type != "announcement" or not event.participants or not all(p in people for p in event.participants):
        return False
    return any(o.type in _GATHERINGS and _same_day(o, event) and all(p in o.participants for p in event.participants)
               for o in events)


def talks_as_setting(sent: Sentence, trigger: int, kind: str) -> bool:
    """A meeting noun in an oblique or modifying place ("in talks with Putin, Kim stated", "the result
    of their meeting"): the setting of what its sentence tells."""
    tok = sent.tokens[trigger]
    return kind == "meeting" and tok.pos == "NOUN" and tok.dep.split(":")[0] in _SETTING


def _within_host(event: Event, events: list[Event], people: frozenset[str]) -> bool:
    """Whether a visit or signing of ``events`` on the day of ``event`` has all its people."""
    persons = [p for p in event.participants if p in people]
    return bool(persons) and any(
        o.type in _HOSTS and _same_day(o, event) and all(share_a_party([p], o.participants) for p in persons)
        for o in events)


def without_party_speech(events: list[Event], people: frozenset[str], settings: frozenset[str] = frozenset()) -> list[Event]:
    """``events`` without the announcements their gatherings' parties make (see :func:`party_speech`)
    and without the talks (ids in ``settings``) held within a visit or signing of the same parties."""
    return [e for e in events if not party_speech(e, events, people)
            and not (e.id in settings and _within_host(e, events, people))]


__all__ = ["party_speech", "talks_as_setting", "without_party_speech"]
