"""visited from visit nouns and arrivals: the possessor or the clause's people go to the place named."""
from __future__ import annotations

from collections.abc import Callable

import pytest

Pairs = Callable[[str, str], set[tuple[str, str | None]]]


@pytest.fixture(scope="module")
def visits_of(pairs_of: Callable[[str], Pairs]) -> Pairs:
    return pairs_of("visited")


@pytest.mark.parametrize(("text", "lang", "visit"), [
    ("Deputy minister Ivan Petrov proposed a new plant during a visit to Grodno.", "en", ("Ivan Petrov", "Grodno")),
    ("Ivan Petrov arrived in Grodno on Monday.", "en", ("Ivan Petrov", "Grodno")),
    ("В ходе визита в Гродно министр Иван Петров провел переговоры.", "ru", ("Иван Петров", "Гродно")),
    ("Министр Иван Петров прибыл в Гродно в понедельник.", "ru", ("Иван Петров", "Гродно")),
])
def test_a_visit_noun_or_an_arrival_is_a_visit(visits_of, text: str, lang: str, visit: tuple[str, str]) -> None:
    assert visit in visits_of(text, lang)


def test_a_visit_without_a_destination_gives_no_claim(visits_of) -> None:
    assert visits_of("Ivan Petrov spoke about drones during the visit.", "en") == set()
