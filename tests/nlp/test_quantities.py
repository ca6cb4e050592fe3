"""Numbers with units, qualifiers, ranges and rates, in digits and in words."""
from __future__ import annotations

import itertools
import random

import pytest

from claimgraph.nlp.doc import AnalyzedDoc
from claimgraph.nlp.quantities import QuantityComponent, find_quantities


def read(text: str, lang: str) -> list[tuple[object, ...]]:
    return [(q.text, q.value, q.min, q.max, q.unit, q.qualifier, q.rate) for q in find_quantities(text, lang)]


@pytest.mark.parametrize("text, expected", [
    ("a plant with a capacity of up to 100,000 units annually",
     ("up to 100,000", 100000.0, None, None, "unit", "up to", "year")),
    ("stocks of 100 000 drones", ("100 000", 100000.0, None, None, "drone", None, None)),
    ("two thousand soldiers", ("two thousand", 2000.0, None, None, "soldier", None, None)),
    ("more than 2 thousand organizations work on drones",
     ("more than 2 thousand", 2000.0, None, None, "organization", "more than", None)),
    ("1.5 million shells", ("1.5 million", 1500000.0, None, None, "shell", None, None)),
    ("a deal worth $3 million", ("$3 million", 3000000.0, None, None, "USD", None, None)),
    ("from 2,000 to 5,000 drones per month",
     ("from 2,000 to 5,000", None, 2000.0, 5000.0, "drone", None, "month")),
    ("at least 40 engines", ("at least 40", 40.0, None, None, "engine", "at least", None)),
    ("less than 30 percent of parts", ("less than 30 percent", 30.0, None, None, "%", "less than", None)),
    ("a range of 450 kilometres", ("450 kilometres", 450.0, None, None, "kilometre", None, None)),
])
def test_quantities_english(text: str, expected: tuple[object, ...]) -> None:
    assert read(text, "en") == [expected]


@pytest.mark.parametrize("text, expected", [
    ("до 100 тысяч беспилотников в год", ("до 100 тысяч", 100000.0, None, None, "беспилотник", "up to", "year")),
    ("2 тыс. дронов", ("2 тыс.", 2000.0, None, None, "дрон", None, None)),
    ("более 2 тыс. организаций", ("более 2 тыс.", 2000.0, None, None, "организация", "more than", None)),
    ("полтора миллиона снарядов", ("полтора миллиона", 1500000.0, None, None, "снаряд", None, None)),
    ("кредит на 5 млрд рублей", ("5 млрд рублей", 5e9, None, None, "RUB", None, None)),
    ("2–5 тысяч беспилотников", ("2–5 тысяч", None, 2000.0, 5000.0, "беспилотник", None, None)),
    ("не менее 300 предприятий ежегодно", ("не менее 300", 300.0, None, None, "предприятие", "at least", "year")),
    ("около 1,5 млн долларов", ("около 1,5 млн долларов", 1500000.0, None, None, "USD", "about", None)),
    ("порядка десяти заводов", ("порядка десяти", 10.0, None, None, "завод", "about", None)),
    ("свыше 120 км", ("свыше 120 км", 120.0, None, None, "километр", "more than", None)),
    ("100 000 единиц в месяц", ("100 000", 100000.0, None, None, "единица", None, "month")),
    ("выделят около 3 млрд российских рублей", ("около 3 млрд российских рублей", 3e9, None, None, "RUB", "about", None)),
])
def test_quantities_russian(text: str, expected: tuple[object, ...]) -> None:
    assert read(text, "ru") == [expected]


@pytest.mark.parametrize("text, lang", [
    ("In 2023 the plant opened; by 2025 it had grown.", "en"),
    ("В 2023 году завод открылся.", "ru"),
    ("Su-34 and T-90 units, MiG-29 jets.", "en"),
    ("One of the ways is joint production.", "en"),
    ("At 10:30 on 21.07.2025 the talks began.", "en"),
    ("Buyers liked the Aolan Mini 3, a small quadcopter.", "en"),
])
def test_quantities_years_dates_and_model_names_are_not_quantities(text: str, lang: str) -> None:
    assert read(text, lang) == []


def test_quantities_component_adds_money_and_quantity_mentions() -> None:
    doc = AnalyzedDoc("doc-1", "They paid $3 million for 40 engines.", "en")
    doc = QuantityComponent()(doc)
    assert [(m.text, m.label) for m in doc.mentions] == [("$3 million", "Money"), ("40", "Quantity")]
    assert doc.quantities[1].unit == "engine"


def test_quantities_hundred_thousand_numbers_in_a_row() -> None:
    rng = random.Random(7)
    text = " ".join(str(rng.randint(0, 999)) for _ in range(100_000))
    found = find_quantities(text, "en")
    assert len(found) > 10_000  # space-grouped thousands may join neighbours ("331 970 154")
    assert all(text[q.start:q.end] == q.text for q in found)
    assert all(a.end <= b.start for a, b in itertools.pairwise(found))


def test_quantities_megabyte_line_without_spaces_does_not_crash() -> None:
    assert find_quantities("9" * 1_000_000, "ru") == []


def test_russian_one_thousand_said_by_the_scale_word_alone() -> None:
    assert [(q.text, q.value) for q in find_quantities("Минск направит тысячу инженеров.", "ru")] == [("тысячу", 1000.0)]
    assert [(q.text, q.value) for q in find_quantities("Минск направит одну тысячу инженеров.", "ru")] == [
        ("одну тысячу", 1000.0)]


def test_russian_plural_thousands_stay_vague() -> None:
    assert find_quantities("Тысячи инженеров уже работают там.", "ru") == []


def test_a_russian_count_in_the_instrumental_counts_the_noun_after_it() -> None:
    assert read("Склад обстреляли шестью дронами и двумя ракетами.", "ru") == [
        ("шестью", 6.0, None, None, "дрон", None, None), ("двумя", 2.0, None, None, "ракета", None, None)]


def test_the_word_for_family_is_no_count_of_seven() -> None:
    assert read("Пилот навестил свою семью в Гомеле.", "ru") == []
    assert read("Губернатор встретил семью пострадавших.", "ru") == []
