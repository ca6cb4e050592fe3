"""A weekday told with a day and month is one date, and fixes the year when the report's date is unknown."""
from __future__ import annotations

import datetime as dt

from claimgraph.nlp.dates import day_dates, find_dates
from claimgraph.nlp.weekday_years import year_of_weekday


def test_the_year_is_the_latest_in_which_the_day_falls_on_that_weekday() -> None:
    assert year_of_weekday(4, 2, 1, today=dt.date(2026, 12, 7)) == 2024  # 2 April was a Tuesday in 2024
    assert year_of_weekday(4, 2, 1, today=dt.date(2024, 4, 1)) == 2019  # not yet that day in 2024


def test_the_day_of_reading_itself_counts() -> None:
    assert year_of_weekday(4, 2, 1, today=dt.date(2024, 4, 2)) == 2024


def test_no_year_is_guessed_beyond_ten_years_back() -> None:
    assert year_of_weekday(2, 29, 0, today=dt.date(2027, 3, 1)) is None  # the last Monday 29 February was in 2016


def _is_latest(day: str, month: int, dom: int, weekday: int) -> bool:
    date = dt.date.fromisoformat(day)
    today = dt.date.today()
    later = [y for y in range(date.year + 1, today.year + 1)
             if dt.date(y, month, dom) <= today and dt.date(y, month, dom).weekday() == weekday]
    return (date.month, date.day, date.weekday()) == (month, dom, weekday) and date <= today and not later


def test_a_named_weekday_dates_a_day_and_month_in_a_report_of_unknown_date() -> None:
    (day,) = [d.time.start for d in find_dates("Drones struck the plant on Tuesday, April 2.", "en", None)
              if d.time.start]
    assert _is_latest(day, 4, 2, 1)
    (day,) = [d.time.start for d in find_dates("Во вторник, 2 апреля, дроны атаковали завод.", "ru", None)
              if d.time.start]
    assert _is_latest(day, 4, 2, 1)
    ((_, _, time),) = day_dates("Вранці у вівторок 2 квітня безпілотники атакували завод.", "uk", None)
    assert time.start is not None and _is_latest(time.start, 4, 2, 1)


def test_without_a_weekday_a_day_and_month_stay_unresolved() -> None:
    assert [d.time.start for d in find_dates("Дроны атаковали завод 2 апреля.", "ru", None)] == [None]
    assert day_dates("Безпілотники атакували завод 2 квітня.", "uk", None) == []


def test_a_known_publication_year_wins_over_the_weekday() -> None:
    assert [d.time.start for d in find_dates("On Tuesday, April 2, drones struck.", "en", "2025-04-05")] == [
        "2025-04-02"]


def test_a_weekday_with_its_date_is_one_expression_of_that_date() -> None:
    found = find_dates("Lukashenko confirmed on Thursday, December 18, 2025, that the system is deployed.", "en", None)
    assert [(d.text, d.time.start) for d in found] == [("Thursday, December 18, 2025", "2025-12-18")]
    found = find_dates("Выставка открылась в среду 3 октября.", "ru", "2024-10-05")
    assert [(d.text, d.time.start) for d in found] == [("среду 3 октября", "2024-10-03")]


def test_a_weekday_and_a_date_told_apart_stay_two_expressions() -> None:
    found = find_dates("On Tuesday the plant opened; on May 3 it closed.", "en", "2025-05-10")
    assert [d.text for d in found] == ["Tuesday", "May 3"]
