"""The countries of a group of firms that sanctions fall on are sanctioned, even where the parser hangs
the group on the verb; a count the sentence already gives is not repeated."""
from __future__ import annotations


def test_sanctions_against_a_counted_group_of_a_nation_in_ukrainian(pairs_of) -> None:
    found = pairs_of("sanctioned_by")("Канада запровадила санкції проти 17 вірменських компаній.", "uk")
    assert len(found) == 1 and {body for _, body in found} == {"Канада"}


def test_a_group_that_fell_under_a_bodys_sanctions_in_ukrainian(pairs_of) -> None:
    found = pairs_of("sanctioned_by")("Під санкції Канади потрапили 17 вірменських компаній.", "uk")
    assert len(found) == 1 and {body for _, body in found} == {"Канада"}


def test_firms_from_a_country_that_fell_onto_a_blacklist_in_ukrainian(pairs_of) -> None:
    found = pairs_of("sanctioned_by")("До чорного списку Японії потрапили 17 компаній з Туреччини.", "uk")
    assert {body for _, body in found} == {"Японія"} and len(found) == 1


def test_a_count_already_read_is_not_given_twice(pairs_of) -> None:
    text = "Китай осудил решение Оттавы. Канада ввела санкции против 17 китайских компаний."
    found = pairs_of("sanctioned_by")(text, "ru")
    assert found == {("Китай", "Канада")}
