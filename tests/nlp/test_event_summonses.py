"""A summons told once by the diplomat's post and once by his name is one summons; summonses by two
states, or on two days, stay two."""
from __future__ import annotations


def _meetings(events):  # type: ignore[no-untyped-def]
    return [e for e in events if e.type == "meeting"]


def test_a_summons_told_by_post_and_by_name_is_one(events_in) -> None:  # type: ignore[no-untyped-def]
    events = events_in("Norway has summoned the Russian ambassador over the drone flights near its oil rigs. "
                       "The Norwegian foreign ministry said it summoned Nikolai Korchunov to its offices.",
                       "en", "2025-05-10")
    meetings = _meetings(events)
    assert len(meetings) == 1
    assert "Nikolai Korchunov" in meetings[0].participants


def test_summonses_by_two_states_stay_two(events_in) -> None:  # type: ignore[no-untyped-def]
    events = events_in("Norway summoned the Russian ambassador over the drone flights. "
                       "Finland summoned the Russian ambassador over the same flights.", "en", "2025-05-10")
    assert len(_meetings(events)) == 2


def test_summonses_on_two_days_stay_two(events_in) -> None:  # type: ignore[no-untyped-def]
    events = events_in("On 2 May Norway summoned the Russian ambassador over the drone flights. "
                       "On 9 May the foreign ministry summoned Nikolai Korchunov again.", "en", "2025-05-10")
    assert len(_meetings(events)) == 2


def test_a_summons_told_twice_in_russian_is_one(events_in) -> None:  # type: ignore[no-untyped-def]
    events = events_in("Норвегия вызвала посла России из-за полётов беспилотников у буровых платформ. "
                       "Министерство иностранных дел Норвегии сообщило, что вызвало Николая Корчунова в министерство.",
                       "ru", "2025-05-10")
    assert len(_meetings(events)) == 1
