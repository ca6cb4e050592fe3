"""A sitting of a council or commission is its members' meeting, also where it is only the setting."""
from __future__ import annotations

from collections.abc import Callable

from claimgraph.model import Event

EventsIn = Callable[[str, str, str], list[Event]]


def test_a_statement_made_after_a_council_sitting_gives_the_meeting_too(events_in: EventsIn) -> None:
    found = events_in("Премьер-министр Казахстана заявил об этом во вторник по итогам заседания "
                      "Евразийского межправительственного совета в Алматы.", "ru", "2025-04-03")
    assert sorted(e.type for e in found) == ["announcement", "meeting"]
    meeting = next(e for e in found if e.type == "meeting")
    assert meeting.time is not None and meeting.time.start == "2025-04-01"


def test_a_council_sitting_told_alone_is_a_meeting(events_in: EventsIn) -> None:
    found = events_in("Во вторник в Алматы прошло заседание межправительственной комиссии по торговле.", "ru",
                      "2025-04-03")
    assert [e.type for e in found] == ["meeting"]


def test_a_plenary_sitting_of_a_forum_is_no_meeting(events_in: EventsIn) -> None:
    found = events_in("Во вторник в Алматы прошло пленарное заседание Форума регионов.", "ru", "2025-04-03")
    assert "meeting" not in [e.type for e in found]
