"""Helpers for tests of the sentence checks: one disagreement among reports of one event, as shown."""
from __future__ import annotations

from collections.abc import Callable
from typing import Any


def shown_in_one_event(find: Callable[..., list[Any]], shown: Callable[..., dict[str, Any]], texts: dict[str, str],
                       outlets_of: Callable[[str], list[str]] = lambda doc: []) -> dict[str, Any]:
    """The one disagreement ``find`` sees among ``texts`` told of one event, as ``shown`` keeps it."""
    (d,) = find(texts, {doc: "c1" for doc in texts})
    return shown(d, outlets_of)


def says_and_documents(view: dict[str, Any]) -> list[tuple[str, list[str]]]:
    """What each side says and the documents saying it."""
    return [(s["says"], s["documents"]) for s in view["sides"]]
