"""produces for every model named: a plant told in a relative clause or beside a maker noun makes each
model of a list, also models named only by quotation marks."""
from __future__ import annotations

from collections.abc import Callable

import pytest

Pairs = Callable[[str, str], set[tuple[str, str | None]]]


@pytest.fixture(scope="module")
def produced(pairs_of: Callable[[str], Pairs]) -> Pairs:
    return pairs_of("produces")


def test_a_relative_clause_names_two_quoted_models(produced) -> None:
    text = "Ракеты попали в завод «Восход», который выпускает комплексы «Сокол» и «Беркут»."
    found = produced(text, "ru")
    assert ("Восход", "Сокол") in found and ("Восход", "Беркут") in found


def test_an_english_relative_clause_names_two_models(produced) -> None:
    text = "Drones hit the Zenit plant, which manufactures the Sokol and Berkut radar systems."
    found = {obj for _, obj in produced(text, "en")}
    assert {"Sokol", "Berkut"} <= found


def test_a_maker_noun_beside_a_firm_names_its_models(produced) -> None:
    text = ("Investigators visited Orion Dynamics, one of the largest producers of Sokol and Berkut "
            "surveillance drones.")
    found = produced(text, "en")
    assert {obj for subject, obj in found if subject == "Orion Dynamics"} >= {"Sokol", "Berkut"}


def test_goods_without_a_name_give_no_model(produced) -> None:
    text = "Ракеты попали в завод «Восход», который выпускает радиолокационные комплексы."
    assert all(obj is None for _, obj in produced(text, "ru"))
