"""A maker's output told as sold or supplied to a buyer is the maker's supply."""
from __future__ import annotations


def test_the_plants_products_sold_to_a_ministry(pairs_of) -> None:
    supplies = pairs_of("supplies_to")
    text = ("Kronos Optics is one of the largest lens makers in Belarus. "
            "The bulk of the factory's products is sold to the Belarusian Defense Ministry, local media say.")
    assert supplies(text, "en") == {("Kronos Optics", "Belarusian Defense Ministry")}


def test_a_russian_reflexive_verb_supplies_the_dative_buyer(pairs_of) -> None:
    supplies = pairs_of("supplies_to")
    assert supplies("Продукция завода «Кронос» поставляется Министерству обороны Беларуси.", "ru") == {
        ("Кронос", "Министерство обороны Беларуси")}


def test_output_sold_by_a_named_seller_is_that_sellers(pairs_of) -> None:
    supplies = pairs_of("supplies_to")
    text = "Kronos Optics makes lenses. Its products are sold to the Belarusian army by Vega Trade."
    assert ("Kronos Optics", "Belarusian army") not in supplies(text, "en")


def test_a_capital_charged_as_the_recipient_stands_for_its_state(pairs_of) -> None:
    supplies = pairs_of("supplies_to")
    text = "Минск обвинил Варшаву в тайных поставках Киеву снарядов."
    assert ("Варшава", "Киев") in supplies(text, "ru")
