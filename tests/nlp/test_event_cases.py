"""Charges, indictments and arrests over exports, smuggling or procurement networks are events."""
from __future__ import annotations

from collections.abc import Callable

import pytest

from claimgraph.model import Event
from claimgraph.nlp.dates import DateComponent
from claimgraph.nlp.doc import AnalyzedDoc
from claimgraph.nlp.events import find_events

Analyse = Callable[[str, str], AnalyzedDoc]
Events = Callable[[str, str], list[Event]]


@pytest.fixture(scope="module")
def events_of(analyse: Analyse) -> Events:
    dates = DateComponent()

    def run(text: str, lang: str) -> list[Event]:
        doc = analyse(text, lang)
        doc.published = "2024-03-08"
        return find_events(dates(doc))

    return run


@pytest.mark.parametrize(("text", "lang"), [
    ("The Justice Department charged six members of a network that smuggled chips to Russia.", "en"),
    ("The FBI revealed on Tuesday that four people had been charged with illegal exports of radar parts to Iran.", "en"),
    ("Власти Германии 5 марта арестовали трех человек по делу о незаконном экспорте станков в Россию.", "ru"),
    ("Прокуратура во вторник предъявила обвинения пятерым подозреваемым.", "ru"),
])
def test_a_charge_or_an_arrest_in_an_export_case_is_an_event(events_of: Events, text: str, lang: str) -> None:
    assert [e.type for e in events_of(text, lang)] == ["other"]


@pytest.mark.parametrize("text", [
    "The company will charge a higher fee for each drone it repairs.",
    "Police arrested a man for drunk driving near the plant.",
])
def test_a_charge_or_an_arrest_outside_such_a_case_is_none(events_of: Events, text: str) -> None:
    assert events_of(text, "en") == []


def test_agreeing_in_the_impersonal_passive_is_the_outcome_of_the_talks(
        events_in: Callable[[str, str, str], list[Event]]) -> None:
    events = events_in("At the talks on Friday it was agreed that both ports would share a customs post.", "en",
                       "2025-06-20")
    assert [e.type for e in events] == ["meeting"]


def test_parties_agreeing_on_a_day_is_an_agreement(events_in: Callable[[str, str, str], list[Event]]) -> None:
    events = events_in("The two ministers agreed on Friday that the ports would share a customs post.", "en", "2025-06-20")
    assert [e.type for e in events] == ["agreement"]


def test_an_arrest_in_a_report_of_a_smuggling_case_is_an_event(events_of: Events) -> None:
    text = ("Prosecutors say the two men ran a network that smuggled radar chips to Russia. "
            "One of them was arrested in Vienna on Monday.")
    assert [e.type for e in events_of(text, "en")] == ["other"]


@pytest.mark.parametrize("text", [
    "Three traders were charged on Tuesday with evading sanctions on shipments of lathes.",
    "The broker was indicted on Tuesday in a sanctions-evasion scheme involving machine tools.",
])
def test_sanctions_a_case_is_about_are_no_sanction_event(events_of: Events, text: str) -> None:
    assert [e.type for e in events_of(text, "en")] == ["other"]


def test_a_firm_described_as_sanctioned_is_no_sanction_event(events_of: Events) -> None:
    assert events_of("The broker shipped the lathes to sanctioned Russian missile makers on Friday.", "en") == []


@pytest.mark.parametrize("text", [
    "No agreements were signed during the visit, the spokesman told reporters on Friday.",
    "The minister said on Friday that no contracts were signed at the fair.",
])
def test_an_act_whose_object_is_no_thing_did_not_happen(events_of: Events, text: str) -> None:
    assert "agreement" not in [e.type for e in events_of(text, "en")]


@pytest.mark.parametrize(("text", "lang"), [
    ("The ministry says it has no plans for both ministers to sign a treaty on Friday.", "en"),
    ("She answered a question about whether any contracts were signed at the fair on Friday.", "en"),
    ("Журналисты спросили министра, подписали ли стороны контракт в пятницу.", "ru"),
])
def test_an_act_planned_for_nothing_or_asked_about_is_no_agreement(events_of: Events, text: str, lang: str) -> None:
    assert "agreement" not in [e.type for e in events_of(text, lang)]
