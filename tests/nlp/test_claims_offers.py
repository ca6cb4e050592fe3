"""offers_to_build from "X suggests building a plant in Y" and "X is ready to build a plant with Y's
specialists", and what is no offer."""
from __future__ import annotations

from collections.abc import Callable

import pytest

Pairs = Callable[[str, str], set[tuple[str, str | None]]]


@pytest.fixture(scope="module")
def offers_of(pairs_of: Callable[[str], Pairs]) -> Pairs:
    return pairs_of("offers_to_build")


def test_suggesting_to_build_a_plant_in_a_country_offers_it(offers_of) -> None:
    assert ("China", "Armenia") in offers_of("China suggests building a plant in Armenia to make drones.", "en")


def test_reports_suggesting_that_something_was_built_offer_nothing(offers_of) -> None:
    text = "Satellite images suggest that China built a plant in Armenia last year."
    assert offers_of(text, "en") == set()


def test_ready_to_build_with_a_country_s_specialists_offers_it_to_that_country(offers_of) -> None:
    text = ("China is ready to establish a joint plant together with Armenian specialists, the minister said. "
            "Armenia welcomed the idea.")
    assert ("China", "Armenia") in offers_of(text, "en")
