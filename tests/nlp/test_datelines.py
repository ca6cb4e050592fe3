"""Datelines anchor the report's relative dates; days are counted from the day told before."""
from __future__ import annotations

import pytest

from claimgraph.nlp.dates import find_dates
from claimgraph.nlp.datelines import find_dateline


def _times(text: str, lang: str, published: str | None) -> dict[str, str | None]:
    return {d.text: d.time.start if d.time.start == d.time.end else f"{d.time.start}/{d.time.end}"
            for d in find_dates(text, lang, published)}


@pytest.mark.parametrize(("text", "lang", "place", "day"), [
    ("GRODNO, 12 May (Agency) – The works opened a line.", "en", "GRODNO", "2025-05-12"),
    ("OSLO, Jan. 9 (Wire) - The yard delivered a ship.", "en", "OSLO", "2025-01-09"),
    ("ГРОДНО, 12 мая. /Агентство/. Завод открыл линию.", "ru", "ГРОДНО", "2025-05-12"),
    ("КАЗАНЬ, 3 фев - Агентство. Завод открыл цех.", "ru", "КАЗАНЬ", "2025-02-03"),
])
def test_a_wire_dateline_gives_place_and_day(text: str, lang: str, place: str, day: str) -> None:
    line = find_dateline(text, lang, "2025-05-14")
    assert line is not None and line.place == place and line.day == day


def test_a_dateline_without_year_is_never_after_publication() -> None:
    line = find_dateline("OSLO, Dec. 30 (Wire) - The yard delivered a ship.", "en", "2025-01-02")
    assert line is not None and line.day == "2024-12-30"


def test_no_dateline_in_ordinary_prose_or_without_a_year_to_give() -> None:
    assert find_dateline("The Minister, 12 May, said nothing (really).", "en", "2025-05-14") is None
    line = find_dateline("GRODNO, 12 May (Agency) – The works opened a line.", "en", None)
    assert line is not None and line.day is None


def test_weekdays_count_from_the_dateline_not_the_later_publication() -> None:
    text = "GRODNO, 12 May (Agency) – The director said on Monday that output doubled. Yesterday a buyer came."
    times = _times(text, "en", "2025-05-15")  # republished three days later
    assert times["12 May"] == "2025-05-12"
    assert times["Monday"] == "2025-05-12" and times["Yesterday"] == "2025-05-11"


def test_a_dated_dateline_anchors_a_report_without_publication_date() -> None:
    times = _times("ГРОДНО, 12 мая 2025 г. /Агентство/. В понедельник завод открыл линию.", "ru", None)
    assert times["понедельник"] == "2025-05-12"


def test_a_bare_weekday_is_the_latest_one_but_next_and_named_days_are_not() -> None:
    times = _times("The ministry said Tuesday it would meet next Monday, not on Good Friday.", "en", "2025-05-15")
    assert times == {"Tuesday": "2025-05-13"}


@pytest.mark.parametrize(("text", "lang", "expr", "day"), [
    ("The line opened on May 12. Two days earlier the minister toured it.", "en", "Two days earlier", "2025-05-10"),
    ("The line opened on May 12, and a day later the first order came.", "en", "a day later", "2025-05-13"),
    ("The line opened on May 12. The following day buyers came.", "en", "The following day", "2025-05-13"),
    ("Линию открыли 12 мая. Двумя днями ранее цех осмотрел министр.", "ru", "Двумя днями ранее", "2025-05-10"),
    ("Линию открыли 12 мая. На следующий день пришел первый заказ.", "ru", "На следующий день", "2025-05-13"),
])
def test_days_count_from_the_day_told_before(text: str, lang: str, expr: str, day: str) -> None:
    assert _times(text, lang, "2025-05-20")[expr] == day


def test_days_before_a_named_event_are_not_resolved_against_the_text() -> None:
    times = _times("The line opened on May 12. Two days before the fair the minister toured it.", "en", "2025-05-20")
    assert "Two days before" not in times


def test_without_any_day_to_count_from_no_day_is_invented() -> None:
    dates = find_dates("Two days earlier the minister toured the plant.", "en", "2025")
    assert [(d.text, d.time.start) for d in dates] == [("Two days earlier", None)]


def test_earlier_this_week_ends_before_publication() -> None:
    assert _times("Earlier this week the plant stopped.", "en", "2025-05-15")["Earlier this week"] == \
        "2025-05-12/2025-05-14"


@pytest.mark.parametrize(("text", "lang", "stamp"), [
    ("date 2024-10 The ministry said on 17 October that it had listed three firms.", "en", "2024-10"),
    ("Advertisement\n\nWorld\n09:23, 25 January 2026\n\nYesterday the plant opened.", "en", "2026-01-25"),
    ("Заголовок новости\nЧетверг, 17 октября 2024, 18:43\nВ четверг завод открыли.", "ru", "2024-10-17"),
])
def test_a_page_date_stamp_stands_in_for_an_unknown_publication_date(text: str, lang: str, stamp: str) -> None:
    from claimgraph.nlp.datelines import header_date

    assert header_date(text, lang) == stamp


def test_a_date_inside_the_first_sentence_is_no_date_stamp() -> None:
    from claimgraph.nlp.datelines import header_date

    assert header_date("The ministry listed three firms on 17 October 2024 for supplying engines.", "en") is None


def test_relative_dates_resolve_against_the_page_stamp_when_publication_is_unknown() -> None:
    times = _times("Advertisement\n09:23, 25 January 2026\nYesterday the plant opened.", "en", None)
    assert times["Yesterday"] == "2026-01-24"


@pytest.mark.parametrize("text", ["", "A" * 50_000, "MINSK, " * 5_000, "two days earlier " * 3_000,
                                  "\n".join(["09:23, 25 января 2026"] * 2_000)])
def test_hostile_text_never_fails(text: str) -> None:
    for d in find_dates(text, "en", "2025-05-16") + find_dates(text, "ru", None):
        assert text[d.start:d.end] == d.text
