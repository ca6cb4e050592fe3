"""A state acting through "the Russian side", "the Belarusian government", "российская сторона":
the demonym names the country that does what the clause says."""
from __future__ import annotations

from collections.abc import Callable

import pytest

Pairs = Callable[[str, str], set[tuple[str, str | None]]]


@pytest.fixture(scope="module")
def offers_of(pairs_of: Callable[[str], Pairs]) -> Pairs:
    return pairs_of("offers_to_build")


def test_the_russian_side_offering_is_russia_offering(offers_of) -> None:
    text = "Serbia and Hungary signed a memorandum. Officials said the Hungarian side offers Serbia to build a tank repair plant."
    assert offers_of(text, "en") == {("Hungary", "Serbia")}


def test_a_side_named_in_russian_is_its_country(offers_of) -> None:
    text = "Сербия и Венгрия подписали меморандум. Чиновник сообщил, что венгерская сторона предлагает Сербии построить завод."
    assert ("Венгрия", "Сербия") in offers_of(text, "ru")


def test_a_demonym_whose_country_the_report_never_names_gives_no_party(offers_of) -> None:
    text = "Officials said the Hungarian side offers Serbia to build a tank repair plant."
    assert ("Hungary", "Serbia") not in offers_of(text, "en")
