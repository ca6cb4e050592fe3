"""produces where the parser loses the maker or the model: the name right after "made by" set off
by dashes, and a model the parser took for the subject of the clause after the verb of making.

The parser makes the second mistake on some sentences of real reports and not on others of the same
shape; the tests below take the real parse of a sentence we wrote and hang the model the way the
parser hung it there, so that the rule is tested on the parse it meets."""
from __future__ import annotations

from collections.abc import Callable

import pytest

from claimgraph.nlp.claims import find_claims
from claimgraph.nlp.dates import DateComponent
from claimgraph.nlp.doc import AnalyzedDoc
from claimgraph.nlp.quantities import QuantityComponent

Pairs = Callable[[str, str], set[tuple[str, str | None]]]


@pytest.fixture(scope="module")
def produces_of(pairs_of: Callable[[str], Pairs]) -> Pairs:
    return pairs_of("produces")


def test_a_maker_between_dashes_after_by(produces_of) -> None:
    text = "Dealers now declare the K-90 motors—made by Harbin Rotor Works Co.—as spare pump parts."
    assert {p for p in produces_of(text, "en") if p[1] == "K-90"} & {
        ("Harbin Rotor Works Co.", "K-90"), ("Harbin Rotor Works", "K-90")}


def _misparsed(analyse: Callable[[str, str], AnalyzedDoc], text: str, word: str) -> set[tuple[str, str | None]]:
    """Produces pairs of ``text`` once the token ``word`` (the object of the verb of making) is made
    the subject of the "using" clause after it, as the parser does on some pages."""
    doc = analyse(text, "en")
    doc.published = "2025-05-16"
    toks = doc.sentences[0].tokens
    obj = next(i for i, t in enumerate(toks) if t.text == word)
    using = next(i for i, t in enumerate(toks) if t.text == "using")
    verb = toks[obj].head if toks[obj].dep == "obj" else toks[using].head
    toks[obj].dep, toks[obj].head = "nsubj", using
    toks[using].dep, toks[using].head = "advcl", verb
    claims = find_claims(QuantityComponent()(DateComponent()(doc)))
    return {(c.subject, c.object) for c in claims if c.predicate == "produces"}


def test_a_model_read_as_the_next_clause_subject_is_what_is_made(analyse) -> None:
    text = "Reuters reported that Zenit Tech was manufacturing the Strizh-2 using Korean technology."
    assert _misparsed(analyse, text, "Strizh-2") == {("Zenit Tech", "Strizh-2")}


def test_counted_goods_read_as_the_next_clause_subject_are_what_is_made(analyse) -> None:
    text = "Reuters reported in May that Zenit Tech was manufacturing thousands of Strizh drones using Korean parts."
    assert _misparsed(analyse, text, "thousands") == {("Zenit Tech", "Strizh")}


def test_a_next_clause_subject_far_from_the_verb_is_no_object(produces_of) -> None:
    text = "Zenit Tech was assembling quickly last year, while the Strizh-2 used imported parts."
    assert ("Zenit Tech", "Strizh-2") not in produces_of(text, "en")


def test_goods_designed_and_made_somewhere_are_made_there(produces_of) -> None:
    assert ("Turkey", "Bayraktar") in produces_of("The Bayraktar drones were designed and produced in Turkey.", "en")


def test_a_second_passive_verb_has_the_goods_of_the_first(produces_of) -> None:
    found = produces_of("The Lancet drones were developed in Izhevsk and assembled in Tatarstan.", "en")
    assert ("Tatarstan", "Lancet") in found


def test_goods_made_at_a_plant_tagged_as_an_organisation_are_its_output(produces_of) -> None:
    found = produces_of("Over 900 Lancet drones were manufactured at the Kupol facility in 2023.", "en")
    assert ("Kupol", "Lancet") in found


def test_a_plant_founded_and_then_making_goods_is_no_passive(produces_of) -> None:
    assert not any(obj == "2015" for _, obj in produces_of("The plant was founded in 2015 and makes Lancet drones.", "en"))
