"""supplies_to told as goods made available."""
from __future__ import annotations

from collections.abc import Callable

Supplies = Callable[[str, str], set[tuple[str, str | None, str, str | None]]]


def test_never_making_weapons_available_to_any_party_is_a_denial(supplies: Supplies) -> None:
    text = "Japan has never made lethal weapons available to any party to the crisis, Sato said at a news conference."
    assert {(s, o, m) for s, o, m, _ in supplies(text, "en")} == {("Japan", None, "denial")}


def test_the_doer_of_the_process_of_making_weapons_available(supplies: Supplies) -> None:
    text = "Tokyo never provided or facilitated the process of making lethal weapons available to any actor."
    assert {(s, o, m) for s, o, m, _ in supplies(text, "en")} == {("Tokyo", None, "denial")}


def test_drones_made_available_to_a_state_are_supplied_to_it(supplies: Supplies) -> None:
    assert {(s, o) for s, o, _, _ in supplies("Japan made drones available to Hungary last year.", "en")} == {
        ("Japan", "Hungary")}


def test_making_a_statement_available_is_no_supply(supplies: Supplies) -> None:
    assert supplies("Japan made the statement available to Hungary.", "en") == set()
