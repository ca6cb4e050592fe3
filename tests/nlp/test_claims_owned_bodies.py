"""A source named as a state's body ("according to Latvia's Defence Ministry") is the body."""
from __future__ import annotations


def test_the_body_after_a_states_possessive_is_the_source(stated) -> None:
    text = "According to Latvia's Defence Ministry, the drone stayed in Latvian airspace for 14 minutes."
    assert ("Defence Ministry", 14.0, "claim") in stated(text, "en")


def test_a_state_named_alone_is_still_the_source(stated) -> None:
    text = "According to Latvia, the drone stayed in Latvian airspace for 14 minutes."
    assert ("Latvia", 14.0, "claim") in stated(text, "en")


def test_a_person_after_the_state_is_the_source_before_any_body(stated) -> None:
    text = ("According to Latvia's defence minister Andris Ozols, the drone stayed in Latvian "
            "airspace for 14 minutes.")
    assert {speaker for speaker, _, _ in stated(text, "en")} == {"Andris Ozols"}
