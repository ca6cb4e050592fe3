"""An event word inside a short quoted term is a figure or a label, not the act; an act someone refused to
take did not happen."""
from __future__ import annotations

from collections.abc import Callable

import pytest

from claimgraph.model import Event
from claimgraph.nlp.event_quotes import quoted_term


def test_a_quoted_figure_of_speech_is_no_strike(events_in: Callable[[str, str, str], list[Event]]) -> None:
    assert events_in("Латвия нанесла Эстонии «удар в спину»", "ru", "2025-06-20") == []


def test_the_same_word_unquoted_is_a_strike(events_in: Callable[[str, str, str], list[Event]]) -> None:
    events = events_in("Латвия нанесла удар по складу 19 июня.", "ru", "2025-06-20")
    assert [e.type for e in events] == ["other"]


def test_an_act_refused_is_no_event(events_in: Callable[[str, str, str], list[Event]]) -> None:
    text = "Hungary has declined to impose new sanctions on Minsk despite pressure from Brussels."
    assert events_in(text, "en", "2025-06-20") == []


@pytest.mark.parametrize(("text", "word", "expected"), [
    ("He called it a “hybrid attack” on the grid.", "attack", True),
    ("«Удар в спину», — сказал министр.", "Удар", True),
    ("“We saw the attack from the roof of the hospital at dawn,” she said.", "attack", False),  # words said
    ("The attack came at dawn.", "attack", False),
])
def test_a_short_quotation_is_a_term(text: str, word: str, expected: bool) -> None:
    assert quoted_term(text, 0, len(text), text.index(word)) is expected
