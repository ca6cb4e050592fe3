"""Times as intervals of whole ISO days with a precision, and the publication date they count from.

"21 July 2025" is 2025-07-21..2025-07-21 (day), "in March" 2025-03-01..2025-03-31 (month), "at the
end of 2024" the fourth quarter 2024-10-01..2024-12-31 (quarter). A relative day needs the
publication date (:class:`Base`); when only part of it is known the precision drops to what is
known (:func:`lowered`).
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from claimgraph.model import TimeRef


@dataclass(slots=True)
class Base:
    """What is known of the publication date; any part may be missing."""

    year: int | None = None
    month: int | None = None
    day: int | None = None

    @classmethod
    def parse(cls, published: str | None) -> Base:
        if not published:
            return cls()
        m = re.match(r"\s*(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?", published)
        if not m:
            return cls()
        year = int(m.group(1))
        month = int(m.group(2)) if m.group(2) else None
        day = int(m.group(3)) if m.group(3) else None
        if month is not None and not 1 <= month <= 12:
            month = day = None
        if day is not None and month is not None and not 1 <= day <= calendar.monthrange(year, month)[1]:
            day = None
        return cls(year, month, day)

    @property
    def date(self) -> dt.date | None:
        if self.year and self.month and self.day:
            return dt.date(self.year, self.month, self.day)
        return None


def day_time(y: int, m: int, d: int) -> TimeRef | None:
    """One day; none for a day the calendar does not have."""
    try:
        iso = dt.date(y, m, d).isoformat()
    except ValueError:
        return None
    return TimeRef(iso, iso, "day")


def days_time(a: dt.date, b: dt.date) -> TimeRef:
    """The days from ``a`` to ``b``, at day precision."""
    return TimeRef(a.isoformat(), b.isoformat(), "day")


def month_time(y: int, m: int, m2: int | None = None) -> TimeRef | None:
    """Month ``m`` (to month ``m2``) of year ``y``; none for a month out of range."""
    if not (1 <= m <= 12 and 1 <= (m2 or m) <= 12 and 1 <= y <= 9999):
        return None
    last = m2 or m
    return TimeRef(f"{y:04d}-{m:02d}-01", f"{y:04d}-{last:02d}-{calendar.monthrange(y, last)[1]:02d}", "month")


def quarter_time(y: int, q: int, q2: int | None = None) -> TimeRef:
    """Quarter ``q`` (to quarter ``q2``) of year ``y``."""
    last = q2 or q
    end_month = last * 3
    return TimeRef(f"{y:04d}-{(q - 1) * 3 + 1:02d}-01",
                   f"{y:04d}-{end_month:02d}-{calendar.monthrange(y, end_month)[1]:02d}", "quarter")


def year_time(y: int, y2: int | None = None) -> TimeRef:
    """Year ``y`` (to year ``y2``)."""
    return TimeRef(f"{y:04d}-01-01", f"{(y2 or y):04d}-12-31", "year")


def shift_month(y: int, m: int, delta: int) -> tuple[int, int]:
    """The year and month ``delta`` months after month ``m`` of year ``y``."""
    k = y * 12 + (m - 1) + delta
    return k // 12, k % 12 + 1


def lowered(base: Base, need_day: Callable[[dt.date], TimeRef | None]) -> TimeRef | None:
    """A day-level relative time, or the publication month/year when only that much is known."""
    if base.date is not None:
        return need_day(base.date)
    if base.year and base.month:
        return month_time(base.year, base.month)
    if base.year:
        return year_time(base.year)
    return None


def week_of(day: dt.date, weeks: int = 0) -> TimeRef:
    """Monday to Sunday of the week of ``day``, moved by ``weeks`` weeks."""
    monday = day - dt.timedelta(days=day.weekday()) + dt.timedelta(weeks=weeks)
    return days_time(monday, monday + dt.timedelta(days=6))


def normalized(time: TimeRef) -> str | None:
    """A compact label of a time: "2025-07-21", "2025-03", "2024-Q4", "2024", or a start/end pair."""
    if not time.start or not time.end:
        return None
    if time.precision == "day":
        return time.start if time.start == time.end else f"{time.start}/{time.end}"
    if time.precision == "month":
        a, b = time.start[:7], time.end[:7]
        return a if a == b else f"{a}/{b}"
    if time.precision == "quarter":
        qa = (int(time.start[5:7]) - 1) // 3 + 1
        qb = (int(time.end[5:7]) - 1) // 3 + 1
        return f"{time.start[:4]}-Q{qa}" if qa == qb else f"{time.start[:4]}-Q{qa}/Q{qb}"
    a, b = time.start[:4], time.end[:4]
    return a if a == b else f"{a}/{b}"
