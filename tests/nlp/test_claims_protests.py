"""The figure a diplomatic protest is lodged over is the protesting party's ``states`` figure."""
from __future__ import annotations


def test_a_note_handed_over_an_incursion_states_its_figure(stated) -> None:
    text = ("The Lithuanian Foreign Ministry handed the Belarusian charge d'affaires a note of protest over "
            "the flight of four balloons across the border.")
    assert stated(text, "en") == {("Lithuanian Foreign Ministry", 4.0, "claim")}


def test_an_envoy_summoned_over_a_flight_in_russian(stated) -> None:
    text = "МИД Латвии вызвал посла Белоруссии в связи с пролетом трех вертолетов над территорией страны."
    assert stated(text, "ru") == {("МИД Латвии", 3.0, "claim")}


def test_a_condemnation_is_no_protest_of_the_figure(stated) -> None:
    text = "The Lithuanian Foreign Ministry condemned the launch of four balloons across the border."
    assert stated(text, "en") == set()


def test_the_distance_of_a_place_in_a_relative_clause_is_background(stated) -> None:
    text = ("Governor Igor Petrov said a depot had been hit in the town, "
            "which lies some 900 kilometres from the front.")
    assert stated(text, "en") == set()


def test_the_distance_a_drone_flew_is_still_stated(stated) -> None:
    text = "Governor Igor Petrov said the drone had flown some 900 kilometres before it was shot down."
    assert stated(text, "en") == {("Igor Petrov", 900.0, "claim")}
