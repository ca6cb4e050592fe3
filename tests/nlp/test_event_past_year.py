"""A month or day without its year, told for a past act, is read in the year before a report it would follow."""
from __future__ import annotations

from collections.abc import Callable

import pytest

from claimgraph.model import Event, TimeRef
from claimgraph.nlp.event_past_year import year_before

EventsIn = Callable[[str, str, str], list[Event]]


@pytest.mark.parametrize(("text", "lang"), [
    ("In October, Finland summoned the Georgian charge d'affaires.", "en"),
    ("В октябре Финляндия вызвала временного поверенного в делах Грузии.", "ru"),
])
def test_a_past_act_in_a_month_after_the_report_is_in_the_year_before(
        events_in: EventsIn, text: str, lang: str) -> None:
    (event,) = events_in(text, lang, "2025-03-04")
    assert event.time is not None and (event.time.start, event.time.end) == ("2024-10-01", "2024-10-31")


def test_a_month_of_the_reports_own_year_said_as_such_is_not_moved(events_in: EventsIn) -> None:
    found = events_in("In October this year, Finland summoned the Georgian charge d'affaires.", "en", "2025-03-04")
    assert all(e.time is None or not e.time.start.startswith("2024") for e in found)


def test_a_month_before_the_report_keeps_its_year(events_in: EventsIn) -> None:
    (event,) = events_in("In February, Finland summoned the Georgian charge d'affaires.", "en", "2025-03-04")
    assert event.time is not None and event.time.start == "2025-02-01"


def test_year_before_moves_only_dates_without_a_year_after_the_report() -> None:
    october = TimeRef(start="2025-10-01", end="2025-10-31", precision="month", text="October")
    assert year_before(october, "October", "2025-03-04") == TimeRef(
        start="2024-10-01", end="2024-10-31", precision="month", text="October")
    assert year_before(october, "October 2025", "2025-03-04") is None
    assert year_before(october, "October", None) is None
    assert year_before(TimeRef(start="2025-02-01", end="2025-02-28", precision="month"), "February", "2025-03-04") is None
