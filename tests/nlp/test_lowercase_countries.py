"""A country name an outlet writes in lower case is still the country."""
from __future__ import annotations


def test_a_lower_case_country_name_is_a_country(analyse) -> None:
    doc = analyse("The council adopted new sanctions against russia on Monday.", "en")
    assert ("russia", "Country") in {(m.text, m.label) for m in doc.mentions}


def test_common_nouns_addresses_and_short_words_are_not_countries(analyse) -> None:
    doc = analyse("Let us serve turkey on china plates; see rt.com/russia for more.", "en")
    assert not [m for m in doc.mentions if m.label == "Country"]
