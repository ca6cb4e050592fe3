"""visited from a person setting off somewhere: "flew to X", "отправился в X", "поїхав до X"."""
from __future__ import annotations

from collections.abc import Callable

import pytest

Pairs = Callable[[str, str], set[tuple[str, str | None]]]


@pytest.fixture(scope="module")
def visits(pairs_of: Callable[[str], Pairs]) -> Pairs:
    return pairs_of("visited")


def test_a_person_who_flew_somewhere_visited_it(visits) -> None:
    assert ("Emmanuel Macron", "Berlin") in visits("On Monday French President Emmanuel Macron flew to Berlin.", "en")


def test_russian_perfective_setting_off_is_a_visit(visits) -> None:
    assert ("Эмманюэль Макрон", "Берлин") in visits("Президент Франции Эмманюэль Макрон отправился в Берлин.", "ru")


def test_russian_imperfective_heading_is_no_visit(visits) -> None:
    assert visits("Президент Франции Эмманюэль Макрон направлялся в Берлин.", "ru") == set()


def test_a_state_heading_somewhere_visits_nothing(visits) -> None:
    assert visits("France headed to the United Nations with a complaint.", "en") == set()
