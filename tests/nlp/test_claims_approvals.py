"""A state saying it approved no delivery denies supplying it."""
from __future__ import annotations

from collections.abc import Callable

Supplies = Callable[[str, str], set[tuple[str, str | None, str, str | None]]]


def test_no_arms_shipment_approved_denies_the_supply(supplies: Supplies) -> None:
    text = "On Friday, a minister said Hungary had not approved any arms shipment to Japan in December."
    assert {(s, o, m) for s, o, m, _ in supplies(text, "en")} == {("Hungary", "Japan", "denial")}


def test_an_approved_shipment_is_no_denial(supplies: Supplies) -> None:
    found = supplies("Hungary approved the shipment of arms to Japan.", "en")
    assert all(m != "denial" for _, _, m, _ in found)


def test_russian_no_deliveries_approved(supplies: Supplies) -> None:
    text = "Венгрия не одобряла никаких поставок оружия Японии, заявил министр Петер Сабо."
    assert {(s, m) for s, _, m, _ in supplies(text, "ru")} == {("Венгрия", "denial")}


def test_the_country_gave_no_approval_for_deliveries(supplies: Supplies) -> None:
    text = "Глава комитета по контролю над вооружениями в Венгрии Петер Сабо заявил, что страна не давала " \
           "одобрения для поставок Японии вооружения."
    assert {(s, o, m) for s, o, m, _ in supplies(text, "ru")} == {("Венгрия", "Япония", "denial")}
