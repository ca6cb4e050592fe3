"""Weekdays and day words of languages read without a parser count from the report's day."""
from __future__ import annotations

import pytest

from claimgraph.nlp.dates import day_dates
from claimgraph.nlp.local_days import local_days

FRIDAY = "2024-10-18"


def days(text: str, lang: str, published: str | None = FRIDAY) -> list[tuple[str, str | None]]:
    return [(t.text or "", t.start) for _, _, t in day_dates(text, lang, published)]


@pytest.mark.parametrize(("text", "lang", "word"), [
    ("Санкції, запроваджені у четвер, стосуються трьох компаній.", "uk", "четвер"),
    ("Nałożone w czwartek sankcje wymierzone są w trzy podmioty.", "pl", "czwartek"),
    ("Am Donnerstag teilte das Ministerium mit, dass drei Firmen betroffen sind.", "de", "Donnerstag"),
    ("Санкциите, наложени в четвъртък, засягат три компании.", "bg", "четвъртък"),
])
def test_a_weekday_is_the_latest_such_day_on_or_before_publication(text: str, lang: str, word: str) -> None:
    assert days(text, lang) == [(word, "2024-10-17")]


@pytest.mark.parametrize(("text", "lang", "word", "day"), [
    ("Вчора Мінфін оголосив санкції.", "uk", "Вчора", "2024-10-17"),
    ("Wczoraj ministerstwo ogłosiło sankcje.", "pl", "Wczoraj", "2024-10-17"),
    ("Heute teilte das Ministerium mit.", "de", "Heute", "2024-10-18"),
])
def test_day_words_count_from_publication(text: str, lang: str, word: str, day: str) -> None:
    assert days(text, lang) == [(word, day)]


def test_a_weekday_without_its_preposition_or_an_ordinal_like_it_is_no_date() -> None:
    assert days("Четвер був спокійним. У четверту річницю нічого не сталося.", "uk") == []


def test_a_german_morning_is_no_tomorrow() -> None:
    assert days("Am Morgen griffen Drohnen an.", "de") == []


def test_without_a_full_publication_date_no_day_is_invented() -> None:
    assert local_days("Nałożone w czwartek sankcje.", "pl", None) == []
    assert local_days("Nałożone w czwartek sankcje.", "pl", "2024-10") == []


def test_a_day_and_month_beside_the_weekday_keep_their_own_span() -> None:
    assert days("Nałożone w czwartek 17 października sankcje.", "pl") == [
        ("czwartek", "2024-10-17"), ("17 października", "2024-10-17")]


def test_the_day_before_is_the_day_before_the_report() -> None:
    assert days("Дрон, який напередодні залетів до країни, показали журналістам.", "uk") == [
        ("напередодні", "2024-10-17")]
    assert days("Дрон напярэдадні зваліўся на дах.", "be") == [("напярэдадні", "2024-10-17")]


def test_on_the_eve_of_an_event_is_no_day() -> None:
    assert days("Напередодні візиту міністр дав інтерв'ю.", "uk") == []
    assert days("Напередодні Дня незалежності відбувся парад.", "uk") == []
    assert days("Напередодні свята вулиці прикрасили.", "uk") == []


def test_the_day_before_may_open_a_sentence_with_its_subject() -> None:
    assert days("Напередодні Зеленський заявив про нові санкції.", "uk") == [("Напередодні", "2024-10-17")]


def test_a_night_without_a_date_is_the_reports_day() -> None:
    assert days("Вночі дрони атакували нафтобазу.", "uk") == [("Вночі", "2024-10-18")]
    assert days("Вночі проти 17 жовтня дрони атакували нафтобазу.", "uk") == [("17 жовтня", "2024-10-17")]
