"""A weekday told after a word of the future is the first such day on or after the day it counts from."""
from __future__ import annotations

import pytest

from claimgraph.nlp.dates import find_dates

FRIDAY = "2025-01-17"


def days(text: str, lang: str = "en", published: str = FRIDAY) -> list[tuple[str, str | None]]:
    return [(d.text, d.time.start) for d in find_dates(text, lang, published)]


@pytest.mark.parametrize(("text", "lang", "word", "day"), [
    ("The envoy will be summoned to the ministry on Monday.", "en", "Monday", "2025-01-20"),
    ("Посол будет вызван в министерство в понедельник.", "ru", "понедельник", "2025-01-20"),
    ("Встреча министров состоится в пятницу.", "ru", "пятницу", "2025-01-17"),
])
def test_a_weekday_ahead_is_the_coming_one(text: str, lang: str, word: str, day: str) -> None:
    assert days(text, lang) == [(word, day)]


def test_a_weekday_ahead_counts_from_the_day_told_before_it() -> None:
    assert days("Latvia said on Tuesday it would summon the envoy on Wednesday.") == [
        ("Tuesday", "2025-01-14"), ("Wednesday", "2025-01-15")]


@pytest.mark.parametrize("text", [
    "The envoy was summoned by the ministry on Monday.",
    "Russia will respond, the ministry said on Monday.",
    "The talks will go on. On Monday the minister met the envoy.",
])
def test_a_weekday_of_a_past_deed_or_of_the_saying_is_the_latest_one(text: str) -> None:
    assert days(text) == [("Monday", "2025-01-13")]

