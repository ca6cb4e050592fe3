"""An arrival told with the talks held there gives the visit beside the meeting."""
from __future__ import annotations

from collections.abc import Callable

import pytest

from claimgraph.model import Event

EventsIn = Callable[[str, str, str], list[Event]]


@pytest.mark.parametrize(("text", "lang"), [
    ("On Tuesday the Hungarian foreign minister arrived in Yerevan and met Prime Minister Nikol Pashinyan.", "en"),
    ("Во вторник министр иностранных дел Венгрии прибыл в Ереван и встретился с премьер-министром Николом Пашиняном.",
     "ru"),
    ("У вівторок міністр закордонних справ Угорщини прибув до Єревана і зустрівся з прем'єр-міністром Ніколом "
     "Пашиняном.", "uk"),
])
def test_arriving_and_meeting_is_a_visit_and_a_meeting(events_in: EventsIn, text: str, lang: str) -> None:
    found = events_in(text, lang, "2025-05-08")
    assert sorted(e.type for e in found) == ["meeting", "visit"]
    assert all(e.time is not None and e.time.start == "2025-05-06" for e in found)


def test_a_meeting_of_people_who_arrived_is_only_a_meeting(events_in: EventsIn) -> None:
    found = events_in("The delegates who arrived in Yerevan on Tuesday met Prime Minister Nikol Pashinyan.", "en",
                      "2025-05-08")
    assert [e.type for e in found] == ["meeting"]


def test_an_envoy_arriving_at_a_ministry_is_no_visit(events_in: EventsIn) -> None:
    found = events_in("У середу посол Грузії прибув до МЗС і зустрівся з заступником міністра.", "uk", "2025-05-08")
    assert "visit" not in [e.type for e in found]
