"""In languages read without a parser, an event word told as still to come, planned or denied gives no
event, nor does the meeting that frames it; a done act still does."""
from __future__ import annotations

from collections.abc import Callable

import pytest

from claimgraph.model import Event
from claimgraph.nlp.word_pending import pending_word


@pytest.mark.parametrize(("text", "lang"), [
    ("Наступного тижня буде підписано угоду про постачання зерна.", "uk"),
    ("Міністр має намір підписати меморандум під час зустрічі з прем'єром Молдови.", "uk"),
    ("Зустріч міністрів відбудеться в Одесі 25 червня.", "uk"),
    ("Na granicy rozmieszczonych będzie dwadzieścia nowych radarów.", "pl"),
    ("Угоду підписано буде наступного тижня в Одесі.", "uk"),
])
def test_an_act_to_come_is_no_event(events_in: Callable[[str, str, str], list[Event]], text: str, lang: str) -> None:
    assert events_in(text, lang, "2025-06-20") == []


def test_a_signing_done_is_an_event(events_in: Callable[[str, str, str], list[Event]]) -> None:
    events = events_in("Міністри підписали угоду про постачання зерна в Одесі 19 червня.", "uk", "2025-06-20")
    assert [e.type for e in events] == ["agreement"]


@pytest.mark.parametrize(("words", "i", "lang", "expected"), [
    (["На", "форуме", "запланавана", "падпісанне", "кантрактаў"], 3, "be", True),
    (["Die", "Minister", "werden", "das", "Abkommen", "unterzeichnen"], 4, "de", True),
    (["Minister", "nie", "podpisali", "umowy"], 2, "pl", True),
    (["Ministrowie", "podpisali", "umowę", ",", "nie", "czekając"], 1, "pl", False),  # the negation is after it
    (["Форум", ",", "не", "чекаючи", ",", "відкрився"], 0, "uk", False),
])
def test_the_words_of_the_clause_decide(words: list[str], i: int, lang: str, expected: bool) -> None:
    assert pending_word(words, i, lang) is expected
