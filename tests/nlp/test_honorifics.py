"""An honorific is no part of a person's name: "Ms Ivanova" names Ivanova."""
from __future__ import annotations

from collections.abc import Callable

from claimgraph.nlp.doc import AnalyzedDoc


def test_honorifics_stay_outside_the_name(analyse: Callable[[str, str], AnalyzedDoc]) -> None:
    doc = analyse("Ms Ivanova agreed with the plan, while Dr Marsh and Mrs Hale left the hall early.", "en")
    people = {m.text for m in doc.mentions if m.label == "Person"}
    assert {"Ivanova", "Hale"} <= people, people
    assert not any(p.startswith(("Ms", "Dr", "Mrs")) for p in people), people
