"""produces for the earlier output a planned figure is compared with."""
from __future__ import annotations

from claimgraph.nlp.claims import find_claims
from claimgraph.nlp.dates import DateComponent
from claimgraph.nlp.quantities import QuantityComponent


def _output(analyse, text: str, lang: str) -> set[tuple[str, str, float | None]]:
    doc = analyse(text, lang)
    doc.published = "2025-05-16"
    return {(c.predicate, c.subject, c.value) for c in find_claims(QuantityComponent()(DateComponent()(doc)))
            if c.predicate in ("produces", "plans_to_produce")}


def test_a_plan_up_from_last_year_s_output_states_that_output(analyse) -> None:
    text = ("The Orsha Aircraft Repair Plant signed a contract to produce 500 Busel drones this year, "
            "up from 120 in 2024.")
    found = _output(analyse, text, "en")
    assert ("plans_to_produce", "Orsha Aircraft Repair Plant", 500.0) in found
    assert ("produces", "Orsha Aircraft Repair Plant", 120.0) in found


def test_a_figure_compared_with_another_kind_of_thing_is_no_output(analyse) -> None:
    text = ("The Orsha Aircraft Repair Plant signed a contract to produce 500 Busel drones this year, "
            "up from 120 workers in 2024.")
    assert all(value != 120.0 for _, _, value in _output(analyse, text, "en"))


def test_no_comparison_no_earlier_output(analyse) -> None:
    text = "The Orsha Aircraft Repair Plant signed a contract to produce 500 Busel drones and 120 engines this year."
    assert all(p != "produces" for p, _, _ in _output(analyse, text, "en"))


def test_a_planned_range_is_up_to_its_upper_end(analyse) -> None:
    text = "Mongolia plans to produce between 8,000 and 10,000 drones this year."
    assert ("plans_to_produce", "Mongolia", 10000.0) in _output(analyse, text, "en")
