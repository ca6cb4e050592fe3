"""Time references as closed date intervals, so "March 2024" and "12 March" can be compared."""
from __future__ import annotations

import calendar
import datetime as dt

from claimgraph.model import TimeRef

Span = tuple[dt.date, dt.date]


def parse_date(text: str | None) -> dt.date | None:
    """The first day of an ISO date, month (``2024-03``) or year (``2024``); None if unreadable."""
    if not text:
        return None
    text = str(text).strip()[:10]
    try:
        if len(text) >= 10:
            return dt.date.fromisoformat(text)
        if len(text) == 7:
            return dt.date(int(text[:4]), int(text[5:7]), 1)
        if len(text) == 4:
            return dt.date(int(text), 1, 1)
    except ValueError:
        return None
    return None


def _end_of(start: dt.date, precision: str | None) -> dt.date:
    if precision == "year":
        return dt.date(start.year, 12, 31)
    if precision == "quarter":
        last = ((start.month - 1) // 3) * 3 + 3
        return dt.date(start.year, last, calendar.monthrange(start.year, last)[1])
    if precision == "month":
        return dt.date(start.year, start.month, calendar.monthrange(start.year, start.month)[1])
    return start


def span_of(time: TimeRef | None) -> Span | None:
    """The interval a time reference covers, widened to its precision (a month is 1st-31st)."""
    if time is None:
        return None
    start = parse_date(time.start)
    if start is None:
        return None
    end = parse_date(time.end) if time.end else None
    end = _end_of(end or start, time.precision)
    return (start, end) if end >= start else (end, start)


def day_span(published: str | None) -> Span | None:
    day = parse_date(published)
    return (day, day) if day else None


def gap_days(a: Span, b: Span) -> int:
    """Days between two intervals (0 when they overlap)."""
    if a[1] < b[0]:
        return (b[0] - a[1]).days
    if b[1] < a[0]:
        return (a[0] - b[1]).days
    return 0


def width_days(a: Span) -> int:
    return (a[1] - a[0]).days + 1


def describe(time: TimeRef | None) -> str:
    """A short human form: "2024-03", "2024-03-12", "2024-03-01..2024-06-30"."""
    if time is None or not time.start:
        return "unknown time"
    if time.precision == "month":
        return time.start[:7]
    if time.precision == "year":
        return time.start[:4]
    if time.end and time.end != time.start:
        return f"{time.start}..{time.end}"
    return time.start


#: Days a date may lie after its report's own date (time zones, a date given on the wire later).
AFTER_REPORT_SLACK_DAYS = 7


def after_report(time: TimeRef | None, published: str | None) -> bool:
    """Whether a time begins well after the day its report was published: told as done, such a
    date is misread ("met him for the third time since coming to power in July", read as this
    July)."""
    span, day = span_of(time), parse_date(published)
    return bool(span and day and (span[0] - day).days > AFTER_REPORT_SLACK_DAYS)
