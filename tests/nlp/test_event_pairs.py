"""A signing and the visit it crowned, told in one sentence, are two events of the report."""
from __future__ import annotations

from collections.abc import Callable

import pytest

from claimgraph.model import Event
from claimgraph.nlp.dates import DateComponent
from claimgraph.nlp.doc import AnalyzedDoc
from claimgraph.nlp.event_pairs import companion
from claimgraph.nlp.events import find_events

Analyse = Callable[[str, str], AnalyzedDoc]
Events = Callable[[str], list[Event]]


@pytest.fixture(scope="module")
def events_of(events_in: Callable[[str, str, str], list[Event]]) -> Events:
    return lambda text: events_in(text, "en", "2025-03-14")


def test_a_treaty_signed_during_a_visit_gives_the_signing_and_the_visit(events_of: Events) -> None:
    text = "Iran and Russia signed a partnership treaty on Wednesday during the Iranian president's visit to Moscow."
    events = events_of(text)
    assert sorted(e.type for e in events) == ["agreement", "visit"]
    assert all(e.start == 0 for e in events)
    assert len({e.id for e in events}) == 2


def test_a_visit_already_told_is_not_told_again_by_the_signing(events_of: Events) -> None:
    text = ("The Iranian president arrived in Moscow on Tuesday for a two-day visit. "
            "Iran and Russia signed a partnership treaty on Wednesday during the visit.")
    assert sorted(e.type for e in events_of(text)) == ["agreement", "visit"]


def test_talks_before_a_signing_are_no_second_event_of_its_sentence() -> None:
    assert companion("agreement", frozenset({"agreement", "meeting"}), ["agreement"]) is None


def test_a_visit_with_a_signing_in_it_gives_the_signing_once() -> None:
    assert companion("visit", frozenset({"visit", "agreement"}), ["visit"]) == "agreement"
    assert companion("visit", frozenset({"visit", "agreement"}), ["agreement", "visit"]) is None


@pytest.fixture(scope="module")
def ru_events_of(analyse: Analyse) -> Events:
    dates = DateComponent()

    def run(text: str) -> list[Event]:
        doc = analyse(text, "ru")
        doc.published = "2025-03-10"
        return find_events(dates(doc))

    return run


def test_a_visit_made_for_a_signing_gives_the_visit_and_the_signing_on_its_day(ru_events_of: Events) -> None:
    text = ("Премьер-министр Армении Николай Пашинян 14 марта посетит Минск для переговоров "
            "с Александром Лукашенко и подписания Соглашения о торговле.")
    events = ru_events_of(text)
    assert sorted(e.type for e in events) == ["agreement", "visit"]
    assert {(e.time.start if e.time else None) for e in events} == {"2025-03-14"}


def test_a_signing_noun_is_an_event_when_done_and_none_when_not_ruled_out(ru_events_of: Events) -> None:
    assert [e.type for e in ru_events_of("Армения и Беларусь завершили подписание соглашения о торговле.")] == [
        "agreement"]
    assert ru_events_of("Армения и Беларусь не исключили подписание соглашения о торговле.") == []


def test_a_signing_that_is_only_planned_is_no_event(ru_events_of: Events) -> None:
    assert ru_events_of("Подписание соглашения между Арменией и Беларусью запланировано на весну.") == []
