"""A malformed parse never stops a document.

Natasha's parser can give a sentence heads that form a cycle (often in a headline without a verb,
inside the name it consists of), and a head may point outside its sentence. The parse is repaired
where it enters the pipeline; every later component walks the tree through bounded helpers, so even
a parse that slipped past the check (injected here) goes through every component of the default
pipeline. A hang fails the test at its timeout instead of stalling the run.
"""
from __future__ import annotations

from collections.abc import Callable

import pytest

from claimgraph.nlp import tree
from claimgraph.nlp.doc import AnalyzedDoc, Token
from claimgraph.nlp.pipeline import Pipeline, default_pipeline

TEXTS = {
    "en": "Orlan Aero Systems, a Kazan company, will build a drone plant in Tver. The Tver plant will assemble "
          "2,000 drones a year, its director Pavel Morozov said on Tuesday. Orlan Aero Systems supplied engines "
          "to Belarus.",
    # the headline is the shape that made extraction hang: a verbless facility name whose two first
    # words the parser makes each other's head
    "ru": "Научно-производственному центру беспилотных авиационных систем — уже в Томске.\n"
          "Завод «Томские беспилотники» в Томске будет выпускать 500 дронов в год, сообщил губернатор "
          "Томской области Иван Петров.",
}
VALUES = ("Date", "Quantity", "Money")


def _pairs(n: int, first: int) -> list[int]:
    heads = list(range(n))
    for i in range(first, n - 1, 2):
        heads[i], heads[i + 1] = i + 1, i
    return heads


#: head lists a broken parser could give a sentence of n tokens
CORRUPTIONS: dict[str, Callable[[int], list[int]]] = {
    "two-token cycles": lambda n: _pairs(n, 0),
    "two-token cycles, shifted": lambda n: _pairs(n, 1),
    "one cycle through the sentence": lambda n: [(i + 1) % n for i in range(n)],
    "heads outside the sentence": lambda n: [n + i if i % 2 else -1 - i for i in range(n)],
}


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return default_pipeline()


def _names(doc: AnalyzedDoc) -> set[str]:
    return {m.text for m in doc.mentions if m.label not in VALUES}


def _parsed(pipeline: Pipeline, lang: str) -> tuple[AnalyzedDoc, list]:
    """The document after every component up to the parser, and the components that follow it."""
    names = [c.name for c in pipeline.components]
    cut = names.index("claimgraph.parse.v1") + 1
    doc = AnalyzedDoc(f"doc-{lang}", TEXTS[lang], lang)
    for component in pipeline.components[:cut]:
        doc = component(doc)
    return doc, pipeline.components[cut:]


def _is_forest(tokens: list[Token]) -> bool:
    return all(0 <= t.head < len(tokens) for t in tokens) and not tree.cycles(tokens)


@pytest.mark.timeout(300)
@pytest.mark.parametrize("lang", ["en", "ru"])
@pytest.mark.parametrize("corruption", list(CORRUPTIONS))
def test_a_parse_that_slipped_past_the_check_goes_through_every_component(
        pipeline: Pipeline, lang: str, corruption: str) -> None:
    clean = pipeline(AnalyzedDoc(f"doc-{lang}", TEXTS[lang], lang))
    doc, rest = _parsed(pipeline, lang)
    assert doc.sentences
    for sent in doc.sentences:
        for tok, head in zip(sent.tokens, CORRUPTIONS[corruption](len(sent.tokens))):
            tok.head = head
    for component in rest:  # called directly: an exception fails the test
        doc = component(doc)
    assert not doc.errors
    # names come from the statistical taggers, which never read our heads: all are still found
    assert _names(clean) <= _names(doc)
    for c in doc.claims:
        assert c.subject and TEXTS[lang][c.start:c.end]


@pytest.mark.timeout(300)
def test_the_facility_headline_with_a_head_cycle_is_extracted_and_stops_nothing(pipeline: Pipeline) -> None:
    doc = pipeline(AnalyzedDoc("doc-ru", TEXTS["ru"], "ru"))
    assert not doc.errors
    assert all(_is_forest(s.tokens) for s in doc.sentences)
    facility = [m for m in doc.mentions if m.text.startswith("Научно-производственному")]
    assert facility and facility[0].label == "Facility"
    # the report goes on after its headline: the plant's capacity and the governor's post
    got = {(c.subject, c.predicate, c.object, c.value, c.rate) for c in doc.claims}
    assert ("Томские беспилотники", "capacity", None, 500.0, "year") in got
    assert ("Иван Петров", "holds_role", "Томская область", None, None) in got


def test_natasha_tokens_carry_the_repaired_heads(pipeline: Pipeline) -> None:
    """NER reuses Natasha's own tokens to put names in the nominative; their heads are the repaired ones."""
    doc, _ = _parsed(pipeline, "ru")
    ours = [s for s in doc.sentences]
    theirs = [s for _, ndoc in doc.meta["_natasha"] for s in ndoc.sents]  # type: ignore[attr-defined]
    assert len(ours) == len(theirs)
    for sent, nsent in zip(ours, theirs):
        assert _is_forest(sent.tokens)
        for n, (tok, ntok) in enumerate(zip(sent.tokens, nsent.tokens)):
            head = int(ntok.head_id.rsplit("_", 1)[1]) - 1
            assert (head if head >= 0 else n) == tok.head


def test_claims_leave_a_sentence_whose_heads_point_outside_it_unread(pipeline: Pipeline) -> None:
    """Such heads never leave a checked parser; where one slips through, the sentence is unparsed."""
    doc, rest = _parsed(pipeline, "en")
    first = doc.sentences[0]
    first.tokens[0].head = 10**6
    for component in rest:
        doc = component(doc)
    assert not doc.errors
    assert doc.claims
    assert not [c for c in doc.claims if first.start <= c.start < first.end]
