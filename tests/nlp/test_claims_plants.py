"""Plants in the news: a planned plant is an offer to build in its host, and its yearly output is the
capacity of the plant (named by the plant's name or the place it stands in), never of the builder."""
from __future__ import annotations

from collections.abc import Callable

import pytest

from claimgraph.model import Claim
from claimgraph.nlp.claims import find_claims
from claimgraph.nlp.dates import DateComponent
from claimgraph.nlp.doc import AnalyzedDoc
from claimgraph.nlp.quantities import QuantityComponent

Analyse = Callable[[str, str], AnalyzedDoc]


@pytest.fixture(scope="module")
def claims_of(analyse: Analyse) -> Callable[[str, str], list[Claim]]:
    dates, quantities = DateComponent(), QuantityComponent()

    def run(text: str, lang: str) -> list[Claim]:
        doc = analyse(text, lang)
        doc.published = "2025-05-16"
        return find_claims(quantities(dates(doc)))

    return run


def _keys(claims: list[Claim]) -> set[tuple]:
    return {(c.subject, c.predicate, c.object, c.value, c.modality) for c in claims
            if c.predicate in ("offers_to_build", "capacity")}


def test_a_plant_to_be_built_and_its_capacity_in_the_next_sentence(claims_of) -> None:
    text = ("Kazakhstan will build an armoured vehicle factory in neighbouring Kyrgyzstan, officials said. "
            "The plant is expected to produce up to 2,000 vehicles per year.")
    assert _keys(claims_of(text, "en")) == {
        ("Kazakhstan", "offers_to_build", "Kyrgyzstan", None, "plan"),
        ("Kyrgyzstan", "capacity", None, 2000.0, "plan"),
    }


def test_the_capacity_of_a_plant_is_the_plants_not_the_builders(claims_of) -> None:
    text = "Kazakhstan has proposed building a factory in Kyrgyzstan with a capacity of up to 2,000 vehicles a year."
    keys = _keys(claims_of(text, "en"))
    assert ("Kyrgyzstan", "capacity", None, 2000.0, "offer") in keys
    assert not any(k[0] == "Kazakhstan" and k[1] == "capacity" for k in keys)


def test_russian_plant_with_its_capacity(claims_of) -> None:
    text = "Казахстан построит в Киргизии завод мощностью до 2 тыс. машин в год."
    assert _keys(claims_of(text, "ru")) == {
        ("Казахстан", "offers_to_build", "Киргизия", None, "plan"),
        ("Киргизия", "capacity", None, 2000.0, "plan"),
    }


def test_a_headline_infinitive_is_a_plan(claims_of) -> None:
    assert _keys(claims_of("Kazakhstan to build vehicle factory in Kyrgyzstan", "en")) == {
        ("Kazakhstan", "offers_to_build", "Kyrgyzstan", None, "plan")}


@pytest.mark.parametrize("text", [
    "Kazakhstan built a vehicle factory in Kyrgyzstan in 2019.",
    "Kazakhstan will not build a vehicle factory in Kyrgyzstan, the minister said.",
])
def test_a_plant_built_already_or_refused_is_no_plan(claims_of, text: str) -> None:
    assert not any(c.predicate == "offers_to_build" and c.modality == "plan" for c in claims_of(text, "en"))


def test_real_output_of_a_working_plant_stays_output(claims_of) -> None:
    claims = claims_of("Завод в Гродно выпускает 300 машин в месяц.", "ru")
    assert [c.predicate for c in claims if c.value == 300.0] == ["produces"]


def test_a_country_set_to_establish_a_plant_plans_it(claims_of) -> None:
    text = "Kazakhstan is set to establish a vehicle factory in Kyrgyzstan, officials said."
    assert ("Kazakhstan", "offers_to_build", "Kyrgyzstan", None, "plan") in _keys(claims_of(text, "en"))


def test_the_capacity_of_a_planned_plant_is_planned(claims_of) -> None:
    text = "Kazakhstan is set to establish a vehicle factory in Kyrgyzstan with a capacity of 2,000 vehicles a year."
    assert ("Kyrgyzstan", "capacity", None, 2000.0, "plan") in _keys(claims_of(text, "en"))
