"""A party saying home-made goods are what its forces use denies the foreign supply just spoken of."""
from __future__ import annotations

from collections.abc import Callable

Supplies = Callable[[str, str], set[tuple[str, str | None, str, str | None]]]


def test_saying_own_equipment_is_used_denies_the_foreign_drones(supplies: Supplies) -> None:
    text = "Hungary's army fired Japanese drones at the border. Hungarian equipment is being used, Szabo said."
    assert ("Japanese", "Hungary", "denial", "Szabo") in supplies(text, "en")


def test_only_domestic_equipment_used_denies_the_foreign_supply_in_russian(supplies: Supplies) -> None:
    text = "«Японских дронов там нет». Венгрия применяет исключительно отечественную технику."
    assert ("Япония", "Венгрия", "denial") in {(s, o, m) for s, o, m, _ in supplies(text, "ru")} or \
        ("японский", "Венгрия", "denial") in {(s, o, m) for s, o, m, _ in supplies(text, "ru")}


def test_own_equipment_with_no_foreign_goods_spoken_of_denies_nothing(supplies: Supplies) -> None:
    assert supplies("Hungarian equipment is being used, Szabo said.", "en") == set()


def test_an_army_is_no_materiel(supplies: Supplies) -> None:
    text = "Hungary's army held drills at the border. Hungarian equipment is being used, Szabo said."
    assert supplies(text, "en") == set()
