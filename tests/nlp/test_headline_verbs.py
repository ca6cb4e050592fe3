"""A speech verb of a title-case headline is no part of the name before it."""
from __future__ import annotations

import pytest

from claimgraph.nlp.headline_verbs import is_title_case_line, name_end_before_verb


@pytest.mark.parametrize(("text", "name"), [
    ("Pentagon Denies Sending Tanks to Oslo\n\nText.", "Pentagon"),
    ("Norwegian Foreign Ministry Rejects Claims of Arms Sales\n", "Norwegian Foreign Ministry"),
    ("Kremlin Says Talks With Oslo Will Go On\n", "Kremlin"),
])
def test_a_name_on_a_title_case_headline_stops_before_its_speech_verb(text: str, name: str) -> None:
    end = text.index("\n")
    assert text[:name_end_before_verb(text, 0, end)] == name


@pytest.mark.parametrize("text", [
    "United States Sends Tanks to Norway\n",  # "States" is a noun in a name
    "Pentagon Denies it. The ministry said so.\n",  # a sentence, not a title-case headline
    "The pentagon denies sending tanks to oslo\n",
])
def test_names_elsewhere_keep_their_words(text: str) -> None:
    end = text.index(" ", text.index(" ") + 1)
    assert name_end_before_verb(text, 0, end) == end


def test_a_title_case_headline_has_no_closing_stop() -> None:
    assert is_title_case_line("Oslo Rejects Claims Over Tank Sales", 3)
    assert not is_title_case_line("Oslo rejects claims over tank sales.", 3)
