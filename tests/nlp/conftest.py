"""Builders shared by the NLP tests: run the parse + NER components on a sentence we wrote."""
from __future__ import annotations

from collections.abc import Callable

import pytest

from claimgraph.nlp.doc import AnalyzedDoc
from claimgraph.nlp.ner import NerComponent
from claimgraph.nlp.parse import ParseComponent


@pytest.fixture(scope="session")
def analyse() -> Callable[[str, str], AnalyzedDoc]:
    parse, ner = ParseComponent(), NerComponent()

    def run(text: str, lang: str) -> AnalyzedDoc:
        return ner(parse(AnalyzedDoc("doc-test", text, lang)))

    return run
