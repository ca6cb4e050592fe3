"""supplies_to told as the way one party helps another: "backs X by shipping drones"."""
from __future__ import annotations

from collections.abc import Callable

import pytest

Pairs = Callable[[str, str], set[tuple[str, str | None]]]


@pytest.fixture(scope="module")
def supplies_of(pairs_of: Callable[[str], Pairs]) -> Pairs:
    return pairs_of("supplies_to")


def test_helping_a_party_by_shipping_goods_supplies_it(supplies_of) -> None:
    text = "Analysts say Iran is helping Venezuela by shipping attack drones."
    assert ("Iran", "Venezuela") in supplies_of(text, "en")


def test_the_owner_of_what_is_backed_is_the_recipient(supplies_of) -> None:
    text = "Officials say Iran is backing Venezuela's war effort by selling artillery shells."
    assert ("Iran", "Venezuela") in supplies_of(text, "en")


def test_helping_a_party_do_something_by_sending_parts(supplies_of) -> None:
    text = "Iran has been helping Venezuela evade an embargo by sending engines."
    assert ("Iran", "Venezuela") in supplies_of(text, "en")


def test_help_by_means_that_move_no_goods_is_no_supply(supplies_of) -> None:
    text = "Iran is helping Venezuela by sending a clear signal to Washington."
    assert ("Iran", "Venezuela") not in supplies_of(text, "en")


def test_russian_verbal_adverb_of_supply_under_a_verb_of_help(supplies_of) -> None:
    text = "Иран помогает Венесуэле, поставляя беспилотники."
    assert ("Иран", "Венесуэла") in supplies_of(text, "ru")
