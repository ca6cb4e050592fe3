"""located_in for weapons put on duty or deployed somewhere, and for sites their owners hold."""
from __future__ import annotations

from collections.abc import Callable

import pytest

Pairs = Callable[[str, str], set[tuple[str, str | None]]]


@pytest.fixture(scope="module")
def located(pairs_of: Callable[[str], Pairs]) -> Pairs:
    return pairs_of("located_in")


def test_a_missile_system_entering_combat_duty_in_a_country_is_located_there(located) -> None:
    text = "The Iskander-M missile system has entered combat duty in Armenia, the defence ministry said."
    assert any(obj == "Armenia" for _, obj in located(text, "en"))


def test_russian_complex_on_combat_duty_in_a_country(located) -> None:
    text = "Ракетный комплекс «Искандер» с 5 мая заступил на боевое дежурство в Армении."
    assert ("Искандер", "Армения") in located(text, "ru")


def test_the_placement_of_a_weapon_in_a_country(located) -> None:
    text = "Министр обороны подтвердил, что решение о размещении ракеты «Искандер» в Армении уже принято."
    assert ("Искандер", "Армения") in located(text, "ru")


def test_entering_anything_but_duty_is_no_deployment(located) -> None:
    assert located("The Iskander missile system entered production in Armenia last year.", "en") == set()


def test_a_company_s_facilities_in_a_city(located) -> None:
    text = "Engineers visited Grodno Drone Works' facilities in Lida twice last year."
    assert ("Grodno Drone Works", "Lida") in located(text, "en")


def test_a_city_where_a_company_is_based(located) -> None:
    text = "The parts were flown to Minsk, where Grodno Drone Works is based."
    assert ("Grodno Drone Works", "Minsk") in located(text, "en")


def test_a_place_named_beside_a_zone(located) -> None:
    text = "The press service of Vostok, a special economic zone in the Lida district, denied the report."
    assert any(obj == "Lida district" for _, obj in located(text, "en"))


def test_a_described_name_in_a_list_keeps_its_own_place(located) -> None:
    text = ("The list includes the Minsk electronics maker Integral-Avia, the engine repair plant Motorremont in "
            "Baranovichi and the logistics firm Zapad Transit.")
    assert not any(subject == "Integral-Avia" and obj == "Baranovichi" for subject, obj in located(text, "en"))


def test_a_weapon_system_arriving_somewhere_is_located_there(located) -> None:
    text = "The minister said the Russian Iskander system arrived in Armenia on Wednesday and was put on combat duty."
    assert any(obj == "Armenia" for _, obj in located(text, "en"))


def test_a_person_arriving_is_not_located(located) -> None:
    assert located("Deputy minister Ivan Petrov arrived in Armenia on Wednesday.", "en") == set()


@pytest.mark.parametrize(("text", "pair"), [
    ("Система «Кедр» с понедельника заступает на боевое дежурство, рассказал журналистам президент Белоруссии Александр Лукашенко.",
     ("Кедр", "Белоруссия")),
])
def test_a_head_of_state_said_after_the_duty_clause_places_it_in_the_state(pairs_of, text, pair) -> None:
    assert pair in pairs_of("located_in")(text, "ru")


def test_a_weapon_deployed_and_on_duty_on_a_territory_is_located_in_its_state(located) -> None:
    text = ("Belarus and Russia signed a defence treaty in Minsk. Lukashenko said the Iskander missile system was "
            "stationed last spring and today remains on combat duty on Belarusian soil.")
    assert ("Iskander", "Belarus") in located(text, "en")


def test_a_weapon_on_combat_duty_somewhere_is_located_there(located) -> None:
    assert ("Iskander", "Armenia") in located("The Iskander missile system is on combat duty in Armenia, the ministry said.", "en")


def test_a_person_on_duty_is_not_located(located) -> None:
    assert located("The general is on duty in Yerevan.", "en") == set()


def test_the_territory_of_the_republic_is_the_country_named_before(pairs_of) -> None:
    text = ("Армения попросила разместить у себя новые ракеты. Министр счел возможным размещение ракетной системы "
            "«Кедр» на территории республики.")
    assert ("Кедр", "Армения") in pairs_of("located_in")(text, "ru")
