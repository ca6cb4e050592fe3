"""Specialists from one party working at another's plant: the party cooperates with the plant; experts
who only talk about a plant, or whose origin is not given, make no such claim."""
from __future__ import annotations

from collections.abc import Callable

import pytest

from claimgraph.model import Claim
from claimgraph.nlp.doc import AnalyzedDoc
from claimgraph.nlp.pipeline import default_pipeline

Analyse = Callable[[str, str], list[Claim]]


@pytest.fixture(scope="module")
def claims_of() -> Analyse:
    pipeline = default_pipeline()
    return lambda text, lang: pipeline(AnalyzedDoc("doc-test", text, lang, "2025-09-25")).claims


def cooperation(claims: list[Claim]) -> list[tuple[str, str | None]]:
    return [(c.subject, c.object) for c in claims if c.predicate == "cooperates_with"]


def test_foreign_experts_working_at_a_named_plant_make_their_country_a_partner(claims_of: Analyse) -> None:
    text = ("Chinese drone experts have traveled to Russia to conduct technical development work on "
            "military drones at IEMZ Kupol, according to documents seen by Reuters.")
    claims = [c for c in claims_of(text, "en") if c.predicate == "cooperates_with"]
    assert [(c.subject, c.object, c.modality) for c in claims] == [("Chinese", "IEMZ Kupol", "claim")]


def test_engineers_working_at_a_plant(claims_of: Analyse) -> None:
    text = "Iranian engineers worked at the Alabuga plant in 2023."
    assert cooperation(claims_of(text, "en")) == [("Iranian", "Alabuga plant")]


def test_russian_specialists_helping_at_a_plant(claims_of: Analyse) -> None:
    text = "Китайские специалисты помогали наладить выпуск дронов на заводе «Купол»."
    assert cooperation(claims_of(text, "ru")) == [("Китай", "Купол")]


@pytest.mark.parametrize("text", [
    "Chinese drone experts visited the Kupol plant and praised its output.",  # no work done there
    "Western experts believe the Alabuga plant will expand its work.",  # the experts only comment
    "Engineers worked at the Alabuga plant in 2023.",  # nobody said where they come from
])
def test_no_partner_without_work_origin_and_host(claims_of: Analyse, text: str) -> None:
    assert cooperation(claims_of(text, "en")) == []
