"""A border crossing, an airport or its flights closed or halted is an act of its own (``other``), dated by
its sentence; a closure only decided, to come or kept is none."""
from __future__ import annotations

from collections.abc import Callable

import pytest

from claimgraph.model import Event

Found = Callable[[str, str], list[tuple[str, str | None]]]


@pytest.fixture(scope="module")
def found(events_in: Callable[[str, str, str], list[Event]]) -> Found:
    return lambda text, lang: [(e.type, e.time.start if e.time else None) for e in events_in(text, lang, "2025-06-20")]


@pytest.mark.parametrize(("text", "lang", "day"), [
    ("Finland closed its three crossings with Russia on Thursday after a surge of asylum seekers.", "en", "2025-06-19"),
    ("All flights at Riga airport were suspended on Friday because of fog and unidentified drones.", "en", "2025-06-20"),
    ("Вечером 19 июня временно закрыли аэропорт Таллина из-за тумана.", "ru", "2025-06-19"),
    ("Польща закрила в четвер ввечері аеропорт Жешува через туман.", "uk", "2025-06-19"),
])
def test_a_passage_closed_is_an_event_of_its_day(found: Found, text: str, lang: str, day: str) -> None:
    assert found(text, lang) == [("other", day)]


@pytest.mark.parametrize(("text", "lang"), [
    ("The government decided to close the port for repairs.", "en"),
    ("The crossings will remain closed until the end of the month.", "en"),
    ("The minister said the border would be closed next week.", "en"),
    ("Власти обсуждают решение закрыть границу.", "ru"),
])
def test_a_closure_decided_to_come_or_kept_is_none(found: Found, text: str, lang: str) -> None:
    assert found(text, lang) == []
