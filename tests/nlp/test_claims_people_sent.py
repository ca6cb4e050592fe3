"""Sending specialists, engineers or a delegation somewhere moves people, not goods: no supply."""
from __future__ import annotations

from collections.abc import Callable

import pytest

from claimgraph.nlp.claims import find_claims
from claimgraph.nlp.dates import DateComponent
from claimgraph.nlp.quantities import QuantityComponent

Pairs = Callable[[str, str], set[tuple[str, str | None]]]


@pytest.fixture(scope="module")
def supplies_of(pairs_of: Callable[[str], Pairs]) -> Pairs:
    return pairs_of("supplies_to")


def test_sending_specialists_for_training_is_no_supply(supplies_of) -> None:
    text = "Serbia will send Serbian engineers to Hungary for training in radar repair."
    assert supplies_of(text, "en") == set()


def test_sending_them_after_forming_a_group_of_specialists_is_no_supply(supplies_of) -> None:
    text = "Сербия предложила сформировать группу специалистов и направить их в Венгрию для обучения."
    assert supplies_of(text, "ru") == set()


def test_sending_shells_is_still_a_supply(supplies_of) -> None:
    text = "Serbia will send artillery shells to Hungary next month."
    assert supplies_of(text, "en") == {("Serbia", "Hungary")}



def test_a_recipient_hung_on_the_object_is_still_the_recipient(analyse) -> None:
    """The parser sometimes hangs "to Bolivia" on "worth" instead of on the verb."""
    doc = analyse("Volga Instruments allegedly shipped about $20 million worth of radar parts to Bolivia.", "en")
    doc.published = "2025-05-16"
    toks = doc.sentences[0].tokens
    worth = next(i for i, t in enumerate(toks) if t.text == "worth")
    bolivia = next(i for i, t in enumerate(toks) if t.text == "Bolivia")
    toks[worth].dep, toks[bolivia].dep, toks[bolivia].head = "obj", "nmod", worth
    claims = find_claims(QuantityComponent()(DateComponent()(doc)))
    assert {(c.subject, c.object) for c in claims if c.predicate == "supplies_to"} == {("Volga Instruments", "Bolivia")}
