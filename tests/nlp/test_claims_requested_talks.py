"""Talks one side only asks for are no meeting; talks held still are."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "lang"), [
    ("Латвия запросила консультации с НАТО после инцидента.", "ru"),
    ("Правительство Литвы решило запросить консультации с НАТО.", "ru"),
])
def test_requested_consultations_are_no_meeting(pairs_of, text, lang) -> None:
    assert pairs_of("met_with")(text, lang) == set()


@pytest.mark.parametrize(("text", "lang", "pair"), [
    ("Путин провел переговоры с Лукашенко в Минске.", "ru", ("Путин", "Лукашенко")),
    ("Putin held talks with Lukashenko in Minsk.", "en", ("Putin", "Lukashenko")),
])
def test_talks_held_are_a_meeting(pairs_of, text, lang, pair) -> None:
    assert pair in pairs_of("met_with")(text, lang)
