"""Production told without a verb of making: production that a country or firm sets up, and a plant
built for a product, tell who makes the product: the place named with it, else the one who set it up."""
from __future__ import annotations

import pytest

from claimgraph.nlp.claims import find_claims


@pytest.fixture(scope="module")
def made(pairs_of):
    return pairs_of("produces")


def test_production_set_up_in_a_place_is_made_there(made) -> None:
    text = "In the Alabuga zone Russia has set up the production of copies of the Iranian Shahed drone."
    assert ("Alabuga", "Shahed") in made(text, "en")


def test_production_set_up_by_a_country_without_a_place(made) -> None:
    assert made("Belarus launched production of the Polonez missile last year.", "en") == {("Belarus", "Polonez")}


def test_a_plant_for_a_product_in_a_place(made) -> None:
    text = "Kyiv struck a manufacturing plant for Geran-type drones in the Republic of Bashkortostan, officials said."
    assert made(text, "en") == {("Republic of Bashkortostan", "Geran")}


def test_a_plant_for_something_unnamed_gives_nothing(made) -> None:
    assert made("Kyiv struck a manufacturing plant for attack drones in the Republic of Bashkortostan.", "en") == set()


def test_russian_production_mastered_by_a_country(made) -> None:
    assert made("Белоруссия освоила выпуск ракет «Полонез».", "ru") == {("Белоруссия", "Полонез")}


def test_russian_plant_for_the_production_of_a_model_in_a_town(made) -> None:
    pairs = made("ВСУ атаковали завод по производству дронов «Герань» в Елабуге.", "ru")
    assert {o for _, o in pairs} == {"Герань"}
    assert not any(s == "ВСУ" for s, _ in pairs)


def test_a_factory_assembling_a_model_named_earlier_is_that_makers(analyse) -> None:
    first = "A drone hit the Kupol plant in Izhevsk, where Garpiya drones are assembled. "
    for then in ("Ukrainian intelligence hit a factory assembling unmanned aerial vehicles of the Garpiya type.",
                 "Ukrainian intelligence hit a factory that assembles Garpiya drones, causing a fire."):
        claims = find_claims(analyse(first + then, "en"))
        second = {(c.subject, c.object) for c in claims if c.predicate == "produces" and c.start >= len(first)}
        assert second == {("Izhevsk", "Garpiya")}


def test_a_factory_assembling_a_model_no_one_was_said_to_make_has_no_maker(made) -> None:
    text = "Ukrainian intelligence hit a factory assembling unmanned aerial vehicles of the Garpiya type."
    assert made(text, "en") == set()

def test_a_factory_assembling_an_unnamed_product_has_no_maker(made) -> None:
    assert made("The strike targeted a factory assembling attack drones.", "en") == set()
