"""A deployment, visit or meeting that is only decided, possible or still ahead ("before") is no event."""
from __future__ import annotations

from collections.abc import Callable

import pytest

from claimgraph.model import Event

Events = Callable[[str], list[Event]]


@pytest.fixture(scope="module")
def english(events_in: Callable[[str, str, str], list[Event]]) -> Events:
    return lambda text: events_in(text, "en", "2025-03-12")


@pytest.fixture(scope="module")
def russian(events_in: Callable[[str, str, str], list[Event]]) -> Events:
    return lambda text: events_in(text, "ru", "2025-03-12")


def _types(events: list[Event]) -> list[str]:
    return [e.type for e in events]


def test_a_meeting_a_leader_only_decided_on_is_no_event(english: Events) -> None:
    assert english("On Monday the prime minister decided to meet the striking miners in Karaganda.") == []


def test_a_deployment_that_must_wait_for_checks_is_no_event(english: Events) -> None:
    found = english("Several safety checks must be completed before deploying the missile systems near the coast, "
                    "the general said on Monday.")
    assert "other" not in _types(found)


def test_a_russian_deployment_only_decided_is_no_event(russian: Events) -> None:
    assert russian("В понедельник командование решило разместить в приграничном районе ракетные комплексы.") == []


def test_a_deployment_done_on_a_named_day_stays_an_event(english: Events) -> None:
    (event,) = english("The defence minister deployed two missile systems to the border region on Monday.")
    assert event.type == "other" and event.time is not None and event.time.start == "2025-03-10"


def test_a_russian_deployment_done_stays_an_event(russian: Events) -> None:
    assert _types(russian("В понедельник командование разместило в приграничном районе ракетные комплексы.")) == ["other"]


def test_a_meeting_held_before_a_signing_in_the_past_stays(english: Events) -> None:
    found = english("The two ministers met in Tashkent on Monday before signing the contract.")
    assert found and found[0].time is not None and found[0].time.start == "2025-03-10"


def test_a_decision_to_impose_sanctions_is_the_sanction_itself(english: Events) -> None:
    found = english("On Monday the council decided to impose sanctions on three shipping firms.")
    assert "sanction" in _types(found)
