"""Acts told only inside what a speaker said are the speaker's announcement; acts told as facts stay acts."""
from __future__ import annotations

from collections.abc import Callable

import pytest

from claimgraph.model import Event
from claimgraph.nlp.dates import DateComponent
from claimgraph.nlp.doc import AnalyzedDoc
from claimgraph.nlp.events import find_events

Analyse = Callable[[str, str], AnalyzedDoc]
Events = Callable[[str], list[Event]]


@pytest.fixture(scope="module")
def events_of(analyse: Analyse) -> Events:
    dates = DateComponent()

    def run(text: str) -> list[Event]:
        doc = analyse(text, "en")
        doc.published = "2025-11-14"
        return find_events(dates(doc))

    return run


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
