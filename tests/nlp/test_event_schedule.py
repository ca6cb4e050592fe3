"""English events set with "will" for a named day are scheduled events; plans without a day are not."""
from __future__ import annotations

from collections.abc import Callable

import pytest

from claimgraph.model import Event

Events = Callable[[str], list[Event]]


@pytest.fixture(scope="module")
def events_of(events_in: Callable[[str, str, str], list[Event]]) -> Events:
    return lambda text: events_in(text, "en", "2025-02-20")


def test_sanctions_the_government_will_impose_on_a_named_day_are_a_scheduled_event(events_of: Events) -> None:
    (event,) = events_of("The United States will impose sanctions on more than 400 targets on 21 February.")
    assert event.type == "sanction"
    assert event.time is not None and event.time.start == "2025-02-21"


@pytest.mark.parametrize("text", [
    "The United States will impose sanctions on more than 400 targets.",
    "The United States will not impose sanctions on the firms on Friday, 21 February.",
    "The United States plans to impose sanctions on the firms on Friday, 21 February.",
])
def test_a_future_without_a_day_a_negation_or_a_plan_is_no_event(events_of: Events, text: str) -> None:
    assert events_of(text) == []


def test_sanctions_a_government_issued_are_an_event(events_of: Events) -> None:
    (event,) = events_of("On 18 February the United States issued sweeping sanctions against Iran.")
    assert event.type == "sanction"
