"""A visit, its talks and the treaty signed there are one trip: a noun naming the trip again without
a day of its own, after the report told it under another name, tells no new event; a verb of
holding keeps the noun's event, and a phone call is talks of its own."""
from __future__ import annotations

from collections.abc import Callable

from claimgraph.nlp.dates import DateComponent
from claimgraph.nlp.doc import AnalyzedDoc
from claimgraph.nlp.events import find_events


def _types(analyse: Callable[[str, str], AnalyzedDoc], text: str, lang: str) -> list[str]:
    doc = analyse(text, lang)
    doc.published = "2025-03-11"
    return [e.type for e in find_events(DateComponent()(doc))]


def test_the_visit_named_again_after_the_signing_is_no_new_event(analyse: Callable[[str, str], AnalyzedDoc]) -> None:
    text = ("Chilean President Gabriel Boric and Argentine President Javier Milei signed a border treaty in Santiago "
            "on Monday. His visit came ahead of a regional summit in Lima.")
    assert _types(analyse, text, "en") == ["agreement"]


def test_the_talks_named_again_in_russian(analyse: Callable[[str, str], AnalyzedDoc]) -> None:
    text = ("Президенты Чили и Аргентины Габриэль Борич и Хавьер Милей подписали в Сантьяго договор о границе "
            "10 марта. Депутат назвал встречу президентов важным событием.")
    assert _types(analyse, text, "ru") == ["agreement"]


def test_talks_held_during_the_visit_stay_an_event(analyse: Callable[[str, str], AnalyzedDoc]) -> None:
    text = ("Chilean President Gabriel Boric arrived in Buenos Aires on Monday. "
            "Boric held talks with Javier Milei at the Casa Rosada.")
    assert "meeting" in _types(analyse, text, "en")


def test_a_phone_call_is_talks_of_its_own(analyse: Callable[[str, str], AnalyzedDoc]) -> None:
    text = ("Chilean President Gabriel Boric visited Buenos Aires on Monday. "
            "Javier Milei discussed the drought with Lula da Silva in a phone call.")
    assert "meeting" in _types(analyse, text, "en")
