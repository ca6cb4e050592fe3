"""A delivery noun whose doer is named with "by" ("deliveries were made by X", "the shipments were
handled by X"): X supplies, to the recipient of the supply the report has just told of."""
from __future__ import annotations

from collections.abc import Callable

import pytest

Pairs = Callable[[str, str], set[tuple[str, str | None]]]


@pytest.fixture(scope="module")
def supplies_of(pairs_of: Callable[[str], Pairs]) -> Pairs:
    return pairs_of("supplies_to")


def test_deliveries_made_by_a_firm_go_to_the_recipient_just_named(supplies_of) -> None:
    text = ("Invoices show that Vostok Works received radar parts from Orion Components last year. "
            "The shipments were handled by the trading firm Delta Logistik.")
    assert ("Delta Logistik", "Vostok Works") in supplies_of(text, "en")


def test_deliveries_made_by_a_firm_with_no_recipient_told_are_its_supplies(supplies_of) -> None:
    text = "Deliveries were made by the trading firm Delta Logistik, according to the invoices."
    assert supplies_of(text, "en") == {("Delta Logistik", None)}


def test_a_new_shipment_does_not_reach_back_to_an_earlier_recipient(supplies_of) -> None:
    text = ("Invoices show that Vostok Works received radar parts from Orion Components last year. "
            "A shipment of grain was handled by the trading firm Delta Logistik.")
    assert ("Delta Logistik", "Vostok Works") not in supplies_of(text, "en")
