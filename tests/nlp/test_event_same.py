"""An event done "at the same meeting" takes that meeting's time."""
from __future__ import annotations

from collections.abc import Callable

import pytest

from claimgraph.model import Event
from claimgraph.nlp.doc import AnalyzedDoc
from claimgraph.nlp.event_same import the_same

EventsIn = Callable[[str, str, str], list[Event]]


@pytest.mark.parametrize(("text", "lang"), [
    ("The prime ministers of Armenia and Georgia met in Tbilisi on Monday. Officials said the talks focused on "
     "transit routes and energy. At the same meeting, the two sides signed a memorandum on rail freight.", "en"),
    ("Премьер-министры Армении и Грузии встретились в Тбилиси в понедельник. Чиновники рассказали, что речь шла о "
     "транзите и энергетике. На той же встрече стороны подписали меморандум о грузовых перевозках.", "ru"),
])
def test_a_signing_at_the_same_meeting_takes_the_meetings_day(events_in: EventsIn, text: str, lang: str) -> None:
    found = events_in(text, lang, "2025-02-12")
    signing = next(e for e in found if e.type == "agreement")
    assert signing.time is not None and signing.time.start == "2025-02-10"


def test_only_a_same_word_in_the_nouns_own_phrase_makes_it_the_same_event(
        analyse: Callable[[str, str], AnalyzedDoc]) -> None:
    doc = analyse("At the same meeting, the sides signed a memorandum.", "en")
    sent = doc.sentences[0]
    meeting = next(i for i, t in enumerate(sent.tokens) if t.text == "meeting")
    memo = next(i for i, t in enumerate(sent.tokens) if t.text == "memorandum")
    assert the_same(sent, meeting) and not the_same(sent, memo)
