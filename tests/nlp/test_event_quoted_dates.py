"""An announcement is dated by the day of the saying, never by a day its quotation tells."""
from __future__ import annotations

from collections.abc import Callable

from claimgraph.nlp.dates import DateComponent
from claimgraph.nlp.doc import AnalyzedDoc
from claimgraph.nlp.events import find_events


def test_a_day_inside_the_quotation_does_not_date_the_announcement(
        analyse: Callable[[str, str], AnalyzedDoc]) -> None:
    text = ("Президент выступил с посланием к парламенту.\n\n«Первые позиции оборудованы. Комплекс у нас со "
            "вчерашнего дня и заступает на дежурство», — объявил Лукашенко.")
    doc = analyse(text, "ru")
    doc.published = "2025-12-18"
    said = [e for e in find_events(DateComponent()(doc)) if e.type == "announcement"]
    assert said and all(e.time is not None and e.time.start == "2025-12-18" for e in said)
