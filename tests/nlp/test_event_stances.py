"""A government's or an official's denial, allegation or acknowledgement told as the report's news is
an announcement of the speaker, dated by the day the text gives it, else by the report's day; the
same verbs told as background, negated, or not made by a speaker are no event."""
from __future__ import annotations

from collections.abc import Callable

import pytest

from claimgraph.model import Event
from claimgraph.nlp.event_words import word_event

Events = Callable[[str], list[Event]]


@pytest.fixture(scope="module")
def english(announcements: Callable[[str, str], list[Event]]) -> Events:
    return lambda text: announcements(text, "en")


@pytest.fixture(scope="module")
def russian(announcements: Callable[[str, str], list[Event]]) -> Events:
    return lambda text: announcements(text, "ru")


def test_a_ministry_denying_on_a_day_is_an_announcement_of_that_day(english: Events) -> None:
    (event,) = english("Iran's foreign ministry denied on Thursday that it had sent drones to Russia.")
    assert event.time is not None and event.time.start == "2025-06-19"
    assert event.participants == ["Iran"]  # the speaker, not the country the denial is about


def test_a_spokesman_dismissing_reports_is_dated_by_the_report(english: Events) -> None:
    (event,) = english("Kremlin spokesman Dmitry Peskov dismissed the reports as fake.")
    assert event.time is not None and event.time.start == "2025-06-20"
    assert "Dmitry Peskov" in event.participants


def test_a_government_saying_what_another_state_did_is_its_allegation(english: Events) -> None:
    (event,) = english("The White House said North Korea has shipped more than 1,000 containers of munitions to Russia.")
    assert event.participants == ["White House"]


def test_a_plain_saying_dated_to_its_day_is_a_statement(english: Events) -> None:
    (event,) = english("Grain exports will grow this year, the agriculture minister Ivan Petrov said on Thursday.")
    assert event.time is not None and event.time.start == "2025-06-19"


@pytest.mark.parametrize("text", [
    "Tehran had denied the reports in July.",  # pluperfect, and only a month
    "Iran denied the reports in July.",  # a date coarser than a day: recalled
    "Moscow has denied the reports.",  # a standing position
    "Moscow has repeatedly denied supplying Pyongyang with weapons.",
    "Pyongyang previously rejected the accusations.",
])
def test_a_stance_told_as_background_is_no_event(english: Events, text: str) -> None:
    assert english(text) == []


@pytest.mark.parametrize("text", [
    "Pyongyang did not confirm the shipment.",  # negated
    "The Pentagon declined to confirm the report.",  # an infinitive under another verb
    "He denied the reports.",  # no speaker named
    "The governor confirmed Petrov's participation in the forum.",  # confirms a plan, not a report
    "Analysts said the drones were likely Iranian.",  # a plain saying without a day or a state
    "“Exports will grow,” the ministry said in a statement.",  # a quotation sourced after it
    "The United States accused Pyongyang of arming Moscow.",  # a position, without the day it was taken
])
def test_a_verb_that_makes_no_statement_of_the_news_is_no_event(english: Events, text: str) -> None:
    assert english(text) == []


def test_a_denial_and_the_allegation_it_answers_are_two_statements(english: Events) -> None:
    text = ("The White House said on Friday that North Korea has shipped artillery shells to Russia. "
            "North Korea's foreign ministry rejected the claims on Saturday.")
    events = english(text)
    assert len(events) == 2
    assert [e.time.start if e.time else None for e in events] == ["2025-06-20", "2025-06-14"]


def test_a_statement_retold_by_the_same_speaker_is_one_event(english: Events) -> None:
    text = ("Kremlin spokesman Dmitry Peskov dismissed the reports as fake. "
            "Dmitry Peskov also rejected the claims about the shipments.")
    assert len(english(text)) == 1


def test_a_russian_ministry_refuting_reports_on_a_day(russian: Events) -> None:
    (event,) = russian("МИД КНДР 18 июня опроверг сообщения о поставках снарядов в Россию.")
    assert event.time is not None and event.time.start == "2025-06-18"
    assert event.participants == ["МИД КНДР"]


def test_an_impersonal_russian_confirmation_is_the_body_s_statement(russian: Events) -> None:
    (event,) = russian("В Пентагоне подтвердили, что КНДР передала России ракеты.")
    assert event.time is not None and event.time.start == "2025-06-20"
    assert event.participants == ["Пентагон"]


def test_a_russian_acknowledgement_by_a_capital(russian: Events) -> None:
    (event,) = russian("Тегеран признал, что передал России небольшое количество беспилотников.")
    assert event.participants == ["Тегеран"]


@pytest.mark.parametrize("text", [
    "Ранее в Кремле отрицали поставки.",  # told as before the news
    "Песков не подтвердил эти сообщения.",  # negated
    "Ким Чен Ын также подтвердил, что договор вступит в силу.",  # more of a statement already told
])
def test_a_russian_stance_that_is_no_new_statement(russian: Events, text: str) -> None:
    assert russian(text) == []


def test_commenting_on_reports_is_a_statement(english: Events) -> None:
    (event,) = english("Dmitry Peskov, the Kremlin's press secretary, commented on reports of troops moving to Russia.")
    assert "Dmitry Peskov" in event.participants


def test_a_month_in_a_page_stamp_does_not_make_a_denial_background(english: Events) -> None:
    text = ('date 2025-04 In a firm rebuttal, China\'s foreign ministry labeled as "groundless" the claims '
            'that China was supplying weapons to Russia.')
    (event,) = english(text)
    assert event.participants == ["China"]


def test_he_told_reporters_is_the_statement_of_the_person_named_before(english: Events) -> None:
    text = ("Dmitry Peskov dismissed the reports as fake. "
            "“There is a lot of contradictory information,” he told reporters.")
    (event,) = english(text)  # one speaker, one statement of the day
    assert event.participants == ["Dmitry Peskov"]


def test_the_statement_a_denial_answers_is_an_event_of_its_own_without_the_report_s_day(english: Events) -> None:
    (event,) = english("The rebuttal came after Ivan Petrov accused Beijing of arming Moscow.")
    assert event.participants == ["Ivan Petrov"]
    assert event.time is None  # some time before the rebuttal: the clause gives no day of its own


def test_a_statement_made_with_a_noun_is_a_statement(russian: Events) -> None:
    (event,) = russian("Советник президента Иван Петров выступил с заявлением о том, что Иран передал России беспилотники.")
    assert "Иван Петров" in event.participants


def test_a_body_telling_first_what_another_state_did_is_its_allegation(english: Events) -> None:
    (event,) = english("North Korea has shipped more than 1,000 containers of munitions to Russia, the White House said.")
    assert event.participants == ["White House"]


@pytest.mark.parametrize("text", [
    # the quoted speaker's words, inside a quotation the paragraph opened
    "Peskov said: “We see conflicting reports. Seoul says one thing, then the Pentagon says that North Korea sent nothing.”",
    # the sentence's news is the quotation, not a statement of its own
    "“China has always kept a fair position,” the ministry said in a statement.",
])
def test_quoted_words_are_no_statement_of_the_news(english: Events, text: str) -> None:
    assert [e for e in english(text) if "Pentagon" in e.participants or e.start > 0] == []


def test_a_second_source_confirming_too_is_no_new_statement(russian: Events) -> None:
    assert russian("Информацию о контейнерах подтвердила и украинская служба.") == []


def test_a_weekday_in_a_report_without_its_day_is_still_a_day(events_in: Callable[[str, str, str], list[Event]]) -> None:
    text = "The White House said on Friday that North Korea has shipped shells to Russia."
    (event,) = [e for e in events_in(text, "en", "") if e.type == "announcement"]
    assert event.participants == ["White House"]


def test_a_statement_commenting_on_reports_is_a_stance(russian: Events) -> None:
    text = "На это указал официальный представитель Кремля Дмитрий Песков, комментируя сообщения о переброске войск."
    (event,) = russian(text)
    assert "Дмитрий Песков" in event.participants


def test_an_official_of_a_body_telling_first_what_another_state_did(russian: Events) -> None:
    text = "КНДР отправила в Россию более 1000 контейнеров, сообщил координатор Совета национальной безопасности США Джон Кирби."
    (event,) = russian(text)
    assert "Джон Кирби" in event.participants


@pytest.mark.parametrize("text", [
    # a month told back, through an adverb: a statement recalled
    "Back in March of this year, Ivan Petrov, deputy head of the Presidential Administration of Russia, "
    "said that Russia was offering Belarus a drone factory.",
])
def test_a_statement_recalled_with_its_month_is_background(english: Events, text: str) -> None:
    assert english(text) == []


def test_a_body_telling_what_its_own_state_does_alleges_nothing(english: Events) -> None:
    text = "The Presidential Administration of Russia said that Russia was offering Belarus a drone factory."
    assert english(text) == []


def test_disclosing_the_information_retells_the_statement_already_told(english: Events) -> None:
    text = ("North Korea has shipped more than 1,000 containers of munitions to Russia, the White House said on Friday. "
            "In a briefing, spokesman Ivan Petrov disclosed the information along with satellite images.")
    (event,) = english(text)
    assert event.participants[0] == "White House" and "Ivan Petrov" in event.participants


def test_voicing_the_information_retells_the_statement_already_told(russian: Events) -> None:
    text = ("Минобороны Грузии в пятницу опровергло сообщения о поставках беспилотников в Армению. "
            "Эту информацию озвучил официальный представитель министерства Давид Беридзе на брифинге.")
    (event,) = russian(text)
    assert "Давид Беридзе" in event.participants


@pytest.mark.parametrize("word", ["спростувало", "заперечили", "розкритикувало", "визнав", "звинуватив"])
def test_a_ukrainian_stance_told_in_the_past_is_an_announcement_word(word: str) -> None:
    assert word_event(word, "uk") == "announcement"


@pytest.mark.parametrize("word", ["визначив", "звинувачення", "підтвердили"])
def test_ukrainian_words_that_only_begin_like_a_stance_are_none(word: str) -> None:
    assert word_event(word, "uk") is None


def test_a_state_saying_it_never_did_something_is_a_denial(russian: Events) -> None:
    (event,) = russian("В Северной Корее заявили, что никогда не продавали оружие России.")
    assert event.time is not None and event.time.start == "2025-06-20"


def test_a_spokesman_slamming_a_president_takes_a_stance(english: Events) -> None:
    (event,) = english("Foreign ministry spokesman Ivan Petrov slammed the Ukrainian president for his accusations.")
    assert "Ivan Petrov" in event.participants


def test_deeming_reports_fake_is_a_stance(english: Events) -> None:
    (event,) = english("Kremlin spokesman Ivan Petrov deemed such reports fake news.")
    assert "Ivan Petrov" in event.participants


def test_a_ukrainian_saying_that_points_back_with_pro_tse_is_an_announcement_word() -> None:
    assert word_event("повідомив", "uk", "про це 4 січня повідомив речник міністерства.") == "announcement"
    assert word_event("заявив", "uk", "міністр заявив, що завод працює.") is None


def test_a_statement_a_day_before_the_answer_is_dated_the_day_before(english: Events) -> None:
    (event,) = english("These comments came a day after Ivan Petrov said Beijing was supplying shells to Moscow.")
    assert event.time is not None and event.time.start == "2025-06-19"


def test_a_statement_told_first_does_not_make_a_later_inspection_part_of_a_visit(
        events_in: Callable[[str, str, str], list[Event]]) -> None:
    text = ("The plant will reach full capacity in 2024, the company's press office told reporters on Tuesday. "
            "Defence Minister Ivan Petrov inspected the new production facility in Dubna.")
    assert [e.type for e in events_in(text, "en", "2025-06-20")] == ["announcement", "visit"]


def test_a_ukrainian_saying_with_its_day_is_an_announcement_word() -> None:
    assert word_event("заявив", "uk", "«іран готується надати росії дрони», – заявив речник 11 липня.") == "announcement"


@pytest.mark.parametrize("text", [
    "Агентство Reuters подтвердило эти данные.",
    "The newspaper confirmed the reports.",
])
def test_a_medium_confirming_the_news_takes_no_stance(english: Events, russian: Events, text: str) -> None:
    found = russian(text) if not text.isascii() else english(text)
    assert found == []


@pytest.mark.parametrize("text", [
    "Harbour Optics, a lens maker based in Ningbo, denied reports that it had sold cameras to the army.",
    "Турецкая компания «Мерсин Электроник» опровергла сообщения о поставках модулей в Россию.",
])
def test_a_firm_answering_for_itself_is_no_government_statement(english: Events, russian: Events, text: str) -> None:
    found = russian(text) if "«" in text else english(text)
    assert found == []


def test_a_stance_dated_only_to_a_week_is_recalled_not_made_that_day(english: Events) -> None:
    assert english("Deputy Minister Ivan Petrov said last week that Belarus does not intend to assemble drones.") == []


def test_naming_reports_in_the_present_tense_is_a_standing_position(russian: Events) -> None:
    assert russian("МИД России называет подобные публикации информационной кампанией.") == []


def test_a_government_speaking_of_its_own_state_makes_no_allegation(english: Events) -> None:
    text = "Armenia has received the first drones from an Indian manufacturer, the Armenian defence ministry said."
    assert english(text) == []


def test_a_spokesman_of_the_body_retells_its_denial(russian: Events) -> None:
    (event,) = russian("Минобороны России опровергло сообщения о передаче дронов Белоруссии. "
                       "Официальный представитель ведомства Алексей Дронов назвал публикацию фейком.")
    assert event.participants[0] == "Минобороны России"


def test_a_ministry_responding_in_words_on_a_day_is_an_announcement(english: Events) -> None:
    (event,) = english("Chile's foreign ministry responded on Thursday that it was ready to defend its borders.")
    assert event.time is not None and event.time.start == "2025-06-19"


def test_an_envoy_disputing_the_claims_is_an_announcement(english: Events) -> None:
    (event,) = english("Ambassador Jorge Perez disputed the claims on Thursday.")
    assert "Jorge Perez" in event.participants


@pytest.mark.parametrize(("text", "day"), [
    ("Hungary on Thursday accused Austria of shipping shells to Georgia, calling it a blow to good neighbourly ties.",
     "2025-06-19"),
    ("Norway's Fisheries Agency (NFA) on Friday accused Sweden's fishing fleet of dumping nets, despite Stockholm's "
     "pledge to protect the reefs.", "2025-06-20"),
])
def test_a_day_between_the_speaker_and_the_verb_dates_an_accusation(english: Events, text: str, day: str) -> None:
    (event,) = english(text)
    assert event.time is not None and event.time.start == day


def test_a_bare_weekday_right_after_the_saying_verb_dates_the_statement(english: Events) -> None:
    (event,) = english("Latvia’s finance minister said Thursday the cabinet has approved a plan to cut fuel duties "
                       "after a month of protests by farmers.")
    assert event.time is not None and event.time.start == "2025-06-19"


def test_a_page_stamp_parsed_into_the_first_sentence_is_no_speaker(english: Events) -> None:
    (event,) = english(" date 2025-06-20 Latvia’s finance minister said Friday the cabinet has approved a plan to cut "
                       "fuel duties after a month of protests by farmers.")
    assert event.participants == ["Latvia"]


@pytest.mark.parametrize(("text", "lang", "speaker"), [
    ("Moldova’s army claimed responsibility for the artillery barrage and said it hit a fuel depot near the river.",
     "en", "Moldova"),
    ("Молдавия признала ответственность за обстрел.", "ru", "Молдавия"),
])
def test_claiming_responsibility_for_an_act_is_a_statement(events_in: Callable[[str, str, str], list[Event]],
                                                           text: str, lang: str, speaker: str) -> None:
    (event,) = [e for e in events_in(text, lang, "2025-06-20") if e.type == "announcement"]
    assert event.participants == [speaker]


def test_an_accusation_in_the_lead_is_the_report_s_news(english: Events) -> None:
    (event,) = english("Estonia’s border agency accused Latvian fishermen of crossing into its waters with forged permits. "
                       "Three boats were stopped near the island.")
    assert event.time is not None and event.time.start == "2025-06-20"


def test_an_undated_accusation_after_the_lead_is_a_standing_position(english: Events) -> None:
    assert english("The port reopened on Monday after repairs. Estonia’s border agency accused Latvian fishermen "
                   "of crossing into its waters with forged permits.") == []


@pytest.mark.parametrize(("text", "day"), [
    ("Міністр оборони Молдови Іон Попеску в четвер заявив, що дрон впав на поле.", "2025-06-19"),
    ("Генштаб ввечері 19 червня підтвердив ураження складу пального.", "2025-06-19"),
])
def test_a_ukrainian_statement_dated_by_a_weekday_or_a_day(events_in: Callable[[str, str, str], list[Event]],
                                                           text: str, day: str) -> None:
    (event,) = events_in(text, "uk", "2025-06-20")
    assert (event.type, event.time.start if event.time else None) == ("announcement", day)


def test_a_ukrainian_confirmation_without_a_day_is_no_statement(events_in: Callable[[str, str, str], list[Event]]) -> None:
    assert events_in("Четверо рибалок підтвердила поліція.", "uk", "2025-06-20") == []


def test_a_ukrainian_saying_in_the_lead_is_the_report_s_statement(events_in: Callable[[str, str, str], list[Event]]) -> None:
    text = "Міністр оборони Молдови Іон Попеску заявив, що дрон впав на поле. Поліція оглянула місце падіння."
    assert [e.type for e in events_in(text, "uk", "2025-06-20")] == ["announcement"]


def test_a_ukrainian_undated_saying_after_the_lead_is_no_statement(
        events_in: Callable[[str, str, str], list[Event]]) -> None:
    text = "Поліція оглянула місце падіння. Міністр оборони Молдови Іон Попеску заявив, що дрон впав на поле."
    assert events_in(text, "uk", "2025-06-20") == []
