"""Builders shared by the NLP tests: run the parse + NER components on a sentence we wrote."""
from __future__ import annotations

from collections.abc import Callable

import pytest

from claimgraph.model import Claim, Event
from claimgraph.nlp.claims import find_claims
from claimgraph.nlp.dates import DateComponent
from claimgraph.nlp.doc import AnalyzedDoc
from claimgraph.nlp.events import find_events
from claimgraph.nlp.ner import NerComponent
from claimgraph.nlp.parse import ParseComponent
from claimgraph.nlp.quantities import QuantityComponent

Pairs = Callable[[str, str], set[tuple[str, str | None]]]


@pytest.fixture(scope="session")
def analyse() -> Callable[[str, str], AnalyzedDoc]:
    parse, ner = ParseComponent(), NerComponent()

    def run(text: str, lang: str) -> AnalyzedDoc:
        return ner(parse(AnalyzedDoc("doc-test", text, lang)))

    return run


@pytest.fixture(scope="session")
def pairs_of(analyse: Callable[[str, str], AnalyzedDoc]) -> Callable[[str], Pairs]:
    """``pairs_of(predicate)(text, lang)``: the (subject, object) pairs of that predicate's claims in a
    sentence we wrote, published on 16 May 2025."""
    dates, quantities = DateComponent(), QuantityComponent()

    def of(predicate: str) -> Pairs:
        def run(text: str, lang: str) -> set[tuple[str, str | None]]:
            doc = analyse(text, lang)
            doc.published = "2025-05-16"
            claims: list[Claim] = find_claims(quantities(dates(doc)))
            return {(c.subject, c.object) for c in claims if c.predicate == predicate}

        return run

    return of


Stated = set[tuple[str, float | None, str]]


@pytest.fixture(scope="session")
def stated(analyse: Callable[[str, str], AnalyzedDoc]) -> Callable[[str, str], Stated]:
    """``stated(text, lang)``: (speaker, value, modality) of each ``states`` claim of a text we wrote,
    published on 16 May 2025."""
    dates, quantities = DateComponent(), QuantityComponent()

    def run(text: str, lang: str) -> Stated:
        doc = analyse(text, lang)
        doc.published = "2025-05-16"
        claims = find_claims(quantities(dates(doc)))
        return {(c.subject, c.value, c.modality) for c in claims if c.predicate == "states"}

    return run


@pytest.fixture(scope="session")
def events_in(analyse: Callable[[str, str], AnalyzedDoc]) -> Callable[[str, str, str], list[Event]]:
    """``events_in(text, lang, published)``: the events found in a text we wrote, published that day."""
    dates = DateComponent()

    def run(text: str, lang: str, published: str) -> list[Event]:
        doc = analyse(text, lang)
        doc.published = published
        return find_events(dates(doc))

    return run


Supplies = Callable[[str, str], set[tuple[str, str | None, str, str | None]]]


@pytest.fixture(scope="session")
def announcements(events_in: Callable[[str, str, str], list[Event]]) -> Callable[[str, str], list[Event]]:
    """``announcements(text, lang)``: the announcement events of a text we wrote, published on 20 June 2025."""
    return lambda text, lang: [e for e in events_in(text, lang, "2025-06-20") if e.type == "announcement"]


@pytest.fixture(scope="session")
def supplies(analyse: Callable[[str, str], AnalyzedDoc]) -> Supplies:
    """``supplies(text, lang)``: (supplier, recipient, modality, source) of each supplies_to claim of
    a text we wrote."""
    dates, quantities = DateComponent(), QuantityComponent()

    def run(text: str, lang: str) -> set[tuple[str, str | None, str, str | None]]:
        doc = analyse(text, lang)
        doc.published = "2025-05-16"
        claims: list[Claim] = find_claims(quantities(dates(doc)))
        return {(c.subject, c.object, c.modality, c.attributed_to) for c in claims if c.predicate == "supplies_to"}

    return run
