"""A portfolio before "Minister" belongs to the title; a cabinet is a public body."""
from __future__ import annotations

from collections.abc import Callable

from claimgraph.nlp.doc import AnalyzedDoc


def test_a_portfolio_before_minister_is_no_body(analyse: Callable[[str, str], AnalyzedDoc]) -> None:
    doc = analyse("The fence will be finished by spring, Interior Minister Jonas Petraitis told reporters.", "en")
    found = {(m.text, m.label) for m in doc.mentions}
    assert ("Jonas Petraitis", "Person") in found
    assert not any(text == "Interior" for text, _ in found), found


def test_a_cabinet_is_a_public_body(analyse: Callable[[str, str], AnalyzedDoc]) -> None:
    doc = analyse("Estonia's Cabinet voted on Thursday to extend the closure.", "en")
    assert ("Cabinet", "PublicBody") in {(m.text, m.label) for m in doc.mentions}
