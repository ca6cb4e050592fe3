"""Findings: what an outlet reveals about supplies, production and plants is one event of a report."""
from __future__ import annotations

from collections.abc import Callable

import pytest

from claimgraph.model import Event
from claimgraph.nlp.citations import find_citations
from claimgraph.nlp.dates import DateComponent
from claimgraph.nlp.doc import AnalyzedDoc
from claimgraph.nlp.events import find_events

Analyse = Callable[[str, str], AnalyzedDoc]
Events = Callable[..., list[Event]]


@pytest.fixture(scope="module")
def events_of(analyse: Analyse) -> Events:
    dates = DateComponent()

    def run(text: str, published: str | None = "2025-06-12") -> list[Event]:
        doc = analyse(text, "en")
        doc.published = published
        doc = dates(doc)
        doc.citations = find_citations(doc)
        return find_events(doc)

    return run


def _others(events: list[Event]) -> list[Event]:
    return [e for e in events if e.type == "other"]


@pytest.mark.parametrize("text", [
    "Iran has been secretly shipping turbine parts to Russia for its missiles, Reuters reported.",
    "According to CNN, Russia has sharply increased the production of glide bombs at its northern plant.",
    "CNN has uncovered details about the expansion of a rocket factory in Russia.",
    "Iran is preparing to dispatch 300 engineers to a Russian missile plant, the Japanese broadcaster NHK reported on Monday.",
    "Laos plans to send 2,000 technicians to a Chinese shipyard, according to a report by Yomiuri on Tuesday.",
])
def test_an_outlet_revealing_a_supply_or_a_growth_of_production_is_an_event_with_the_outlet_in_it(
        events_of: Events, text: str) -> None:
    outlets = {"Reuters", "CNN", "NHK", "Yomiuri"}
    (event,) = _others(events_of(text))
    assert outlets & set(event.participants)
    assert any(p not in outlets for p in event.participants)


def test_one_report_keeps_one_finding_however_often_it_retells_it(events_of: Events) -> None:
    text = ("Iran has been shipping turbine parts to Russia, Reuters reported on Tuesday. "
            "The parts are reportedly sent through a trading firm in a third country. "
            "Documents seen by Reuters show that the shipments grew this spring.")
    (event,) = _others(events_of(text))
    assert event.start == 0
    assert "Reuters" in event.participants


def test_a_hedge_or_evidence_tells_a_finding_only_where_the_report_cites_an_outlet(events_of: Events) -> None:
    assert not _others(events_of("Iran is reportedly shipping turbine parts to Russia."))
    assert not _others(events_of("Satellite images show an expansion of the plant in Russia."))


def test_a_supply_told_without_any_source_is_no_finding(events_of: Events) -> None:
    assert not _others(events_of("Iran supplies turbine parts to Russia under a long-term deal."))


def test_an_outlet_reporting_a_future_supply_or_a_count_is_no_finding(events_of: Events) -> None:
    assert not _others(events_of("Iran will ship turbine parts to Russia next year, Reuters reported."))
    assert not _others(events_of("Later Reuters reported that the number of injured had increased to five."))


def test_an_outlets_earlier_report_told_as_background_is_no_event(events_of: Events) -> None:
    text = ("Engineers from Iran travelled to Russia to help build engines, Reuters reported on Tuesday. "
            "In March 2023, Reuters reported that the plant had unveiled a new drone.")
    events = events_of(text)
    assert [e.start for e in events] == [0]


def test_a_contract_that_documents_of_a_finding_mention_is_part_of_it(events_of: Events) -> None:
    text = ("Iran has been shipping turbine parts to Russia, Reuters reported on Tuesday. "
            "An internal document seen by Reuters shows the company signed a contract with the ministry "
            "to produce 500 drones.")
    assert [e.type for e in events_of(text)] == ["other"]


def test_a_travel_word_without_a_destination_tells_no_journey(events_of: Events) -> None:
    text = "Footage published by Reuters shows the drone flying over the buildings."
    assert not _others(events_of(text))


def test_a_target_that_was_met_is_no_meeting(events_of: Events) -> None:
    text = "The plant had to deliver 600 drones by May, and the target was met early, the ministry said."
    assert all(e.type != "meeting" for e in events_of(text))


def test_an_event_an_agency_relays_with_its_own_date_stays_what_it_is(events_of: Events) -> None:
    text = ("A delegation of the Academy of Sciences of Belarus visited Tomsk at the end of 2024 to help "
            "develop sensors, BelTA reported.")
    assert [e.type for e in events_of(text)] == ["visit"]


def test_a_reaction_to_a_report_is_not_the_reports_finding(events_of: Events) -> None:
    text = ("The minister was responding to a report by the broadcaster Baltic Radio, which claimed that "
            "a Belarusian plant had assembled drones for Russia.")
    assert not _others(events_of(text))


def test_only_a_medium_cited_by_name_makes_a_finding(events_of: Events) -> None:
    text = "An investigation by the Center for Trade Studies found that China shipped engines to Russia."
    assert not _others(events_of(text))


def test_evidence_that_reveals_counts_where_the_report_names_an_outlet_without_a_citation(events_of: Events) -> None:
    text = ("Internal documents of the plant reveal that Iran has shipped engines to Russia since 2023. "
            "The findings were first published by Reuters")
    (event,) = _others(events_of(text))
    assert event.start == 0 and "Reuters" in event.participants


def test_an_outlet_that_a_press_office_told_about_a_new_plant_made_no_finding(events_of: Events) -> None:
    text = ("A plant built by the firm near Moscow to produce drones will run at full capacity in 2026, "
            "the company's press office told TASS on Tuesday.")
    assert not _others(events_of(text))


def test_a_finding_is_dated_by_the_day_the_outlet_made_it_public(events_of: Events) -> None:
    text = "Reuters reported on Tuesday that engineers from Iran have travelled to Russia to help build drones."
    (event,) = _others(events_of(text))
    assert event.time is not None and event.time.start == "2025-06-10"


def test_an_undated_finding_takes_the_day_of_the_report(events_of: Events) -> None:
    (event,) = _others(events_of("Iran has been shipping turbine parts to Russia, Reuters reported."))
    assert event.time is not None and event.time.start == "2025-06-12"
