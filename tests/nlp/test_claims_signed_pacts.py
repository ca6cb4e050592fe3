"""cooperates_with from a pact two states' leaders sign: the states the pact names with "between",
or those the signers' office noun is of."""
from __future__ import annotations

from collections.abc import Callable

import pytest

Pairs = Callable[[str, str], set[tuple[str, str | None]]]


@pytest.fixture(scope="module")
def cooperation(pairs_of: Callable[[str], Pairs]) -> Pairs:
    return pairs_of("cooperates_with")


def _joined(pairs: set[tuple[str, str | None]], a: str, b: str) -> bool:
    return (a, b) in pairs or (b, a) in pairs


def test_a_treaty_between_two_states_binds_those_states(cooperation) -> None:
    text = "In Yerevan, Pashinyan and Tokayev signed a treaty on trade corridors between Armenia and Kazakhstan."
    assert _joined(cooperation(text, "en"), "Armenia", "Kazakhstan")


def test_the_presidents_of_two_states_sign_for_them(cooperation) -> None:
    text = "The presidents of Armenia and Kazakhstan signed an agreement on grain transit on Tuesday."
    assert _joined(cooperation(text, "en"), "Armenia", "Kazakhstan")


def test_russian_presidents_of_two_states_sign_a_treaty(cooperation) -> None:
    text = "Президенты Армении и Казахстана подписали договор о транзите зерна."
    assert _joined(cooperation(text, "ru"), "Армения", "Казахстан")


def test_a_pact_between_people_without_posts_is_no_state_pact(cooperation) -> None:
    text = "Ivan Petrov and Oleg Sidorov signed an agreement on Monday in Armenia."
    assert not any(obj == "Armenia" or subject == "Armenia" for subject, obj in cooperation(text, "en"))


def test_the_states_stand_in_place_of_the_signing_people(cooperation) -> None:
    text = "In Yerevan, Pashinyan and Tokayev signed a treaty on trade corridors between Armenia and Kazakhstan."
    assert not _joined(cooperation(text, "en"), "Pashinyan", "Tokayev")
