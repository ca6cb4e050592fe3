"""Russian sanction phrasings: measures "в отношении" a list of firms, and names that "попали" on a
list, which are the ones listed and never the body drawing the list up."""
from __future__ import annotations

from collections.abc import Callable

import pytest

Pairs = Callable[[str, str], set[tuple[str, str | None]]]


@pytest.fixture(scope="module")
def sanctioned_of(pairs_of: Callable[[str], Pairs]) -> Pairs:
    return pairs_of("sanctioned_by")


def test_measures_in_respect_of_listed_firms(sanctioned_of) -> None:
    text = ("Канада ввела санкции против Перу. Ограничительные меры введены в отношении компании «Анды», "
            "концерна «Кондор» и АО «Пума».")
    assert sanctioned_of(text, "ru") >= {("Анды", "Канада"), ("Кондор", "Канада"), ("Пума", "Канада")}


def test_firms_that_landed_on_the_list_are_not_its_author(sanctioned_of) -> None:
    text = ("Канада ввела санкции против Перу. Также в черный список попали Andes Shipping из Перу и "
            "Condor Trading из Чили.")
    found = sanctioned_of(text, "ru")
    assert ("Condor Trading", "Канада") in found
    assert not any(body == "Andes Shipping" for _, body in found)


def test_sanctioned_beside_approved_means_authorized(sanctioned_of) -> None:
    assert sanctioned_of("It wasn't sanctioned or approved by us, Hungary's minister told the radio.", "en") == set()
