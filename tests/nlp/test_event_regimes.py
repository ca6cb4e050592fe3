"""A period or a regime declared in force (a day of mourning, a state of emergency) is a measure taken,
an ``other`` event, not an announcement."""
from __future__ import annotations

from collections.abc import Callable

from claimgraph.model import Event


def test_a_state_of_emergency_declared_on_a_day_is_a_measure(events_in: Callable[[str, str, str], list[Event]]) -> None:
    events = events_in("On Thursday the government declared a state of emergency in three northern provinces.",
                       "en", "2025-06-20")
    assert [(e.type, e.time.start if e.time else None) for e in events] == [("other", "2025-06-19")]


def test_a_russian_regime_declared_on_a_day_is_a_measure(events_in: Callable[[str, str, str], list[Event]]) -> None:
    events = events_in("20 июня в Тверской области объявлен режим чрезвычайной ситуации.", "ru", "2025-06-20")
    assert [e.type for e in events] == ["other"]
