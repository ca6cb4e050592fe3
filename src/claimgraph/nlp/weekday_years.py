"""The year a weekday confirms: "у вівторок 2 квітня 2024" told as "у вівторок 2 квітня" in a report
of unknown date that mentions 2024 elsewhere.

A day and month without a year take the publication year; with no publication date they stay
unresolved. Named with its weekday, though, a day and month fall on that weekday only once in five
to eleven years, so a year the report itself mentions is confirmed as theirs when the day falls on
that weekday in it: the latest such year, up to the day of reading. Without a year in the text
nothing is guessed — an archived report read years later would otherwise be put in a recent year.
"""
from __future__ import annotations

import datetime as dt
import functools
import re

_YEAR = re.compile(r"(?<![\d.,/])((?:19|20)\d\d)(?![\d%]|[.,]\d)")

#: lower-case beginnings of the weekday names, Monday first, by language
WEEKDAY_STEMS: dict[str, tuple[tuple[str, ...], ...]] = {
    "en": (("monday",), ("tuesday",), ("wednesday",), ("thursday",), ("friday",), ("saturday",), ("sunday",)),
    "ru": (("понедельник",), ("вторник",), ("сред",), ("четверг",), ("пятниц",), ("суббот",), ("воскресень",)),
    "uk": (("понеділ",), ("вівтор",), ("серед",), ("четвер",), ("п'ятниц", "п’ятниц", "пятниц"), ("субот",),
           ("неділ",)),
    "be": (("панядзел",), ("аўтор",), ("серад",), ("чацвер",), ("пятніц",), ("субот",), ("нядзел",)),
    "pl": (("poniedział",), ("wtor",), ("środ",), ("czwart",), ("piąt",), ("sobot",), ("niedziel",)),
    "de": (("montag",), ("dienstag",), ("mittwoch",), ("donnerstag",), ("freitag",), ("samstag", "sonnabend"),
           ("sonntag",)),
    "bg": (("понеделник",), ("вторник",), ("сряда", "сряд"), ("четвъртък",), ("петък",), ("събота",), ("неделя",)),
    "ro": (("luni",), ("marți", "marti"), ("miercuri",), ("joi",), ("vineri",), ("sâmbăt", "sambat"), ("duminic",)),
    "et": (("esmaspäev",), ("teisipäev",), ("kolmapäev",), ("neljapäev",), ("reede",), ("laupäev",), ("pühapäev",)),
}
#: the word just before a date, with what may stand between it and the date
_LAST_WORD = re.compile(r"([^\W\d_][\w'’]*)\s*,?\s*(?:the\s+|den\s+)?$")
_WINDOW = 30


def weekday_before(text: str, start: int, lang: str) -> int | None:
    """The weekday (0 = Monday) named right before the date at ``start``, if any."""
    stems = WEEKDAY_STEMS.get(lang)
    if not stems:
        return None
    m = _LAST_WORD.search(text[max(0, start - _WINDOW):start])
    if not m:
        return None
    word = m.group(1).lower()
    return next((n for n, forms in enumerate(stems) if any(word.startswith(f) for f in forms)), None)


@functools.lru_cache(maxsize=16)
def years_in(text: str) -> frozenset[int]:
    """The years a text writes out in figures."""
    return frozenset(int(y) for y in _YEAR.findall(text))


def year_of_weekday(month: int, day: int, weekday: int, years: frozenset[int] | set[int],
                    today: dt.date | None = None) -> int | None:
    """The latest of ``years``, on or before ``today``, in which ``day`` ``month`` is that weekday."""
    today = today or dt.date.today()
    for year in sorted(years, reverse=True):
        try:
            date = dt.date(year, month, day)
        except ValueError:
            continue
        if date <= today and date.weekday() == weekday:
            return year
    return None


__all__ = ["WEEKDAY_STEMS", "weekday_before", "year_of_weekday", "years_in"]
