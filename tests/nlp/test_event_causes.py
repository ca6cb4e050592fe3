"""An incursion told as the cause of a protest keeps its own day, not the protest's."""
from __future__ import annotations

from collections.abc import Callable

import pytest

from claimgraph.model import Event

EventsIn = Callable[[str, str, str], list[Event]]


def _incursion_days(events: list[Event]) -> list[str | None]:
    return [e.time.start if e.time else None for e in events if e.type == "other"]


@pytest.mark.parametrize("text", [
    "On Thursday Lithuania gave the Belarusian envoy a protest note in connection with the violation of its airspace "
    "by two balloons.",
    "On Thursday Lithuania summoned the Belarusian envoy over the violation of its airspace by two balloons.",
])
def test_the_day_of_a_protest_does_not_date_the_incursion_it_answers(events_in: EventsIn, text: str) -> None:
    assert "2025-06-19" not in _incursion_days(events_in(text, "en", "2025-06-20"))


def test_an_unlawful_flight_over_an_airspace_is_an_incursion_of_its_own_day(events_in: EventsIn) -> None:
    text = ("On June 19 the ministry summoned the envoy in connection with the illegal flight of two drones over "
            "the airspace of Lithuania on June 18.")
    assert _incursion_days(events_in(text, "en", "2025-06-20")) == ["2025-06-18"]


def test_a_flight_over_neutral_waters_is_no_incursion(events_in: EventsIn) -> None:
    text = "On June 18 the flight of the bombers over neutral waters followed the rules, the ministry said."
    assert _incursion_days(events_in(text, "en", "2025-06-20")) == []


def test_a_day_closing_the_cause_of_a_summons_is_not_the_summons_day(events_in: EventsIn) -> None:
    text = ("МИД Литвы сообщил, что вызвал посла Белоруссии после пролета двух аэростатов над северными "
            "районами страны утром 3 октября.")
    meetings = [e for e in events_in(text, "ru", "2025-10-05") if e.type == "meeting"]
    assert meetings and all(e.time is None or e.time.start != "2025-10-03" for e in meetings)


def test_a_day_before_the_cause_is_the_acts_day(events_in: EventsIn) -> None:
    text = "Lithuania summoned the Belarusian envoy on Friday after two balloons crossed its border."
    (meeting,) = [e for e in events_in(text, "en", "2025-10-05") if e.type == "meeting"]
    assert meeting.time is not None and meeting.time.start == "2025-10-03"


def test_the_day_of_an_event_still_to_come_does_not_date_the_act_told_before_it(events_in: EventsIn) -> None:
    found = events_in("The Hungarian minister's visit to Baku came ahead of Tuesday's opening of the pipeline.",
                      "en", "2025-06-20")
    visit = next(e for e in found if e.type == "visit")
    assert visit.time is None or visit.time.start != "2025-06-17"


def test_a_russian_day_told_for_the_summit_ahead_is_not_the_meetings(events_in: EventsIn) -> None:
    found = events_in("Министры провели переговоры в Баку накануне саммита 23 июня.", "ru", "2025-06-25")
    meeting = next(e for e in found if e.type == "meeting")
    assert meeting.time is None or meeting.time.start != "2025-06-23"
