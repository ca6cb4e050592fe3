"""A deed the opening tells as done and the report then sets for a later day took place that day."""
from __future__ import annotations

from collections.abc import Callable

from claimgraph.model import Event

EventsIn = Callable[[str, str, str], list[Event]]


def test_a_summons_the_opening_tells_as_done_takes_the_day_it_is_set_for(events_in: EventsIn) -> None:
    text = ("РИГА, 4 марта. /ТАСС/. МИД Латвии вызвал посла России Ивана Петрова после падения беспилотника "
            "под Резекне. Об этом говорится в заявлении ведомства.\n\n"
            "\"Посол будет вызван в министерство завтра в 11:00 для объяснений\", - уточняется в заявлении.")
    meetings = [e for e in events_in(text, "ru", "2024-03-04") if e.type == "meeting"]
    assert len(meetings) == 1
    assert meetings[0].time is not None and meetings[0].time.start == "2024-03-05"
    assert text.index("МИД Латвии") >= meetings[0].start


def test_a_deed_told_with_a_day_of_its_own_and_a_second_one_set_for_later_stay_two(events_in: EventsIn) -> None:
    text = ("Сегодня МИД Латвии вызвал посла России Ивана Петрова после падения беспилотника под Резекне.\n\n"
            "Посла снова вызовут в министерство завтра в 11:00.")
    meetings = [e for e in events_in(text, "ru", "2024-03-04") if e.type == "meeting"]
    assert [m.time.start if m.time else None for m in meetings][0] == "2024-03-04"
