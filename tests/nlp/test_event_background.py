"""The context of a report names kinds of events, not events: spans up to now, repetitions,
purposes and attempts, descriptions of nouns, retold announcements; and one real-world event told
several times in a report is one event."""
from __future__ import annotations

from collections.abc import Callable

import pytest

from claimgraph.model import Event
from claimgraph.nlp.dates import DateComponent
from claimgraph.nlp.doc import AnalyzedDoc
from claimgraph.nlp.events import find_events

Analyse = Callable[[str, str], AnalyzedDoc]
Events = Callable[..., list[Event]]


@pytest.fixture(scope="module")
def events_of(analyse: Analyse) -> Events:
    dates = DateComponent()

    def run(text: str, lang: str = "en", published: str | None = "2025-04-03") -> list[Event]:
        doc = analyse(text, lang)
        doc.published = published
        return find_events(dates(doc))

    return run


@pytest.mark.parametrize(("text", "lang"), [
    ("Since 2021, Norway has imposed sanctions on about forty firms in Asia.", "en"),
    ("Engineers from Chile have visited the Tromso plant eight times since the spring of last year.", "en"),
    ("This was the minister's first visit to Bergen since 2019.", "en"),
    ("С 2021 года Норвегия ввела санкции против сорока фирм из Азии.", "ru"),
])
def test_an_activity_going_on_since_a_past_date_is_no_event(events_of: Events, text: str, lang: str) -> None:
    assert events_of(text, lang) == []


def test_a_span_that_starts_on_a_named_day_starts_with_the_event(events_of: Events) -> None:
    (event,) = events_of("Комплекс «Гроза» с 2 апреля заступил на боевое дежурство в Гродно.", "ru")
    assert event.type == "other"
    assert event.time is not None and event.time.start == "2025-04-02"


@pytest.mark.parametrize("text", [
    "Engineers from Chile have repeatedly visited the Tromso plant.",
    "Inspectors from Peru visited the Tromso plant on several occasions.",
])
def test_a_repeated_activity_is_no_event(events_of: Events, text: str) -> None:
    assert events_of(text) == []


@pytest.mark.parametrize("text", [
    "The army of Freedonia uses the new drones to attack bridges and depots far behind the front.",
    "A second drone tried to attack the fuel depot near Tromso.",
])
def test_what_a_weapon_is_used_for_or_an_attempt_is_no_strike(events_of: Events, text: str) -> None:
    assert events_of(text) == []


def test_a_strike_told_outright_is_still_an_event(events_of: Events) -> None:
    (event,) = events_of("Drones attacked a fuel depot near Tromso on Tuesday.")
    assert (event.type, event.time.start if event.time else None) == ("other", "2025-04-01")


@pytest.mark.parametrize("text", [
    "A sanctioned shipyard in Bergen delivered two hulls to the navy.",
    "Oslo has always kept an objective and fair position on the dispute.",
])
def test_an_event_word_that_describes_a_noun_is_no_event(events_of: Events, text: str) -> None:
    assert events_of(text) == []


def test_a_fair_named_by_a_compound_is_an_exhibition(events_of: Events) -> None:
    text = "Vestby Drones used this week's NORDEX defence fair in Oslo to unveil a new loitering munition."
    assert [e.type for e in events_of(text)] == ["exhibition"]


def test_announcing_what_the_report_told_is_no_second_event(events_of: Events) -> None:
    text = ("The Council of Freedonia approved a new package of sanctions against Ruritania on Monday. "
            "The decision was announced on Monday by the council's press office.")
    assert [e.type for e in events_of(text, published="2025-03-31")] == ["sanction"]


def test_an_attack_told_again_without_a_date_is_the_same_attack(events_of: Events) -> None:
    text = ("Drones attacked two plants in Tromso and Bodo on Tuesday morning. "
            "Two drones struck a warehouse in Bodo, the regional governor Ola Hansen said. "
            "Another drone hit a dormitory in Tromso.")
    events = events_of(text)
    assert [e.type for e in events] == ["other"]
    assert events[0].time is not None and events[0].time.start == "2025-04-01"
    assert events[0].start == 0


def test_talks_told_again_without_a_date_are_the_same_talks(events_of: Events) -> None:
    text = ("President Ivan Petrov held talks with Prime Minister Ola Hansen in Oslo on Monday. "
            "During the talks, Hansen and Petrov discussed fishing quotas.")
    assert [e.type for e in events_of(text)] == ["meeting"]


def test_a_second_dated_event_of_a_type_stays_apart(events_of: Events) -> None:
    text = ("President Ivan Petrov met Prime Minister Ola Hansen in Oslo on Monday. "
            "Last September, Petrov met the Chilean president Ana Soto in Santiago.")
    assert len([e for e in events_of(text) if e.type == "meeting"]) == 2


@pytest.mark.parametrize("text", [
    "In March, the army of Freedonia launched nearly 4,000 drones at Ruritania.",
    "Last year, drones already attacked the refinery in Tromso.",
])
def test_strikes_dated_only_to_a_month_or_a_year_are_a_sum_or_a_recollection(
        events_of: Events, text: str) -> None:
    assert events_of(text) == []


def test_a_seizure_told_with_its_month_is_one_act(events_of: Events) -> None:
    text = "A cargo of 20,000 chips was seized by customs officers at the port of Bergen in October 2024."
    (event,) = events_of(text)
    assert (event.type, event.time.precision if event.time else None) == ("other", "month")


@pytest.mark.parametrize("text", [
    "Freedonia has stepped up regular attacks on ports in Ruritania.",
    "The plant is part of a wider effort to increase drone attacks on Ruritania.",
    "Experts from Chile made repeated trips to the Tromso plant.",
])
def test_a_trend_or_a_habit_of_attacks_or_trips_is_no_event(events_of: Events, text: str) -> None:
    assert events_of(text) == []


@pytest.mark.parametrize("text", [
    "The Tromso plant received a shipment of Chilean-made attack and surveillance drones.",
    "The long-range attack unmanned aerial vehicle was shown to the press.",
])
def test_an_attack_noun_before_a_weapon_names_the_weapon(events_of: Events, text: str) -> None:
    assert [e for e in events_of(text) if e.type == "other"] == []


def test_an_attack_before_a_time_noun_is_the_attack(events_of: Events) -> None:
    (event,) = events_of("The drone attack last night damaged a depot in Tromso.")
    assert event.type == "other"


def test_an_event_takes_the_date_of_its_own_clause_not_the_nearest(events_of: Events) -> None:
    text = ("On March 3, 2025, the Treasury of Freedonia announced the imposition of new sanctions "
            "over the journalist Ana Soto, who was arrested on February 26, 2025.")
    (event,) = events_of(text, published="2025-03-04")
    assert (event.type, event.time.start if event.time else None) == ("sanction", "2025-03-03")


def test_a_dated_arrival_after_a_signing_is_the_visit_itself(events_of: Events) -> None:
    text = ("President Ivan Petrov and Prime Minister Ola Hansen signed a fishing treaty in Oslo on Tuesday. "
            "Petrov arrived in the Norwegian capital in the evening of 31 March.")
    events = events_of(text)
    visits = [e for e in events if e.type == "visit"]
    assert [(e.time.start if e.time else None) for e in visits] == ["2025-03-31"]


@pytest.mark.parametrize("text", [
    "The yard in Bergen doubled its output despite sanctions imposed by Freedonia.",
    "Несмотря на санкции, завод в Гродно удвоил выпуск.",
])
def test_sanctions_as_a_standing_condition_are_no_event(events_of: Events, text: str) -> None:
    lang = "ru" if "завод" in text else "en"
    assert events_of(text, lang) == []


def test_a_thing_that_arrives_is_no_visit(events_of: Events) -> None:
    assert [e for e in events_of("A drone arrived at the fuel depot near Tromso.") if e.type == "visit"] == []


def test_a_delegation_that_arrives_is_a_visit(events_of: Events) -> None:
    (event,) = events_of("A delegation from Chile arrived in Oslo on Tuesday.")
    assert event.type == "visit"


@pytest.mark.parametrize("text", [
    "This is a steep rise from the previous year, when sanctions were imposed on 90 companies.",
    "The United States and its allies, which criticised the summit, accused Pyongyang of arming Moscow.",
])
def test_an_event_noun_that_a_relative_clause_takes_as_subject_or_object_describes_a_noun(
        events_of: Events, text: str) -> None:
    assert events_of(text) == []


def test_an_event_a_relative_clause_tells_with_its_frame_still_counts(events_of: Events) -> None:
    text = "Tehran and Moscow signed a treaty on Friday, said Putin, who welcomed the Iranian leader for a state visit."
    assert {"agreement", "visit"} <= {e.type for e in events_of(text)}


def test_an_act_told_in_the_future_without_a_day_is_a_plan(events_of: Events) -> None:
    assert events_of("The missile system will be put on combat duty in Belarus by the end of the year.") == []


def test_an_act_told_in_the_future_for_a_named_day_stays_an_event(events_of: Events) -> None:
    (event,) = events_of("The missile system will be put on combat duty in Belarus on 17 April.")
    assert event.type == "other"


def test_sanctions_a_plant_is_under_are_no_new_sanctions(events_in: Callable[[str, str, str], list[Event]]) -> None:
    text = "Инженеры из Китая работали на оружейном заводе, находящемся под западными санкциями."
    assert [e for e in events_in(text, "ru", "2025-11-14") if e.type == "sanction"] == []


def test_sanctions_imposed_before_that_explain_a_shortage_are_no_new_sanctions(events_in: Callable[[str, str, str], list[Event]]) -> None:
    text = "The spokesman Ivan Petrov blamed the shortage of parts on sanctions imposed by Washington."
    assert [e for e in events_in(text, "en", "2025-11-14") if e.type == "sanction"] == []


def test_sanctions_a_government_imposed_on_a_day_stay_sanctions(events_in: Callable[[str, str, str], list[Event]]) -> None:
    text = "On Friday the United States imposed sanctions on three Chinese drone makers."
    assert [e.type for e in events_in(text, "en", "2025-11-14")] == ["sanction"]



@pytest.mark.parametrize("text", [
    "Officials in Lima said on Tuesday that the first soldiers had already arrived in Bolivia.",
    "On 1 April, more soldiers arrived in the border town of Tacna.",
    "A first group of soldiers arrived in Bolivia on Tuesday, officials in Lima said.",
    "Вчера в Тарапаку прибыла первая группа военнослужащих.",
])
def test_troops_arriving_are_a_deployment_not_a_visit(events_of: Events, text: str) -> None:
    assert not [e for e in events_of(text) if e.type == "visit"]


def test_a_thing_met_with_a_response_is_no_meeting(events_of: Events) -> None:
    events = events_of("The minister said on Tuesday that the raids must be met with swift economic pressure.")
    assert not [e for e in events if e.type == "meeting"]


def test_a_guest_met_at_the_airport_is_a_meeting(events_of: Events) -> None:
    events = events_of("On 1 April, the Chilean president was met at the airport by the prime minister of Peru.")
    assert [e.type for e in events if e.type == "meeting"] == ["meeting"]


def test_events_counted_in_bulk_are_no_event(events_of: Events) -> None:
    assert events_of("The measures are the newest of hundreds of sanctions that Chile and its partners have placed on Lima.") == []


def test_announcing_hundreds_of_sanctions_is_one_act(events_of: Events) -> None:
    assert [e.type for e in events_of("Chile announced hundreds of sanctions against Peru on Tuesday.")] == ["sanction"]


@pytest.mark.parametrize(("text", "lang"), [
    ("The shipments violated the new sanctions, the ministry said on Friday.", "en"),
    ("The cargo was shipped in violation of sanctions, the ministry said on Friday.", "en"),
    ("Поставки нарушают новые санкции, заявили в министерстве в пятницу.", "ru"),
])
def test_sanctions_kept_or_broken_are_a_measure_in_force_not_a_new_one(events_of: Events, text: str, lang: str) -> None:
    assert "sanction" not in [e.type for e in events_of(text, lang)]
