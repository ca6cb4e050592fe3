"""Ministries an English report writes in lower case are public bodies that can speak."""
from __future__ import annotations

from collections.abc import Callable

from claimgraph.model import Claim
from claimgraph.nlp.claims import find_claims
from claimgraph.nlp.dates import DateComponent
from claimgraph.nlp.doc import AnalyzedDoc
from claimgraph.nlp.lowercase_ministries import lowercase_ministries
from claimgraph.nlp.quantities import QuantityComponent


def _names(text: str) -> list[str]:
    return [name for _, _, name in lowercase_ministries(text, lambda s, e, w: (s, e, w))]  # type: ignore[arg-type, misc]


def test_the_before_a_portfolio_makes_a_ministry() -> None:
    assert _names("The balloon was tracked by radar, according to the defence ministry.") == ["defence ministry"]
    assert _names("The interior ministry sent police to the site.") == ["interior ministry"]
    assert _names("Seoul's response came from the unification ministry.") == ["unification ministry"]


def test_a_ministry_without_the_names_none() -> None:
    assert _names("Poland’s foreign ministry summoned the envoy.") == []  # Poland speaks
    assert _names("A ministry spokesman declined to comment.") == []
    assert _names("Several defence ministry officials attended.") == []
    assert _names("The ministry of defence said nothing.") == []


def test_a_figure_according_to_the_lower_case_ministry_is_its_statement(
        analyse: Callable[[str, str], AnalyzedDoc]) -> None:
    doc = analyse("The jets followed the drone until it vanished 30 kilometres north of the port, "
                  "according to the defence ministry.", "en")
    doc.published = "2025-05-16"
    claims: list[Claim] = find_claims(QuantityComponent()(DateComponent()(doc)))
    assert {(c.subject, c.value) for c in claims if c.predicate == "states"} == {("defence ministry", 30.0)}
