"""supplies_to told as military aid rendered to a state."""
from __future__ import annotations

from collections.abc import Callable

Supplies = Callable[[str, str], set[tuple[str, str | None, str, str | None]]]


def test_military_aid_rendered_in_the_dative_is_a_supply(supplies: Supplies) -> None:
    found = supplies("Венгрия оказывает военную помощь Японии, заявил Сабо.", "ru")
    assert {(s, o, m) for s, o, m, _ in found} == {("Венгрия", "Япония", "claim")}


def test_denying_that_his_country_renders_military_aid_is_his_states_denial(supplies: Supplies) -> None:
    text = "Президент Венгрии Петер Сабо отрицает, что его страна оказывает военную помощь Японии."
    assert {(o, m, by) for _, o, m, by in supplies(text, "ru")} == {("Япония", "denial", "Петер Сабо")}


def test_humanitarian_aid_is_no_supply(supplies: Supplies) -> None:
    assert supplies("Венгрия оказывает гуманитарную помощь Японии.", "ru") == set()


def test_military_assistance_given_in_english(supplies: Supplies) -> None:
    assert {(s, o) for s, o, _, _ in supplies("Hungary gave military assistance to Japan last year.", "en")} == {
        ("Hungary", "Japan")}
