"""Putting firms on an export control list or a blacklist is a sanction, in English and Russian; a list
of anything else is none."""
from __future__ import annotations

from collections.abc import Callable

from claimgraph.nlp.dates import DateComponent
from claimgraph.nlp.doc import AnalyzedDoc
from claimgraph.nlp.events import find_events


def _types(analyse: Callable[[str, str], AnalyzedDoc], text: str, lang: str) -> list[str]:
    doc = analyse(text, lang)
    doc.published = "2025-03-11"
    return [e.type for e in find_events(DateComponent()(doc))]


def test_firms_added_to_an_export_control_list_are_sanctioned(analyse: Callable[[str, str], AnalyzedDoc]) -> None:
    text = "The U.S. Commerce Department on Monday added 14 Turkish firms to its export control list."
    assert _types(analyse, text, "en") == ["sanction"]


def test_firms_put_on_the_list_in_russian(analyse: Callable[[str, str], AnalyzedDoc]) -> None:
    text = "Министерство торговли США в понедельник внесло 14 турецких фирм в список экспортного контроля."
    assert _types(analyse, text, "ru") == ["sanction"]


def test_a_blacklist_in_russian(analyse: Callable[[str, str], AnalyzedDoc]) -> None:
    text = "Минфин США в понедельник добавил в черный список 14 турецких фирм."
    assert _types(analyse, text, "ru") == ["sanction"]


def test_another_list_is_no_sanction(analyse: Callable[[str, str], AnalyzedDoc]) -> None:
    assert _types(analyse, "Министерство в понедельник опубликовало список лучших школ страны.", "ru") == []
    assert _types(analyse, "The ministry on Monday published a list of the best schools.", "en") == []
