"""An output a report gives as a target or goal is output still to be made: plans_to_produce, not
produces."""
from __future__ import annotations

from claimgraph.nlp.claims import find_claims
from claimgraph.nlp.dates import DateComponent
from claimgraph.nlp.quantities import QuantityComponent


def _output(analyse, text: str) -> set[str]:
    doc = analyse(text, "en")
    doc.published = "2025-05-16"
    claims = find_claims(QuantityComponent()(DateComponent()(doc)))
    return {c.predicate for c in claims if c.predicate in ("produces", "plans_to_produce", "capacity")}


def test_production_targets_are_a_plan(analyse) -> None:
    text = ("The Vostok Works company opened a new hall. According to its director, production targets for the "
            "company are ambitious, at 4,000 drones this year.")
    assert _output(analyse, text) == {"plans_to_produce"}


def test_output_that_was_reached_is_production(analyse) -> None:
    text = ("The Vostok Works company opened a new hall. According to its director, production at the company "
            "reached 4,000 drones last year.")
    assert _output(analyse, text) == {"produces"}
