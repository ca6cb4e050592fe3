"""Words made public in a post, on a channel or to a medium are a statement of the report's day; the
channel carries the words and takes no part; words added to a statement already told are none."""
from __future__ import annotations

from collections.abc import Callable

import pytest

from claimgraph.model import Event

Events = Callable[[str], list[Event]]


@pytest.fixture(scope="module")
def english(announcements: Callable[[str, str], list[Event]]) -> Events:
    return lambda text: announcements(text, "en")


@pytest.fixture(scope="module")
def russian(announcements: Callable[[str, str], list[Event]]) -> Events:
    return lambda text: announcements(text, "ru")


@pytest.mark.parametrize(("text", "speaker"), [
    ("The mayor of Tartu, Karl Rebane, wrote on Telegram that two bridges were flooded overnight.", "Karl Rebane"),
    ("Regional Governor Anna Kask confirmed the figure in a social media post, adding that twelve farms lost "
     "power.", "Anna Kask"),
    ("Prime Minister Jonas Vilkas told state radio that the ferry service would resume within a week.",
     "Jonas Vilkas"),
    ("Opposition leader Marta Ozola said in written comments to a news agency that the vote was rigged.",
     "Marta Ozola"),
])
def test_words_posted_or_told_to_a_medium_are_a_statement_of_the_day(english: Events, text: str,
                                                                       speaker: str) -> None:
    (event,) = english(text)
    assert event.time is not None and event.time.start == "2025-06-20"
    assert event.participants == [speaker]  # the channel carries the words, it takes no part


def test_a_russian_post_in_a_channel_is_a_statement(russian: Events) -> None:
    (event,) = russian("Губернатор Иван Петров сообщил в телеграм-канале, что в области закрыты три моста.")
    assert event.participants == ["Иван Петров"]


def test_disclosing_the_details_is_a_statement(russian: Events) -> None:
    (event,) = russian("Губернатор Иван Петров раскрыл детали наводнения в области.")
    assert event.participants == ["Иван Петров"]


@pytest.mark.parametrize("text", [
    "“The water is still rising,” he wrote on Telegram.",  # more words of a speaker already introduced
    "The deputy governor also wrote on Telegram that the roads were closed.",  # more of a statement told
])
def test_words_added_to_a_statement_already_told_are_none(english: Events, text: str) -> None:
    assert english(text) == []


def test_a_post_parsed_under_the_object_still_carries_the_statement(english: Events) -> None:
    (event,) = english("Mayor Karl Rebane confirmed the damage in a post on Facebook, saying that two schools had lost power.")
    assert event.participants == ["Karl Rebane"]
