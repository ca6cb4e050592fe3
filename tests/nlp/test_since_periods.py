"""A period opened by "since" / "с" runs from the time told up to the report's own period."""
from __future__ import annotations

from claimgraph.nlp.dates import find_dates


def spans(text: str, lang: str, published: str | None = "2025-09-25") -> list[tuple[str, str | None, str | None]]:
    return [(d.text, d.time.start, d.time.end) for d in find_dates(text, lang, published)]


def test_since_a_quarter_runs_to_the_end_of_the_reports_quarter() -> None:
    assert spans("Experts visited the plant six times since the second quarter of last year.", "en") == [
        ("the second quarter of last year", "2024-04-01", "2025-09-30")]
    assert spans("Эксперты посещали завод начиная со второго квартала прошлого года.", "ru") == [
        ("второго квартала прошлого года", "2024-04-01", "2025-09-30")]


def test_since_last_year_runs_to_the_end_of_the_reports_year() -> None:
    assert spans("С прошлого года представители приезжали на завод шесть раз.", "ru") == [
        ("прошлого года", "2024-01-01", "2025-12-31")]
    assert spans("Output has doubled since 2022, the ministry says.", "en") == [("2022", "2022-01-01", "2025-12-31")]


def test_a_day_opened_by_since_stays_that_day() -> None:
    assert spans("Комплекс с 17 декабря заступил на боевое дежурство.", "ru", "2025-12-18") == [
        ("17 декабря", "2025-12-17", "2025-12-17")]
    assert spans("Он у нас со вчерашнего дня.", "ru", "2025-12-18") == [("вчерашнего дня", "2025-12-17", "2025-12-17")]


def test_a_bounded_range_is_not_stretched() -> None:
    assert spans("Sanctions applied since 2022 until March 2024.", "en")[0] == ("2022", "2022-01-01", "2022-12-31")
    assert spans("Выпуск шёл с 2022 года до конца 2024 года.", "ru")[0] == ("2022 года", "2022-01-01", "2022-12-31")


def test_words_after_since_that_end_no_range_do_not_bound_it() -> None:
    assert spans("Sanctions have applied since 2022 to the firm and its owner.", "en") == [
        ("2022", "2022-01-01", "2025-12-31")]


def test_without_publication_date_nothing_is_stretched() -> None:
    assert spans("Output has doubled since 2022.", "en", None) == [("2022", "2022-01-01", "2022-12-31")]


def test_since_opening_a_sentence_stretches_the_period_too() -> None:
    assert spans("Since mid-2023, experts have visited the plant on more than six occasions.", "en") == [
        ("mid-2023", "2023-04-01", "2025-09-30")]
