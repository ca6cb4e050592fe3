"""Troops sent to a state, or to help it: a supply whose value is the count of troops."""
from __future__ import annotations

from collections.abc import Callable

import pytest

from claimgraph.nlp.claims import find_claims
from claimgraph.nlp.dates import DateComponent
from claimgraph.nlp.doc import AnalyzedDoc
from claimgraph.nlp.quantities import QuantityComponent

Supplies = Callable[[str, str], set[tuple[str, str | None, float | None]]]


@pytest.fixture(scope="module")
def supplies(analyse: Callable[[str, str], AnalyzedDoc]) -> Supplies:
    """(supplier, recipient, value) of each supplies_to claim of a text we wrote."""
    dates, quantities = DateComponent(), QuantityComponent()

    def run(text: str, lang: str) -> set[tuple[str, str | None, float | None]]:
        doc = analyse(text, lang)
        doc.published = "2024-10-21"
        return {(c.subject, c.object, c.value) for c in find_claims(quantities(dates(doc)))
                if c.predicate == "supplies_to"}

    return run


@pytest.mark.parametrize(("text", "lang", "supply"), [
    ("South Korea said North Korea plans to send 12,000 troops to Russia.", "en", ("North Korea", "Russia", 12000.0)),
    ("КНДР направила в Россию 12 тысяч военных, заявили в Сеуле.", "ru", ("КНДР", "Россия", 12000.0)),
])
def test_troops_sent_to_a_state_are_supplied_to_it_with_their_count(supplies, text, lang, supply) -> None:
    assert supply in supplies(text, lang)


@pytest.mark.parametrize(("text", "lang", "supply"), [
    ("The agency reported the North had decided to send around 12,000 troops to support Russia in the war.", "en",
     ("North", "Russia", 12000.0)),
    ("Kyiv and Seoul accused Pyongyang of preparing to send more than 10,000 military personnel to assist Russia.",
     "en", ("Pyongyang", "Russia", 10000.0)),
    ("КНДР готова направить 10 тысяч военных на помощь России, заявили в Сеуле.", "ru", ("КНДР", "Россия", 10000.0)),
])
def test_the_state_troops_are_sent_to_help_receives_them(supplies, text, lang, supply) -> None:
    assert supply in supplies(text, lang)


def test_a_count_of_troops_sent_with_no_recipient_named_is_still_a_supply(supplies) -> None:
    assert supplies("According to authorities in Seoul, North Korea is ready to send up to 12,000 soldiers.",
                    "en") == {("North Korea", None, 12000.0)}


@pytest.mark.parametrize("text", [
    "Russia sent 5,000 troops to the border.",
    "The company sent 200 engineers to the plant.",
])
def test_troops_sent_to_a_place_or_staff_sent_to_work_supply_no_one(supplies, text) -> None:
    assert supplies(text, "en") == set()


def test_help_hung_on_the_troops_still_names_the_recipient(supplies) -> None:
    text = "Kyiv and Seoul accused Pyongyang of preparing to send more than 10,000 military personnel to assist " \
           "Russia, adding that some troops had already arrived in Russia."
    assert ("Pyongyang", "Russia", 10000.0) in supplies(text, "en")


@pytest.mark.parametrize(("text", "lang", "supply"), [
    ("В Москве не отрицают информацию о перебросе военных из Северной Кореи в Россию.", "ru",
     ("Северная Корея", "Россия", None)),
    ("Seoul reported the dispatch of troops from North Korea to Russia.", "en", ("North Korea", "Russia", None)),
])
def test_troops_moved_from_one_state_to_another_are_a_supply(supplies, text, lang, supply) -> None:
    assert supply in supplies(text, lang)


def test_troops_moved_between_two_cities_are_no_supply(supplies) -> None:
    assert supplies("Началась переброска войск из Курска в Белгород.", "ru") == set()
