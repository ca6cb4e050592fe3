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


def test_two_amounts_of_one_output_are_two_claims(analyse) -> None:
    doc = analyse("The Vostok Works company opened a new hall. According to its director, the company aims to raise "
                  "production this year to 4,000 attack drones and about 9,000 decoy drones.", "en")
    doc.published = "2025-05-16"
    claims = find_claims(QuantityComponent()(DateComponent()(doc)))
    values = {c.value for c in claims if c.predicate in ("produces", "plans_to_produce")}
    assert values == {4000.0, 9000.0}


def test_an_amount_of_something_else_is_not_a_second_output(analyse) -> None:
    doc = analyse("The Vostok Works company opened a new hall. According to its director, the company aims to raise "
                  "production this year to 4,000 attack drones with 300 new workers.", "en")
    doc.published = "2025-05-16"
    claims = find_claims(QuantityComponent()(DateComponent()(doc)))
    values = {c.value for c in claims if c.predicate in ("produces", "plans_to_produce")}
    assert values == {4000.0}
