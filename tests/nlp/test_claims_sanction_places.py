"""Sanctions on firms the report places but does not name ("businesses in Iran and Dubai",
"China-based companies", "Chinese companies", "компании из ОАЭ и Индии"): each country is sanctioned
by the body imposing them; a dateline's agency in brackets never becomes that body."""
from __future__ import annotations

from collections.abc import Callable

import pytest

Pairs = Callable[[str, str], set[tuple[str, str | None]]]


@pytest.fixture(scope="module")
def sanctioned_of(pairs_of: Callable[[str], Pairs]) -> Pairs:
    return pairs_of("sanctioned_by")


def test_firms_in_listed_countries_put_each_country_under_sanctions(sanctioned_of) -> None:
    text = "Canada imposed sanctions on Monday. The new sanctions also target firms in Peru, Chile and Bolivia."
    assert sanctioned_of(text, "en") >= {("Peru", "Canada"), ("Chile", "Canada"), ("Bolivia", "Canada")}


def test_firms_based_in_a_country(sanctioned_of) -> None:
    text = "Canada imposed trade restrictions on Peru-based companies on Monday."
    assert ("Peru", "Canada") in sanctioned_of(text, "en")


def test_companies_from_countries_in_russian(sanctioned_of) -> None:
    text = "Канада ввела ограничительные меры против компаний из Перу и Чили."
    assert sanctioned_of(text, "ru") >= {("Перу", "Канада"), ("Чили", "Канада")}


def test_a_named_firm_is_sanctioned_itself_not_its_country(sanctioned_of) -> None:
    text = "Canada imposed sanctions on the Lima Trading Company, a firm in Peru."
    assert ("Peru", "Canada") not in sanctioned_of(text, "en")


def test_an_agency_in_a_dateline_is_not_the_sanctioning_body(sanctioned_of) -> None:
    text = ("OTTAWA, May 3 (Reuters) – Canada imposed sanctions on Peru-based companies on Friday. "
            "The new sanctions also target firms in Chile and Bolivia.")
    found = sanctioned_of(text, "en")
    assert ("Chile", "Canada") in found and not any(body == "Reuters" for _, body in found)
