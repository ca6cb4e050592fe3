"""A night the report names without a date is the one that ended on the report's day."""
from __future__ import annotations

import pytest

from claimgraph.nlp.dates import find_dates


def days(text: str, lang: str, published: str | None = "2024-08-14") -> list[tuple[str, str | None]]:
    return [(d.text, d.time.start) for d in find_dates(text, lang, published)]


@pytest.mark.parametrize(("text", "lang", "night"), [
    ("Drones struck an oil depot in Bryansk overnight, the governor said.", "en", "overnight"),
    ("Two drones entered the country's airspace last night.", "en", "last night"),
    ("Этой ночью беспилотники атаковали нефтебазу.", "ru", "Этой ночью"),
    ("Губернатор рассказал о последствиях ночной атаки на нефтебазу.", "ru", "ночной"),
    ("В ходе ночного массированного удара повреждена подстанция.", "ru", "ночного"),
])
def test_a_night_without_a_date_is_the_reports_day(text: str, lang: str, night: str) -> None:
    assert days(text, lang) == [(night, "2024-08-14")]


@pytest.mark.parametrize(("text", "lang"), [
    ("Ночные атаки на нефтебазы стали привычными.", "ru"),
    ("Ночной клуб закрыли.", "ru"),
    ("The crew made an overnight stay in Minsk.", "en"),
])
def test_nights_of_habit_or_of_no_strike_are_no_date(text: str, lang: str) -> None:
    assert days(text, lang) == []


def test_without_the_reports_day_a_night_has_no_day() -> None:
    assert days("Drones struck a depot overnight.", "en", None) == [("overnight", None)]


def test_a_dated_night_keeps_its_own_day() -> None:
    assert days("В ночь на 12 августа беспилотники атаковали нефтебазу.", "ru") == [("12 августа", "2024-08-12")]


@pytest.mark.parametrize(("text", "night", "day"), [
    ("В ночь на среду беспилотники нарушили воздушное пространство Литвы.", "ночь на среду", "2024-08-14"),
    ("В ночь с понедельника на вторник дроны атаковали нефтебазу.", "ночь с понедельника на вторник", "2024-08-13"),
])
def test_a_night_into_a_weekday_is_that_weekday(text: str, night: str, day: str) -> None:
    assert days(text, "ru") == [(night, day)]


@pytest.mark.parametrize(("text", "night"), [
    ("Drones struck the port overnight into Wednesday, the governor said.", "Wednesday"),
    ("Drones struck the port overnight on Tuesday, the governor said.", "Tuesday"),
])
def test_a_night_its_weekday_names_is_dated_by_the_weekday(text: str, night: str) -> None:
    assert [w for w, _ in days(text, "en")] == [night]
