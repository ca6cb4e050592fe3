"""met_with from one person addressing another, and talks read with their venue and frame."""
from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def meetings(pairs_of):
    return pairs_of("met_with")


def test_speaking_to_a_person_meets_them(meetings) -> None:
    text = "Speaking to Deputy Prime Minister Ivan Petrov on Monday, Lukashenko noted the demand for drones."
    assert ("Lukashenko", "Ivan Petrov") in meetings(text, "en")


def test_russian_addressing_a_person_meets_them(meetings) -> None:
    assert ("Лукашенко", "Иван Петров") in meetings("Об этом сказал Лукашенко, обращаясь к министру Ивану Петрову.", "ru")


def test_speaking_to_reporters_meets_no_one(meetings) -> None:
    assert meetings("Speaking to reporters in Minsk, Lukashenko noted the demand for drones.", "en") == set()


def test_talks_with_a_person_in_a_city_are_between_the_people(meetings) -> None:
    text = "Vladimir Putin held talks with Kim Jong Un in Pyongyang on Wednesday."
    assert ("Vladimir Putin", "Kim Jong Un") in meetings(text, "en")


def test_a_statement_after_talks_was_made_by_one_side_of_them(meetings) -> None:
    found = meetings("Об этом заявил Владимир Путин по итогам переговоров с Ким Чен Ыном.", "ru")
    assert ("Владимир Путин", "Ким Чен Ын") in found


def test_the_partner_of_talks_hung_on_the_light_verb(meetings) -> None:
    found = meetings("Владимир Путин провел с руководством Монголии переговоры в Улан-Баторе.", "ru")
    assert ("Владимир Путин", "Монголия") in found
