"""Events as news reports tell them: statements made somewhere, attacks, systems put on duty,
events that frame a proposal, and weapon names that are no events."""
from __future__ import annotations

from collections.abc import Callable

import pytest

from claimgraph.model import Event
from claimgraph.nlp.dates import DateComponent
from claimgraph.nlp.doc import AnalyzedDoc
from claimgraph.nlp.events import find_events

Analyse = Callable[[str, str], AnalyzedDoc]


@pytest.fixture(scope="module")
def events_of(analyse: Analyse) -> Callable[[str, str], list[Event]]:
    dates = DateComponent()

    def run(text: str, lang: str) -> list[Event]:
        doc = analyse(text, lang)
        doc.published = "2025-05-16"
        return find_events(dates(doc))

    return run


@pytest.mark.parametrize(("text", "lang"), [
    ("Об этом заявил министр обороны Иван Петров на брифинге в Гродно в четверг.", "ru"),
    ("The minister Ivan Petrov said at a press conference in Grodno on Thursday that output doubled.", "en"),
    ("Министр Иван Петров заявил в интервью агентству в четверг, что выпуск удвоился.", "ru"),
])
def test_a_statement_made_at_a_briefing_is_an_announcement(events_of, text: str, lang: str) -> None:
    (event,) = events_of(text, lang)
    assert event.type == "announcement"
    assert event.time is not None and event.time.start == "2025-05-15"


def test_a_plain_said_is_no_event(events_of) -> None:
    assert events_of("The minister Ivan Petrov said that output doubled last year.", "en") == []


@pytest.mark.parametrize(("text", "lang", "place"), [
    ("On the morning of May 12, drones attacked a refinery in Grodno.", "en", "Grodno"),
    ("Утром 12 мая беспилотники атаковали нефтебазу в Гродно.", "ru", "Гродно"),
])
def test_a_drone_attack_is_an_event_with_its_day_and_place(events_of, text: str, lang: str, place: str) -> None:
    (event,) = events_of(text, lang)
    assert (event.type, event.place, event.time.start if event.time else None) == ("other", place, "2025-05-12")


def test_a_system_put_on_combat_duty_is_an_event(events_of) -> None:
    (event,) = events_of("Новый ракетный комплекс с 14 мая заступил на боевое дежурство в Гродно.", "ru")
    assert (event.type, event.time.start if event.time else None) == ("other", "2025-05-14")


def test_strike_drones_are_a_weapon_not_an_attack(events_of) -> None:
    assert events_of("The Grodno plant assembles strike drones for the army, the ministry of industry said.", "en") == []


def test_a_visit_that_frames_a_proposal_still_happened(events_of) -> None:
    text = "Deputy minister Ivan Petrov proposed a new plant during a visit to Grodno on Monday."
    (event,) = events_of(text, "en")
    assert (event.type, event.place) == ("visit", "Grodno")
    assert "Ivan Petrov" in event.participants


def test_a_planned_visit_is_still_no_event(events_of) -> None:
    assert [e.type for e in events_of("Ivan Petrov plans to visit Grodno next month.", "en")] == []


@pytest.mark.parametrize("text", [
    "Both sides have relied heavily on drones in long-range strikes.",
    "В результате атаки беспилотников в Гродно пострадали шесть человек.",
])
def test_attacks_in_general_or_told_again_without_their_day_are_no_new_event(events_of, text: str) -> None:
    lang = "ru" if "атаки" in text else "en"
    assert [e.type for e in events_of(text, lang)] == []


def test_a_headline_event_takes_the_sentence_of_the_report_itself(analyse) -> None:
    text = ("Grodno plant opens drone assembly line\n"
            "The Grodno plant opened a drone assembly line on May 12, the ministry of industry said.")
    doc = analyse(text, "en")
    doc.published = "2025-05-16"
    (event,) = find_events(DateComponent()(doc))
    assert text[event.start:event.end].startswith("The Grodno plant opened")


def test_a_statement_without_a_date_was_made_on_the_day_of_the_report(analyse) -> None:
    text = ("Завод в Гродно с 14 мая выпускает беспилотники.\n"
            "Об этом заявил министр промышленности Иван Петров на брифинге в Минске.")
    doc = analyse(text, "ru")
    doc.published = "2025-05-16"
    events = [e for e in find_events(DateComponent()(doc)) if e.type == "announcement"]
    assert [(e.time.start, e.time.end) if e.time else None for e in events] == [("2025-05-16", "2025-05-16")]


def test_a_page_date_stamp_does_not_date_the_event_beside_it(analyse) -> None:
    text = "Drone deal news\n16 May 2025\nBelarus and Kazakhstan signed a contract on drone parts, the ministry said."
    doc = analyse(text, "en")
    doc.published = "2025-05-16"
    (event,) = find_events(DateComponent()(doc))
    assert event.type == "agreement" and event.time is None
