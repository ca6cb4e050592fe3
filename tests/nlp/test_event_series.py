"""A counted series of visits over a dated span is one event of a Russian report; a habit is none."""
from __future__ import annotations

from collections.abc import Callable

import pytest

from claimgraph.model import Event

Events = Callable[[str], list[Event]]


@pytest.fixture(scope="module")
def events_of(events_in: Callable[[str, str, str], list[Event]]) -> Events:
    return lambda text: events_in(text, "ru", "2025-09-25")


def test_visits_counted_since_a_date_are_one_visit_over_that_span(events_of: Events) -> None:
    text = "С прошлого года индийские инженеры посещали авиазавод в Казани более десяти раз."
    events = events_of(text)
    assert [e.type for e in events] == ["visit"]
    assert events[0].time is not None and events[0].time.start == "2024-01-01"


def test_a_series_told_after_another_event_is_no_stop_within_it(events_of: Events) -> None:
    text = ("Министерство финансов США 12 сентября ввело санкции против завода в Казани. "
            "Индийские инженеры посетили авиазавод в Казани более 10 раз, начиная с марта прошлого года.")
    assert sorted(e.type for e in events_of(text)) == ["sanction", "visit"]


def test_visits_counted_without_a_span_stay_a_habit(events_of: Events) -> None:
    assert events_of("Индийские инженеры посещали авиазавод в Казани более десяти раз.") == []


def test_a_span_without_a_count_stays_background(events_of: Events) -> None:
    assert events_of("С прошлого года индийские инженеры регулярно посещали авиазавод в Казани.") == []
