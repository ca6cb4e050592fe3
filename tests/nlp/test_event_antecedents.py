"""An earlier event that a verb of sequence places the news after ("follows the deployment") is no event there."""
from __future__ import annotations

from collections.abc import Callable

from claimgraph.model import Event


def test_what_the_news_follows_is_not_an_event_of_its_sentence(
        events_in: Callable[[str, str, str], list[Event]]) -> None:
    found = events_in("The new order follows the deployment of two missile systems to the island on Monday.",
                      "en", "2025-04-09")
    assert found == []


def test_a_russian_sequel_names_no_event(events_in: Callable[[str, str, str], list[Event]]) -> None:
    found = events_in("Это заявление последовало за визитом министра обороны в Пекин 3 апреля.", "ru", "2025-04-09")
    assert [e.type for e in found if e.type == "visit"] == []


def test_a_participle_of_following_keeps_the_event_told_in_passing(
        events_in: Callable[[str, str, str], list[Event]]) -> None:
    found = events_in("The border was closed on Monday, following the downing of a military drone over the lake.",
                      "en", "2025-04-09")
    assert "other" in [e.type for e in found]


def test_a_text_that_follows_from_a_treaty_leaves_the_treaty_an_event(
        events_in: Callable[[str, str, str], list[Event]]) -> None:
    found = events_in("Это следует из подписанного вчера президентами двух стран договора о партнерстве.",
                      "ru", "2025-04-09")
    assert [e.type for e in found] == ["agreement"]
