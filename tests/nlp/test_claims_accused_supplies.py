"""A supply told as the deed a party is accused of: the accused supplies the recipient, as a claim."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "pair"), [
    ("США обвинили Иран в поставках беспилотников России.", ("Иран", "Россия")),
    ("Сеул и Вашингтон обвинили Северную Корею в передаче снарядов России.", ("Северная Корея", "Россия")),
    ("Власти США обвиняют Китай в поставках пороха в Россию.", ("Китай", "Россия")),
])
def test_the_accused_party_supplies_the_recipient_of_the_delivery(pairs_of, text, pair) -> None:
    assert pair in pairs_of("supplies_to")(text, "ru")


def test_an_export_case_from_a_named_place_is_not_the_accused_supplying(pairs_of) -> None:
    found = pairs_of("supplies_to")("Прокуратура обвинила компанию в экспорте микросхем из США в Россию.", "ru")
    assert ("компания", "Россия") not in found
