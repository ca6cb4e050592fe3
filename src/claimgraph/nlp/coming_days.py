"""Weekdays still to come: "will summon the envoy on Wednesday", "встреча состоится в четверг".

A bare weekday in news is the latest such day on or before the report's day; told after a word of
the future in its sentence, it is the first such day on or after the day it is counted from: the
last single day the sentence named before it ("said on Tuesday it would summon him on Wednesday":
the Wednesday after that Tuesday), else the report's day. "Ahead of Monday's visit" says nothing of
the tense: that Monday stays the latest one.
"""
from __future__ import annotations

import datetime as dt
import re

from claimgraph.model import TimeRef
from claimgraph.nlp.doc import DateMention, report_day

#: words of the future that put a weekday after them ahead (lower case, whole words)
FUTURE_CUES: dict[str, re.Pattern[str]] = {
    "en": re.compile(r"(?i)\b(?:will|would|shall|is\s+due|are\s+due|is\s+expected|are\s+expected|is\s+scheduled"
                     r"|are\s+scheduled|is\s+set\s+to|are\s+set\s+to|plans?\s+to|planned\s+for|scheduled\s+for"
                     r"|to\s+be\s+held)\b|'ll\b"),
    "ru": re.compile(r"(?i)(?<![а-яё])(?:будет|будут|состоится|состоятся|пройд[её]т|пройдут|планиру[ею]т|планируется"
                     r"|намерен[аы]?|собирается|собираются|ожидается|ожидаются|запланирован[аоы]?|назначен[аоы]?)"
                     r"(?![а-яё])"),
}
#: a saying or a closed quotation between the word of the future and the weekday: the weekday dates the
#: saying ("Russia will respond, the ministry said on Monday")
_SAID = re.compile(r"(?i)\b(?:said|says|told|stated|announced|added|noted|wrote|reported|confirmed)\b|[”»\"]"
                   r"|(?<![а-яё])(?:заявил|сообщил|сказал|отметил|рассказал|подчеркнул|добавил|написал|пишет|передает"
                   r"|передаёт|сообщает|заявляет|подтвердил)[а-яё]*")
#: weekday names (lower-case beginnings), Monday first
_WEEKDAYS = {
    "en": ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
    "ru": ("понедельник", "вторник", "сред", "четверг", "пятниц", "суббот", "воскресень"),
}
#: how far back in its sentence a word of the future reaches a weekday
_REACH = 90


def _weekday(text: str, lang: str) -> int | None:
    w = text.lower().strip()
    return next((n for n, name in enumerate(_WEEKDAYS.get(lang, ())) if w.startswith(name)), None)



def redate_coming_weekdays(text: str, lang: str, dates: list[DateMention], anchor: str | None) -> None:
    """Move each weekday told after a word of the future (in its sentence, with no other date between)
    to the first such day on or after the day it counts from."""
    cue = FUTURE_CUES.get(lang)
    if cue is None:
        return
    report = report_day(anchor)
    for k, d in enumerate(dates):
        weekday = _weekday(d.text, lang)
        if weekday is None or d.day is None:
            continue
        lo = max(dates[k - 1].end if k else 0, d.start - _REACH)
        before = text[lo:d.start]
        cut = max(before.rfind(". "), before.rfind("\n"), before.rfind("? "), before.rfind("! "))
        before = before[cut + 1:] if cut >= 0 else before
        last = None
        for last in cue.finditer(before):
            pass
        if last is None or _SAID.search(before, last.end()):
            continue
        prior = dates[k - 1].day if k and "\n" not in text[dates[k - 1].end:d.start] and not re.search(
            r"[.!?]\s", text[dates[k - 1].end:d.start]) else None
        base = prior or report
        if base is None:
            continue
        day = (base + dt.timedelta(days=(weekday - base.weekday()) % 7)).isoformat()
        d.time = TimeRef(day, day, "day", d.time.text)


__all__ = ["FUTURE_CUES", "redate_coming_weekdays"]
