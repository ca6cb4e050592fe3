"""The pipeline checks component order when built and isolates a failing component per document."""
from __future__ import annotations

import pytest

from claimgraph.errors import ExtractError
from claimgraph.nlp.doc import AnalyzedDoc
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
