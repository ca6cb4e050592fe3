"""Events of a night the report names without a date, and what was said about them earlier that day."""
from __future__ import annotations

from collections.abc import Callable

from claimgraph.model import Event

EventsIn = Callable[[str, str, str], list[Event]]


def test_an_incursion_in_a_nights_attack_and_the_earlier_word_of_it_are_of_the_reports_day(
        events_in: EventsIn) -> None:
    text = ("Ранее министр обороны Латвии Андрис Спрудс сообщил, что в ходе ночной атаки два беспилотника "
            "нарушили воздушное пространство Латвии.")
    events = events_in(text, "ru", "2024-08-14")
    kinds = {e.type: e.time.start if e.time else None for e in events}
    assert kinds.get("other") == "2024-08-14"
    assert kinds.get("announcement") == "2024-08-14"


def test_an_earlier_word_of_no_day_stays_undated(events_in: EventsIn) -> None:
    text = ("Ранее министр обороны Латвии Андрис Спрудс сообщил, что два беспилотника нарушили "
            "воздушное пространство Латвии.")
    said = [e for e in events_in(text, "ru", "2024-08-14") if e.type == "announcement"]
    assert all(e.time is None for e in said)
