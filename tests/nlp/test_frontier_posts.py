"""A border crossing or checkpoint is named by its place: the name before the word is a place."""
from __future__ import annotations

from collections.abc import Callable

from claimgraph.nlp.doc import AnalyzedDoc


def test_the_name_of_a_crossing_is_a_place_everywhere_in_the_report(
        analyse: Callable[[str, str], AnalyzedDoc]) -> None:
    doc = analyse("The Vainiunai crossing will stay shut, while lorries may still pass through Vainiunai "
                  "after dark.", "en")
    assert [(m.text, m.label) for m in doc.mentions] == [("Vainiunai", "Location")] * 2


def test_a_checkpoint_names_its_place(analyse: Callable[[str, str], AnalyzedDoc]) -> None:
    doc = analyse("Guards at the Pagiriai checkpoint turned back the convoy.", "en")
    assert ("Pagiriai", "Location") in {(m.text, m.label) for m in doc.mentions}


def test_the_place_after_a_crossing_at_is_a_place(analyse: Callable[[str, str], AnalyzedDoc]) -> None:
    doc = analyse("Ministers agreed that the crossing at Vainiunai would close, and traffic through the "
                  "other one, at Pagiriai, near Vilnius, would be cut.", "en")
    found = {(m.text, m.label) for m in doc.mentions}
    assert {("Vainiunai", "Location"), ("Pagiriai", "Location")} <= found, found
