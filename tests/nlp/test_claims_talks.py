"""met_with from verbs of talking together: only people meet, and only the one named with "with"."""
from __future__ import annotations

from collections.abc import Callable

import pytest

Pairs = Callable[[str, str], set[tuple[str, str | None]]]


@pytest.fixture(scope="module")
def met(pairs_of: Callable[[str], Pairs]) -> Pairs:
    return pairs_of("met_with")


def test_two_leaders_who_talked_together_met(met) -> None:
    pairs = met("В пятницу Эмманюэль Макрон и Олаф Шольц побеседовали в Берлине.", "ru")
    assert pairs and {frozenset(p) for p in pairs} == {frozenset({"Эмманюэль Макрон", "Олаф Шольц"})}


def test_discussing_a_topic_with_a_person_is_a_meeting(met) -> None:
    pairs = met("On Monday French President Emmanuel Macron discussed energy prices with German Chancellor Olaf Scholz.", "en")
    assert ("Emmanuel Macron", "Olaf Scholz") in pairs


def test_the_thing_discussed_is_no_party(met) -> None:
    assert met("On Monday Emmanuel Macron discussed Germany at length.", "en") == set()


def test_countries_that_discuss_something_have_not_met(met) -> None:
    assert met("France and Germany discussed energy prices on Monday.", "en") == set()
