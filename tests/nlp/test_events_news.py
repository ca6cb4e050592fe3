"""Events as news tells them: statements at briefings, strikes and attacks, systems put on duty,
headlines, frames, scheduled events, date stamps, and languages read without a parser."""
from __future__ import annotations

from collections.abc import Callable

import pytest

from claimgraph.model import Event
from claimgraph.nlp.dates import DateComponent
from claimgraph.nlp.doc import AnalyzedDoc
from claimgraph.nlp.event_cues import is_headline
from claimgraph.nlp.dates import day_dates
from claimgraph.nlp.event_words import word_event
from claimgraph.nlp.events import find_events

Analyse = Callable[[str, str], AnalyzedDoc]
Events = Callable[..., list[Event]]


@pytest.fixture(scope="module")
def events_of(analyse: Analyse) -> Events:
    dates = DateComponent()

    def run(text: str, lang: str, published: str | None = "2025-04-03") -> list[Event]:
        doc = analyse(text, lang)
        doc.published = published
        return find_events(dates(doc))

    return run


# --- statements ------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "lang"), [
    ("Об этом заявил министр обороны Иван Петров на брифинге в Гродно в четверг.", "ru"),
    ("The minister Ivan Petrov said at a press conference in Grodno on Thursday that output doubled.", "en"),
    ("Министр Иван Петров заявил в интервью агентству в четверг, что выпуск удвоился.", "ru"),
])
def test_a_statement_made_at_a_briefing_on_a_named_day_is_an_announcement_of_that_day(
        events_of: Events, text: str, lang: str) -> None:
    (event,) = events_of(text, lang, published="2025-05-16")
    assert event.type == "announcement"
    assert event.time is not None and event.time.start == "2025-05-15"


def test_a_statement_at_a_briefing_is_an_announcement_on_the_day_of_publication(events_of: Events) -> None:
    text = ("Об этом заявил на брифинге официальный представитель МИД Норвегии Ханс Берг. "
            "По его словам, 1 апреля ракеты упали у границы.")
    (event,) = events_of(text, "ru")
    assert event.type == "announcement"
    assert event.time is not None and event.time.start == "2025-04-03"
    assert event.end <= text.index(" По его")


def test_a_statement_without_a_date_was_made_on_the_day_of_the_report(events_of: Events) -> None:
    text = ("Завод в Гродно с 14 мая выпускает беспилотники.\n"
            "Об этом заявил министр промышленности Иван Петров на брифинге в Минске.")
    events = [e for e in events_of(text, "ru", published="2025-05-16") if e.type == "announcement"]
    assert [(e.time.start, e.time.end) if e.time else None for e in events] == [("2025-05-16", "2025-05-16")]


def test_the_date_inside_what_was_said_is_not_the_statements_date(events_of: Events) -> None:
    text = ("Президент Молдовы Ион Попеску в послании парламенту отметил, что учения идут с 1 апреля.")
    (event,) = events_of(text, "ru")
    assert event.type == "announcement"
    assert event.time is not None and event.time.start == "2025-04-03"


def test_an_english_statement_at_a_press_conference_is_an_announcement(events_of: Events) -> None:
    (event,) = events_of("Norwegian Defence Minister Hans Berg said at a press conference in Oslo that the "
                         "border would stay closed.", "en")
    assert event.type == "announcement"
    assert event.time is not None and event.time.start == "2025-04-03"


@pytest.mark.parametrize(("text", "lang"), [
    ("The minister Ivan Petrov said that output doubled last year.", "en"),
    ("Министр Ханс Берг заявил, что граница останется закрытой.", "ru"),
])
def test_a_plain_quote_without_a_public_setting_is_no_event(events_of: Events, text: str, lang: str) -> None:
    assert events_of(text, lang) == []


# --- strikes, attacks and weapons ------------------------------------------------------------------

@pytest.mark.parametrize(("text", "lang", "place", "day"), [
    ("On the morning of May 12, drones attacked a refinery in Grodno.", "en", "Grodno", "2025-05-12"),
    ("Утром 12 мая беспилотники атаковали нефтебазу в Гродно.", "ru", "Гродно", "2025-05-12"),
    ("Беспилотники атаковали два завода в Сарапуле утром 2 апреля.", "ru", "Сарапул", "2025-04-02"),
    ("Drones attacked an oil depot in Tambov on 2 April.", "en", "Tambov", "2025-04-02"),
])
def test_a_drone_attack_is_an_other_event_with_its_day_and_place(
        events_of: Events, text: str, lang: str, place: str, day: str) -> None:
    (event,) = events_of(text, lang, published="2025-05-16")
    assert (event.type, event.place, event.time.start if event.time else None) == ("other", place, day)


def test_missiles_launched_are_a_strike(events_of: Events) -> None:
    (event,) = events_of("2 апреля войска запустили по Харькову три ракеты.", "ru")
    assert event.type == "other"


def test_a_system_put_on_combat_duty_is_an_event(events_of: Events) -> None:
    (event,) = events_of("Новый ракетный комплекс с 14 мая заступил на боевое дежурство в Гродно.", "ru",
                         published="2025-05-16")
    assert (event.type, event.time.start if event.time else None) == ("other", "2025-05-14")


@pytest.mark.parametrize("text", [
    "The Grodno plant assembles strike drones for the army, the ministry of industry said.",
    "The Kazan plant builds attack drones for the army.",
])
def test_strike_and_attack_drones_are_a_weapon_not_an_attack(events_of: Events, text: str) -> None:
    assert events_of(text, "en") == []


@pytest.mark.parametrize(("text", "lang"), [
    ("Both sides have relied heavily on drones in long-range strikes.", "en"),
    ("В результате атаки беспилотников в Гродно пострадали шесть человек.", "ru"),
])
def test_attacks_in_general_or_told_again_without_their_day_are_no_new_event(
        events_of: Events, text: str, lang: str) -> None:
    assert [e.type for e in events_of(text, lang)] == []


def test_an_attack_told_in_passing_leaves_the_full_report_as_the_event(events_of: Events) -> None:
    text = ("В результате атаки беспилотников в Сарапуле пострадали три человека. "
            "Беспилотники атаковали завод в Сарапуле утром во вторник.")
    (event,) = events_of(text, "ru")
    assert event.type == "other"
    assert text[event.start:event.end].startswith("Беспилотники атаковали")


# --- headlines and date stamps ---------------------------------------------------------------------

def test_is_headline_tells_a_title_line_from_a_sentence() -> None:
    text = "Talks in Oslo end without a deal\nThe talks in Oslo ended on Monday."
    assert is_headline(text, 0, text.index("\n"))
    assert not is_headline(text, text.index("The"), len(text))


def test_each_sentence_of_a_title_told_in_several_is_a_headline() -> None:
    text = "Chile and Peru signed a treaty. Lima promised support\nThe treaty was signed in Lima on Monday."
    assert is_headline(text, 0, text.index(".") + 1)
    assert not is_headline(text, text.index("The"), len(text))
    one_line = "Chile and Peru signed a treaty. Lima promised support."
    assert not is_headline(one_line, 0, one_line.index(".") + 1)


def test_a_headline_and_the_text_tell_one_event_evidenced_by_the_text(events_of: Events) -> None:
    text = ("Норвегия ввела санкции против трех фирм\n"
            "Правительство Норвегии 2 апреля ввело санкции против трех фирм из Гонконга.")
    (event,) = events_of(text, "ru")
    assert event.type == "sanction"
    assert text[event.start:event.end].startswith("Правительство Норвегии")


def test_a_headline_event_takes_the_sentence_of_the_report_itself(events_of: Events) -> None:
    text = ("Grodno plant opens drone assembly line\n"
            "The Grodno plant opened a drone assembly line on May 12, the ministry of industry said.")
    (event,) = events_of(text, "en", published="2025-05-16")
    assert text[event.start:event.end].startswith("The Grodno plant opened")


def test_a_headline_the_text_does_not_retell_is_left_out(events_of: Events) -> None:
    text = ("Премьер Исландии встретилась с президентом Норвегии\n"
            "Норвегия и Исландия 2 апреля подписали в Осло соглашение о рыболовстве.")
    assert [e.type for e in events_of(text, "ru")] == ["agreement"]


def test_a_page_date_stamp_does_not_date_the_event_beside_it(events_of: Events) -> None:
    text = "Drone deal news\n14 May 2025\nBelarus and Kazakhstan signed a contract on drone parts, the ministry said."
    (event,) = events_of(text, "en", published="2025-05-16")
    # the signing is the news of the report's day, not of the stamp beside it
    assert event.type == "agreement" and event.time is not None and event.time.start == "2025-05-16"


# --- frames, visits and agreements -----------------------------------------------------------------

def test_talks_that_frame_a_signing_are_not_an_event_of_their_own(events_of: Events) -> None:
    text = "По итогам переговоров в Осло министры Норвегии и Исландии подписали соглашение о рыболовстве."
    assert [e.type for e in events_of(text, "ru")] == ["agreement"]


def test_a_meeting_inside_a_visit_takes_the_visits_days(events_of: Events) -> None:
    text = ("Делегация Карелии 14 марта 2025 года посетила Осло. "
            "В рамках визита состоялась встреча губернатора Артура Парфенчикова с мэром Осло Анне Линдбо.")
    visit, meeting = events_of(text, "ru")
    assert (visit.type, meeting.type) == ("visit", "meeting")
    assert meeting.time is not None and meeting.time.start == "2025-03-14"


def test_a_visit_that_frames_a_proposal_still_happened(events_of: Events) -> None:
    text = "Deputy minister Ivan Petrov proposed a new plant during a visit to Grodno on Monday."
    (event,) = events_of(text, "en", published="2025-05-16")
    assert (event.type, event.place) == ("visit", "Grodno")
    assert "Ivan Petrov" in event.participants


def test_visiting_an_exhibition_is_the_exhibition_event(events_of: Events) -> None:
    (event,) = events_of("Губернатор Артур Парфенчиков 2 апреля посетил выставку беспилотников в Петрозаводске.", "ru")
    assert event.type == "exhibition"


def test_a_treaty_named_without_its_signing_is_no_agreement_event(events_of: Events) -> None:
    assert events_of("Договор между Норвегией и Исландией предусматривает совместное патрулирование.", "ru") == []


def test_a_treaty_signed_is_an_agreement_event(events_of: Events) -> None:
    (event,) = events_of("Норвегия и Исландия подписали договор о совместном патрулировании 2 апреля.", "ru")
    assert event.type == "agreement"


def test_a_later_undated_mention_of_the_meeting_is_the_same_meeting(events_of: Events) -> None:
    text = ("В Осло 2 апреля прошла встреча министров Норвегии и Исландии Ханса Берга и Анны Гудмундсдоттир. "
            "Карелию на встрече представлял губернатор Артур Парфенчиков.")
    (event,) = events_of(text, "ru")
    assert (event.type, event.start) == ("meeting", 0)


def test_taking_a_decision_is_no_reception(events_of: Events) -> None:
    assert events_of("Президент Норвегии Ханс Берг 2 апреля принял решение о закрытии границы.", "ru") == []


def test_a_regional_forum_is_an_other_event_not_an_exhibition(events_of: Events) -> None:
    (event,) = events_of("В Петрозаводске 2 апреля открылся Форум регионов Норвегии и России.", "ru")
    assert event.type == "other"


# --- events told in the future ---------------------------------------------------------------------

def test_a_scheduled_visit_counts_when_its_day_is_named(events_of: Events) -> None:
    (event,) = events_of("Премьер Исландии Анна Гудмундсдоттир 17 апреля посетит Осло для переговоров.", "ru",
                         published="2025-04-10")
    assert event.type == "visit"
    assert event.time is not None and event.time.start == "2025-04-17"


@pytest.mark.parametrize(("text", "lang"), [
    ("Премьер Исландии Анна Гудмундсдоттир посетит Осло.", "ru"),
    ("Ivan Petrov plans to visit Grodno next month.", "en"),
])
def test_an_intended_visit_without_a_day_is_no_event(events_of: Events, text: str, lang: str) -> None:
    assert events_of(text, lang) == []


# --- languages read without a parser --------------------------------------------------------------

@pytest.mark.parametrize("word, lang, kind", [
    ("підписали", "uk", "agreement"), ("санкції", "uk", "sanction"), ("атакували", "uk", "other"),
    ("візиту", "uk", "visit"), ("unterzeichneten", "de", "agreement"), ("Staatsbesuch", "de", "visit"),
    ("Luftangriffen", "de", "other"), ("spotkali", "pl", "meeting"), ("sankcje", "pl", "sanction"),
    ("падпісанне", "be", "agreement"), ("Санкции", "bg", "sanction"), ("semnat", "ro", "agreement"),
    ("traf", "de", "meeting"),
])
def test_event_words_are_found_by_their_stems(word: str, lang: str, kind: str) -> None:
    assert word_event(word, lang) == kind


@pytest.mark.parametrize("word, lang", [
    ("Angriffskrieg", "de"), ("targets", "pl"), ("ударні", "uk"), ("produkcja", "pl"), ("запустили", "uk"),
    ("Trafik", "de"),
])
def test_words_that_only_begin_like_an_event_word_are_not_events(word: str, lang: str) -> None:
    assert word_event(word, lang, "запустили виробництво") is None


def test_a_missile_launch_needs_the_missile_beside_it() -> None:
    assert word_event("запустили", "uk", "росія запустила ракети по місту") == "other"


def test_day_month_dates_take_the_year_written_or_the_publication_year() -> None:
    text = "Атака 2 квітня; угода від 30 грудня 2023 року."
    found = {t.start for _, _, t in day_dates(text, "uk", "2024-04-05")}
    assert found == {"2024-04-02", "2023-12-30"}


def test_a_month_after_publication_belongs_to_the_year_before() -> None:
    (got,) = day_dates("am 30. Dezember", "de", "2024-01-04")
    assert got[2].start == "2023-12-30"


def test_a_day_without_a_year_or_publication_date_is_not_guessed() -> None:
    assert day_dates("am 30. Dezember", "de", None) == []


def test_ukrainian_report_gives_one_strike_event_with_its_day() -> None:
    from claimgraph.nlp.parse import parse_rules

    text = ("Дрони атакували завод у Єлабузі\n"
            "Вранці 2 квітня безпілотники атакували завод у Єлабузі. Атаку підтвердили місцеві власті.")
    doc = AnalyzedDoc("doc-uk", text, "uk", published="2024-04-02")
    parse_rules(doc)
    (event,) = find_events(doc)
    assert event.type == "other"
    assert event.time is not None and event.time.start == "2024-04-02"
    assert text[event.start:event.end].startswith("Вранці 2 квітня")


def test_strikes_on_two_days_stay_two_events() -> None:
    from claimgraph.nlp.parse import parse_rules

    text = "30. Dezember: Luftangriffe auf Charkiw. Am 2. Januar folgten weitere Luftangriffe auf Kiew."
    doc = AnalyzedDoc("doc-de", text, "de", published="2024-01-04")
    parse_rules(doc)
    assert [e.time.start for e in find_events(doc) if e.time] == ["2023-12-30", "2024-01-02"]


# --- statements to the press -------------------------------------------------------------------------

def test_a_statement_to_journalists_during_a_trip_is_the_announcement_not_a_visit(events_of: Events) -> None:
    (event,) = events_of("Об этом министр Иван Петров заявил журналистам в ходе рабочей поездки в Гродненскую область.", "ru")
    assert event.type == "announcement"


def test_a_minister_who_told_reporters_made_an_announcement(events_of: Events) -> None:
    (event,) = events_of("The minister Ivan Petrov told reporters in Grodno on Thursday that output doubled.", "en",
                         published="2025-05-16")
    assert event.type == "announcement"


# --- inspections -------------------------------------------------------------------------------------

def test_a_minister_inspecting_a_plant_is_visiting_it(events_of: Events) -> None:
    (event,) = events_of("On Tuesday the defence minister Ivan Petrov inspected a new drone plant in Dubna.", "en")
    assert event.type == "visit"


def test_inspecting_a_document_is_no_visit(events_of: Events) -> None:
    assert events_of("On Tuesday the auditors inspected the ministry's accounts.", "en") == []


def test_a_dialogue_or_a_phone_conversation_held_with_a_leader_is_a_meeting(events_of: Events) -> None:
    (event,) = events_of("On Monday the president held a long dialogue with the governor Ivan Petrov in Minsk.", "en")
    assert event.type == "meeting"
    (event,) = events_of("On Monday the president held a phone conversation with Ivan Petrov.", "en")
    assert event.type == "meeting"


def test_a_conversation_mentioned_in_passing_is_no_meeting(events_of: Events) -> None:
    assert events_of("At the start of the conversation the guest praised the plant.", "en") == []


@pytest.mark.parametrize(("text", "lang"), [
    ("Why will the prime minister meet the Turkish president in Ankara on Friday?", "en"),
    ("Czytaj też: Dlaczego premier spotka się z prezydentem Turcji?", "pl"),
])
def test_a_question_reports_no_event(events_of: Events, text: str, lang: str) -> None:
    assert events_of(text, lang) == []


def test_we_agreed_told_by_a_leader_after_talks_is_the_outcome_of_the_talks(events_of: Events) -> None:
    text = ("President Ivan Petrov held talks with Prime Minister Oleg Sidorov in Minsk on Friday. "
            "\"We agreed that we would expand industrial cooperation,\" Petrov said.")
    assert [e.type for e in events_of(text, "en")] == ["meeting"]


def test_a_phone_call_between_leaders_is_talks(events_of: Events) -> None:
    (event,) = events_of("President Ivan Petrov on Friday discussed trade in a phone call with President Jorge Perez.", "en")
    assert event.type == "meeting"
    assert events_of("Peru renewed its calls for a ceasefire on Friday.", "en") == []
    (talks,) = events_of("2 апреля президенты Перу и Чили провели телефонную беседу.", "ru")
    assert talks.type == "meeting"


def test_an_assault_with_drones_and_the_downing_of_drones_are_events(events_of: Events) -> None:
    (assault,) = events_of("On 2 April, Chile launched an assault with 100 drones on Lima.", "en")
    assert assault.type == "other" and assault.time is not None and assault.time.start == "2025-04-02"
    (downing,) = events_of("On 1 April, Peru reported the downing of three Chilean drones over its territory.", "en")
    assert downing.type == "other"
