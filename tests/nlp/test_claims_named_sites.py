"""A plant or zone named beside its common noun stands where the sentence says, whatever label the
tagger gave its name; a plant without a place, or a place that is the name itself, gives nothing."""
from __future__ import annotations


def test_a_name_before_the_plant_noun_with_the_place_under_it(pairs_of) -> None:
    text = "Pyongyang may send 9,000 workers to the Sokol Avia drone plant in Tatarstan."
    assert ("Sokol Avia", "Tatarstan") in pairs_of("located_in")(text, "en")


def test_a_quoted_name_after_a_plant_for_goods_with_the_place_after_it(pairs_of) -> None:
    text = "КНДР может отправить 9 тысяч строителей на завод по выпуску дронов «Сокол-Авиа» в Мордовии."
    assert ("Сокол-Авиа", "Мордовия") in pairs_of("located_in")(text, "ru")


def test_a_quoted_zone_name_with_the_place_after_it(pairs_of) -> None:
    text = "Завод в особой экономической зоне «Сокол-Авиа» в Мордовии выпускает дроны."
    assert ("Сокол-Авиа", "Мордовия") in pairs_of("located_in")(text, "ru")


def test_a_named_plant_without_a_place_is_not_placed(pairs_of) -> None:
    text = "Pyongyang may send 9,000 workers to the Sokol Avia drone plant next year."
    assert pairs_of("located_in")(text, "en") == set()


def test_a_zone_named_after_its_region_is_not_placed_in_it(pairs_of) -> None:
    text = "Officials of the special economic zone \"Sokol Avia\" in the Sokol district reported two injuries."
    assert pairs_of("located_in")(text, "en") == set()
