"""A statement dated only by the report's day takes the day a later telling of the same statement
names, so its tellings merge; a telling before it, another speaker or another type lends no day."""
from __future__ import annotations

from claimgraph.model import Event, TimeRef
from claimgraph.nlp.event_default_day import day_of_later_telling

_FILED = TimeRef(start="2025-03-11", end="2025-03-11", precision="day")
_MONDAY = TimeRef(start="2025-03-10", end="2025-03-10", precision="day")


def _event(kind: str, participants: list[str], start: int, time: TimeRef | None) -> Event:
    return Event(id=f"e{start}", document_id="d", type=kind, time=time, place=None,
                 participants=participants, start=start, end=start + 10)


def test_an_undated_statement_takes_the_day_its_later_telling_names() -> None:
    lead = _event("announcement", ["Finnish foreign ministry"], 0, _FILED)
    briefing = _event("announcement", ["Finnish foreign ministry", "Aino Virtanen"], 40, _MONDAY)
    day_of_later_telling([lead, briefing], frozenset({lead.id}))
    assert lead.time == _MONDAY


def test_a_statement_dated_by_its_own_sentence_keeps_its_day() -> None:
    first = _event("announcement", ["Finnish foreign ministry"], 0, _FILED)
    briefing = _event("announcement", ["Finnish foreign ministry"], 40, _MONDAY)
    day_of_later_telling([first, briefing], frozenset())
    assert first.time == _FILED


def test_another_speaker_or_another_type_lends_no_day() -> None:
    lead = _event("announcement", ["Finnish foreign ministry"], 0, _FILED)
    other = _event("announcement", ["Norwegian defence ministry"], 40, _MONDAY)
    talks = _event("meeting", ["Finnish foreign ministry"], 80, _MONDAY)
    day_of_later_telling([lead, other, talks], frozenset({lead.id}))
    assert lead.time == _FILED


def test_a_telling_before_the_statement_lends_no_day() -> None:
    earlier = _event("announcement", ["Finnish foreign ministry"], 0, _MONDAY)
    answer = _event("announcement", ["Finnish foreign ministry"], 40, _FILED)
    day_of_later_telling([earlier, answer], frozenset({answer.id}))
    assert answer.time == _FILED


def test_the_two_tellings_of_a_statement_are_one_event_on_the_day_named(events_in) -> None:  # type: ignore[no-untyped-def]
    events = events_in("Spokesperson Aino Virtanen told reporters at a briefing that the quota talks would resume. "
                       "Virtanen said on Monday that the talks would resume in Oslo.", "en", "2025-03-11")
    assert [(e.type, e.time.start if e.time else None) for e in events] == [("announcement", "2025-03-10")]


def test_statements_of_two_speakers_stay_two(events_in) -> None:  # type: ignore[no-untyped-def]
    events = events_in("Spokesperson Aino Virtanen told reporters at a briefing that the quota talks would resume. "
                       "Minister Elina Valtonen said on Monday that the talks would resume in Oslo.", "en", "2025-03-11")
    assert len([e for e in events if e.type == "announcement"]) == 2
