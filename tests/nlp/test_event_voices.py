"""A body's statement told again under the name of the person who holds a post at it is one statement."""
from __future__ import annotations

from collections.abc import Callable

from claimgraph.model import Event
from claimgraph.nlp.claims import find_claims
from claimgraph.nlp.dates import DateComponent
from claimgraph.nlp.doc import AnalyzedDoc
from claimgraph.nlp.events import find_events
from claimgraph.nlp.quantities import QuantityComponent


def _statements(analyse: Callable[[str, str], AnalyzedDoc], text: str, lang: str) -> list[Event]:
    doc = analyse(text, lang)
    doc.published = "2025-06-20"
    doc = QuantityComponent()(DateComponent()(doc))
    doc.claims = find_claims(doc)  # the posts the report says people hold
    return [e for e in find_events(doc) if e.type == "announcement"]


def test_a_state_and_its_ministry_s_spokesman_on_one_day_are_one_statement(
        analyse: Callable[[str, str], AnalyzedDoc]) -> None:
    text = ("Эстония раскритиковала решение Латвии о закрытии порта. Официальный представитель Министерства "
            "иностранных дел Эстонии Яан Тамм в пятницу заявил, что Рига нарушила договор.")
    (event,) = _statements(analyse, text, "ru")
    assert event.participants == ["Эстония", "Яан Тамм"]
    assert event.start == 0  # the first telling stays the evidence


def test_a_ministry_and_its_spokesperson_at_a_briefing_are_one_statement(
        analyse: Callable[[str, str], AnalyzedDoc]) -> None:
    text = ("The Estonian foreign ministry on Friday rejected Latvia's claims about the port. Estonia has never "
            "blocked Latvian ships, Jaan Tamm, a spokesperson at the foreign ministry, told a regular news briefing.")
    (event,) = _statements(analyse, text, "en")
    assert "Jaan Tamm" in event.participants and event.start == 0


def test_a_regional_governor_does_not_speak_for_a_state() -> None:
    from claimgraph.nlp.event_voices import _speaks_for

    posts = {"reba": ["Tartu region"]}
    assert not _speaks_for("Karl Rebane", "Latvia", posts)
    assert _speaks_for("Jaan Tamm", "Estonia", {"tamm": ["foreign ministry"]})
