"""visited from a person's presence told with the copula, and from a visit framed with its day."""
from __future__ import annotations

from collections.abc import Callable

import pytest

Pairs = Callable[[str, str], set[tuple[str, str | None]]]


@pytest.fixture(scope="module")
def visits(pairs_of: Callable[[str], Pairs]) -> Pairs:
    return pairs_of("visited")


def test_a_person_in_a_foreign_country_is_visiting_it(visits) -> None:
    assert ("Ivan Petrov", "Kazakhstan") in visits("Ivan Petrov is in Kazakhstan on the minister's behalf.", "en")


def test_russian_copula_puts_a_person_in_a_city(visits) -> None:
    assert ("Иван Петров", "Гродно") in visits("Министр Иван Петров был в Гродно на прошлой неделе.", "ru")


def test_talks_in_a_city_are_no_visit(visits) -> None:
    assert visits("The talks were in Grodno.", "en") == set()
    assert visits("Переговоры были в Гродно.", "ru") == set()


def test_a_visit_framed_with_its_day_is_the_speaker_s(visits) -> None:
    text = "Об этом рассказал министр Иван Петров во время своего визита в Гродно 3 мая."
    assert ("Иван Петров", "Гродно") in visits(text, "ru")


def test_a_head_of_state_in_a_city_may_be_at_home(visits) -> None:
    text = "The President of Kazakhstan, Arman Tokayev, was in Almaty answering questions from lawmakers."
    assert visits(text, "en") == set()
