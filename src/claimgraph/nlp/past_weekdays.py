"""Weekdays of the week before: "last Thursday", "в прошлую среду", "в минувший понедельник".

A bare weekday is the latest such day on or before the report's day; "last Thursday" in a report
of a Thursday is the Thursday a week before, and "в прошлую среду" the latest Wednesday before
the report's day (never the day itself).
"""
from __future__ import annotations

import datetime as dt
import re

from claimgraph.model import TimeRef
from claimgraph.nlp.doc import DateMention, report_day

_LAST_EN = re.compile(r"(?i)\blast\s+$")
_LAST_RU = re.compile(r"(?i)(?<![а-яё])в\s+(?:прошл|минувш|прошедш)(?:ую|ый|ий|ое)\s+(?P<wd>понедельник|вторник|среду"
                      r"|четверг|пятницу|субботу|воскресенье)(?![а-яё])")
_WEEKDAYS = {
    "en": ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
    "ru": ("понедельник", "вторник", "среду", "четверг", "пятницу", "субботу", "воскресенье"),
}


def _before(report: dt.date, weekday: int) -> str:
    """The latest such weekday strictly before the report's day."""
    return (report - dt.timedelta(days=(report.weekday() - weekday - 1) % 7 + 1)).isoformat()


def last_weekdays(text: str, lang: str, dates: list[DateMention], anchor: str | None) -> list[DateMention]:
    """``dates`` with "last Thursday" moved before the report's day and "в прошлую среду" added."""
    report = report_day(anchor)
    if report is None or lang not in _WEEKDAYS:
        return dates
    if lang == "en":
        for d in dates:
            w = d.text.lower()
            if w in _WEEKDAYS["en"] and _LAST_EN.search(text, max(0, d.start - 6), d.start):
                day = _before(report, _WEEKDAYS["en"].index(w))
                d.time = TimeRef(day, day, "day", d.time.text)
        return dates
    taken = [(d.start, d.end) for d in dates]
    found: list[DateMention] = []
    for m in _LAST_RU.finditer(text):
        start = m.start() + 2  # the expression without its preposition
        if any(a < m.end() and start < b for a, b in taken):
            continue
        day = _before(report, _WEEKDAYS["ru"].index(m.group("wd").lower()))
        found.append(DateMention(start, m.end(), text[start:m.end()], TimeRef(day, day, "day", text[start:m.end()])))
    return sorted(dates + found, key=lambda d: d.start) if found else dates


__all__ = ["last_weekdays"]
