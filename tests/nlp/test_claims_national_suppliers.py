"""Supplies whose supplier is a nation's firms or industry, told in the ways reports tell them."""
from __future__ import annotations


def test_a_nations_firms_that_continue_to_supply_are_the_supplier(pairs_of) -> None:
    supplies = pairs_of("supplies_to")
    assert supplies("Croatian arms makers continue to supply shells to Armenia.", "en") == {("Croatian", "Armenia")}


def test_the_nation_of_an_export_noun_is_the_supplier(pairs_of) -> None:
    supplies = pairs_of("supplies_to")
    assert supplies("Croatian ammunition exports to Armenia rose sharply last year.", "en") == {("Croatian", "Armenia")}


def test_firms_accused_of_sending_arms_stand_for_their_nation(pairs_of) -> None:
    supplies = pairs_of("supplies_to")
    assert supplies("Baku accused Croatian arms companies of secretly shipping mortars to Armenia.", "en") == {
        ("Croatian", "Armenia")}


def test_a_states_industry_accused_of_supplying_is_that_state(pairs_of) -> None:
    supplies = pairs_of("supplies_to")
    text = "Azerbaijan accused Croatia's defense industry of supplying mortars to Armenia."
    assert supplies(text, "en") == {("Croatia", "Armenia")}


def test_each_firm_listed_beside_the_subject_noun_supplies(pairs_of) -> None:
    supplies = pairs_of("supplies_to")
    text = "В Минске заявили, что крупные компании («Бета Лаб», «Омега Дизайн» и другие) поставляют Армении дроны."
    assert supplies(text, "ru") == {("Бета Лаб", "Армения"), ("Омега Дизайн", "Армения")}
