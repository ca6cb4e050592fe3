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


@pytest.mark.parametrize("text", [
    "In May 2024 the tanker took on fuel at the port and traveled to Vladivostok.",
    "The senator will leave on Sunday, traveling to Riga and then Vilnius.",
])
def test_cargo_on_its_way_or_a_plan_to_travel_is_no_visit(kinds_of, text: str) -> None:
    assert "visit" not in kinds_of(text, "en")


def test_an_office_holder_who_travels_visits(kinds_of) -> None:
    assert "visit" in kinds_of("In May 2024 the president travelled to Hanoi.", "en")


def test_people_accused_impersonally_in_russian_are_a_case(kinds_of) -> None:
    assert "other" in kinds_of("Троих инженеров в среду обвинили в контрабанде станков.", "ru")


def test_a_russian_accusation_made_by_a_state_is_no_case(kinds_of) -> None:
    assert "other" not in kinds_of("Киев в среду обвинил Москву в поставках оружия.", "ru")
