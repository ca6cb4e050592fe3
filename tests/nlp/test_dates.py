"""Date expressions in both languages, resolved against the publication date."""
from __future__ import annotations

import datetime as dt
import time

import pytest

from claimgraph.nlp.dates import DateComponent, find_dates
from claimgraph.nlp.doc import AnalyzedDoc, report_day

PUBLISHED = "2025-08-01"


def resolved(text: str, lang: str, published: str | None = PUBLISHED) -> list[tuple[str, str | None, str | None, str | None]]:
    return [(d.text, d.time.start, d.time.end, d.time.precision) for d in find_dates(text, lang, published)]


@pytest.mark.parametrize("text, expected", [
    ("Back in March of this year, the plan was announced.", ("March of this year", "2025-03-01", "2025-03-31", "month")),
    ("Drones were discussed on 07/21 in the capital.", ("07/21", "2025-07-21", "2025-07-21", "day")),
    ("The delegation came at the end of 2024 to talk.", ("the end of 2024", "2024-10-01", "2024-12-31", "quarter")),
    ("The ministry said last week that it agreed.", ("last week", "2025-07-21", "2025-07-27", "day")),
    ("The director resigned yesterday.", ("yesterday", "2025-07-31", "2025-07-31", "day")),
    ("Output doubled in 2023, officials say.", ("2023", "2023-01-01", "2023-12-31", "year")),
    ("The deal was signed on 21 July 2025 in Minsk.", ("21 July 2025", "2025-07-21", "2025-07-21", "day")),
    ("It opened on July 21, 2025.", ("July 21, 2025", "2025-07-21", "2025-07-21", "day")),
    ("Serial output is due in the first half of 2026.", ("the first half of 2026", "2026-01-01", "2026-06-30", "quarter")),
    ("Tests are planned for the autumn of 2025.", ("the autumn of 2025", "2025-09-01", "2025-11-30", "month")),
    ("Production starts in Q3 2026.", ("Q3 2026", "2026-07-01", "2026-09-30", "quarter")),
    ("A contract was signed three years ago.", ("three years ago", "2022-01-01", "2022-12-31", "year")),
    ("Parts began to flow at the beginning of 2023.", ("the beginning of 2023", "2023-01-01", "2023-03-31", "quarter")),
    ("Output starts in the second half of the year.", ("the second half of the year", "2025-07-01", "2025-12-31", "quarter")),
    ("The shipment was stopped in the spring.", ("the spring", "2025-03-01", "2025-05-31", "month")),
])
def test_dates_english_expressions_resolve_against_publication(text: str, expected: tuple[str, ...]) -> None:
    assert resolved(text, "en") == [expected]


@pytest.mark.parametrize("text, expected", [
    ("В марте этого года было объявлено о планах.", ("марте этого года", "2025-03-01", "2025-03-31", "month")),
    ("Делегация приехала в конце 2024 года.", ("конце 2024 года", "2024-10-01", "2024-12-31", "quarter")),
    ("В прошлом году выпуск вырос.", ("прошлом году", "2024-01-01", "2024-12-31", "year")),
    ("Переговоры прошли 21 июля в Минске.", ("21 июля", "2025-07-21", "2025-07-21", "day")),
    ("В 2023 году завод открылся.", ("2023 году", "2023-01-01", "2023-12-31", "year")),
    ("Соглашение подписано 21 июля 2025 года.", ("21 июля 2025 года", "2025-07-21", "2025-07-21", "day")),
    ("Выпуск намечен на второй квартал 2026 года.", ("второй квартал 2026 года", "2026-04-01", "2026-06-30", "quarter")),
    ("Делегация на прошлой неделе посетила Минск.", ("прошлой неделе", "2025-07-21", "2025-07-27", "day")),
    ("Визит может состояться в начале следующего года.", ("начале следующего года", "2026-01-01", "2026-03-31", "quarter")),
    ("Выставка открылась в среду.", ("среду", "2025-07-30", "2025-07-30", "day")),
    ("Об этом стало известно вчера.", ("вчера", "2025-07-31", "2025-07-31", "day")),
    ("В начале декабря прошли консультации.", ("начале декабря", "2025-12-01", "2025-12-31", "month")),
    ("⚡️ 21.07 делегация посетила завод.", ("21.07", "2025-07-21", "2025-07-21", "day")),
    ("Евросоюз накануне утвердил пакет санкций.", ("накануне", "2025-07-31", "2025-07-31", "day")),
    ("Выпуск втрое больше, чем год назад.", ("год назад", "2024-01-01", "2024-12-31", "year")),
])
def test_dates_russian_expressions_resolve_against_publication(text: str, expected: tuple[str, ...]) -> None:
    assert resolved(text, "ru") == [expected]


def test_dates_without_publication_keep_stated_dates_and_leave_relative_ones_unresolved() -> None:
    out = resolved("In March of this year and on 14 November 2024, and yesterday.", "en", None)
    assert out == [
        ("March of this year", None, None, None),
        ("14 November 2024", "2024-11-14", "2024-11-14", "day"),
        ("yesterday", None, None, None),
    ]


def test_dates_partial_publication_lowers_the_precision_instead_of_inventing_a_day() -> None:
    assert resolved("It happened yesterday.", "en", "2025-03") == [("yesterday", "2025-03-01", "2025-03-31", "month")]


def test_dates_that_year_refers_to_the_year_mentioned_before() -> None:
    out = resolved("A plant opens in early 2026 and reaches full output by the end of that year.", "en")
    assert out[-1] == ("the end of that year", "2026-10-01", "2026-12-31", "quarter")


def test_dates_modal_may_and_numbers_are_not_dates() -> None:
    assert resolved("Officials may reconsider; the plant has 1.5 million square metres and 2,000 staff.", "en") == []


def test_dates_component_adds_date_mentions_with_a_normalized_form() -> None:
    doc = DateComponent()(AnalyzedDoc("doc-1", "В марте этого года объявили о заводе.", "ru", PUBLISHED))
    assert [(m.text, m.label, m.normalized) for m in doc.mentions] == [("марте этого года", "Date", "2025-03")]
    assert doc.dates[0].time.precision == "month"


def test_dates_long_hostile_line_is_linear() -> None:
    line = ("in March of this year 07/21 в марте 2024 года 12345 " * 20000)[:1_000_000]
    began = time.perf_counter()
    dates = find_dates(line, "en", PUBLISHED)
    assert len(dates) > 10000
    assert time.perf_counter() - began < 60


@pytest.mark.parametrize("text, lang, expected", [
    ("Japan blacklisted them in late December.", "en", ("2024-12-01", "2024-12-31")),
    ("Японский список расширили в декабре.", "ru", ("2024-12-01", "2024-12-31")),
    ("Deliveries will start in March.", "en", ("2025-03-01", "2025-03-31")),
])
def test_dates_bare_month_far_ahead_of_publication_is_last_year(text: str, lang: str, expected: tuple[str, str]) -> None:
    (found,) = find_dates(text, lang, "2025-01-09")
    assert (found.time.start, found.time.end) == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("The frigate docked at the base on Dec. 6.", "en", ("2024-12-06", "2024-12-06")),
    ("Судно стояло в порту 6 декабря.", "ru", ("2024-12-06", "2024-12-06")),
    ("The convoy was loaded on December 6-8.", "en", ("2024-12-06", "2024-12-08")),
    ("The summit opens on July 4.", "en", ("2025-07-04", "2025-07-04")),
])
def test_dates_a_day_far_ahead_of_publication_without_a_year_is_last_years(
        text: str, lang: str, expected: tuple[str, str]) -> None:
    (found,) = find_dates(text, lang, "2025-01-09")
    assert (found.time.start, found.time.end) == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("The fair ran in Oslo on 14-16 May 2025.", "en", ("14-16 May 2025", "2025-05-14", "2025-05-16", "day")),
    ("The talks took place on June 3–4.", "en", ("June 3–4", "2025-06-03", "2025-06-04", "day")),
    ("14–16 мая 2025 года в Гродно прошла выставка.", "ru", ("14–16 мая 2025 года", "2025-05-14", "2025-05-16", "day")),
    ("Делегация работала в Бресте с 3 по 5 июня.", "ru", ("3 по 5 июня", "2025-06-03", "2025-06-05", "day")),
])
def test_dates_a_range_of_days_in_one_month_is_an_interval_of_days(
        text: str, lang: str, expected: tuple[str, ...]) -> None:
    assert resolved(text, lang) == [expected]


def test_dates_a_score_like_pair_without_a_month_is_no_range() -> None:
    assert resolved("The vote ended 12-3 in favour.", "en") == []


@pytest.mark.parametrize("text", [
    "Накануне визита министра в Пекин МИД сделал заявление.",
    "Накануне выборов партия провела съезд.",
    "Накануне Рождества в городе открылась ярмарка.",
])
def test_on_the_eve_of_an_event_is_no_day(text: str) -> None:
    assert find_dates(text, "ru", "2024-05-16") == []


@pytest.mark.parametrize(("text", "word"), [
    ("Министр накануне заявил, что переговоры продолжатся.", "накануне"),
    ("Накануне вечером беспилотники атаковали нефтебазу.", "Накануне"),
    ("Накануне Минобороны сообщило о перехвате дронов.", "Накануне"),
    ("Накануне Путин провел совещание.", "Накануне"),
    ("Об этом накануне сообщила пресс-служба.", "накануне"),
])
def test_the_day_before_with_a_verb_or_subject_after_it_is_the_day_before(text: str, word: str) -> None:
    assert [(d.text, d.time.start) for d in find_dates(text, "ru", "2024-05-16")] == [(word, "2024-05-15")]


def test_the_report_day_is_the_whole_day_an_anchor_names() -> None:
    assert report_day("2025-06-20") == dt.date(2025, 6, 20)
    assert report_day("2025-06-20T09:30:00") == dt.date(2025, 6, 20)
    assert report_day("2025-06") is None
    assert report_day("2025-02-30") is None
    assert report_day(None) is None
