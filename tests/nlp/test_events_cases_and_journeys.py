"""Charges told in the passive, journeys and inspections in the languages read with a parser."""
from __future__ import annotations

from collections.abc import Callable

import pytest

from claimgraph.model import Event
from claimgraph.nlp.dates import DateComponent
from claimgraph.nlp.doc import AnalyzedDoc
from claimgraph.nlp.events import find_events

Analyse = Callable[[str, str], AnalyzedDoc]


@pytest.fixture(scope="module")
def kinds_of(analyse: Analyse) -> Callable[[str, str], set[str]]:
    dates = DateComponent()

    def run(text: str, lang: str) -> set[str]:
        doc = analyse(text, lang)
        doc.published = "2025-04-03"
        events: list[Event] = find_events(dates(doc))
        return {e.type for e in events}

    return run


def test_people_accused_of_smuggling_in_the_passive_are_a_case(kinds_of) -> None:
    assert "other" in kinds_of("Four engineers are accused of smuggling machine tools to Russia.", "en")


def test_an_active_accusation_is_no_case(kinds_of) -> None:
    assert "other" not in kinds_of("Kyiv accused Moscow of violating the truce on Monday.", "en")


def test_travelling_to_a_country_is_a_visit(kinds_of) -> None:
    assert "visit" in kinds_of("The Serbian president traveled to Beijing in May 2024.", "en")


def test_travel_rules_are_no_visit(kinds_of) -> None:
    assert "visit" not in kinds_of("The ministry eased travel rules for students in May 2024.", "en")


def test_looking_over_a_plant_is_a_visit(kinds_of) -> None:
    assert "visit" in kinds_of("Губернатор Иван Петров 2 апреля осмотрел танковый завод в Омске.", "ru")
