"""A capital named by its state is the city the report names."""
from __future__ import annotations


def test_arriving_in_a_capital_named_by_its_state_visits_the_city(pairs_of) -> None:
    text = "Vladimir Putin flew to Minsk, Belarus. Vladimir Putin arrived in the Belarusian capital on Monday."
    assert ("Vladimir Putin", "Minsk") in pairs_of("visited")(text, "en")


def test_russian_arrival_in_a_capital_named_by_its_state(pairs_of) -> None:
    text = "Владимир Путин прибыл в белорусскую столицу. В Минске он встретился с Лукашенко."
    assert ("Владимир Путин", "Минск") in pairs_of("visited")(text, "ru")


def test_a_capital_the_report_never_names_is_no_destination(pairs_of) -> None:
    text = "Vladimir Putin arrived in the Belarusian capital on Monday."
    assert pairs_of("visited")(text, "en") == set()
