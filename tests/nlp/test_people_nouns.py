"""Russian nouns for a people are nationality mentions, in every case and number."""
from __future__ import annotations


def test_nouns_for_peoples_are_nationalities(analyse) -> None:
    doc = analyse("Россияне и украинцы спорили, а с американцами договорились двое эстонцев.", "ru")
    found = {(m.text, m.label) for m in doc.mentions}
    assert {("Россияне", "Nationality"), ("украинцы", "Nationality"), ("американцами", "Nationality"),
            ("эстонцев", "Nationality")} <= found


def test_other_nouns_for_people_are_not(analyse) -> None:
    doc = analyse("Жители и военные покинули город.", "ru")
    assert not [m for m in doc.mentions if m.label == "Nationality"]
