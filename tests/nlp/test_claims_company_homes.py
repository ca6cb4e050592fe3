"""Where a report says a firm is from when it introduces it: "X-based", "из", "a firm from Y – X"."""
from __future__ import annotations


def test_a_firm_introduced_as_based_in_a_country_is_located_there(pairs_of) -> None:
    found = pairs_of("located_in")("Norway sanctioned China-based Kestrel Components Limited on Monday.", "en")
    assert ("Kestrel Components Limited", "China") in found


def test_a_firm_named_with_from_a_city_and_a_dash_is_located_there(pairs_of) -> None:
    text = "Investigators believe that a procurement firm from Moscow - Vega Trade LLC - took part."
    assert ("Vega Trade LLC", "Moscow") in pairs_of("located_in")(text, "en")


def test_firms_listed_with_their_countries_after_iz_are_located_there(pairs_of) -> None:
    text = "Также в черный список попали Kestrel Group из Сербии, Orion Systems из Армении."
    found = pairs_of("located_in")(text, "ru")
    assert {("Kestrel Group", "Сербия"), ("Orion Systems", "Армения")} <= found


def test_goods_shipped_from_a_country_place_no_firm_there(pairs_of) -> None:
    text = "Kestrel Components Limited shipped chips from China to Serbia."
    assert ("Kestrel Components Limited", "China") not in pairs_of("located_in")(text, "en")


def test_a_company_written_with_its_countrys_possessive_is_located_there(pairs_of) -> None:
    text = "Among the companies sanctioned is Serbia's Kestrel Components Limited, which sold chips to Russia."
    assert ("Kestrel Components Limited", "Serbia") in pairs_of("located_in")(text, "en")
