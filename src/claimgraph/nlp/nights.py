"""The night a report tells of: "last night", "overnight", "этой ночью", "в ходе ночной атаки".

News of a night's strikes is filed the morning after, and the night is dated by the day it ends on:
"the night of 25 November", "в ночь на 25 ноября" are the 25th. A night the report names without
a date is the one that ended on the report's day (its dateline's, else its publication day): "the
drones entered overnight" in a report of 25 November entered on the 25th; "в ночь на среду" is the
latest Wednesday on or before the report's day. Without the report's day the expression stays a
Date mention with no time: a day is never invented. Nights of habit ("nightly raids", "ночные
атаки"), nights of another day ("the night before the summit") and nights their weekday or date
names ("overnight into Wednesday", "overnight on 5 May") are not matched here.
"""
from __future__ import annotations

import datetime as dt
import re

from claimgraph.model import TimeRef
from claimgraph.nlp.doc import DateMention, report_day

#: nouns of a night's violence an adjective "ночной" dates ("ночной атаки", "ночного удара")
_STRIKES_RU = r"(?:атак[аиуеойю]|удар[аеуом]?|обстрел[аеуом]?|нал[её]т[аеуом]?|нападени[еяюи])"
PATTERNS: dict[str, re.Pattern[str]] = {
    "en": re.compile(r"(?i)\b(?:last\s+night|overnight)\b(?!\s+(?:stays?|bags?|trips?|shifts?|flights?|camps?)\b)"
                     r"(?!,?\s+(?:(?:into|to|on|of|from|between)\s+)?(?:the\s+)?(?:\d|(?-i:[A-Z])[a-z]+day\b))"),
    "ru": re.compile(r"(?i)(?<![а-яё])(?:(?:этой|минувшей|прошлой|прошедшей)\s+ночью"
                     r"|ночн(?:ой|ую|ого|ом)(?=\s+(?:массированн[а-яё]+\s+|комбинированн[а-яё]+\s+)?" + _STRIKES_RU
                     + r"(?![а-яё])))(?![а-яё])"),
}


#: "в ночь на среду", "в ночь с понедельника на вторник": the night ending on that weekday
NIGHT_TO_WEEKDAY = re.compile(r"(?i)(?<![а-яё])в\s+(?P<night>ночь\s+(?:с\s+[а-яё]+\s+)?на\s+(?P<wd>понедельник|вторник|среду|четверг"
                              r"|пятницу|субботу|воскресенье))(?![а-яё])")
_WEEKDAYS_RU = ("понедельник", "вторник", "среду", "четверг", "пятницу", "субботу", "воскресенье")


def _night_to_weekday(text: str, report: dt.date | None) -> list[DateMention]:
    """"в ночь на среду": the latest such weekday on or before the report's day."""
    out: list[DateMention] = []
    for m in NIGHT_TO_WEEKDAY.finditer(text):
        wd = _WEEKDAYS_RU.index(m.group("wd").lower())
        day = (report - dt.timedelta(days=(report.weekday() - wd) % 7)).isoformat() if report else None
        said = m.group("night")
        out.append(DateMention(m.start("night"), m.end(), said, TimeRef(day, day, "day", said) if day else TimeRef(text=said)))
    return out


def add_nights(text: str, lang: str, dates: list[DateMention], anchor: str | None) -> list[DateMention]:
    """``dates`` with the nights of ``text`` added (text order), each the report's day ``anchor``."""
    pattern = PATTERNS.get(lang)
    if pattern is None:
        return dates
    report = report_day(anchor)
    day = report.isoformat() if report else None
    taken = [(d.start, d.end) for d in dates]
    found = [DateMention(m.start(), m.end(), m.group(0),
                         TimeRef(day, day, "day", m.group(0)) if day else TimeRef(text=m.group(0)))
             for m in pattern.finditer(text) if not any(a < m.end() and m.start() < b for a, b in taken)]
    if lang == "ru":
        weekdays = _night_to_weekday(text, dt.date.fromisoformat(day) if day else None)
        found += [d for d in weekdays if not any(a < d.end and d.start < b for a, b in taken)]
    return sorted(dates + found, key=lambda d: d.start) if found else dates


__all__ = ["PATTERNS", "add_nights"]
