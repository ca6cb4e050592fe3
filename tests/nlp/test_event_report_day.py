"""An act told with no day anywhere near it is the news of the report's day, unless its sentence puts
it earlier or the report dates another act of its type to another day; statements keep their own
rules."""
from __future__ import annotations

from collections.abc import Callable

from claimgraph.model import Event, TimeRef
from claimgraph.nlp.doc import AnalyzedDoc
from claimgraph.nlp.event_default_day import on_report_day

_FILED = TimeRef(start="2025-03-11", end="2025-03-11", precision="day")
_MONDAY = TimeRef(start="2025-03-10", end="2025-03-10", precision="day")


def _event(kind: str, text: str, start: int, time: TimeRef | None = None) -> Event:
    return Event(id=f"e{start}", document_id="d", type=kind, time=time, place=None,
                 participants=[], start=start, end=start + len(text))


def test_an_undated_strike_is_dated_by_the_report() -> None:
    text = "Drones struck a refinery near Ufa, the governor said."
    strike = _event("other", text, 0)
    on_report_day([strike], _FILED, text, [])
    assert strike.time == _FILED


def test_an_act_told_as_earlier_keeps_no_day() -> None:
    text = "Earlier, the ministry reported that drones crossed the border."
    act = _event("other", text, 0)
    on_report_day([act], _FILED, text, [])
    assert act.time is None


def test_another_day_of_the_same_type_leaves_the_undated_act_alone() -> None:
    text = "On Monday drones hit the depot. Drones also hit a bridge."
    dated, undated = _event("other", text[:31], 0, _MONDAY), _event("other", text[32:], 32)
    on_report_day([dated, undated], _FILED, text, [3])
    assert undated.time is None


def test_a_date_of_the_sentence_belongs_to_something_else() -> None:
    text = "The ministry summoned the envoy on 10 March over the flight of a drone."
    flight = _event("other", text, 0)
    on_report_day([flight], _FILED, text, [33])
    assert flight.time is None


def test_statements_and_reports_without_a_day_are_left_alone() -> None:
    text = "The ministry said the talks were useful."
    said = _event("announcement", text, 0)
    on_report_day([said], _FILED, text, [])
    on_report_day([act := _event("other", text, 0)], None, text, [])
    assert said.time is None and act.time is None


def test_a_signing_in_a_dated_report_takes_its_day(analyse: Callable[[str, str], AnalyzedDoc]) -> None:
    from claimgraph.nlp.dates import DateComponent
    from claimgraph.nlp.events import find_events

    doc = analyse("Lithuania and Latvia signed a treaty on a joint air defence network in Riga.", "en")
    doc.published = "2025-03-11"
    events = find_events(DateComponent()(doc))
    assert [(e.type, e.time.start if e.time else None) for e in events] == [("agreement", "2025-03-11")]
