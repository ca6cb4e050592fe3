"""produces told by passives without "by", by designs and by model names given beside the goods;
a plant's capacity measures the plant."""
from __future__ import annotations

from collections.abc import Callable

import pytest

Pairs = Callable[[str, str], set[tuple[str, str | None]]]


@pytest.fixture(scope="module")
def produces_of(pairs_of: Callable[[str], Pairs]) -> Pairs:
    return pairs_of("produces")


def test_developing_a_named_drone_is_making_it(produces_of) -> None:
    text = "Last year Zenit Tech developed a new Orlan-30 drone with help from local engineers."
    assert produces_of(text, "en") == {("Zenit Tech", "Orlan-30")}
    assert produces_of("В прошлом году «Зенит» разработал новый беспилотник «Орлан-30».", "ru") == {("Зенит", "Орлан-30")}


def test_developing_something_unnamed_is_no_production(produces_of) -> None:
    assert produces_of("Zenit Tech developed close ties with the ministry over two years.", "en") == set()


def test_a_passive_made_in_a_region_names_the_region(produces_of) -> None:
    text = "More than 6,000 Orlan-30 drones were produced in Tatarstan in 2024."
    assert produces_of(text, "en") == {("Tatarstan", "Orlan-30")}


def test_a_passive_made_in_a_nation_s_factories_names_the_nation(produces_of) -> None:
    assert produces_of("The Orlan-30 drones are manufactured in Chinese factories.", "en") == {("Chinese", "Orlan-30")}
    assert produces_of("Дрон «Орлан» производится на китайских заводах.", "ru") == {("Китай", "Орлан")}


def test_russian_reflexive_passive_with_the_maker_in_the_instrumental(produces_of) -> None:
    assert produces_of("Дроны «Орлан-10» производятся компанией «Зенит».", "ru") == {("Зенит", "Орлан-10")}


def test_goods_made_by_someone_give_the_receiver_no_production(produces_of) -> None:
    text = "The plant received a dozen drones last year produced by Sichuan AEE."
    assert produces_of(text, "en") == set()


def test_a_plant_s_capacity_measures_the_plant_not_the_builder(pairs_of: Callable[[str], Pairs]) -> None:
    text = "Japan suggests building a plant in Serbia to manufacture drones with a capacity of up to 50,000 units annually."
    assert pairs_of("capacity")(text, "en") == {("Serbia", None)}


def test_a_model_name_the_tagger_took_for_a_nationality_is_still_the_product(produces_of) -> None:
    text = "Tatarstan hosts the Kama Drone Works. Zenit Tech has been churning out Shahed drones for two years."
    assert produces_of(text, "en") == {("Zenit Tech", "Shahed")}


def test_a_people_s_name_before_drones_is_never_the_product(produces_of) -> None:
    assert produces_of("Zenit Tech has been churning out Iranian drones for two years.", "en") == set()


def test_a_plant_holding_a_contract_to_produce_plans_that_output(pairs_of: Callable[[str], Pairs]) -> None:
    text = "Zenit Tech opened a drone plant in 2023. The plant had a contract to produce 6,000 drones by September 2025."
    assert pairs_of("plans_to_produce")(text, "en") == {("Zenit Tech", None)}


def test_a_count_of_named_drones_names_the_product(produces_of) -> None:
    assert produces_of("The Kama Drone Works now produces thousands of Orlan-30 drones.", "en") == {
        ("Kama Drone Works", "Orlan-30")}


def test_the_main_producer_of_a_named_drone_produces_it(produces_of) -> None:
    assert produces_of("Zenit Tech is now the main producer of the Orlan-30 drone.", "en") == {("Zenit Tech", "Orlan-30")}


def test_a_capacity_beside_a_plant_in_a_country_names_that_country(pairs_of: Callable[[str], Pairs]) -> None:
    text = ("The Kama Drone Works opened in 2020. The proposal involves the establishment of a manufacturing plant "
            "in Serbia dedicated to drones, with an annual production capacity of up to 50,000 units.")
    assert pairs_of("capacity")(text, "en") == {("Serbia", None)}


def test_goods_designed_and_produced_by_a_nation_s_firms_are_that_nation_s(produces_of) -> None:
    text = "The Orlan-30, designed and produced by Chinese firms, was used in the war."
    assert produces_of(text, "en") == {("Chinese", "Orlan-30")}


def test_a_participle_made_by_someone_after_the_object_gives_the_subject_no_production(produces_of) -> None:
    text = "Documents showed Zenit Tech received more than a dozen attack drones last year produced by Sichuan AEE."
    assert produces_of(text, "en") == set()
