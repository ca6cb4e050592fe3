"""A statement whose speaker is only a pronoun goes on with the statement the report told before."""
from __future__ import annotations

from collections.abc import Callable

from claimgraph.model import Event

EventsIn = Callable[[str, str, str], list[Event]]


def test_a_quote_closed_by_he_said_is_the_briefing_told_before(events_in: EventsIn) -> None:
    text = ("Россия применила полученные от КНДР ракеты, заявил на брифинге в четверг представитель Белого дома "
            "Иван Петров. «Эти ракеты прибыли из КНДР», — сказал он журналистам на брифинге.")
    assert [e.type for e in events_in(text, "ru", "2025-11-14")] == ["announcement"]


def test_his_words_retell_the_statement_told_before(events_in: EventsIn) -> None:
    text = ("Представитель Белого дома Иван Петров заявил на брифинге, что Россия получила ракеты от КНДР. "
            "По его словам, американская разведка сообщила об этом на брифинге.")
    assert [e.type for e in events_in(text, "ru", "2025-11-14")] == ["announcement"]


def test_a_pronoun_speaker_dated_on_his_own_day_is_a_new_statement(events_in: EventsIn) -> None:
    text = ("Ivan Petrov said at a briefing on Monday that the plant had been hit. "
            "He told reporters on Wednesday that the plant was working again.")
    assert [e.type for e in events_in(text, "en", "2025-11-14")] == ["announcement", "announcement"]


def test_a_quote_closed_by_the_diplomat_stressed_is_the_briefing_told_before(events_in: EventsIn) -> None:
    text = ("Официальный представитель МИД Китая Ли Мин заявил на брифинге в пятницу, что Пекин не поставляет "
            "оружие. «Китай выступает против необоснованных обвинений Украины», — подчеркнул на брифинге дипломат.")
    assert [e.type for e in events_in(text, "ru", "2025-11-14")] == ["announcement"]


def test_a_title_with_a_new_name_is_a_new_speaker(events_in: EventsIn) -> None:
    text = ("Official spokesman Li Ming said at a briefing on Friday that Beijing sends no arms. "
            "Minister Ivan Petrov told reporters at a briefing that the claims were false.")
    assert [e.type for e in events_in(text, "en", "2025-11-14")] == ["announcement", "announcement"]


def test_one_speaker_spelt_two_ways_makes_one_statement(events_in: Callable[[str, str, str], list[Event]]) -> None:
    text = ("Премьер-министр Латвии Карлис Озолиньш в пятницу заявил о закрытии порта. «Порт закрыт до "
            "понедельника», — написал Озолинш в соцсетях.")
    (event,) = [e for e in events_in(text, "ru", "2025-06-20") if e.type == "announcement"]
    assert event.participants[0] == "Карлис Озолиньш"


def test_two_ministries_ending_alike_are_two_speakers() -> None:
    from claimgraph.nlp.event_retold import share_a_party

    assert not share_a_party(["Foreign Ministry"], ["Defence Ministry"], "announcement")
    assert share_a_party(["Карлис Озолиньш"], ["Озолинш"], "announcement")
