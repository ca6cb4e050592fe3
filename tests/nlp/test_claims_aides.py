"""holds_role for the aides of a person: spokesmen, envoys and advisers serve a person."""
from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def roles(pairs_of):
    return pairs_of("holds_role")


def test_a_person_s_spokesman_before_the_name(roles) -> None:
    assert ("Ibrahim Kalin", "Erdogan") in roles("Erdogan's spokesman Ibrahim Kalin said the talks went well.", "en")


def test_a_person_s_spokesman_after_the_name(roles) -> None:
    text = "The talks went well, said Ibrahim Kalin, Recep Erdogan's spokesman, on Monday."
    assert ("Ibrahim Kalin", "Recep Erdogan") in roles(text, "en")


def test_russian_press_secretary_of_a_titled_person(roles) -> None:
    text = "Пресс-секретарь президента Турции Реджепа Эрдогана Ибрахим Калын заявил об этом."
    found = roles(text, "ru")
    assert ("Ибрахим Калын", "Реджеп Эрдоган") in found
    assert ("Реджеп Эрдоган", "Турция") in found


def test_an_envoy_to_a_place_serves_no_one_there(roles) -> None:
    found = roles("The UN envoy to Syria, Geir Pedersen, arrived in Damascus.", "en")
    assert all(obj != "Syria" for _, obj in found)


def test_a_council_coordinator_holds_a_post_in_the_council(roles) -> None:
    text = "In a briefing, Tom Baker, National Security Council coordinator for strategic communications, spoke."
    assert ("Tom Baker", "National Security Council") in roles(text, "en")
