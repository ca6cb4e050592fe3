"""The named members of a group that sanctions hit are each sanctioned, by each body that imposed them;
a list of members under a group nobody sanctions gives no sanctions."""
from __future__ import annotations


def test_a_company_named_among_the_sanctioned_firms_is_sanctioned_by_each_body(pairs_of) -> None:
    text = ("Last spring, both Canada and Japan sanctioned several firms involved in building radar parts, "
            "including Oriole Parts Ltd, a small maker of valves.")
    found = pairs_of("sanctioned_by")(text, "en")
    assert {("Oriole Parts Ltd", "Canada"), ("Oriole Parts Ltd", "Japan")} <= found


def test_companies_listed_after_sanctions_imposed_on_a_group_are_sanctioned(pairs_of) -> None:
    text = ("In reply, Canada imposed sanctions in May on a dozen suspected suppliers, including Kestrel "
            "Components Limited and two smaller trading houses.")
    assert ("Kestrel Components Limited", "Canada") in pairs_of("sanctioned_by")(text, "en")


def test_the_countries_of_listed_firms_such_as_a_few_are_each_sanctioned(pairs_of) -> None:
    text = ("Canada approved its ninth package of sanctions on Tuesday. "
            "Forty individuals or companies were included in the sanctions list, including firms from "
            "third countries such as Armenia, Serbia and Mongolia.")
    found = pairs_of("sanctioned_by")(text, "en")
    assert {("Armenia", "Canada"), ("Serbia", "Canada"), ("Mongolia", "Canada")} <= found


def test_members_of_a_group_no_one_sanctions_are_not_sanctioned(pairs_of) -> None:
    text = ("Canada signed supply deals with several firms, including Oriole Parts Ltd, "
            "and with partners from countries such as Armenia and Serbia.")
    assert pairs_of("sanctioned_by")(text, "en") == set()


def test_the_countries_of_a_designated_group_of_companies_are_each_sanctioned(pairs_of) -> None:
    text = "The Treasury designated nearly 400 individuals and entities, including companies in China and Turkey."
    found = pairs_of("sanctioned_by")(text, "en")
    assert {("China", "Treasury"), ("Turkey", "Treasury")} <= found
