"""An acronym defined in parentheses after a name takes that name's kind wherever it stands."""
from __future__ import annotations


def test_a_defined_acronym_is_a_public_body_at_every_occurrence(analyse) -> None:
    doc = analyse("The State Border Guard Directorate (DPSU) reported the crossing. "
                  "Later, DPSU said two drones had fallen near the road.", "en")
    dpsu = [m.label for m in doc.mentions if m.text == "DPSU"]
    assert dpsu == ["PublicBody", "PublicBody"]


def test_a_parenthesis_of_lower_case_words_defines_nothing(analyse) -> None:
    doc = analyse("The State Border Guard Directorate (see below) reported the crossing.", "en")
    assert not [m for m in doc.mentions if m.text in ("see", "see below")]
