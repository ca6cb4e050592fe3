"""A dateline names where a report was filed: never the subject or speaker of its first sentence."""
from __future__ import annotations

from collections.abc import Callable

import pytest

from claimgraph.model import Claim
from claimgraph.nlp.datelines import dateline_head
from claimgraph.nlp.doc import AnalyzedDoc
from claimgraph.nlp.parse import chunks
from claimgraph.nlp.pipeline import default_pipeline

Analyse = Callable[[str], list[Claim]]


@pytest.fixture(scope="module")
def analyse() -> Analyse:
    pipeline = default_pipeline()
    return lambda text: pipeline(AnalyzedDoc("doc-test", text, "en", "2025-03-14")).claims


@pytest.mark.parametrize(("line", "head"), [
    ("OSLO, Norway — The government says it sold rifles.", "OSLO, Norway — "),
    ("BERGEN (Wire) - The yard delivered a ship.", "BERGEN (Wire) - "),
    ("NEW DELHI, March 3 (Wire) – India bought oil.", "NEW DELHI, March 3 (Wire) – "),
])
def test_a_dateline_heading_a_line_is_measured_through_its_dash(line: str, head: str) -> None:
    assert line[:dateline_head(line)] == head


@pytest.mark.parametrize("line", [
    "NATO said on Friday - the alliance will meet.",
    "The EU - Norway talks ended.",
    "Norway, the host — said nothing.",
])
def test_a_line_that_opens_with_no_dateline_is_left_whole(line: str) -> None:
    assert dateline_head(line) == 0


def test_the_dateline_is_a_piece_apart_only_when_asked() -> None:
    text = "OSLO, Norway — Norway sold rifles."
    assert [text[a:b] for a, b in chunks(text, datelines=True)] == ["OSLO, Norway —", "Norway sold rifles."]
    assert [text[a:b] for a, b in chunks(text)] == [text]


def test_the_place_of_the_dateline_does_not_speak_for_the_first_sentence(analyse: Analyse) -> None:
    found = analyse("BERGEN, Norway — The United States believes Norway sold rifles to Russia in "
                    "January, the American envoy to Norway said on Thursday.")
    supply = [c for c in found if c.predicate == "supplies_to"]
    assert supply and all(c.attributed_to != "Norway" for c in supply), [c.attributed_to for c in supply]
