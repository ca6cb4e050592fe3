""""Today" in a quotation is the day of the saying when the text dates it, else the report's day."""
from __future__ import annotations

from claimgraph.nlp.dates import find_dates


def day_of(text: str, lang: str, published: str, word: str) -> str | None:
    return next(d.time.start for d in find_dates(text, lang, published) if d.text == word)


def test_a_quotation_after_a_dated_saying_counts_from_that_day() -> None:
    text = ("A new treaty provides for mutual assistance, Putin said June 19 following talks.\n\n"
            "“The treaty signed today provides for assistance,” Putin was quoted as saying.")
    assert day_of(text, "en", "2024-06-25", "today") == "2024-06-19"


def test_a_saying_dated_after_the_quotation_with_the_speaker_between() -> None:
    text = "«Комплекс у нас со вчерашнего дня», — сказал Лукашенко 18 декабря."
    assert day_of(text, "ru", "2025-12-20", "вчерашнего дня") == "2025-12-17"


def test_a_quotation_without_a_dated_saying_keeps_the_report_day() -> None:
    text = "«Договор подписан сегодня», — сказал министр. Выставка открылась 3 марта."
    assert day_of(text, "ru", "2025-03-10", "сегодня") == "2025-03-10"


def test_a_date_of_something_else_told_after_a_verb_of_saying_does_not_date_the_saying() -> None:
    text = 'He said the plant opened on March 3. "We sign it today," he added.'
    assert day_of(text, "en", "2025-03-10", "today") == "2025-03-10"


def test_today_outside_quotations_is_the_report_day() -> None:
    text = "Putin said June 19 that talks went well. The treaty was published today."
    assert day_of(text, "en", "2024-06-25", "today") == "2024-06-25"


def test_a_dated_saying_dates_its_quotation_in_a_report_of_unknown_date() -> None:
    text = ("The president confirmed on Thursday, December 18, 2025, that the system is deployed. "
            "“We have had it since yesterday,” he stated.")
    assert day_of(text, "en", None, "yesterday") == "2025-12-17"
