""""Посещение" is a visit as "визит" is: a statement made during one tells the visit."""
from __future__ import annotations

from collections.abc import Callable

from claimgraph.nlp.dates import DateComponent
from claimgraph.nlp.doc import AnalyzedDoc
from claimgraph.nlp.events import find_events


def test_a_statement_made_while_visiting_a_plant_tells_the_visit(analyse: Callable[[str, str], AnalyzedDoc]) -> None:
    doc = analyse("Новый цех сможет выпускать сотни катеров в год, заявил министр промышленности Армении "
                  "Гамлет Арутюнян в ходе посещения завода в Гюмри 3 марта.", "ru")
    doc.published = "2025-03-04"
    events = find_events(DateComponent()(doc))
    assert [e.type for e in events] == ["visit"]
    assert events[0].time is not None and events[0].time.start == "2025-03-03"


def test_a_leader_inspecting_a_plant_visits_it(analyse: Callable[[str, str], AnalyzedDoc]) -> None:
    doc = analyse("18 июня президент Перу проинспектировал завод по производству дронов. "
                  "Министр проинспектировал работу ведомства.", "ru")
    doc.published = "2025-06-20"
    events = find_events(DateComponent()(doc))
    assert [e.type for e in events] == ["visit"]
    assert events[0].time is not None and events[0].time.start == "2025-06-18"
