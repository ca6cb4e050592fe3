"""Bodies that sanction a target together each sanction it."""
from __future__ import annotations


def test_two_bodies_that_sanctioned_a_firm(pairs_of) -> None:
    found = pairs_of("sanctioned_by")("Mongolia and Japan sanctioned Kazakh firm Altyn Steel on Monday.", "en")
    assert {("Altyn Steel", "Mongolia"), ("Altyn Steel", "Japan")} <= found


def test_a_firm_sanctioned_by_two_bodies(pairs_of) -> None:
    found = pairs_of("sanctioned_by")("Altyn Steel was sanctioned by Japan and Mongolia.", "en")
    assert found == {("Altyn Steel", "Japan"), ("Altyn Steel", "Mongolia")}
