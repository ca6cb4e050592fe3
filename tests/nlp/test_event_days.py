"""Events dated right: an announcement by the day of the saying, a scheduled event by its day."""
from __future__ import annotations

from collections.abc import Callable

from claimgraph.nlp.dates import DateComponent
from claimgraph.nlp.doc import AnalyzedDoc
from claimgraph.nlp.events import find_events


def test_a_day_inside_the_quotation_does_not_date_the_announcement(
        analyse: Callable[[str, str], AnalyzedDoc]) -> None:
    text = ("Президент выступил с посланием к парламенту.\n\n«Первые позиции оборудованы. Комплекс у нас со "
            "вчерашнего дня и заступает на дежурство», — объявил Лукашенко.")
    doc = analyse(text, "ru")
    doc.published = "2025-12-18"
    said = [e for e in find_events(DateComponent()(doc)) if e.type == "announcement"]
    assert said and all(e.time is not None and e.time.start == "2025-12-18" for e in said)


def test_an_english_event_told_with_will_is_dated_by_the_day_it_is_set_for(
        analyse: Callable[[str, str], AnalyzedDoc]) -> None:
    doc = analyse("The ministers will approve the package at a meeting in Vienna scheduled for June 24.", "en")
    doc.published = "2024-06-20"
    (meeting,) = [e for e in find_events(DateComponent()(doc)) if e.type == "meeting"]
    assert meeting.time is not None and meeting.time.start == "2024-06-24"


def test_an_english_event_told_with_will_and_no_day_is_an_intention(
        analyse: Callable[[str, str], AnalyzedDoc]) -> None:
    doc = analyse("The governor will visit the plant in Grodno.", "en")
    doc.published = "2024-06-20"
    assert find_events(DateComponent()(doc)) == []


def test_a_page_stamp_run_into_the_first_sentence_yields_to_the_day_the_sentence_tells(
        events_in: Callable[[str, str, str], list]) -> None:
    events = events_in("2024-03-08 Latvia summoned the Russian envoy on Thursday over a drone that crashed near Rezekne.",
                       "en", "2024-03-08")
    (meeting,) = [e for e in events if e.type == "meeting"]
    assert meeting.time is not None and meeting.time.start == "2024-03-07"


def test_a_page_stamp_dates_a_sentence_that_tells_no_other_day(
        events_in: Callable[[str, str, str], list]) -> None:
    events = events_in("2024-03-08 Latvia summoned the Russian envoy over a drone that crashed near Rezekne.",
                       "en", "2024-03-08")
    (meeting,) = [e for e in events if e.type == "meeting"]
    assert meeting.time is not None and meeting.time.start == "2024-03-08"


def test_a_day_of_last_year_is_in_the_year_before() -> None:
    from claimgraph.nlp.dates import find_dates

    en = find_dates("The leaders met on June 19 of last year in Hanoi.", "en", "2025-05-16")
    ru = find_dates("Лидеры встретились 19 июня прошлого года в Ханое.", "ru", "2025-05-16")
    assert [d.time.start for d in en] == ["2024-06-19"] and [d.time.start for d in ru] == ["2024-06-19"]


def test_a_day_of_last_year_in_a_language_read_without_a_parser() -> None:
    from claimgraph.nlp.day_month_dates import day_dates

    uk = day_dates("Лідери зустрілися 19 червня минулого року в Ханої.", "uk", "2025-05-16")
    pl = day_dates("Przywódcy spotkali się 19 czerwca ubiegłego roku w Hanoi.", "pl", "2025-05-16")
    assert [t.start for _, _, t in uk] == ["2024-06-19"] and [t.start for _, _, t in pl] == ["2024-06-19"]
