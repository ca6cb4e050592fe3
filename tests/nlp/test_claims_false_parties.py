"""Parties a claim cannot have: a news medium in a meeting, a country's own demonym supplying it."""
from __future__ import annotations

from collections.abc import Callable

import pytest

Pairs = Callable[[str, str], set[tuple[str, str | None]]]


@pytest.fixture(scope="module")
def meetings(pairs_of: Callable[[str], Pairs]) -> Pairs:
    return pairs_of("met_with")


def test_a_news_agency_is_no_party_to_a_meeting(meetings) -> None:
    text = ("Armenian minister Vahan Petrosyan met Kazakh minister Arman Tokayev in Astana. According to the "
            "Kazinform news agency, he spoke to reporters after his meeting with Tokayev.")
    assert not any("Kazinform" in (a or "") or "Kazinform" in (b or "") for a, b in meetings(text, "en"))


def test_a_russian_agency_is_no_party_to_a_meeting(meetings) -> None:
    text = "Как сообщает агентство «Казинформ», министр Ваган Петросян встретился с Арманом Токаевым."
    found = meetings(text, "ru")
    assert not any("Казинформ" in (a or "") or "Казинформ" in (b or "") for a, b in found)


def test_a_demonym_never_supplies_its_own_country(supplies) -> None:
    text = ("Kazakhstan will send 300 engineers to Armenia's Syunik region, a senior Armenian official said "
            "on Monday.")
    assert not any(s == "Armenian" for s, _, _, _ in supplies(text, "en"))
