"""supplies_to told as goods loaded onto a ship."""
from __future__ import annotations

from collections.abc import Callable

Supplies = Callable[[str, str], set[tuple[str, str | None, str, str | None]]]


def test_loading_weapons_onto_a_foreign_vessel_supplies_its_state(supplies: Supplies) -> None:
    text = "Hungary loaded weapons and ammunition onto a Japanese vessel in December, the envoy said."
    assert {(s, o) for s, o, _, _ in supplies(text, "en")} == {("Hungary", "Japanese")}


def test_the_weapons_loaded_onto_a_named_ship_were_the_supply_just_told(supplies: Supplies) -> None:
    text = "Hungary supplied weapons to Japan, the envoy said. He said the weapons were loaded onto the ship, " \
           "the Sea Star, which docked at the base."
    assert ("Hungary", "Sea Star") in {(s, o) for s, o, _, _ in supplies(text, "en")}


def test_goods_sent_on_after_loading_go_where_the_ship_takes_them(supplies: Supplies) -> None:
    text = "Hungary sold arms to Japan. The weapons were loaded onto a cargo ship that docked in December " \
           "and were then transported to Japan, the envoy said."
    assert {(s, o) for s, o, _, _ in supplies(text, "en")} == {("Hungary", "Japan")}


def test_loading_passengers_is_no_supply(supplies: Supplies) -> None:
    assert supplies("Hungary loaded passengers onto a Japanese ship.", "en") == set()
