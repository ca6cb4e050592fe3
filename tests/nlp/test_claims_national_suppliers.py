"""Firms told by their nations supply for their nations: "Chinese companies and four firms from
Armenia and Serbia supplied …" is a supply by each of the three; one nation's firms stay one supplier."""
from __future__ import annotations


def test_each_nation_of_the_coordinated_groups_of_firms_supplies(pairs_of) -> None:
    text = "These Chinese companies and four more companies from Armenia, Serbia and Switzerland in particular supplied Russia with chips."
    found = pairs_of("supplies_to")(text, "en")
    assert {("Chinese", "Russia"), ("Armenia", "Russia"), ("Serbia", "Russia"), ("Switzerland", "Russia")} <= found


def test_the_firms_of_one_nation_are_one_supplier(pairs_of) -> None:
    assert pairs_of("supplies_to")("Chinese companies supplied Russia with drone engines.", "en") == {("Chinese", "Russia")}
