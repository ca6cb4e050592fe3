"""A weekday told with a day and month is one date, and confirms a year of the text as theirs when
the report's date is unknown."""
from __future__ import annotations

import datetime as dt

from claimgraph.nlp.dates import day_dates, find_dates
from claimgraph.nlp.weekday_years import year_of_weekday, years_in

READ = dt.date(2026, 12, 7)


def test_the_year_is_the_latest_of_the_texts_years_in_which_the_day_is_that_weekday() -> None:
    assert year_of_weekday(4, 2, 1, {2019, 2024, 2025}, today=READ) == 2024  # Tuesday 2 April 2024
    assert year_of_weekday(4, 2, 1, {2019, 2023}, today=READ) == 2019


def test_a_year_still_to_come_is_no_answer() -> None:
    assert year_of_weekday(4, 2, 1, {2024, 2030}, today=dt.date(2024, 4, 1)) is None
    assert year_of_weekday(4, 2, 1, {2024}, today=dt.date(2024, 4, 2)) == 2024


def test_without_a_matching_year_in_the_text_nothing_is_guessed() -> None:
    assert year_of_weekday(4, 2, 1, set(), today=READ) is None
    assert year_of_weekday(4, 2, 1, {2025}, today=READ) is None  # 2 April 2025 was a Wednesday


def test_years_are_read_from_figures_not_from_amounts() -> None:
    assert years_in("Since 2022 the plant made 2,000 drones, 15% more; by 2030 it plans 2024.5 units.") == {
        2022, 2030}


def test_a_named_weekday_dates_a_day_and_month_in_a_report_of_unknown_date() -> None:
    text = "On Tuesday, April 2, drones struck the plant for the first time since its opening in 2024."
    assert [d.time.start for d in find_dates(text, "en", None) if d.time.start and "April" in d.text] == [
        "2024-04-02"]
    text = "Во вторник, 2 апреля, дроны впервые атаковали завод, открытый в 2019 году и расширенный в 2024 году."
    assert [d.time.start for d in find_dates(text, "ru", None) if "апреля" in d.text] == ["2024-04-02"]
    ((_, _, time),) = day_dates("Вранці у вівторок 2 квітня 2024 року атакували завод; у вівторок 2 квітня "
                                "вибухи стихли.", "uk", None)[1:]
    assert time.start == "2024-04-02"


def test_an_old_report_is_not_put_in_a_recent_year() -> None:
    found = find_dates("Прокуратура в среду 3 октября предъявила обвинения.", "ru", None)
    assert [(d.text, d.time.start) for d in found] == [("среду 3 октября", None)]  # a Wednesday in 2012 and 2018


def test_without_a_weekday_a_day_and_month_stay_unresolved() -> None:
    assert [d.time.start for d in find_dates("Дроны атаковали завод 2 апреля 2024 года и 3 апреля.", "ru", None)
            if d.text == "3 апреля"] == [None]
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
