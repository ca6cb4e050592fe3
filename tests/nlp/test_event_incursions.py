"""An airspace incursion is an event of its day; a summoned diplomat is a meeting; requested
consultations are the requester's announcement; a statement about an incursion is the speaker's
announcement. An incursion denied, negated or planned is none, and one incursion told twice is one."""
from __future__ import annotations

from collections.abc import Callable

import pytest

from claimgraph.model import Event
from claimgraph.nlp.event_words import word_event

Events = Callable[[str], list[Event]]


@pytest.fixture(scope="module")
def english(events_in: Callable[[str, str, str], list[Event]]) -> Events:
    return lambda text: events_in(text, "en", "2025-06-20")


@pytest.fixture(scope="module")
def russian(events_in: Callable[[str, str, str], list[Event]]) -> Events:
    return lambda text: events_in(text, "ru", "2025-06-20")


def _of(events: list[Event], kind: str) -> list[Event]:
    return [e for e in events if e.type == kind]


def test_jets_entering_a_states_airspace_are_an_incursion_of_that_day(english: Events) -> None:
    (event,) = _of(english("On Thursday morning, two Russian fighter jets entered Latvian airspace near Liepaja "
                           "without permission."), "other")
    assert event.time is not None and event.time.start == "2025-06-19"


def test_a_drone_violating_airspace_is_an_incursion_in_russian(russian: Events) -> None:
    (event,) = _of(russian("В ночь на 18 июня российский беспилотник нарушил воздушное пространство Литвы."), "other")
    assert event.time is not None and event.time.start == "2025-06-18"


def test_a_drone_flying_into_a_country_is_an_incursion(english: Events) -> None:
    assert len(_of(english("A Russian drone flew into Moldova on Wednesday, June 18, the army said."), "other")) == 1


@pytest.mark.parametrize("text", [
    "The ministry denied on Thursday that its jets violated Finnish airspace.",
    "Russian jets did not enter Latvian airspace, the ministry said.",
    "Drones could enter Polish airspace again if the attacks go on.",
    "Russian drones have repeatedly violated Romanian airspace.",
    "The missile system has entered combat duty in Belarus, the president said in his address.",  # no entry
])
def test_an_incursion_denied_negated_planned_or_habitual_is_none(english: Events, text: str) -> None:
    assert _of(english(text), "other") == []


def test_one_incursion_told_twice_is_one_event(english: Events) -> None:
    events = english("On Thursday, two Russian jets entered Latvian airspace near Liepaja. "
                     "The jets violated Latvian airspace for four minutes before turning back.")
    assert len(_of(events, "other")) == 1


def test_a_summoned_ambassador_is_a_meeting(english: Events) -> None:
    (event,) = _of(english("The Latvian Foreign Ministry summoned the Russian ambassador on Thursday."), "meeting")
    assert event.time is not None and event.time.start == "2025-06-19"


def test_a_summoned_charge_d_affaires_is_a_meeting_in_russian(russian: Events) -> None:
    (event,) = _of(russian("МИД Литвы вызвал временного поверенного в делах России."), "meeting")
    assert event.time is not None and event.time.start == "2025-06-20"  # the report's day


def test_requested_consultations_are_an_announcement_not_a_meeting(english: Events, russian: Events) -> None:
    for events in (english("Lithuania requested consultations under Article 4 of the NATO treaty."),
                   russian("Литва запросила консультации с союзниками по НАТО.")):
        assert _of(events, "meeting") == []
        assert len(_of(events, "announcement")) == 1


def test_a_ministry_telling_an_incursion_makes_a_statement_too(english: Events) -> None:
    events = english("The Lithuanian defence ministry said a Russian drone entered its airspace on Thursday.")
    (incursion,) = _of(events, "other")
    assert incursion.time is not None and incursion.time.start == "2025-06-19"
    (statement,) = _of(events, "announcement")
    assert any("ministry" in p.lower() for p in statement.participants)


def test_ukrainian_incursion_summons_and_request_words() -> None:
    assert word_event("порушив", "uk", "російський дрон порушив повітряний простір литви") == "other"
    assert word_event("порушив", "uk", "він порушив правила") is None
    assert word_event("викликало", "uk", "мзс викликало посла росії") == "meeting"
    assert word_event("запросила", "uk", "литва запросила консультації з нато") == "announcement"


def test_an_office_rejecting_the_protest_speaks_on_its_day_and_leaves_the_violation_undated(english: Events) -> None:
    events = english("On Thursday, the Russian embassy rejected the protest over the violation of Latvian airspace.")
    (statement,) = _of(events, "announcement")
    assert statement.time is not None and statement.time.start == "2025-06-19"
    assert any("embassy" in p.lower() for p in statement.participants)
    assert all(e.time is None for e in _of(events, "other"))


def test_a_statement_told_as_background_is_undated(russian: Events) -> None:
    events = russian("Ранее Генштаб Литвы заявил, что российский беспилотник нарушил воздушное пространство страны.")
    (statement,) = _of(events, "announcement")
    assert statement.time is None


def test_a_violation_named_without_a_day_is_the_reports_one_incursion(russian: Events) -> None:
    text = ("«Министерство решительно осуждает грубое нарушение воздушного пространства Литвы двумя дронами», "
            "говорится в заявлении.\n\n"
            "Ранее министр обороны уточнил, что при ночном ударе России по Украине два беспилотника пересекли "
            "воздушное пространство Литвы.")
    days = {e.time.start if e.time else None for e in _of(russian(text), "other")}
    assert days == {"2025-06-20"}


def test_a_violation_named_first_as_the_cause_of_a_summons_is_the_incursion_told_later(english: Events) -> None:
    events = english("The ministry summoned the Russian ambassador over the violation of its airspace on Wednesday. "
                     "During a large strike on Ukraine on the night of 18 June, Russian drones also entered the "
                     "airspace of Moldova.")
    assert any("Moldova" in e.participants for e in _of(events, "other"))
    assert all(e.time is not None and e.time.start == "2025-06-18" for e in _of(events, "other"))


def test_an_incursion_during_an_attack_on_another_state_is_an_event_beside_the_attack(english: Events) -> None:
    events = english("During a large strike on Ukraine on the night of 18 June, Russian drones also entered the "
                     "airspace of Moldova.")
    assert len(_of(events, "other")) == 2
    assert any("Moldova" in e.participants for e in _of(events, "other"))


def test_aircraft_crossing_a_border_or_seen_on_a_day_are_an_incursion(english: Events, russian: Events) -> None:
    assert len(_of(russian("18 июня границу страны пересекли три беспилотника."), "other")) == 1
    assert len(_of(english("On Wednesday, four drones were spotted flying over the capital of Peru."), "other")) == 1
    assert _of(english("Drones are often spotted over the capital."), "other") == []


def test_a_summons_told_first_and_then_with_its_day_is_one_meeting_on_that_day(russian: Events) -> None:
    (meeting,) = _of(russian("МИД Перу вызвал посла Чили Хорхе Переса. «Посол будет вызван завтра в 14:00 в МИД для "
                             "дачи объяснений», — уточняется в сообщении."), "meeting")
    assert meeting.time is not None and meeting.time.start == "2025-06-21"


def test_a_summons_retold_under_the_ministrys_short_name_is_one_meeting(russian: Events) -> None:
    events = russian("Министерство иностранных дел Перу вызвало посла Чили после инцидента с дронами. Отмечается, "
                     "что посла Чили Хорхе Переса вызвали в МИД Перу для получения разъяснений.")
    assert len(_of(events, "meeting")) == 1


def test_a_diplomat_arriving_at_the_foreign_ministry_is_the_summons(english: Events, russian: Events) -> None:
    assert [e.type for e in english("On Thursday, the Chilean ambassador arrived at the Foreign Ministry of Peru.")] == [
        "meeting"]
    assert [e.type for e in russian("В четверг посол Чили прибыл в МИД Перу.")] == ["meeting"]
    assert word_event("прибув", "uk", "у четвер посол чилі прибув до мзс перу.") == "meeting"


def test_a_president_arriving_in_a_capital_is_still_a_visit(english: Events) -> None:
    assert [e.type for e in english("On Thursday, the Chilean president arrived in Lima.")] == ["visit"]


def test_an_outlet_passing_news_on_makes_no_statement_in_ukrainian() -> None:
    assert word_event("повідомило", "uk", "про це повідомило видання перу21 й оприлюднило фото.") is None
    assert word_event("повідомило", "uk", "про це повідомило міноборони перу.") == "announcement"


def test_a_protest_made_to_a_diplomat_is_a_meeting(english: Events, russian: Events) -> None:
    for text in ("Peru's foreign ministry handed a formal protest to the Chilean ambassador on Wednesday.",
                 "Peru's foreign ministry handed the Chilean ambassador a formal protest on Wednesday."):
        (meeting,) = _of(english(text), "meeting")
        assert meeting.time is not None and meeting.time.start == "2025-06-18"
    assert len(_of(russian("18 июня МИД Перу выразил протест послу Чили Хорхе Пересу."), "meeting")) == 1
    assert _of(english("The minister protested against the decision on Wednesday."), "meeting") == []


def test_a_flight_of_drones_named_beside_a_summons_is_the_incursion_not_dated_by_the_summons(english: Events) -> None:
    events = english("The ministry summoned the Chilean ambassador on 18 June over the illegal flight of six drones.")
    (incursion,) = _of(events, "other")
    assert incursion.time is None
    assert _of(english("The airline cancelled the flight of its plane on 18 June."), "other") == []
