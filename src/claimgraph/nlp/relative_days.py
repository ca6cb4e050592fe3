"""Days counted from a day the text told before: "two days earlier", "a day later", "накануне этого".

"The plant opened on March 4. Two days earlier the minister visited" puts the visit on March 2.
The day counted from is the closest single day the text resolved before the expression; without
one it is the report's own day (its dateline or publication date). With neither, the expression
stays a Date mention with no time: a day is never invented.
"""
from __future__ import annotations

import datetime as dt
import re

from claimgraph.model import TimeRef
from claimgraph.nlp.doc import DateMention, report_day

_N_EN = (r"(?P<n>a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})")
_N_RU = r"(?P<n>двумя|тремя|четырьмя|пятью|шестью|семью|\d{1,2})"
_COUNT = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
          "eight": 8, "nine": 9, "ten": 10, "двумя": 2, "тремя": 3, "четырьмя": 4, "пятью": 5, "шестью": 6,
          "семью": 7, "два": 2, "две": 2, "три": 3, "четыре": 4, "пять": 5}

PATTERNS: dict[str, re.Pattern[str]] = {
    "en": re.compile(
        r"\b(?:" + _N_EN + r"\s+(?P<unit>days?|weeks?)\s+(?P<dir>earlier|later|afterwards"
        r"|(?:before|after)(?!\s+(?:the|a|an|his|her|its|their|this|that|(?-i:[A-Z0-9]))))"
        r"|(?P<fixed>the\s+(?:next|following|previous|preceding)\s+day|the\s+day\s+(?:before|after)"
        r"(?!\s+(?:the|a|an|his|her|its|their|this|that|(?-i:[A-Z0-9])))))\b", re.IGNORECASE),
    "ru": re.compile(
        r"(?<![а-яё])(?:" + _N_RU + r"\s+(?P<unit>днями|неделями)\s+(?P<dir>ранее|раньше|позже|позднее)"
        r"|(?P<unit1>дн[её]м|неделей)\s+(?P<dir1>ранее|раньше|позже|позднее)"
        r"|(?:спустя|через)\s+(?P<n2>два|две|три|четыре|пять|\d{1,2})\s+(?P<unit2>дня|дней|недели|недель)"
        r"(?=\s*[,.]|\s+после\s+этого)"
        r"|(?P<fixed>на\s+следующий\s+день|на\s+другой\s+день|за\s+день\s+до\s+этого|днем\s+позже))(?![а-яё])",
        re.IGNORECASE),
}

_FIXED = {"next": 1, "following": 1, "after": 1, "previous": -1, "preceding": -1, "before": -1,
          "следующий": 1, "другой": 1, "до": -1, "позже": 1}


def _offset(m: re.Match[str]) -> int | None:
    """Signed days the expression counts, or None when it is not one of ours."""
    g = m.groupdict()
    if g.get("fixed"):
        words = g["fixed"].lower().split()
        return next((v for w in words for k, v in _FIXED.items() if w == k), None)
    raw = (g.get("n") or g.get("n2") or "1").lower()
    n = int(raw) if raw.isdigit() else _COUNT.get(raw)
    unit = (g.get("unit") or g.get("unit1") or g.get("unit2") or "").lower()
    if n is None or not unit:
        return None
    if unit.startswith(("week", "недел")):
        n *= 7
    direction = (g.get("dir") or g.get("dir1") or "").lower()
    if g.get("n2"):
        return n  # "спустя два дня": after
    return -n if direction in ("earlier", "before", "ранее", "раньше") else n


def _single_day(d: DateMention) -> dt.date | None:
    t = d.time
    if t.precision == "day" and t.start and t.start == t.end:
        try:
            return dt.date.fromisoformat(t.start)
        except ValueError:
            return None
    return None


def add_relative_days(text: str, lang: str, dates: list[DateMention], anchor: str | None) -> list[DateMention]:
    """``dates`` with the day-counting expressions of ``text`` added and resolved, in text order."""
    pattern = PATTERNS.get(lang)
    if pattern is None:
        return dates
    found: list[DateMention] = []
    offsets: dict[int, int] = {}
    taken = [(d.start, d.end) for d in dates]
    for m in pattern.finditer(text):
        if any(a < m.end() and m.start() < b for a, b in taken):
            continue
        offset = _offset(m)
        if offset is None:
            continue
        found.append(DateMention(m.start(), m.end(), m.group(0), TimeRef(text=m.group(0))))
        offsets[id(found[-1])] = offset
    if not found:
        return dates
    merged = sorted(dates + found, key=lambda d: d.start)
    fallback = report_day(anchor)
    last: dt.date | None = None
    for d in merged:
        offset = offsets.get(id(d))
        if offset is not None:
            base = last or fallback
            if base is None:
                d.time = TimeRef(text=d.text)
                continue
            day = (base + dt.timedelta(days=offset)).isoformat()
            d.time = TimeRef(day, day, "day", d.text)
        day = _single_day(d)
        if day is not None:
            last = day
    return merged


__all__ = ["PATTERNS", "add_relative_days"]
