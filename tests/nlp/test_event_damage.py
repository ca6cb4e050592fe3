"""Fires, blasts and hits at sites are events; a sanction that "hits" a firm is none."""
from __future__ import annotations

from collections.abc import Callable

import pytest

from claimgraph.model import Event

Events = Callable[[str], list[Event]]


@pytest.fixture(scope="module")
def events_of(events_in: Callable[[str, str, str], list[Event]]) -> Events:
    return lambda text: events_in(text, "en", "2025-05-02")


@pytest.mark.parametrize("text", [
    "On April 28, a fire broke out at an ammunition warehouse near Tver, the regional governor said.",
    "On April 28, an engine plant in Omsk was hit by drones.",
    "A depot storing missile parts in Bryansk was destroyed on April 28.",
])
def test_a_fire_a_hit_or_the_destruction_of_a_site_is_an_event(events_of: Events, text: str) -> None:
    assert [e.type for e in events_of(text)] == ["other"]


def test_measures_that_hit_a_firm_are_no_strike(events_of: Events) -> None:
    text = "The measures also hit a Shenzhen trading firm for its role in shipping drone parts."
    assert not [e for e in events_of(text) if e.type == "other"]


def test_a_site_that_destroys_or_fires_nothing_named_is_no_event(events_of: Events) -> None:
    assert not events_of("The minister fired his deputy after the audit.")
    assert not events_of("Prices burned a hole in the budget of the region.")


def test_a_destruction_an_agency_recalled_a_year_later_stays_the_act(events_of: Events) -> None:
    text = "Military intelligence said last year that a warehouse in Kazan holding drone parts was destroyed."
    assert [e.type for e in events_of(text)] == ["other"]
