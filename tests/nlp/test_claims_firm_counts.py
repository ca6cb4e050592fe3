"""A count of the firms a speaker charges is the speaker's figure, not the size of the supply."""
from __future__ import annotations

from claimgraph.nlp.claims import find_claims
from claimgraph.nlp.dates import DateComponent
from claimgraph.nlp.quantities import QuantityComponent


def test_a_count_of_firms_that_shipped_goods_is_stated_by_the_speaker(stated) -> None:
    text = "At least five Moldovan firms shipped drone engines to Iran, the Interior Ministry said."
    assert stated(text, "en") == {("Interior Ministry", 5.0, "claim")}


def test_the_supply_does_not_take_the_count_of_its_suppliers(analyse) -> None:
    text = "At least five Moldovan firms shipped drone engines to Iran, the Interior Ministry said."
    doc = QuantityComponent()(DateComponent()(analyse(text, "en")))
    doc.published = "2025-05-16"
    supplies = [c for c in find_claims(doc) if c.predicate == "supplies_to"]
    assert supplies and all(c.value is None for c in supplies)


def test_a_count_of_firms_in_russian(stated) -> None:
    text = "Служба безопасности заявила, что семь предприятий поставляли Ирану двигатели."
    assert stated(text, "ru") == {("Служба безопасности", 7.0, "claim")}


def test_firms_counted_as_the_targets_of_sanctions_are_no_such_figure(stated) -> None:
    text = "The ministry said it imposed sanctions on 40 companies that shipped parts to Iran."
    assert stated(text, "en") == set()
