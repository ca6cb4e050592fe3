"""A future event whose day a sentence just after it sets is a scheduled event of that day."""
from __future__ import annotations

from collections.abc import Callable

import pytest

from claimgraph.model import Event

Events = Callable[[str], list[Event]]


@pytest.fixture(scope="module")
def events_of(events_in: Callable[[str, str, str], list[Event]]) -> Events:
    return lambda text: events_in(text, "ru", "2025-05-12")


def test_a_meeting_set_for_a_day_in_the_next_sentence_takes_that_day(events_of: Events) -> None:
    text = ("Премьер-министр Казахстана проведёт встречу с президентом Узбекистана в Ташкенте. "
            "Мероприятие запланировано на четверг, 15 мая.")
    events = events_of(text)
    assert [e.type for e in events] == ["meeting"]
    assert events[0].time is not None and events[0].time.start == "2025-05-15"


def test_a_future_meeting_whose_next_sentence_sets_nothing_stays_an_intention(events_of: Events) -> None:
    text = ("Премьер-министр Казахстана проведёт встречу с президентом Узбекистана в Ташкенте. "
            "Об этом 12 мая сообщила пресс-служба правительства.")
    assert [e for e in events_of(text) if e.type == "meeting"] == []
