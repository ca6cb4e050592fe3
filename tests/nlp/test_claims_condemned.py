"""A state condemned for a supply: the condemning party's claim that it supplies."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "lang", "supply"), [
    ("The United States condemned Iran for supplying drones to Russia.", "en",
     ("Iran", "Russia", "claim", "United States")),
    ("США осудили Иран за поставки беспилотников России.", "ru", ("Иран", "Россия", "claim", "США")),
])
def test_a_state_condemned_for_a_supply_is_claimed_to_supply(supplies, text, lang, supply) -> None:
    assert supplies(text, lang) == {supply}


@pytest.mark.parametrize(("text", "lang", "supply"), [
    ("\"We condemn North Korea for providing Russia with this military equipment,\" he said.", "en",
     ("North Korea", "Russia")),
    ("«Мы осуждаем КНДР за предоставление России этой военной техники», — сказал он.", "ru", ("КНДР", "Россия")),
])
def test_the_recipient_of_a_condemned_supply_is_the_one_the_deed_names(supplies, text, lang, supply) -> None:
    assert {(s, o) for s, o, modality, _ in supplies(text, lang) if modality == "claim"} == {supply}


@pytest.mark.parametrize("text", [
    "The EU condemned Russia for its attacks on Ukraine.",
    "Critics condemned the company for supplying the army.",
])
def test_condemning_a_deed_other_than_a_named_supply_tells_none(supplies, text) -> None:
    assert supplies(text, "en") == set()
