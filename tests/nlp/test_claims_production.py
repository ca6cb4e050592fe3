"""produces as reports write it: "engines made by X", "the zone where drones are assembled",
"Garpiya drones", "signed a contract to produce", and "made public" that makes nothing."""
from __future__ import annotations

from collections.abc import Callable

import pytest

from claimgraph.nlp.claims import find_claims
from claimgraph.nlp.dates import DateComponent
from claimgraph.nlp.doc import AnalyzedDoc
from claimgraph.nlp.quantities import QuantityComponent

Analyse = Callable[[str, str], AnalyzedDoc]


@pytest.fixture(scope="module")
def made_of(analyse: Analyse) -> Callable[[str, str], set[tuple[str, str, str | None]]]:
    dates, quantities = DateComponent(), QuantityComponent()

    def run(text: str, lang: str) -> set[tuple[str, str, str | None]]:
        doc = analyse(text, lang)
        doc.published = "2025-05-16"
        return {(c.subject, c.predicate, c.object) for c in find_claims(quantities(dates(doc)))
                if c.predicate in ("produces", "plans_to_produce")}

    return run


def test_a_product_made_by_a_firm_is_produced_by_it(made_of) -> None:
    text = "The Geran-2 drones, made by Kama Drone Works, were sent to the front."
    assert made_of(text, "en") == {("Kama Drone Works", "produces", "Geran-2")}


def test_the_place_where_a_product_is_assembled_produces_it(made_of) -> None:
    text = "A second drone hit the Kama Drone Works, where Geran-2 drones are reportedly assembled."
    assert ("Kama Drone Works", "produces", "Geran-2") in made_of(text, "en")


def test_a_contract_to_produce_is_a_plan(made_of) -> None:
    text = "Kama Drone Works signed a contract with the ministry to produce 3,000 Geran-2 drones next year."
    assert made_of(text, "en") == {("Kama Drone Works", "plans_to_produce", "Geran-2")}


def test_made_public_makes_nothing(made_of) -> None:
    text = "In May, Japan made public its finding that 300 drones had reached Kazan."
    assert made_of(text, "en") == set()


def test_a_model_designed_and_produced_in_a_country_is_produced_by_it(made_of) -> None:
    text = "The Geran-2 drone, designed and produced in Iran, has been used against power plants."
    assert ("Iran", "produces", "Geran-2") in made_of(text, "en")


def test_made_up_of_makes_nothing(made_of) -> None:
    text = "The Geran-2 kit, made up of parts from Iran, was shipped in May."
    assert made_of(text, "en") == set()


def test_a_firm_unveiling_a_named_drone_made_it_and_unveiling_nothing_named_makes_nothing(made_of) -> None:
    found = made_of("In September 2023, Reuters reported that Kupol had unveiled the Garpiya-3 drone.", "en")
    assert ("Kupol", "produces", "Garpiya-3") in found
    assert made_of("The ministry unveiled new sanctions on Friday.", "en") == set()
