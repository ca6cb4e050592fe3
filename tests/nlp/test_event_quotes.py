"""A statement told with its words first and its speaker after ("«…», — заявил 3 марта советник",
"…, сообщил Кирби") is an announcement of the speaker; the plans inside the quotation are what was
said, and a day of a month without a year still dates a statement made on a day. An unnamed source
telling a medium makes no statement on record."""
from __future__ import annotations

from collections.abc import Callable

import pytest

from claimgraph.model import Event
from claimgraph.nlp.dates import DateComponent
from claimgraph.nlp.doc import AnalyzedDoc
from claimgraph.nlp.event_quotes import unresolved_day
from claimgraph.nlp.event_words import word_event
from claimgraph.nlp.events import find_events

Events = Callable[[str, str], list[Event]]


@pytest.fixture(scope="module")
def undated(analyse: Callable[[str, str], AnalyzedDoc]) -> Events:
    """The announcements of a text in a report that gives no publication date."""
    dates = DateComponent()

    def run(text: str, lang: str) -> list[Event]:
        doc = analyse(text, lang)
        doc.published = None
        return [e for e in find_events(dates(doc)) if e.type == "announcement"]

    return run


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("17 апреля", "ru", True),
    ("3 марта", "ru", True),
    ("Dec. 17", "en", True),
    ("July 11th", "en", True),
    ("апреля 2024", "ru", False),
    ("в апреле", "ru", False),
    ("2024", "en", False),
])
def test_a_day_of_a_month_without_a_year_is_an_unresolved_day(text: str, lang: str, expected: bool) -> None:
    assert unresolved_day(text, lang) is expected


def test_a_quotation_with_a_plan_inside_said_on_a_day_without_a_year_is_a_statement(undated: Events) -> None:
    text = ("«Наша оценка показывает, что правительство страны готовится передать армии сотни дронов», — "
            "заявил 3 марта советник президента США по безопасности Иван Петров.")
    (event,) = undated(text, "ru")
    assert event.time is None  # the day has no year to resolve
    assert "Иван Петров" in event.participants


def test_what_another_state_did_told_before_its_speaker_is_an_allegation(undated: Events) -> None:
    text = ("КНДР за последние недели отправила в РФ более 500 контейнеров с боеприпасами, сообщил координатор "
            "Совета национальной безопасности США Джон Кирби.")
    (event,) = undated(text, "ru")
    assert "Джон Кирби" in event.participants


def test_a_plain_saying_on_a_day_of_a_month_without_a_year_is_a_statement(undated: Events) -> None:
    (event,) = undated("Defence minister Ivan Petrov said on Dec. 17 that the army was short of shells.", "en")
    assert "Ivan Petrov" in event.participants


@pytest.mark.parametrize(("text", "lang"), [
    ("Drones struck a plant in Tatarstan, a source in the intelligence agency told the newspaper on April 2.", "en"),
    ("«Мы готовимся передать сотни дронов», — заявит 3 марта советник президента Иван Петров.", "ru"),
])
def test_an_unnamed_source_or_a_statement_to_come_is_no_announcement(undated: Events, text: str, lang: str) -> None:
    assert undated(text, lang) == []


def test_a_news_told_then_sourced_to_an_official_is_the_officials_statement(undated: Events) -> None:
    text = "Власти решили расширить список санкций. Об этом сообщил генсек правительства Японии Иван Петров."
    (event,) = undated(text, "ru")
    assert "Иван Петров" in event.participants


@pytest.mark.parametrize("text", [
    "Власти решили расширить список санкций. Об этом сообщает агентство ТАСС.",
    "Власти решили расширить список санкций. Об этом сообщил близкий к правительству Telegram-канал «Пул».",
])
def test_a_medium_relaying_the_news_makes_no_statement(undated: Events, text: str) -> None:
    assert undated(text, "ru") == []


def test_a_seat_of_government_saying_another_did_not_is_a_denial(undated: Events) -> None:
    assert len(undated("В Кремле заявили, что Россия не получала ракет из КНДР.", "ru")) == 1


@pytest.mark.parametrize("text", [
    "В Кремле заявили, что соглашение укрепит сотрудничество.",  # a plain statement, neither denial nor allegation
    "В пресс-службе главы республики сообщили, что дроны упали у завода.",  # the source of the news
    "В соцсетях заявили, что завод горит.",
])
def test_a_body_telling_news_impersonally_makes_no_statement(undated: Events, text: str) -> None:
    assert undated(text, "ru") == []


@pytest.mark.parametrize(("sentence", "expected"), [
    ("у білому домі підтвердили, що росія продовжує обстрілювати україну ракетами", "announcement"),
    ("10 січня 2024 08:46\n\nу мзс підтвердили, що посла викликали", "announcement"),  # under a dateline
    ("у зсу підтвердили удар по складу", None),  # confirming an act, not a body's statement
    ("журналісти підтвердили, що завод зупинився", None),  # no body the sentence opens with
])
def test_a_ukrainian_body_confirming_that_is_a_statement(sentence: str, expected: str | None) -> None:
    assert word_event("підтвердили", "uk", sentence) == expected


def test_ukrainian_statements_on_different_days_without_a_year_stay_apart(undated: Events) -> None:
    text = ("Міністерство закордонних справ Китаю 18 квітня розкритикувало звинувачення президента України. "
            "17 квітня президент України Володимир Зеленський розповів, що Китай постачає Росії порох.")
    assert len(undated(text, "uk")) == 2


@pytest.mark.parametrize(("text", "lang"), [
    ('"North Korea has shipped artillery shells to Russia," the White House said.', "en"),
    ("«КНДР поставила России артиллерийские снаряды», — сообщил координатор Совета национальной безопасности "
     "США Джон Кирби.", "ru"),
])
def test_a_government_quoted_first_on_what_another_state_did_makes_an_allegation(
        undated: Events, text: str, lang: str) -> None:
    assert len(undated(text, lang)) == 1


def test_a_quotation_of_the_story_told_first_is_no_statement(undated: Events) -> None:
    # what the speaker's own side does elaborates the story; it is neither allegation nor denial
    assert undated('"Today\'s sanctions will close the net on supply chains," Foreign Secretary Ivan Petrov said.', "en") == []


def test_an_agency_reporting_on_a_day_what_another_state_decided_is_a_statement(undated: Events) -> None:
    text = "On Friday, South Korea's intelligence service reported the North had decided to send troops to Russia."
    assert len(undated(text, "en")) == 1


def test_a_body_reporting_an_incident_tells_the_incident_not_a_statement(undated: Events) -> None:
    found = undated("On Dec. 23, Ukraine's military intelligence reported a fire at a drone warehouse in Alabuga.", "en")
    assert found == []
