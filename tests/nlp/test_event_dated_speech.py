"""A Russian statement dated to its own day is an announcement; what it says is no event of that day."""
from __future__ import annotations

from collections.abc import Callable

import pytest

from claimgraph.model import Event

Events = Callable[[str], list[Event]]


@pytest.fixture(scope="module")
def events_of(events_in: Callable[[str, str, str], list[Event]]) -> Events:
    return lambda text: events_in(text, "ru", "2025-06-20")


def test_a_statement_dated_on_its_verb_is_an_announcement_of_that_day(events_of: Events) -> None:
    text = "Министр обороны Казахстана Руслан Жаксылыков 18 июня отметил, что решение о размещении складов уже принято."
    events = events_of(text)
    assert [e.type for e in events] == ["announcement"]
    assert events[0].time is not None and events[0].time.start == "2025-06-18"
    assert "Руслан Жаксылыков" in events[0].participants


def test_a_day_inside_what_was_said_makes_no_dated_statement(events_of: Events) -> None:
    text = "Министр обороны Казахстана Руслан Жаксылыков отметил, что склады разместят 18 июня."
    assert [e for e in events_of(text) if e.type == "announcement"] == []
