"""A title the page repeats is furniture to the claim rules.

A saved news page often carries its headline twice (the page title and the article's heading),
and a headline compresses the report into words of its own ("US imposes fresh sanctions against
Russia"): the ledger takes the report's sentences, not its headline. A line that the text holds
whole more than once is such a repeated title; its sentences give no claims. A line of a few
words ("Photo", "Reuters") may repeat as a label and is left to the furniture rules.
"""
from __future__ import annotations

import re
from collections import Counter

#: words a repeated line needs to count as a title
_MIN_WORDS = 4
_WORD = re.compile(r"\w+")


def repeated_title_spans(text: str) -> list[tuple[int, int]]:
    """The (start, end) of every line whose stripped text occurs as a whole line again in ``text``."""
    rows: list[tuple[int, int, str]] = []
    start = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if len(_WORD.findall(stripped)) >= _MIN_WORDS:
            rows.append((start, start + len(line), stripped))
        start += len(line) + 1
    counts = Counter(s for _, _, s in rows)
    return [(a, b) for a, b, s in rows if counts[s] > 1]


def inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether the span start..end lies within one of ``spans``."""
    return any(a <= start and end <= b for a, b in spans)
