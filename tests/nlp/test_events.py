"""Events: one per trigger sentence, with type, time, place and participants."""
from __future__ import annotations

from collections.abc import Callable

import pytest

from claimgraph.model import Event, TimeRef
from claimgraph.nlp.dates import DateComponent
from claimgraph.nlp.doc import AnalyzedDoc, Sentence, Token
from claimgraph.nlp.events import EventComponent, find_events, merge_events

Analyse = Callable[[str, str], AnalyzedDoc]
PUBLISHED = "2025-08-01"


@pytest.fixture(scope="module")
def events_of(analyse: Analyse) -> Callable[[str, str], list[Event]]:
    dates = DateComponent()

    def run(text: str, lang: str) -> list[Event]:
        doc = analyse(text, lang)
        doc.published = PUBLISHED
        return find_events(dates(doc))

    return run


def test_events_talks_held_in_minsk_are_a_meeting_of_both_leaders(events_of: Callable[[str, str], list[Event]]) -> None:
    text = ("And already in July (07/21), drones also became one of the topics of the talks between the "
            "President of Belarus Alexander Lukashenko and the governor of the Samara region Vyacheslav "
            "Fedorishchev, held in Minsk.")
    (event,) = events_of(text, "en")
    assert (event.type, event.place) == ("meeting", "Minsk")
    assert set(event.participants) == {"Alexander Lukashenko", "Vyacheslav Fedorishchev"}
    assert event.time is not None and (event.time.start, event.time.precision) == ("2025-07-21", "day")
    assert (event.start, event.end) == (0, len(text))


def test_events_russian_talks_in_minsk(events_of: Callable[[str, str], list[Event]]) -> None:
    text = ("21 июля тема беспилотников обсуждалась на переговорах Александра Лукашенко с губернатором "
            "Самарской области Вячеславом Федорищевым в Минске.")
    (event,) = events_of(text, "ru")
    assert (event.type, event.place) == ("meeting", "Минск")
    assert "Александр Лукашенко" in event.participants
    assert event.time is not None and event.time.start == "2025-07-21"


@pytest.mark.parametrize("text, lang, kind", [
    ("A delegation of the National Academy of Sciences of Belarus visited Tomsk at the end of 2024.", "en", "visit"),
    ("Russia and Belarus signed an agreement on joint engine production in Moscow.", "en", "agreement"),
    ("The European Union imposed sanctions on Kupol-Tech on Monday.", "en", "sanction"),
    ("Делегация Министерства обороны Ирана на прошлой неделе посетила Минск.", "ru", "visit"),
    ("На открывшейся в среду выставке вооружений в Минске компания «Белспецкомплекс» показала новый дрон.", "ru",
     "exhibition"),
    ("Правительство Великобритании ввело санкции против 14 российских компаний.", "ru", "sanction"),
])
def test_events_types_in_both_languages(events_of: Callable[[str, str], list[Event]], text: str, lang: str,
                                        kind: str) -> None:
    assert [e.type for e in events_of(text, lang)] == [kind]


def test_events_visit_place_is_the_visited_site(events_of: Callable[[str, str], list[Event]]) -> None:
    (event,) = events_of("Делегация Министерства обороны Ирана на прошлой неделе посетила Минск.", "ru")
    assert event.place == "Минск"
    assert event.time is not None and event.time.start == "2025-07-21"
    assert event.participants == ["Министерство обороны Ирана"]


@pytest.mark.parametrize("text, lang", [
    ("The two presidents will meet in Minsk next month.", "en"),
    ("Ответный визит белорусских военных в Тегеран может состояться в начале следующего года.", "ru"),
    ("Under sanctions, such plans would hardly be public.", "en"),
])
def test_events_planned_negated_or_background_mentions_are_not_events(
        events_of: Callable[[str, str], list[Event]], text: str, lang: str) -> None:
    assert events_of(text, lang) == []


def test_events_merge_reports_of_the_same_event() -> None:
    t = TimeRef("2025-07-21", "2025-07-21", "day")
    a = Event("evt-a", "doc-1", "meeting", t, "Minsk", ["Alexander Lukashenko"], 0, 10)
    b = Event("evt-b", "doc-1", "meeting", None, "Minsk", ["Alexander Lukashenko", "Vyacheslav Fedorishchev"], 20, 30)
    c = Event("evt-c", "doc-1", "meeting", TimeRef("2025-03-01", "2025-03-31", "month"), "Minsk", [], 40, 50)
    merged = merge_events([a, b, c])
    assert [e.id for e in merged] == ["evt-a", "evt-c"]
    assert merged[0].participants == ["Alexander Lukashenko", "Vyacheslav Fedorishchev"]


def test_events_component_on_a_huge_sentence_does_nothing() -> None:
    text = "talks " * 50_000
    tokens = [Token(i * 6, i * 6 + 5, "talks", "talks", "NOUN", "dep", 0) for i in range(50_000)]
    doc = AnalyzedDoc("doc-x", text, "en", sentences=[Sentence(0, len(text), tokens)])
    assert EventComponent()(doc).events == []


def test_events_organisation_describing_a_person_is_not_a_participant(
        events_of: Callable[[str, str], list[Event]]) -> None:
    text = "Industry Minister Oleg Kovalchuk met Denis Karpov of Rostec in Sochi last week."
    (event,) = events_of(text, "en")
    assert (event.type, event.place) == ("meeting", "Sochi")
    assert set(event.participants) == {"Oleg Kovalchuk", "Denis Karpov"}


def test_events_background_in_a_relative_clause_is_no_new_event(events_of: Callable[[str, str], list[Event]]) -> None:
    text = ("The parts were ordered by Nordwind Avionics, a Kazan company that was sanctioned by the "
            "European Union in 2022.")
    assert [e for e in events_of(text, "en") if e.type == "sanction"] == []


def test_events_mention_without_participant_place_or_time_is_dropped(events_of: Callable[[str, str], list[Event]]) -> None:
    assert events_of("Переговоры о проекте шли долго и трудно.", "ru") == []


def test_events_sides_agreeing_after_talks_add_no_agreement(events_of: Callable[[str, str], list[Event]]) -> None:
    text = ("On 3 June the governor of the Perm region Oleg Markin held talks with Belarusian Prime Minister "
            "Roman Golovchenko in Minsk. Afterwards the two sides agreed on closer cooperation in electronics.")
    events = events_of(text, "en")
    assert [e.type for e in events] == ["meeting"]


def test_events_offer_to_open_a_plant_is_no_announcement(events_of: Callable[[str, str], list[Event]]) -> None:
    text = "Директор компании «Вега» Павел Орлов заявил, что компания готова открыть сборочное производство в Казани."
    assert [e for e in events_of(text, "ru") if e.type == "announcement"] == []


def test_events_the_speaker_of_according_to_is_no_participant(events_of: Callable[[str, str], list[Event]]) -> None:
    text = ("По словам Игоря Смирнова, 12 мая в Минске прошли переговоры делегации Министерства обороны "
            "Беларуси с компанией «Вега».")
    (event,) = events_of(text, "ru")
    assert event.type == "meeting"
    assert not any("Смирн" in p for p in event.participants)


def test_events_day_in_brackets_narrows_the_month(events_of: Callable[[str, str], list[Event]]) -> None:
    text = "In July (07/14), the governor of the Perm region Oleg Markin held talks with Roman Golovchenko in Minsk."
    (event,) = events_of(text, "en")
    assert event.time is not None and (event.time.start, event.time.end) == ("2025-07-14", "2025-07-14")


def test_events_a_past_signing_is_not_dated_by_the_period_it_covers(events_of: Callable[[str, str], list[Event]]) -> None:
    text = ("On 3 July the ministers met in Qingdao. After the meeting they signed a plan of military "
            "cooperation between Belarus and China for 2026.")
    agreement = next(e for e in events_of(text, "en") if e.type == "agreement")
    assert agreement.time is not None and agreement.time.start == "2025-07-03"


def test_events_having_some_agreements_is_no_event(events_of: Callable[[str, str], list[Event]]) -> None:
    assert events_of("In addition, Belarus and China have some agreements in this area.", "en") == []


def test_events_talking_about_is_no_meeting(events_of: Callable[[str, str], list[Event]]) -> None:
    assert events_of("We are talking about setting up production of key components in Minsk, Oreshkin said.", "en") == []


def test_events_merging_many_reports_stays_linear() -> None:
    import time

    many = [Event(id=f"e{i}", document_id="d", type="meeting", time=None, place=f"Place {i}", participants=[],
                  start=i, end=i + 1) for i in range(20000)]
    began = time.perf_counter()
    merged = merge_events(many)
    assert len(merged) == 20000
    assert time.perf_counter() - began < 2.0


def test_events_touring_the_workshops_is_part_of_the_visit_told_before(events_of: Callable[[str, str], list[Event]]) -> None:
    text = ("On 2 June the governor of the Perm region Oleg Markin visited the Minsk Radio Plant. "
            "He toured the workshops and met the engineers.")
    assert [e.type for e in events_of(text, "en")] == ["visit"]


def test_events_one_sanctions_package_with_many_targets_is_one_event(events_of: Callable[[str, str], list[Event]]) -> None:
    text = ("В декабре Евросоюз ввел санкции против компании «Вега». Кроме того, ограничения введены против "
            "китайского поставщика «Сянлун Трейдинг».")
    assert [e.type for e in events_of(text, "ru")] == ["sanction"]


def test_events_sanction_participants_are_the_sanctioning_body(events_of: Callable[[str, str], list[Event]]) -> None:
    text = "In June Japan added 11 companies from China and Belarus to its export blacklist."
    (event,) = events_of(text, "en")
    assert (event.type, event.participants) == ("sanction", ["Japan"])


Events = Callable[[str, str], list[Event]]


def only(events: list[Event], type_: str) -> Event:
    found = [e for e in events if e.type == type_]
    assert len(found) == 1, [(e.type, e.participants, e.place) for e in events]
    return found[0]


def test_events_the_visited_company_is_where_the_visit_went(events_of: Events) -> None:
    text = "Делегация Министерства обороны Армении посетила предприятие «Вектор» в Ереване."
    e = only(events_of(text, "ru"), "visit")
    assert (e.participants, e.place) == (["Министерство обороны Армении"], "Ереван")


def test_events_the_name_of_a_fair_is_no_participant(events_of: Events) -> None:
    text = "Kalashnikov showed a new loitering munition at this week's IDEX defence fair in Abu Dhabi."
    e = only(events_of(text, "en"), "exhibition")
    assert "IDEX" not in e.participants and e.place == "Abu Dhabi"


def test_events_the_sides_that_sign_are_the_parties_of_the_talks_before(events_of: Events) -> None:
    text = ("В начале мая в Ташкенте прошли переговоры представителей Минобороны Узбекистана и корпорации «Сянлун "
            "Авиа». Стороны подписали меморандум о сборке дронов на территории Узбекистана.")
    e = only(events_of(text, "ru"), "agreement")
    assert set(e.participants) == {"Минобороны Узбекистана", "Сянлун Авиа"}


def test_events_the_signed_document_adds_its_signatories(events_of: Events) -> None:
    text = ("Россия и Белоруссия вчера в Москве подписали соглашение о выпуске двигателей. Документ в рамках "
            "Союзного государства подписали министры Антон Алиханов и Александр Ефимов.")
    e = only(events_of(text, "ru"), "agreement")
    assert set(e.participants) == {"Россия", "Белоруссия", "Антон Алиханов", "Александр Ефимов"}
    assert e.place == "Москва"


def test_events_a_comment_on_the_agreement_adds_no_party(events_of: Events) -> None:
    text = ("Kupol-Tech and Vector Aero signed an agreement in Yerevan on Wednesday. Armenian minister Suren "
            "Papikyan called the agreement a step forward.")
    e = only(events_of(text, "en"), "agreement")
    assert set(e.participants) == {"Kupol-Tech", "Vector Aero"}


def test_events_a_government_takes_part_as_its_country(events_of: Events) -> None:
    e = only(events_of("Правительство Японии 12 мая ввело санкции против российских компаний.", "ru"), "sanction")
    assert e.participants == ["Япония"]
