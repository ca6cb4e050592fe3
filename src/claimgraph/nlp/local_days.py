"""Weekdays and day words of languages read without a parser: "у четвер", "w czwartek", "am
Donnerstag", "вчора", "напередодні", "вночі", "wczoraj", "gestern".

As in English and Russian, a weekday told in news is the latest such day on or before the report's
day, and "yesterday" is the day before it. Both need the report's day: without a full publication
date they give nothing (a day is never invented).
"""
from __future__ import annotations

import datetime as dt
import re

from claimgraph.model import TimeRef
from claimgraph.nlp.doc import report_day

#: the prepositions a weekday takes when it dates something ("у четвер", "w czwartek", "am Montag")
_BEFORE_WEEKDAY: dict[str, str] = {
    "uk": r"(?:у|в)", "be": r"(?:у|ў|в)", "pl": r"(?:w|we)", "de": r"(?:am|vom)", "bg": r"(?:в|във)",
}
#: the forms a weekday takes after those prepositions, Monday first
WEEKDAYS: dict[str, tuple[tuple[str, ...], ...]] = {
    "uk": (("понеділок",), ("вівторок",), ("середу",), ("четвер",), ("п'ятницю", "п’ятницю"), ("суботу",),
           ("неділю",)),
    "be": (("панядзелак",), ("аўторак",), ("сераду",), ("чацвер",), ("пятніцу",), ("суботу",), ("нядзелю",)),
    "pl": (("poniedziałek",), ("wtorek",), ("środę",), ("czwartek",), ("piątek",), ("sobotę",), ("niedzielę",)),
    "de": (("montag",), ("dienstag",), ("mittwoch",), ("donnerstag",), ("freitag",), ("samstag", "sonnabend"),
           ("sonntag",)),
    "bg": (("понеделник",), ("вторник",), ("сряда",), ("четвъртък",), ("петък",), ("събота",), ("неделя",)),
}
#: a German weekday may carry its part of the day ("am Donnerstagabend")
_DAY_PARTS = ("", "abend", "morgen", "nachmittag", "vormittag", "nacht")
#: day words and the days they count from the report's day
DAY_WORDS: dict[str, dict[str, int]] = {
    "uk": {"сьогодні": 0, "вчора": -1, "учора": -1, "позавчора": -2, "завтра": 1, "напередодні": -1,
           "вночі": 0, "уночі": 0},
    "be": {"сёння": 0, "учора": -1, "ўчора": -1, "пазаўчора": -2, "заўтра": 1, "напярэдадні": -1,
           "уначы": 0, "ўначы": 0},
    "pl": {"dzisiaj": 0, "dziś": 0, "wczoraj": -1, "przedwczoraj": -2, "jutro": 1},
    "de": {"heute": 0, "gestern": -1, "vorgestern": -2},  # "Morgen" is also the morning
    "bg": {"днес": 0, "вчера": -1, "завчера": -2, "утре": 1},
}
_WORD = re.compile(r"[^\W\d_][\w'’]*")
#: what makes Russian "накануне" "on the eve of": a noun or name in the genitive after it ("накануне
#: визита", "накануне выборов", "накануне Рождества"), not a past verb ("накануне заявил", "заявили",
#: "встретился") or a subject ("накануне Путин", "накануне Минобороны")
EVE_NOUN_AFTER = r"(?!\s+(?!минобороны)[а-яё]*(?:[ыую]|[^л]и|(?<!с)я|[^л]а|ов|ев)(?![а-яё]))"
#: "the day before" words that are "on the eve of" before a noun ("напередодні візиту"): a noun in
#: the genitive after them ends so ("візиту", "Дня", "свята"); a past verb ("напередодні порушив",
#: "впала", "сталася") or a subject ("напередодні Зеленський") does not
_EVE = frozenset({"напередодні", "напярэдадні"})
#: "вночі" is the night that ended on the report's day, unless a date or weekday after it names the
#: night ("вночі проти 25 листопада", "вночі на середу")
_NIGHTS = frozenset({"вночі", "уночі", "уначы", "ўначы"})
_NAMED_NIGHT = re.compile(r"(?i)\s+(?:проти|на|з|із|до|з\s+\S+\s+на|супраць)\s")
_GENITIVE_AFTER = re.compile(r"(?i)(?:\s+|\s*[«\"])[^\W\d_]*(?:[уюіїы]|[^с]я|[^л]а)(?![\w'’])")


def local_days(text: str, lang: str, published: str | None) -> list[tuple[int, int, TimeRef]]:
    """``(start, end, time)`` of the weekdays and day words of ``text`` in ``lang``."""
    day = report_day(published)
    forms, words = WEEKDAYS.get(lang), DAY_WORDS.get(lang)
    if day is None or forms is None or words is None or lang not in _BEFORE_WEEKDAY:
        return []
    weekday_of = {f + part: n for n, names in enumerate(forms) for f in names
                  for part in (_DAY_PARTS if lang == "de" else ("",))}
    preposition = re.compile(r"(?i)(?<![^\W\d_])" + _BEFORE_WEEKDAY[lang] + r"\s+$")
    out: list[tuple[int, int, TimeRef]] = []
    for m in _WORD.finditer(text):
        word = m.group(0).lower()
        if word in _EVE and _GENITIVE_AFTER.match(text, m.end()):
            continue  # "напередодні візиту": before the visit, not the day before the report
        if word in _NIGHTS and _NAMED_NIGHT.match(text, m.end()):
            continue
        if word in words:
            d = day + dt.timedelta(days=words[word])
        else:
            weekday = weekday_of.get(word)
            if weekday is None:
                continue
            if not preposition.search(text[max(0, m.start() - 5):m.start()]):
                continue
            d = day - dt.timedelta(days=(day.weekday() - weekday) % 7)
        iso = d.isoformat()
        out.append((m.start(), m.end(), TimeRef(iso, iso, "day", m.group(0))))
    return out


__all__ = ["DAY_WORDS", "WEEKDAYS", "local_days"]
