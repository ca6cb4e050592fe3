"""Where a report names its source as a state's ministry written in lower case ("according to
Latvia's interior ministry"), the state's possessive and the ministry are one public body, and the
ministry is who speaks. Elsewhere the state stays the party its ministry speaks for."""
from __future__ import annotations

from collections.abc import Callable

import pytest

from claimgraph.nlp.doc import AnalyzedDoc

Stated = Callable[[str, str], set[tuple[str, float | None, str]]]


def labelled(doc: AnalyzedDoc) -> set[tuple[str, str]]:
    return {(m.text, m.label) for m in doc.mentions}


@pytest.mark.parametrize(("text", "body"), [
    ("According to Latvia's interior ministry, the crossing point would stay shut.", "Latvia's interior ministry"),
    ("The envoy was summoned, according to Finland’s foreign ministry.", "Finland’s foreign ministry"),
    ("Citing Portugal's defence ministry, the paper said the frigate was repaired.", "Portugal's defence ministry"),
])
def test_a_source_named_as_a_states_lower_case_ministry_is_one_public_body(
        analyse: Callable[[str, str], AnalyzedDoc], text: str, body: str) -> None:
    found = labelled(analyse(text, "en"))
    assert (body, "PublicBody") in found, found
    assert not any(label == "Country" for _, label in found), found


def test_outside_a_source_the_state_stays_apart(analyse: Callable[[str, str], AnalyzedDoc]) -> None:
    found = labelled(analyse("Latvia's interior ministry denied that the fence had been breached.", "en"))
    assert ("Latvia", "Country") in found, found


def test_a_capitalised_body_after_a_possessive_keeps_the_state_apart(
        analyse: Callable[[str, str], AnalyzedDoc]) -> None:
    found = labelled(analyse("According to Norway's Coastal Administration, the harbour was closed.", "en"))
    assert not any(text.startswith("Norway's") for text, _ in found), found


def test_the_ministry_speaks_after_according_to(stated: Stated) -> None:
    said = stated("According to Latvia's interior ministry, about 30 balloons drifted over the "
                  "frontier during the night.", "en")
    assert {speaker for speaker, _, _ in said} == {"Latvia's interior ministry"}, said
