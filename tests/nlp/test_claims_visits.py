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


def test_experts_a_demonym_qualifies_visit_for_their_country(pairs_of) -> None:
    text = "Chinese engineers visited Grodno Drone Works three times last year. China denied it."
    assert ("China", "Grodno Drone Works") in pairs_of("visited")(text, "en")


def test_russian_representatives_of_a_country_arriving_at_a_plant(pairs_of) -> None:
    text = "Представители Армении приезжали в Гродно несколько раз."
    assert ("Армения", "Гродно") in pairs_of("visited")(text, "ru")


def test_a_visit_made_by_the_clause_s_subject(pairs_of) -> None:
    text = "Никол Пашинян, совершающий свой первый официальный визит в Иран, назвал переговоры успешными."
    assert ("Никол Пашинян", "Иран") in pairs_of("visited")(text, "ru")


def test_a_person_being_in_a_city_is_a_visit(pairs_of) -> None:
    text = "Пресс-секретарь сообщил, что решение было принято, когда Никол Пашинян находился в Тегеране."
    assert ("Никол Пашинян", "Тегеран") in pairs_of("visited")(text, "ru")
    assert ("Никол Пашинян", "Тегеран") not in pairs_of("located_in")(text, "ru")


def test_the_count_of_visits_is_the_claim_s_value(analyse) -> None:
    from claimgraph.nlp.claims import find_claims
    from claimgraph.nlp.dates import DateComponent
    from claimgraph.nlp.quantities import QuantityComponent

    doc = analyse("Китайские эксперты посетили завод «Гроднодрон» в Лиде более 6 раз. Китай это отрицает.", "ru")
    claims = find_claims(QuantityComponent()(DateComponent()(doc)))
    assert any(c.predicate == "visited" and c.value == 6 for c in claims)


@pytest.mark.parametrize(("text", "lang"), [
    ("Chinese engineers have visited Grodno Drone Works on more than half a dozen occasions. China denied it.", "en"),
    ("Китайские эксперты посещали завод «Гроднодрон» более полудюжины раз. Китай это отрицает.", "ru"),
    ("Chinese engineers visited Grodno Drone Works more than six times. China denied it.", "en"),
])
def test_half_a_dozen_visits_count_six(analyse, text: str, lang: str) -> None:
    from claimgraph.nlp.claims import find_claims
    from claimgraph.nlp.dates import DateComponent
    from claimgraph.nlp.quantities import QuantityComponent

    claims = find_claims(QuantityComponent()(DateComponent()(analyse(text, lang))))
    assert [c.value for c in claims if c.predicate == "visited"] == [6]
