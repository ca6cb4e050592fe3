"""An event brought in as a comparison ("drawing comparisons to the downing of a jet") is no event."""
from __future__ import annotations

from collections.abc import Callable

from claimgraph.model import Event


def test_an_event_named_as_a_comparison_is_none(events_in: Callable[[str, str, str], list[Event]]) -> None:
    found = events_in("Lawmakers in Riga demanded a tough answer, drawing comparisons to the downing of a military "
                      "jet over the Black Sea in 2016.", "en", "2025-10-02")
    assert "other" not in [e.type for e in found]


def test_a_similar_event_told_as_such_stays_one(events_in: Callable[[str, str, str], list[Event]]) -> None:
    found = events_in("In March 2023, Armenia signed a similar agreement with India.", "en", "2025-10-02")
    assert [e.type for e in found] == ["agreement"]
