"""A firm written with its seat in front is a place and a firm."""
from __future__ import annotations


def _names(analyse, text: str) -> dict[str, str]:
    return {m.text: m.label for m in analyse(text, "en").mentions if m.label not in ("Quantity", "Date")}


def test_a_two_word_seat_before_based_is_a_place_of_its_own_and_the_firm_keeps_its_name(analyse) -> None:
    names = _names(analyse, "Japan imposed sanctions on Hong Kong-based Asia Pacific Links Ltd on Friday.")
    assert names.get("Hong Kong") == "Location"
    assert names.get("Asia Pacific Links Ltd") == "Company"
    assert not [n for n in names if "based" in n]


def test_a_one_word_seat_is_cut_off_the_firm_the_same_way(analyse) -> None:
    names = _names(analyse, "The order names Tehran-based Qods Aviation Industries as the maker.")
    assert names.get("Tehran") == "Location"
    assert names.get("Qods Aviation Industries") == "Company"
    assert not [n for n in names if "based" in n]
