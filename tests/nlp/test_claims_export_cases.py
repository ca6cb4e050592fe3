"""Export-control cases: the accused supplies where the goods went, as an allegation; the country the
goods left is no supplier."""
from __future__ import annotations

from claimgraph.nlp.claims import find_claims
from claimgraph.nlp.dates import DateComponent
from claimgraph.nlp.quantities import QuantityComponent


def _supplies(analyse, text: str, lang: str) -> set[tuple[str, str | None, str]]:
    doc = analyse(text, lang)
    doc.published = "2025-05-16"
    return {(c.subject, c.object, c.modality) for c in find_claims(QuantityComponent()(DateComponent()(doc)))
            if c.predicate == "supplies_to"}


def test_a_person_charged_with_exporting_to_a_country_allegedly_supplies_it(analyse) -> None:
    found = _supplies(analyse, "Ivan Petrov was charged with illegally exporting microelectronics to Russia.", "en")
    assert ("Ivan Petrov", "Russia", "claim") in found


def test_a_firm_the_ministry_charges_with_shipping_to_a_military_allegedly_supplies_it(analyse) -> None:
    text = "The Justice Department charged Boreal Systems with shipping semiconductors to Russian military end users."
    found = _supplies(analyse, text, "en")
    assert {(s, m) for s, _, m in found} == {("Boreal Systems", "claim")}


def test_the_country_goods_left_is_no_supplier_in_an_accusation(analyse) -> None:
    text = "Власти США задержали пятерых россиян, обвиненных в незаконном экспорте электроники из США в Россию."
    found = _supplies(analyse, text, "ru")
    assert all(subject != "США" for subject, _, _ in found)


def test_charging_someone_with_fraud_supplies_nothing(analyse) -> None:
    assert _supplies(analyse, "Ivan Petrov was charged with tax fraud in Moscow.", "en") == set()


def test_a_firm_whose_relative_clause_supplies_chips_for_a_nations_drones_supplies_it(analyse) -> None:
    text = "Norway sanctioned Kestrel Components Limited, which provided microchips for Russian drones."
    found = _supplies(analyse, text, "en")
    assert ("Kestrel Components Limited", "Russian") in {(s, o) for s, o, _ in found}


def test_firms_in_countries_involved_in_supplying_a_country_allegedly_supply_it(analyse) -> None:
    text = "The new Canadian list includes people and firms in Armenia and Serbia involved in the supply of weapons to Russia."
    found = _supplies(analyse, text, "en")
    assert {("Armenia", "Russia", "claim"), ("Serbia", "Russia", "claim")} <= found


def test_firms_said_to_export_to_a_countrys_army_allegedly_supply_the_country(analyse) -> None:
    text = "Canada sanctioned 30 firms. They include two Armenia-based firms said to be exporting chips to Russia's army."
    assert ("Armenia", "Russia", "claim") in _supplies(analyse, text, "en")
