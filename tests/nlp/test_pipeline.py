"""The pipeline checks component order when built and isolates a failing component per document."""
from __future__ import annotations

import re

import pytest

from claimgraph.errors import ExtractError
from claimgraph.nlp import tree
from claimgraph.nlp.doc import AnalyzedDoc, Sentence, Token
from claimgraph.nlp.pipeline import Pipeline, default_pipeline
from claimgraph.nlp.registry import DEFAULT_PIPELINE
from claimgraph.settings import Settings


class Sentences:
    name = "test.sentences.v1"
    requires = ("text",)
    assigns = ("sentences",)

    def __call__(self, doc: AnalyzedDoc) -> AnalyzedDoc:
        doc.meta["order"] = [*doc.meta.get("order", []), self.name]  # type: ignore[list-item]
        return doc


class Mentions:
    name = "test.mentions.v1"
    requires = ("sentences",)
    assigns = ("mentions",)

    def __call__(self, doc: AnalyzedDoc) -> AnalyzedDoc:
        doc.meta["order"] = [*doc.meta.get("order", []), self.name]  # type: ignore[list-item]
        return doc


class Explodes:
    name = "test.explodes.v1"
    requires = ("text",)
    assigns = ("claims",)

    def __call__(self, doc: AnalyzedDoc) -> AnalyzedDoc:
        if "boom" in doc.text:
            raise ValueError("cannot read this one")
        return doc


def test_pipeline_rejects_component_before_what_it_requires() -> None:
    with pytest.raises(ExtractError) as info:
        Pipeline([Mentions(), Sentences()])
    assert "test.mentions.v1" in str(info.value)
    assert "'sentences'" in str(info.value)


def test_pipeline_accepts_input_fields_and_earlier_assignments() -> None:
    pipeline = Pipeline([Sentences(), Mentions()])
    doc = pipeline(AnalyzedDoc("d1", "text"))
    assert doc.meta["order"] == ["test.sentences.v1", "test.mentions.v1"]


def test_pipeline_records_component_error_and_runs_the_rest() -> None:
    pipeline = Pipeline([Explodes(), Sentences()])
    docs = list(pipeline.pipe([AnalyzedDoc("d1", "fine"), AnalyzedDoc("d2", "boom"), AnalyzedDoc("d3", "ok")]))
    assert [d.document_id for d in docs] == ["d1", "d2", "d3"]
    assert docs[0].errors == [] and docs[2].errors == []
    assert len(docs[1].errors) == 1 and docs[1].errors[0].startswith("test.explodes.v1: ValueError")
    assert docs[1].meta["order"] == ["test.sentences.v1"]


def test_pipeline_version_changes_with_components() -> None:
    assert Pipeline([Sentences()]).version != Pipeline([Sentences(), Mentions()]).version


def test_default_pipeline_follows_registry_order() -> None:
    pipeline = default_pipeline(Settings.from_env({}))
    names = pipeline.names
    assert names[:3] == ["claimgraph.furniture.v1", "claimgraph.parse.v1", "claimgraph.ner.v1"]
    assert names == [n for n in DEFAULT_PIPELINE if n in names]


def test_default_pipeline_takes_names_from_settings() -> None:
    settings = Settings.from_env({"CLAIMGRAPH_PIPELINE": "claimgraph.parse.v1,claimgraph.ner.v1"})
    assert default_pipeline(settings).names == ["claimgraph.parse.v1", "claimgraph.ner.v1"]


def test_default_pipeline_unknown_name_is_an_error() -> None:
    with pytest.raises(ExtractError, match="no component named"):
        default_pipeline(Settings.from_env({"CLAIMGRAPH_PIPELINE": "claimgraph.nothing.v9"}))


class BrokenParser:
    """A plug-in parser whose heads point outside the sentence and round in a circle."""

    name = "test.broken-parser.v1"
    requires = ("text",)
    assigns = ("sentences",)

    def __call__(self, doc: AnalyzedDoc) -> AnalyzedDoc:
        words = [(m.start(), m.end(), m.group()) for m in re.finditer(r"\w+", doc.text)]
        heads = [5, -3, 3, 2, 10**6]
        tokens = [Token(s, e, w, w.lower(), "NOUN", "dep", heads[i], "") for i, (s, e, w) in enumerate(words)]
        doc.sentences = [Sentence(tokens[0].start, tokens[-1].end, tokens)]
        return doc


class ClimbsHeads:
    """A rule that trusts every head: it would index past the sentence or never stop."""

    name = "test.climbs-heads.v1"
    requires = ("sentences",)
    assigns = ("claims",)

    def __call__(self, doc: AnalyzedDoc) -> AnalyzedDoc:
        for sent in doc.sentences:
            for i in range(len(sent.tokens)):
                while sent.tokens[i].head != i:
                    i = sent.tokens[i].head
        return doc


def test_heads_from_any_parser_are_a_forest_before_the_next_component() -> None:
    pipeline = Pipeline([BrokenParser(), ClimbsHeads()])
    doc = pipeline(AnalyzedDoc("d", "five words in one sentence", "en"))
    assert not doc.errors
    tokens = doc.sentences[0].tokens
    assert all(0 <= t.head < len(tokens) for t in tokens)
    assert not tree.cycles(tokens)
