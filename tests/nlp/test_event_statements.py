"""Acts told only inside what a speaker said are the speaker's announcement; acts told as facts stay acts."""
from __future__ import annotations

from collections.abc import Callable

import pytest

from claimgraph.model import Event

Events = Callable[[str], list[Event]]


@pytest.fixture(scope="module")
def events_of(events_in: Callable[[str, str, str], list[Event]]) -> Events:
    return lambda text: events_in(text, "en", "2025-11-14")


def test_a_deployment_told_in_what_a_president_said_is_his_announcement(events_of: Events) -> None:
    (event,) = events_of("President Ivan Petrov said the missile system reached Belarus and has been put on combat duty.")
    assert event.type == "announcement"
    assert event.participants == ["Ivan Petrov"]


def test_the_day_a_statement_was_made_dates_the_announcement(events_of: Events) -> None:
    (event,) = events_of("President Ivan Petrov confirmed on Thursday that the missile system was put on combat duty.")
    assert event.type == "announcement"
    assert event.time is not None and event.time.start == "2025-11-13"


def test_an_act_dated_in_its_own_clause_stays_an_act_whoever_tells_it(events_of: Events) -> None:
    (event,) = events_of("President Ivan Petrov says the missile system was put on combat duty on November 10.")
    assert event.type == "other"


def test_an_act_told_before_its_unquoted_source_stays_an_act(events_of: Events) -> None:
    (event,) = events_of("A fuel depot in Kursk was attacked by drones overnight, said governor Ivan Petrov.")
    assert event.type == "other"


def test_a_quote_of_a_statement_the_report_tells_elsewhere_is_not_a_second_announcement(events_of: Events) -> None:
    text = ("The missile system has entered combat duty in Belarus, President Ivan Petrov said in his address "
            "to parliament on Thursday. “It has been here since yesterday and is going on combat duty,” Petrov said.")
    assert [e.type for e in events_of(text)] == ["announcement"]


def test_he_said_names_the_person_told_before(events_of: Events) -> None:
    text = ("President Ivan Petrov spoke to reporters in Minsk. "
            "“The missile system has been put on combat duty in Belarus,” he said.")
    (event,) = [e for e in events_of(text) if e.type == "announcement"]
    assert event.participants == ["Ivan Petrov"]


def test_an_act_told_first_and_sourced_after_by_an_announcing_verb_is_the_act(events_of: Events) -> None:
    text = "A depot holding drone parts was destroyed in Kursk, military intelligence announced on Wednesday."
    assert [e.type for e in events_of(text)] == ["other"]


def test_an_act_sourced_to_an_address_stays_the_announcement(events_of: Events) -> None:
    text = "The missile system has entered combat duty in Belarus, President Ivan Petrov said in his address to parliament."
    assert [e.type for e in events_of(text)] == ["announcement"]


def test_a_government_announcing_an_action_against_a_country_announces_sanctions(events_of: Events) -> None:
    text = "The British government on Tuesday announced a sweeping action targeting Iran's access to drone parts."
    assert [e.type for e in events_of(text)] == ["sanction"]


def test_announcing_an_action_plan_for_schools_is_no_sanction(events_of: Events) -> None:
    text = "The British government on Tuesday announced a sweeping action plan for schools in Wales."
    assert "sanction" not in [e.type for e in events_of(text)]


def test_a_weekday_with_its_full_date_in_apposition_dates_the_announcement(events_of: Events) -> None:
    text = "President Ivan Petrov confirmed on Thursday, November 13, 2025, that the missile system was put on combat duty."
    (event,) = events_of(text)
    assert event.type == "announcement"
    assert event.time is not None and event.time.start == "2025-11-13"


def test_adding_firms_to_a_list_is_no_statement(events_of: Events) -> None:
    events = events_of("The Treasury targeted 300 entities, while the State Department added 90 firms to its "
                       "list at a briefing.")
    assert not [e for e in events if e.type == "announcement"]


def test_adding_words_at_a_briefing_is_a_statement(events_of: Events) -> None:
    events = events_of("The Treasury spokesman added at a briefing that more measures would follow.")
    assert [e.type for e in events] == ["announcement"]


def test_the_present_is_no_presentation(events_of: Events) -> None:
    assert events_of("Between 2002 and the present, the firm shipped parts worth 50 million dollars to Peru.") == []


@pytest.mark.parametrize("text", [
    "On 12 November, EU countries agreed on the 15th package of sanctions against Peru.",
])
def test_states_agreeing_on_a_package_of_sanctions_is_an_agreement(events_of: Events, text: str) -> None:
    assert [e.type for e in events_of(text)] == ["agreement"]


def test_imposing_a_package_of_sanctions_is_a_sanction(events_of: Events) -> None:
    assert [e.type for e in events_of("On 12 November, the EU imposed the 15th package of sanctions against Peru.")] == [
        "sanction"]


def test_words_said_in_a_written_statement_are_an_announcement(events_of: Events) -> None:
    (event,) = events_of("Chile's defence ministry said in a written statement that its forces were monitoring the situation.")
    assert event.type == "announcement"
    assert events_of("\u201cWe stand ready,\u201d the Chilean defence ministry said in a statement.") == []
