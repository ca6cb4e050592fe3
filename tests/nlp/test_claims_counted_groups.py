"""A supply of several counted groups is one claim per group, each with its own figure."""
from __future__ import annotations

from collections.abc import Callable

from claimgraph.nlp.claims import find_claims
from claimgraph.nlp.dates import DateComponent
from claimgraph.nlp.doc import AnalyzedDoc
from claimgraph.nlp.quantities import QuantityComponent


def _supplied(analyse: Callable[[str, str], AnalyzedDoc], text: str, lang: str) -> set[tuple[str, str | None, float | None]]:
    doc = analyse(text, lang)
    doc.published = "2025-05-16"
    claims = find_claims(QuantityComponent()(DateComponent()(doc)))
    return {(c.subject, c.object, c.value) for c in claims if c.predicate == "supplies_to"}


def test_two_counted_groups_of_people_are_two_supplies(analyse) -> None:
    text = "Казахстан направит в Армению пятьсот саперов и две тысячи строителей."
    assert _supplied(analyse, text, "ru") == {("Казахстан", "Армения", 500.0), ("Казахстан", "Армения", 2000.0)}


def test_goods_counted_as_well_as_others(analyse) -> None:
    text = "Kazakhstan supplied 40 tanks as well as 12 howitzers to Armenia."
    assert _supplied(analyse, text, "en") == {("Kazakhstan", "Armenia", 40.0), ("Kazakhstan", "Armenia", 12.0)}


def test_one_counted_group_keeps_one_claim(analyse) -> None:
    text = "Kazakhstan supplied 40 tanks to Armenia in 2023."
    assert _supplied(analyse, text, "en") == {("Kazakhstan", "Armenia", 40.0)}
