"""A company's site built, created or run in a place puts the company there."""
from __future__ import annotations

from collections.abc import Callable

import pytest

Pairs = Callable[[str, str], set[tuple[str, str | None]]]


@pytest.fixture(scope="module")
def located(pairs_of: Callable[[str], Pairs]) -> Pairs:
    return pairs_of("located_in")


def test_a_facility_built_by_a_company_in_a_town_puts_the_company_there(located) -> None:
    text = ("A new assembly facility built by the Ukrainian company Skyeton in Kropyvnytskyi will start "
            "work next year, the company said on Monday.")
    assert ("Skyeton", "Kropyvnytskyi") in located(text, "en")


def test_a_company_that_created_a_centre_in_a_town_is_there(located) -> None:
    text = "Tupolev company created a drone production center in Kazan, the firm told reporters on Friday."
    assert ("Tupolev", "Kazan") in located(text, "en")


def test_a_plant_of_a_company_in_the_city_of_a_place_puts_the_company_there(located) -> None:
    text = "The minister inspected a new plant of the Sukhoi company in the city of Komsomolsk on Monday."
    assert ("Sukhoi", "Komsomolsk") in located(text, "en")


def test_a_company_that_visits_a_town_is_not_located_there(located) -> None:
    text = "Engineers of the Tupolev company visited a plant in Kazan on Friday."
    assert ("Tupolev", "Kazan") not in located(text, "en")

