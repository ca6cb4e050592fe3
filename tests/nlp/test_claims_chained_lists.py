"""A list of names the parser chained ("A, B, C and D" with C and D hung on B rather than on A) is
still one list: every name in it takes the claim."""
from __future__ import annotations

from collections.abc import Callable

import pytest

from claimgraph.nlp.claims import find_claims
from claimgraph.nlp.dates import DateComponent
from claimgraph.nlp.doc import AnalyzedDoc
from claimgraph.nlp.quantities import QuantityComponent


def _sanctioned(doc: AnalyzedDoc) -> set[str]:
    doc.published = "2025-05-16"
    claims = find_claims(QuantityComponent()(DateComponent()(doc)))
    return {c.subject for c in claims if c.predicate == "sanctioned_by"}


@pytest.fixture(scope="module")
def listed(analyse: Callable[[str, str], AnalyzedDoc]) -> tuple[AnalyzedDoc, list[int]]:
    text = "The European Union added Pavel Orlov, Ivan Sokolov, Oleg Belov and Anna Petrova to its sanctions list."
    doc = analyse(text, "en")
    toks = doc.sentences[0].tokens
    heads = [next(i for i, t in enumerate(toks) if t.text == w) for w in ("Orlov", "Sokolov", "Belov", "Petrova")]
    return doc, heads


def test_every_name_of_a_flat_list_is_sanctioned(listed) -> None:
    doc, (a, b, c, d) = listed
    toks = doc.sentences[0].tokens
    for k in (b, c, d):
        toks[k].dep, toks[k].head = "conj", a
    assert _sanctioned(doc) >= {"Pavel Orlov", "Ivan Sokolov", "Oleg Belov", "Anna Petrova"}


def test_every_name_of_a_chained_list_is_sanctioned(listed) -> None:
    doc, (a, b, c, d) = listed
    toks = doc.sentences[0].tokens
    toks[b].dep, toks[b].head = "conj", a
    toks[c].dep, toks[c].head = "conj", b
    toks[d].dep, toks[d].head = "conj", c
    assert _sanctioned(doc) >= {"Pavel Orlov", "Ivan Sokolov", "Oleg Belov", "Anna Petrova"}
