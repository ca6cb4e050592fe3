"""A weekday of last week is the latest such day before the report's day, never the day itself."""
from __future__ import annotations

import pytest

from claimgraph.nlp.dates import find_dates

FRIDAY = "2025-01-17"


def days(text: str, lang: str = "en", published: str = FRIDAY) -> list[tuple[str, str | None]]:
    return [(d.text, d.time.start) for d in find_dates(text, lang, published)]


@pytest.mark.parametrize(("text", "lang", "word", "day"), [
    ("Last Friday two drones entered the airspace.", "en", "Friday", "2025-01-10"),
    ("Two drones entered the airspace last Wednesday.", "en", "Wednesday", "2025-01-15"),
    ("В прошлую пятницу МИД вызвал посла.", "ru", "прошлую пятницу", "2025-01-10"),
    ("В минувший четверг МИД вызвал посла.", "ru", "минувший четверг", "2025-01-16"),
])
def test_a_weekday_of_last_week_is_before_the_reports_day(text: str, lang: str, word: str, day: str) -> None:
    assert days(text, lang) == [(word, day)]
