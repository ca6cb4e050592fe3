"""Sending specialists, engineers or a delegation somewhere moves people, not goods: no supply."""
from __future__ import annotations

from collections.abc import Callable

import pytest

Pairs = Callable[[str, str], set[tuple[str, str | None]]]


@pytest.fixture(scope="module")
def supplies_of(pairs_of: Callable[[str], Pairs]) -> Pairs:
    return pairs_of("supplies_to")


def test_sending_specialists_for_training_is_no_supply(supplies_of) -> None:
    text = "Serbia will send Serbian engineers to Hungary for training in radar repair."
    assert supplies_of(text, "en") == set()


def test_sending_them_after_forming_a_group_of_specialists_is_no_supply(supplies_of) -> None:
    text = "Сербия предложила сформировать группу специалистов и направить их в Венгрию для обучения."
    assert supplies_of(text, "ru") == set()


def test_sending_shells_is_still_a_supply(supplies_of) -> None:
    text = "Serbia will send artillery shells to Hungary next month."
    assert supplies_of(text, "en") == {("Serbia", "Hungary")}
