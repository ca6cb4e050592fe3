"""Periods that run from a time told up to the report: "since last year", "со второго квартала прошлого года".

"Experts visited the plant six times since the second quarter of last year" tells of visits spread
from the start of that quarter up to the report, so the time is 2024-04-01..2025-09-30 in a report
of September 2025: from the start of the period told to the end of the report's own period of the
same size (its quarter here, its year for "since last year"). Only periods longer than a day are
extended: "с 17 декабря заступил на дежурство" tells a start on one day, which stays that day.
A bounded range ("since 2022 until 2024", "с 2022 по 2024 год") is not extended, nor is anything
without a publication date or a period that does not begin before the report's own one.
"""
from __future__ import annotations

import calendar
import re

from claimgraph.model import TimeRef
from claimgraph.nlp.doc import DateMention

#: words that open a period running up to now, right before the date expression
_SINCE = re.compile(
    r"(?:\b(?:ever\s+)?since|\bstarting\s+(?:from|in|with)|(?<![а-яё])(?:начиная\s+)?(?:со?))"
    r"\s+(?:the\s+)?$", re.IGNORECASE)
#: a range's second end right after the expression: the period is bounded by it
_BOUNDED = re.compile(
    r"\s*(?:[-–—]|(?:to|until|till|through|and)\s+(?:\d|(?-i:[A-Z])|(?:the\s+)?(?:end|start|beginning|middle)\b)"
    r"|(?:по|до)\s+(?:\d|[а-яё]+\s+\d|конц|начал|середин))", re.IGNORECASE)
_WINDOW = 24


def _period_end(published: str, precision: str) -> str | None:
    """The last day of the report's own year, quarter or month."""
    m = re.match(r"(\d{4})(?:-(\d{2}))?", published)
    if not m:
        return None
    year = int(m.group(1))
    if precision == "year":
        return f"{year:04d}-12-31"
    if not m.group(2):
        return None
    month = int(m.group(2))
    if not 1 <= month <= 12:
        return None
    if precision == "quarter":
        month = (month - 1) // 3 * 3 + 3
    elif precision != "month":
        return None
    return f"{year:04d}-{month:02d}-{calendar.monthrange(year, month)[1]:02d}"


def extend_since(text: str, dates: list[DateMention], published: str | None) -> None:
    """Stretch each period opened by "since" / "с" to the end of the report's period of its size."""
    if not published:
        return
    for d in dates:
        t = d.time
        if t.precision not in ("year", "quarter", "month") or not t.start or not t.end:
            continue
        if not _SINCE.search(text[max(0, d.start - _WINDOW):d.start]) or _BOUNDED.match(text, d.end):
            continue
        end = _period_end(published, t.precision)
        if end is None or end <= t.end:
            continue
        d.time = TimeRef(t.start, end, t.precision, t.text)


__all__ = ["extend_since"]
