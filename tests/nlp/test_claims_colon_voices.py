"""A line that names its speaker before a colon gives that speaker's figures."""
from __future__ import annotations


def test_a_titled_speaker_before_a_colon_states_the_figure(stated) -> None:
    assert stated("Governor Ilse Varga: 40 people hurt in depot blast", "en") == {("Ilse Varga", 40.0, "claim")}


def test_a_surname_alone_before_a_colon_is_the_person_named_in_full_later(stated) -> None:
    text = ("Дронова: склад атаковали пятью дронами\n"
            "Мэр Ольга Дронова рассказала о ночной атаке на город.")
    assert ("Ольга Дронова", 5.0, "claim") in stated(text, "ru")


def test_a_dateline_in_capitals_is_no_speaker(stated) -> None:
    assert stated("OSLO: Forty people were hurt in a depot blast.", "en") == set()


def test_a_clause_before_the_colon_names_no_speaker(stated) -> None:
    text = "The report quoted Ilse Varga on one point: 40 people were hurt in the blast."
    assert ("Ilse Varga", 40.0, "claim") not in stated(text, "en")
