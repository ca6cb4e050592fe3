"""A firm written with its seat in front: "Hong Kong-based Asia Pacific Links Ltd" is a place and a
firm, not one name.

The English model reads "<place>-based <name>" as one span and, with a two-word place, often
starts it in the middle of the place ("Kong-based Asia Pacific Links Ltd"). Such a span is cut at
"-based": the named part keeps the span's type, and the place before it, taken back over the
capitalised words the span left out ("Hong"), becomes a country or a location of its own.
"""
from __future__ import annotations

import re
from collections.abc import Callable

from claimgraph.model import Mention

_BASED = re.compile(r"[-‐‑–]based\b")
_WORD_BEFORE = re.compile(r"([A-Z][\w.'’]*)[ \t]$")
#: Capitalised words that begin a sentence or a name phrase but are no part of a place.
_NOT_PLACE = frozenset({"The", "A", "An", "This", "That", "Its", "Their", "His", "Her", "Our", "Both", "Two",
                        "Three", "Several", "Some", "Other", "Another", "And", "Or", "In", "On", "At", "By"})
MAX_PLACE_WORDS = 4  # "Rio de Janeiro" is the longest a seat runs back


def _place_start(text: str, start: int, floor: int) -> int:
    """Where the place before ``start`` begins: back over capitalised words next to it."""
    for _ in range(MAX_PLACE_WORDS - 1):
        m = _WORD_BEFORE.search(text, max(floor, start - 40), start)
        if m is None or m.group(1) in _NOT_PLACE:
            break
        start = m.start(1)
    return start


def split_based(mentions: list[Mention], text: str, place_label: Callable[[str], str],
                make: Callable[[int, int, str], Mention]) -> list[Mention]:
    """``mentions`` with each "<place>-based <name>" span cut into the place and the name.

    ``place_label`` types the place ("Country" or "Location"); ``make(start, end, label)`` builds a
    mention. Mentions the widened place now covers are dropped.
    """
    out: list[Mention] = []
    places: list[tuple[int, int]] = []
    for m in mentions:
        cut = _BASED.search(text, m.start, m.end)
        if cut is None or cut.start() <= m.start:
            out.append(m)
            continue
        begin = _place_start(text, m.start, max(0, m.start - 40))
        place = text[begin:cut.start()]
        out.append(make(begin, cut.start(), place_label(place)))
        places.append((begin, cut.start()))
        rest = cut.end()
        while rest < m.end and text[rest].isspace():
            rest += 1
        if rest < m.end:
            out.append(make(rest, m.end, m.label))
    if not places:
        return out
    return [m for m in out if not any(s <= m.start < e and (m.start, m.end) != (s, e) and m.end <= e
                                      for s, e in places)]


__all__ = ["split_based"]
