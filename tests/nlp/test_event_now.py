"""An event told as going on now ("currently on a visit") is dated by the report's day, not a neighbour's."""
from __future__ import annotations

from collections.abc import Callable

from claimgraph.model import Event


def test_a_visit_going_on_now_takes_the_reports_day(events_in: Callable[[str, str, str], list[Event]]) -> None:
    text = ("The Turkish foreign minister, who is currently on a visit to Mongolia, praised the new railway. "
            "His previous trip to Mongolia took place on 2 May.")
    found = events_in(text, "en", "2025-06-20")
    now = next(e for e in found if e.start == 0)
    assert now.type == "visit" and now.time is not None and now.time.start == "2025-06-20"


def test_a_russian_visit_going_on_now_takes_the_reports_day(events_in: Callable[[str, str, str], list[Event]]) -> None:
    text = ("Министр иностранных дел Турции сейчас находится с визитом в Монголии. "
            "Предыдущий раз он приезжал в Улан-Батор 2 мая.")
    found = events_in(text, "ru", "2025-06-20")
    now = next(e for e in found if e.start == 0)
    assert now.type == "visit" and now.time is not None and now.time.start == "2025-06-20"


def test_without_a_present_adverb_the_neighbour_still_dates_the_event(
        events_in: Callable[[str, str, str], list[Event]]) -> None:
    text = "The Turkish foreign minister visited Mongolia. He arrived in Ulaanbaatar on 2 May."
    found = events_in(text, "en", "2025-06-20")
    assert found and found[0].time is not None and found[0].time.start == "2025-05-02"
