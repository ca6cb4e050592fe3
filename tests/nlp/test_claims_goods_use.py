"""supplies_to told as the use of foreign goods: the goods' origin supplied whoever uses them."""
from __future__ import annotations

from collections.abc import Callable

Supplies = Callable[[str, str], set[tuple[str, str | None, str, str | None]]]


def test_firing_foreign_missiles_makes_their_country_the_supplier(supplies: Supplies) -> None:
    found = supplies("Hungary fired Japanese missiles at Polish towns.", "en")
    assert {(s, o) for s, o, _, _ in found} == {("Japanese", "Hungary")}


def test_the_party_accused_of_using_foreign_drones_is_the_recipient(supplies: Supplies) -> None:
    found = supplies("Polish officials have accused Hungary of using Japanese drones in attacks on Kraków.", "en")
    assert {(s, o, m) for s, o, m, _ in found} == {("Japanese", "Hungary", "claim")}


def test_rejected_claims_about_a_use_deny_the_supply(supplies: Supplies) -> None:
    found = supplies("Warsaw rejected claims about Hungary's use of Japanese drones in the conflict.", "en")
    assert {(s, o, m) for s, o, m, _ in found} == {("Japanese", "Hungary", "denial")}


def test_no_information_on_its_own_forces_using_them_is_a_denial(supplies: Supplies) -> None:
    found = supplies("The Kremlin said it had no information on its forces using Japanese drones.", "en")
    assert found == {("Japanese", "Kremlin", "denial", "Kremlin")}


def test_a_state_that_began_using_received_missiles_was_supplied(supplies: Supplies) -> None:
    found = supplies("Венгрия начала использовать ракеты, полученные от Японии.", "ru")
    assert {(s, o) for s, o, _, _ in found} == {("Япония", "Венгрия")}


def test_accused_of_the_use_in_russian(supplies: Supplies) -> None:
    found = supplies("Польша обвинила Венгрию в использовании японских дронов.", "ru")
    assert {(o, m) for _, o, m, _ in found} == {("Венгрия", "claim")}


def test_using_home_made_goods_is_no_supply(supplies: Supplies) -> None:
    assert supplies("Hungary fired Hungarian missiles at the border posts.", "en") == set()


def test_the_nation_of_the_accusers_speaks_when_they_are_not_named(supplies: Supplies) -> None:
    found = supplies("Polish officials have accused Hungary of using Japanese drones in attacks on Kraków.", "en")
    assert {by for _, _, _, by in found} == {"Polish"}


def test_foreign_missiles_fired_by_a_state_were_supplied_to_it(supplies: Supplies) -> None:
    found = supplies("Kyiv said the Japanese missiles fired by Hungary hit a school.", "en")
    assert {(s, o) for s, o, _, _ in found} == {("Japanese", "Hungary")}


def test_foreign_drones_used_with_no_user_named_tell_no_supply(supplies: Supplies) -> None:
    assert supplies("Japanese drones were used in the attack on the town.", "en") == set()
