"""Ukrainian figures are read as Ukrainian: number words in their case forms, scales, qualifiers,
currencies, measures and rates — and collective numerals in Russian and Ukrainian."""
from __future__ import annotations

from claimgraph.nlp.quantities import find_quantities


def _read(text: str, lang: str = "uk") -> list[tuple[str, float | None, str | None, str | None]]:
    return [(q.text or "", q.value, q.unit, q.qualifier) for q in find_quantities(text, lang)]


def test_qualifiers_and_number_words_in_their_case_forms() -> None:
    assert _read("Склад отримав понад 300 ящиків і близько п’яти тисяч гранат.") == [
        ("понад 300", 300.0, "ящиків", "more than"), ("близько п’яти тисяч", 5000.0, "гранат", "about")]
    assert _read("Щонайменше три катери зайшли в порт.")[0][1:] == (3.0, "катери", "at least")


def test_scales_rates_and_a_decimal_comma() -> None:
    (plant,) = find_quantities("Цех збиратиме до 4 тис. моторів на рік.", "uk")
    assert (plant.value, plant.qualifier, plant.rate) == (4000.0, "up to", "year")
    (money,) = find_quantities("Контракт оцінили у 2,5 млн гривень.", "uk")
    assert (money.value, money.unit) == (2500000.0, "UAH")


def test_a_range_and_a_measure() -> None:
    first, second = find_quantities("Від 4 до 9 катерів пройшли 70 км уздовж берега.", "uk")
    assert (first.min, first.max, first.unit) == (4.0, 9.0, "катерів")
    assert (second.value, second.unit) == (70.0, "кілометр")


def test_an_adjective_before_the_counted_noun_is_skipped_and_a_verb_is_no_unit() -> None:
    assert _read("Місто прийняло тисячу цивільних лікарів.") == [("тисячу", 1000.0, "лікарів", None)]
    assert _read("Ще 14 отримали опіки.") == [("14", 14.0, None, None)]


def test_collective_numerals_count_people() -> None:
    assert _read("На заводі працювали семеро інженерів.") == [("семеро", 7.0, "інженерів", None)]
    assert _read("На складе дежурили трое охранников.", "ru") == [("трое", 3.0, "охранник", None)]
