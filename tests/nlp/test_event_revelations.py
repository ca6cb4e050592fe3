"""A finding made public by a news organisation is the event of an investigative report."""
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


@pytest.mark.parametrize("text", [
    "According to an investigation by The Nordic Ledger citing customs documents, Vestby Marine shipped "
    "engines to Ruritania as pumps.",
    "The Nordic Ledger has uncovered new details about a secret engine plant in Ruritania.",
])
def test_a_finding_published_by_a_news_organisation_is_an_event_of_its_day(events_of: Events, text: str) -> None:
    (event,) = events_of(text)
    assert event.type == "other"
    assert event.time is not None and event.time.start == "2025-04-03"


def test_evidence_that_speaks_without_anyone_making_it_public_is_no_event(events_of: Events) -> None:
    assert events_of("Satellite images show two new assembly halls at the plant near Tromso.") == []


def test_the_findings_of_one_report_are_one_event(events_of: Events) -> None:
    text = ("The Nordic Ledger has uncovered new details about a secret engine plant in Ruritania. "
            "Shipping documents seen by The Nordic Ledger show that engines left Bergen in May 2024. "
            "Invoices reviewed by The Nordic Ledger also list pumps from Vestby Marine.")
    events = events_of(text)
    assert [e.type for e in events] == ["other"]
    assert events[0].start == 0


def test_a_finding_is_dated_by_the_report_not_by_what_was_found(events_of: Events) -> None:
    (event,) = events_of("The Nordic Ledger reviewed documents showing that engines left Bergen in May 2024.")
    assert event.time is not None and event.time.start == "2025-04-03"
