"""New housing said to hold a number of people measures the site it was built for: a ``capacity`` of
that site in people; other counts and other buildings make no such claim."""
from __future__ import annotations

from collections.abc import Callable

import pytest

from claimgraph.model import Claim
from claimgraph.nlp.doc import AnalyzedDoc
from claimgraph.nlp.pipeline import default_pipeline

Analyse = Callable[[str, str], list[Claim]]
LEAD = "Satellite images show the Alabuga plant growing fast. "


@pytest.fixture(scope="module")
def claims_of() -> Analyse:
    pipeline = default_pipeline()
    return lambda text, lang: pipeline(AnalyzedDoc("doc-test", text, lang, "2025-07-01")).claims


def capacities(claims: list[Claim]) -> list[tuple[str, float | None, str | None]]:
    return [(c.subject, c.value, c.unit) for c in claims if c.predicate == "capacity"]


@pytest.mark.parametrize("sentence", [
    "Analysts believe the new dormitories could house up to 40,000 workers.",
    "When finished, the buildings will be able to accommodate up to 40,000 workers.",
])
def test_housing_holding_people_gives_the_site_a_capacity(claims_of: Analyse, sentence: str) -> None:
    assert capacities(claims_of(LEAD + sentence, "en")) == [("Alabuga plant", 40000.0, "worker")]


@pytest.mark.parametrize("sentence", [
    "The new warehouses could hold up to 40,000 drones.",  # no people: a stock, not housing
    "The plant could hire up to 40,000 workers.",  # hiring, not housing
])
def test_other_counts_make_no_housing_capacity(claims_of: Analyse, sentence: str) -> None:
    assert [c for c in capacities(claims_of(LEAD + sentence, "en")) if c[2] == "worker"] == []
