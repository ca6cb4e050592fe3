"""A plant named with the goods it makes produces, even when no model is named; a plant of
energy or repairs, or a plant named without goods, produces nothing."""
from __future__ import annotations


def test_a_named_plant_with_its_goods_before_the_noun_produces(pairs_of) -> None:
    text = "Drones struck the Sokol Avia microchip plant in the Orlov region overnight."
    assert ("Sokol Avia", None) in pairs_of("produces")(text, "en")


def test_a_plant_noun_with_its_goods_before_the_name_produces(pairs_of) -> None:
    text = "Drones struck the microchip plant Sokol Avia overnight."
    assert ("Sokol Avia", None) in pairs_of("produces")(text, "en")


def test_the_place_of_a_plant_is_not_its_maker(pairs_of) -> None:
    text = "Output grew at the drone factory in the Sokol Avia industrial park last year."
    assert pairs_of("produces")(text, "en") == set()


def test_a_russian_plant_for_the_production_of_goods_produces(pairs_of) -> None:
    text = "Ночью под удар попало предприятие по производству микросхем «Сокол-Авиа»."
    assert ("Сокол-Авиа", None) in pairs_of("produces")(text, "ru")


def test_a_power_plant_makes_no_goods(pairs_of) -> None:
    text = "Drones struck the Sokol Avia power plant in the Orlov region overnight."
    assert pairs_of("produces")(text, "en") == set()


def test_a_plant_named_without_goods_produces_nothing(pairs_of) -> None:
    text = "Drones struck the Sokol Avia plant in the Orlov region overnight."
    assert pairs_of("produces")(text, "en") == set()
