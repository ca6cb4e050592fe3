"""A place written before a firm with "-based" locates the firm: "Peru-based Andes Trading"."""
from __future__ import annotations

from collections.abc import Callable

import pytest

Pairs = Callable[[str, str], set[tuple[str, str | None]]]


@pytest.fixture(scope="module")
def located_of(pairs_of: Callable[[str], Pairs]) -> Pairs:
    return pairs_of("located_in")


def test_a_place_based_firm_is_located_there(located_of) -> None:
    text = "Targeted firms include Russia-based Volga Instruments and China-based Xinlong Electronics Limited."
    assert located_of(text, "en") >= {("Volga Instruments", "Russia"), ("Xinlong Electronics Limited", "China")}


def test_a_place_based_common_noun_locates_the_firm_beside_it(located_of) -> None:
    text = "Officials named a Turkey-based supplier, Anka Makina, in the list."
    assert ("Anka Makina", "Turkey") in located_of(text, "en")


def test_a_firm_without_based_gets_no_location_from_a_nearby_place(located_of) -> None:
    text = "Turkey said Anka Makina was among the suppliers."
    assert ("Anka Makina", "Turkey") not in located_of(text, "en")
