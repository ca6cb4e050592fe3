"""Events told as still to come are plans: they count only where their sentence names their day.
Repetitions told on the verb an event noun hangs on, statements an outlet relays, and days a
report gives no year for are read the same way in every report."""
from __future__ import annotations

from collections.abc import Callable

import pytest

from claimgraph.model import Event

Events = Callable[..., list[Event]]


@pytest.fixture(scope="module")
def events_of(events_in: Callable[[str, str, str | None], list[Event]]) -> Events:
    def run(text: str, lang: str = "en", published: str | None = "2025-04-03") -> list[Event]:
        return events_in(text, lang, published)

    return run


@pytest.mark.parametrize(("text", "lang"), [
    ("The spokesman briefed reporters on the president's upcoming trip to Oslo.", "en"),
    ("The statement comes ahead of the prime minister's visit to Lima.", "en"),
    ("The minister prepared to leave for a three-day visit to Quito.", "en"),
    ("Chile and Peru plan to sign contracts worth $300 million at the Forum of Regions in Lima, the organisers said.", "en"),
    ("Peru and Chile will sign a trade treaty during the Chilean president's visit to Lima.", "en"),
    ("The president will fly on to Quito after his visit to Lima is over.", "en"),
    ("Подготовка к предстоящему визиту президента в Осло идёт полным ходом.", "ru"),
])
def test_an_event_told_as_still_to_come_without_its_day_is_no_event(events_of: Events, text: str, lang: str) -> None:
    assert events_of(text, lang) == []


def test_an_event_still_to_come_counts_on_the_day_its_sentence_names(events_of: Events) -> None:
    events = events_of("Peru and Chile will sign a trade treaty on 17 April during the Chilean president's visit to Lima.")
    assert {e.type for e in events} >= {"agreement"}
    assert all(e.time is not None and e.time.start == "2025-04-17" for e in events)


@pytest.mark.parametrize(("text", "lang"), [
    ("The ministry stressed its role in encouraging peace negotiations between Chile and Peru.", "en"),
    ("The minister of Chile called for talks with Peru.", "en"),
    ("Министр Чили призвал к переговорам с Перу.", "ru"),
])
def test_an_event_asked_for_is_no_event(events_of: Events, text: str, lang: str) -> None:
    assert events_of(text, lang) == []


@pytest.mark.parametrize(("text", "lang"), [
    ("He said that, thanks to agreements with Chile, Peru has doubled its exports.", "en"),
    ("Благодаря договоренностям с Чили Перу удвоило экспорт.", "ru"),
])
def test_an_event_named_as_the_cause_of_a_state_is_no_event(events_of: Events, text: str, lang: str) -> None:
    assert events_of(text, lang) == []


def test_a_relative_clause_dating_a_persons_act_to_a_day_tells_that_act(events_of: Events) -> None:
    events = events_of("Defence minister Ivan Petrov, who arrived in Lima on Monday, said on Tuesday that "
                       "the plant would open.", published="2025-04-02")
    visit = next(e for e in events if e.type == "visit")
    assert visit.time is not None and visit.time.start == "2025-03-31"


def test_a_relative_clause_describing_a_firm_tells_no_event(events_of: Events) -> None:
    assert events_of("The firm, which was sanctioned in 2023, makes engines in Lima.") == []


@pytest.mark.parametrize("text", [
    "The president proposed a joint plant during his visit to Lima on Monday.",
    "The president arrived in Lima on Monday for a two-day visit.",
])
def test_a_visit_that_frames_what_was_done_is_an_event(events_of: Events, text: str) -> None:
    assert [e.type for e in events_of(text)] == ["visit"]


@pytest.mark.parametrize("text", [
    "Инженеры из Чили неоднократно приезжали в Перу для участия в испытаниях ракет.",
    "Инженеры из Чили не раз посещали завод в Лиме для работы над дронами.",
])
def test_an_activity_told_more_than_once_is_no_event(events_of: Events, text: str) -> None:
    assert events_of(text, "ru") == []


def test_a_statement_an_outlet_relays_is_the_statement_not_the_outlets_finding(events_of: Events) -> None:
    events = events_of("Peru has delivered more than 500 containers of ammunition to Chile, the White House "
                       "said at a briefing on Friday, Reuters reported.")
    assert [e.type for e in events] == ["announcement"]


def test_a_day_without_its_year_takes_no_date_from_the_sentence_before(events_of: Events) -> None:
    events = events_of("The minister of Freedonia visited Oslo in June 2024. "
                       "On July 9, drones struck a refinery in Tromso.", published=None)
    strike = next(e for e in events if e.type == "other")
    assert strike.time is None


def test_what_a_relayed_statement_goes_on_to_tell_is_no_finding_either(events_of: Events) -> None:
    events = events_of("Peru has delivered more than 500 containers of ammunition to Chile, the White House "
                       "said at a briefing on Friday, Reuters reported. The shells were reportedly shipped "
                       "by rail to a depot in northern Chile.")
    assert [e.type for e in events] == ["announcement"]


def test_news_from_no_one_in_particular_is_no_statement(events_of: Events) -> None:
    assert events_of("On March 3, reports said Peru offered to build a drone plant in Chile.") == []


@pytest.mark.parametrize(("text", "lang"), [
    ("This is the second visit of the Chilean president to Peru.", "en"),
    ("Напомним, это уже второй визит президента Чили в Перу.", "ru"),
])
def test_counting_events_of_a_kind_tells_no_event(events_of: Events, text: str, lang: str) -> None:
    assert events_of(text, lang) == []


@pytest.mark.parametrize(("text", "lang"), [
    ("Firms in Lima helped the army of Freedonia sidestep Western sanctions.", "en"),
    ("Фирмы из Лимы помогали в обходе ограничений.", "ru"),
])
def test_sanctions_being_circumvented_are_no_new_sanctions(events_of: Events, text: str, lang: str) -> None:
    assert events_of(text, lang) == []


def test_an_act_promised_without_its_day_is_no_event(events_of: Events) -> None:
    assert events_of("The minister condemned the launches and vowed to sanction the firms involved.") == []


def test_a_reporting_verb_hedging_a_description_makes_no_statement(events_of: Events) -> None:
    assert events_of("State television broadcast footage from inside what it claims is the largest drone "
                     "plant in Freedonia.") == []


def test_a_year_in_the_sentence_before_does_not_date_an_event(events_of: Events) -> None:
    events = events_of("In 2024, the plant in Tromso doubled its output. Drones attacked the plant in Tromso.",
                       published=None)
    strike = next(e for e in events if e.type == "other")
    assert strike.time is None


@pytest.mark.parametrize(("text", "lang"), [
    ("A wrecked drone was put on show outside the ministry yesterday ahead of the ambassador's visit.", "en"),
    ("Before the envoy's visit, workers cleaned the square on Monday.", "en"),
    ("Перед визитом посла 2 апреля рабочие убрали площадь.", "ru"),
])
def test_an_event_something_comes_before_takes_no_day_from_the_rest_of_its_sentence(
        events_of: Events, text: str, lang: str) -> None:
    assert not [e for e in events_of(text, lang) if e.type == "visit"]


def test_an_event_something_comes_before_counts_on_a_day_of_its_own_phrase(events_of: Events) -> None:
    (visit,) = [e for e in events_of("Workers cleaned the square ahead of Monday's visit by the Chilean president.")
                if e.type == "visit"]
    assert visit.time is not None and visit.time.start == "2025-03-31"


def test_launching_an_attack_is_the_attack_not_an_announcement(events_of: Events) -> None:
    events = events_of("On the night of 2 April, the army launched a combined air attack on the port of Odesa.")
    assert [e.type for e in events] == ["other"]
