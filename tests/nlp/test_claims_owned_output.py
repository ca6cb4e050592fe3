"""produces told by nouns: the owner of an output that names its model, and a firm set beside its
maker noun; a pact signed by a leader and "his counterpart" is one of their two states."""
from __future__ import annotations

from collections.abc import Callable

import pytest

Pairs = Callable[[str, str], set[tuple[str, str | None]]]


@pytest.fixture(scope="module")
def produces_of(pairs_of: Callable[[str], Pairs]) -> Pairs:
    return pairs_of("produces")


@pytest.fixture(scope="module")
def cooperates_of(pairs_of: Callable[[str], Pairs]) -> Pairs:
    return pairs_of("cooperates_with")


def test_the_owner_of_an_output_makes_the_model_it_names(produces_of) -> None:
    text = "The new lathes let the Vostok Works company double its Orlan drone output last spring."
    assert produces_of(text, "en") == {("Vostok Works", "Orlan")}


def test_its_production_belongs_to_the_closest_maker_named_before(produces_of) -> None:
    text = "Analysts say the deal helped Serbia to expand its production of Orlan-30 drones."
    assert produces_of(text, "en") == {("Serbia", "Orlan-30")}


def test_an_output_without_a_named_model_gives_no_production(produces_of) -> None:
    assert produces_of("The Vostok Works company said its output grew by a third.", "en") == set()


def test_a_firm_beside_its_maker_noun_makes_the_model(produces_of) -> None:
    text = "The parts went to Vostok Works, manufacturer of the Orlan-30 reconnaissance drone."
    assert produces_of(text, "en") == {("Vostok Works", "Orlan-30")}


def test_a_maker_noun_without_a_model_gives_no_production(produces_of) -> None:
    assert produces_of("The parts went to Vostok Works, a large manufacturer in the north.", "en") == set()


def test_a_pact_with_a_counterpart_joins_the_two_countries(cooperates_of) -> None:
    text = ("Chile and Peru have long been neighbours. Chilean President Carlos Rivas and his Peruvian "
            "counterpart, Luis Paredes, signed a broad trade pact on Monday.")
    assert cooperates_of(text, "en") == {("Chile", "Peru")}
