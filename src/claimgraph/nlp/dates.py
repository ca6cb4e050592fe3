"""Date expressions in English and Russian, resolved against the publication date.

A resolved time is an interval of whole ISO days with a precision: "21 July 2025" is
2025-07-21..2025-07-21 (day), "in March" is 2025-03-01..2025-03-31 (month), "at the end of 2024"
is the fourth quarter 2024-10-01..2024-12-31 (quarter), "mid-2024" the second and third quarters,
"last week" the Monday..Sunday before the publication week (day precision, an interval).

Relative expressions ("yesterday", "in March of this year", "в прошлом году") need the
publication date. When only part of it is known the precision drops to what is known ("yesterday"
in a document dated only 2025-03 becomes March 2025); when nothing is known the expression is kept
as a Date mention with an unresolved time. A day is never invented: a month stays a month.

The rules are regular expressions, each run once over the text, so the cost is linear in its
length. A bare month ("in July") takes the publication year.

A wire dateline ("MINSK, 6 March (BelTA) –", "МИНСК, 6 марта. /ТАСС/.") moves the anchor to the
day the report was filed (:mod:`claimgraph.nlp.datelines`); without a publication date, a page's
own date stamp on one of its first lines stands in for it. "Two days earlier", "этой ночью", "will
meet on Thursday" count from another day (:mod:`claimgraph.nlp.anchored_days`).
"""
from __future__ import annotations

import bisect
import calendar
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from claimgraph.model import Mention, TimeRef
from claimgraph.nlp.doc import AnalyzedDoc, DateMention
from claimgraph.nlp.quoted_days import redate_quoted_days
from claimgraph.nlp.local_days import EVE_NOUN_AFTER, local_days
from claimgraph.nlp.since_periods import extend_since
from claimgraph.nlp.weekday_years import weekday_before, year_of_weekday, years_in

EXTRACTOR = "claimgraph.dates.v1"
VERSION = "1"

MONTHS_EN = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "oct": 10, "nov": 11, "dec": 12,
}
MONTHS_RU = {
    "январ": 1, "феврал": 2, "март": 3, "апрел": 4, "ма": 5, "июн": 6, "июл": 7, "август": 8,
    "сентябр": 9, "октябр": 10, "ноябр": 11, "декабр": 12,
}
WEEKDAYS_EN = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
               "saturday": 5, "sunday": 6}
WEEKDAYS_RU = {"понедельник": 0, "вторник": 1, "сред": 2, "четверг": 3, "пятниц": 4, "суббот": 5,
               "воскресень": 6}
ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
            "перв": 1, "втор": 2, "трет": 3, "четв": 4, "i": 1, "ii": 2, "iii": 3, "iv": 4}

# English month names are matched case-sensitively: "may" the verb is not May the month.
_M_EN = (r"(?-i:(?P<mon>(?:January|February|March|April|May|June|July|August|September|October"
         r"|November|December)\b|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b\.?))")
_M_RU = (r"(?P<mon>январ[ьяе]|феврал[ьяе]|март[ае]?|апрел[ьяе]|ма[йяе]|июн[ьяе]|июл[ьяе]"
         r"|август[ае]?|сентябр[ьяе]|октябр[ьяе]|ноябр[ьяе]|декабр[ьяе]"
         r"|(?:янв|фев|мар|апр|авг|сент|сен|окт|ноя|дек)(?![а-яё])\.?)(?![а-яё])")
#: abbreviated Russian months of wire datelines ("25 янв", "6 мар.")
MONTHS_RU_SHORT = {"янв": 1, "фев": 2, "мар": 3, "апр": 4, "авг": 8, "сен": 9, "сент": 9, "окт": 10,
                   "ноя": 11, "дек": 12}
_Y = r"(?P<y>(?:19|20)\d{2})(?!\d)"
_D = r"(?<![\d.,/])(?P<d>[0-3]?\d)"
#: the first day of a range of days ("21–22", "с 3 по 5")
_D1 = r"(?<![\d.,/])(?P<d1>[0-3]?\d)"
_DASH = r"\s*[-–—]\s*"
_YEAR_RU = r"(?:\s*(?:года|году|год|г\.|гг\.|г(?![а-яё])))"
_REL_EN = (r"(?P<rel>this|last|next|that|the\s+current|the\s+previous|the\s+past|the\s+next|the\s+same"
           r"|the\s+following|the)")
_REL_RU = (r"(?P<rel>этого|текущего|нынешнего|сего|прошлого|прошедшего|минувшего|предыдущего"
           r"|следующего|будущего|наступающего|того\s+же)")
_PART_EN = (r"(?P<part>end|beginning|start|middle|first\s+half|second\s+half|latter\s+half|early|late"
            r"|mid|close)")
_PART_RU = (r"(?P<part>конц[еау]|начал[еау]|середин[еыау]|перв(?:ой|ую)\s+половин[еуы]"
            r"|втор(?:ой|ую)\s+половин[еуы]|перв(?:ом|ое)\s+полугоди[еия]|втор(?:ом|ое)\s+полугоди[еия])")
_NUM_SMALL = (r"(?P<n>\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|"
              r"два|две|три|четыре|пять|шесть|семь|восемь|девять|десять|несколько)")
_SMALL = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
          "eight": 8, "nine": 9, "ten": 10, "twelve": 12, "два": 2, "две": 2, "три": 3, "четыре": 4,
          "пять": 5, "шесть": 6, "семь": 7, "восемь": 8, "девять": 9, "десять": 10}


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


# --- building times -------------------------------------------------------------------------

def day_time(y: int, m: int, d: int) -> TimeRef | None:
    try:
        iso = dt.date(y, m, d).isoformat()
    except ValueError:
        return None
    return TimeRef(iso, iso, "day")


def days_time(a: dt.date, b: dt.date) -> TimeRef:
    return TimeRef(a.isoformat(), b.isoformat(), "day")


def month_time(y: int, m: int, m2: int | None = None) -> TimeRef | None:
    if not (1 <= m <= 12 and 1 <= (m2 or m) <= 12 and 1 <= y <= 9999):
        return None
    last = m2 or m
    return TimeRef(f"{y:04d}-{m:02d}-01", f"{y:04d}-{last:02d}-{calendar.monthrange(y, last)[1]:02d}", "month")


def quarter_time(y: int, q: int, q2: int | None = None) -> TimeRef:
    last = q2 or q
    end_month = last * 3
    return TimeRef(f"{y:04d}-{(q - 1) * 3 + 1:02d}-01",
                   f"{y:04d}-{end_month:02d}-{calendar.monthrange(y, end_month)[1]:02d}", "quarter")


def year_time(y: int, y2: int | None = None) -> TimeRef:
    return TimeRef(f"{y:04d}-01-01", f"{(y2 or y):04d}-12-31", "year")


def _shift_month(y: int, m: int, delta: int) -> tuple[int, int]:
    k = y * 12 + (m - 1) + delta
    return k // 12, k % 12 + 1


def _month_number(word: str, lang: str) -> int | None:
    w = word.lower().rstrip(".")
    if lang == "ru":
        if w in MONTHS_RU_SHORT:
            return MONTHS_RU_SHORT[w]
        for stem, n in MONTHS_RU.items():
            if w.startswith(stem) and (stem != "ма" or w in ("май", "мая", "мае")):
                return n
        return None
    return MONTHS_EN.get(w[:3])


_ANAPHORIC = re.compile(r"\b(?:that|same)\s+year\b|(?<![а-яё])(?:того\s+же\s+года|том\s+же\s+году)", re.IGNORECASE)


def _rel_offset(rel: str | None) -> int:
    if not rel:
        return 0
    r = rel.lower()
    if any(k in r for k in ("last", "previous", "past", "прошл", "прошедш", "минувш", "предыдущ")):
        return -1
    if any(k in r for k in ("next", "following", "следующ", "будущ", "наступающ")):
        return 1
    return 0


def _part_time(part: str, y: int) -> TimeRef:
    """"end of 2024" is its fourth quarter; "mid-2024" the middle two quarters; halves are halves."""
    p = part.lower()
    if "half" in p or "половин" in p or "полугод" in p:
        first = p.startswith(("first", "перв"))
        return quarter_time(y, 1, 2) if first else quarter_time(y, 3, 4)
    if p.startswith(("end", "late", "close", "конц")):
        return quarter_time(y, 4)
    if p.startswith(("beginning", "start", "early", "начал")):
        return quarter_time(y, 1)
    return quarter_time(y, 2, 3)


def _lowered(base: Base, need_day: Callable[[dt.date], TimeRef | None]) -> TimeRef | None:
    """A day-level relative time, or the publication month/year when only that much is known."""
    if base.date is not None:
        return need_day(base.date)
    if base.year and base.month:
        return month_time(base.year, base.month)
    if base.year:
        return year_time(base.year)
    return None


def _week_of(day: dt.date, weeks: int = 0) -> TimeRef:
    monday = day - dt.timedelta(days=day.weekday()) + dt.timedelta(weeks=weeks)
    return days_time(monday, monday + dt.timedelta(days=6))


# --- rules ----------------------------------------------------------------------------------

Resolver = Callable[["re.Match[str]", Base, str], TimeRef | None]


def _r_dmy(m: re.Match[str], base: Base, lang: str) -> TimeRef | None:
    mon = _month_number(m.group("mon"), lang)
    return day_time(int(m.group("y")), mon, int(m.group("d"))) if mon else None


def _r_dm(m: re.Match[str], base: Base, lang: str) -> TimeRef | None:
    mon = _month_number(m.group("mon"), lang)
    if not mon or not 1 <= int(m.group("d")) <= 31:
        return None
    if base.year is None:  # "Tuesday, April 2" in a report of unknown date: a year the weekday confirms
        weekday = weekday_before(m.string, m.start(), lang)
        year = year_of_weekday(mon, int(m.group("d")), weekday, years_in(m.string)) if weekday is not None else None
        return day_time(year, mon, int(m.group("d"))) if year else None
    year = _year_of_month(base, mon)  # "on Dec. 6" in a May report: last December
    return day_time(year, mon, int(m.group("d"))) if year is not None else None


def _r_day_range(m: re.Match[str], base: Base, lang: str) -> TimeRef | None:
    """"21–22 июля 2025 года", "July 21-22", "с 3 по 5 марта": the days from the first to the last."""
    mon = _month_number(m.group("mon"), lang)
    if not mon:
        return None
    year = int(m.group("y")) if m.groupdict().get("y") else _year_of_month(base, mon)
    if year is None:
        return None
    first, last = day_time(year, mon, int(m.group("d1"))), day_time(year, mon, int(m.group("d")))
    if first is None or last is None or not (first.start or "") < (last.start or ""):
        return None
    return TimeRef(first.start, last.start, "day")


def _r_my(m: re.Match[str], base: Base, lang: str) -> TimeRef | None:
    mon = _month_number(m.group("mon"), lang)
    return month_time(int(m.group("y")), mon) if mon else None


def _r_month_rel(m: re.Match[str], base: Base, lang: str) -> TimeRef | None:
    mon = _month_number(m.group("mon"), lang)
    if not mon or base.year is None:
        return None
    return month_time(base.year + _rel_offset(m.group("rel")), mon)


def _r_rel_month_en(m: re.Match[str], base: Base, lang: str) -> TimeRef | None:
    """"last March" is the most recent March before the publication month; "next March" the coming one."""
    mon = _month_number(m.group("mon"), lang)
    if not mon or base.year is None:
        return None
    rel = _rel_offset(m.group("rel"))
    y = base.year
    if rel < 0 and base.month is not None and mon >= base.month:
        y -= 1
    elif rel > 0 and (base.month is None or mon <= base.month):
        y += 1
    return month_time(y, mon)


#: a bare month more than this many months after the publication month is last year's: news
#: published in January about "late December" reports the past, not the December to come
_MONTHS_AHEAD = 6


def _year_of_month(base: Base, mon: int) -> int | None:
    """The year of a month named without one: the publication year, or the year before when the
    month lies more than :data:`_MONTHS_AHEAD` months after the publication month."""
    if base.year is None:
        return None
    if base.month is not None and mon - base.month > _MONTHS_AHEAD:
        return base.year - 1
    return base.year


def _r_month(m: re.Match[str], base: Base, lang: str) -> TimeRef | None:
    mon = _month_number(m.group("mon"), lang)
    year = _year_of_month(base, mon) if mon else None
    return month_time(year, mon) if mon and year is not None else None


def _r_iso(m: re.Match[str], base: Base, lang: str) -> TimeRef | None:
    return day_time(int(m.group("y")), int(m.group("m")), int(m.group("d")))


def _r_slash_year(m: re.Match[str], base: Base, lang: str) -> TimeRef | None:
    a, b = int(m.group("a")), int(m.group("b"))
    month, day = (a, b) if lang == "en" and a <= 12 else (b, a)
    if month > 12:
        month, day = day, month
    return day_time(int(m.group("y")), month, day)


def _r_slash(m: re.Match[str], base: Base, lang: str) -> TimeRef | None:
    """"07/21": month/day in English, day/month otherwise, in the publication year."""
    a, b = int(m.group("a")), int(m.group("b"))
    month, day = (a, b) if lang != "ru" else (b, a)
    if month > 12 and day <= 12:
        month, day = day, month
    if base.year is None or not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return day_time(base.year, month, day)


def _r_year(m: re.Match[str], base: Base, lang: str) -> TimeRef | None:
    y2 = m.groupdict().get("y2")
    y = int(m.group("y"))
    if y2 and int(y2) > y:
        return year_time(y, int(y2))
    return year_time(y)


def _r_rel_year(m: re.Match[str], base: Base, lang: str) -> TimeRef | None:
    if base.year is None:
        return None
    return year_time(base.year + _rel_offset(m.group("rel")))


def _r_part_year(m: re.Match[str], base: Base, lang: str) -> TimeRef | None:
    if m.groupdict().get("y"):
        y = int(m.group("y"))
    elif base.year is not None:
        y = base.year + _rel_offset(m.groupdict().get("rel"))
    else:
        return None
    return _part_time(m.group("part"), y)


_SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11), "winter": (12, 14),
            "весн": (3, 5), "лет": (6, 8), "осен": (9, 11), "зим": (12, 14)}


def _r_season(m: re.Match[str], base: Base, lang: str) -> TimeRef | None:
    """A season is its three months (month precision); winter runs from December into the next year."""
    word = m.group("season").lower()
    first, last = next((v for k, v in _SEASONS.items() if word.startswith(k)), (0, 0))
    if not first:
        return None
    if m.groupdict().get("y"):
        y = int(m.group("y"))
    elif base.year is not None:
        y = base.year + _rel_offset(m.groupdict().get("rel"))
    else:
        return None
    if last > 12:
        return TimeRef(f"{y:04d}-12-01", f"{y + 1:04d}-02-{calendar.monthrange(y + 1, 2)[1]:02d}", "month")
    return month_time(y, first, last)


def _r_quarter(m: re.Match[str], base: Base, lang: str) -> TimeRef | None:
    q_word = m.group("q").lower()
    q = next((n for k, n in ORDINALS.items() if q_word.startswith(k) and (len(k) > 2 or q_word == k)), None)
    if q is None:
        q = int(q_word) if q_word.isdigit() and 1 <= int(q_word) <= 4 else None
    if q is None:
        return None
    if m.groupdict().get("y"):
        return quarter_time(int(m.group("y")), q)
    if base.year is None:
        return None
    return quarter_time(base.year + _rel_offset(m.groupdict().get("rel")), q)


def _r_rel_month(m: re.Match[str], base: Base, lang: str) -> TimeRef | None:
    if base.year is None or base.month is None:
        return year_time(base.year) if base.year and _rel_offset(m.group("rel")) == 0 else None
    y, mon = _shift_month(base.year, base.month, _rel_offset(m.group("rel")))
    return month_time(y, mon)


def _r_rel_week(m: re.Match[str], base: Base, lang: str) -> TimeRef | None:
    off = _rel_offset(m.group("rel"))
    if off == 0 and m.group(0).lower().startswith("earlier"):
        # "earlier this week": from Monday up to the day before publication (Monday itself on a Monday)
        return _lowered(base, lambda d: days_time(d - dt.timedelta(days=d.weekday()),
                                                  max(d - dt.timedelta(days=1), d - dt.timedelta(days=d.weekday()))))
    return _lowered(base, lambda d: _week_of(d, off))


_DAY_WORDS = {"yesterday": -1, "today": 0, "tomorrow": 1, "вчера": -1, "сегодня": 0, "завтра": 1, "накануне": -1,
              "позавчера": -2, "послезавтра": 2, "the day before yesterday": -2, "вчерашнего дня": -1,
              "позавчерашнего дня": -2, "сегодняшнего дня": 0}


def _r_day_word(m: re.Match[str], base: Base, lang: str) -> TimeRef | None:
    word = m.group("date") if m.groupdict().get("date") else m.group(0)
    delta = _DAY_WORDS.get(re.sub(r"\s+", " ", word.lower()))
    if delta is None:
        return None
    return _lowered(base, lambda d: days_time(d + dt.timedelta(days=delta), d + dt.timedelta(days=delta)))


def _r_weekday(m: re.Match[str], base: Base, lang: str) -> TimeRef | None:
    """"on Tuesday" in news is the latest Tuesday on or before the publication day."""
    w = m.group("wd").lower()
    table = WEEKDAYS_RU if lang == "ru" else WEEKDAYS_EN
    wd = next((n for k, n in table.items() if w.startswith(k)), None)
    if wd is None:
        return None

    def latest(d: dt.date) -> TimeRef:
        back = (d.weekday() - wd) % 7
        day = d - dt.timedelta(days=back)
        return days_time(day, day)

    return _lowered(base, latest)


def _r_ago(m: re.Match[str], base: Base, lang: str) -> TimeRef | None:
    raw = m.group("n").lower() or "1"
    if raw == "несколько":
        return None
    n = int(raw) if raw.isdigit() else _SMALL.get(raw)
    unit = m.group("unit").lower()
    if n is None or n > 500:
        return None
    if unit.startswith(("day", "дн", "ден", "сут")):
        return _lowered(base, lambda d: days_time(d - dt.timedelta(days=n), d - dt.timedelta(days=n)))
    if unit.startswith(("week", "недел")):
        return _lowered(base, lambda d: _week_of(d, -n))
    if unit.startswith(("month", "месяц")):
        if base.year is None or base.month is None:
            return None
        return month_time(*_shift_month(base.year, base.month, -n))
    if base.year is None:
        return None
    return year_time(base.year - n)


@dataclass(slots=True)
class Rule:
    pattern: re.Pattern[str]
    resolve: Resolver
    group: str = "date"  # the named group that is the expression (the whole match if absent)


def _rule(pattern: str, resolve: Resolver) -> Rule:
    return Rule(re.compile(pattern, re.IGNORECASE), resolve)


_COMMON = [
    _rule(r"(?<![\d.])(?P<date>(?P<y>(?:19|20)\d{2})-(?P<m>[01]\d)-(?P<d>[0-3]\d))(?![\d])", _r_iso),
    _rule(r"(?<![\d.,/])(?P<date>(?P<d>[0-3]?\d)\.(?P<m>[01]?\d)\.(?P<y>(?:19|20)\d{2}))(?![\d])",
          lambda m, b, lang: day_time(int(m.group("y")), int(m.group("m")), int(m.group("d")))),
    _rule(r"(?<![\d.,/])(?P<date>(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)/(?P<y>(?:19|20)\d{2}))(?![\d/])",
          _r_slash_year),
    _rule(r"(?<![\d.,/])(?P<date>(?P<a>[0-3]\d)/(?P<b>[0-3]\d))(?![\d/])", _r_slash),
]

RULES: dict[str, list[Rule]] = {
    "en": _COMMON + [
        _rule(_D1 + _DASH + r"(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?" + _M_EN + r"(?:,?\s+" + _Y + ")?",
              _r_day_range),
        _rule(_M_EN + r"\s+(?P<d1>[0-3]?\d)" + _DASH + r"(?P<d>[0-3]?\d)\b(?:,?\s+" + _Y + ")?",
              _r_day_range),
        _rule(_D + r"(?:st|nd|rd|th)?\s+(?:of\s+)?" + _M_EN + r",?\s+" + _Y, _r_dmy),
        _rule(_M_EN + r"\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?,?\s+" + _Y, _r_dmy),
        _rule(_D + r"(?:st|nd|rd|th)?\s+(?:of\s+)?" + _M_EN, _r_dm),
        _rule(_M_EN + r"\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\b(?![.,]\d)", _r_dm),
        _rule(_M_EN + r",?\s+(?:of\s+)?" + _Y, _r_my),
        _rule(_M_EN + r",?\s+(?:of\s+)?" + _REL_EN + r"\s+year\b", _r_month_rel),
        _rule(r"\b(?P<rel>this|last|next|past)\s+" + _M_EN, _r_rel_month_en),
        _rule(r"(?:\b(?:in|since|until|till|by|during|from|of|to|through|before|after|early|late|mid"
              r"|end|beginning|start|middle)\s+|mid-)" + _M_EN, _r_month),
        _rule(r"\b(?:(?:at|by|in|towards?|until|till|before|after|from|since)\s+)?(?:the\s+)?" + _PART_EN
              + r"(?:\s+of\s+|\s+|-)" + _Y, _r_part_year),
        _rule(r"\b(?:(?:at|by|in|towards?|until|till|before|after|from|since)\s+)?(?:the\s+)?" + _PART_EN
              + r"(?:\s+of\s+|\s+)" + _REL_EN + r"\s+year\b", _r_part_year),
        _rule(r"\bthe\s+(?P<season>spring|summer|autumn|fall|winter)\b(?!\s+(?:of\s+)?(?:19|20)\d\d)", _r_season),
        _rule(r"\b(?:(?:the|in|by|during)\s+)?(?P<q>first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter"
              r"(?:\s+of)?\s+" + _Y, _r_quarter),
        _rule(r"\b(?:the\s+)?(?P<season>spring|summer|autumn|fall|winter)(?:\s+of)?\s+" + _Y, _r_season),
        _rule(r"\b(?:the\s+)?(?P<season>spring|summer|autumn|fall|winter)(?:\s+of)?\s+" + _REL_EN + r"\s+year\b",
              _r_season),
        _rule(r"\b(?P<rel>this|last|next)\s+(?P<season>spring|summer|autumn|fall|winter)\b", _r_season),
        _rule(r"\b(?:(?:the|in|by|during)\s+)?(?P<q>first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter"
              r"\s+of\s+" + _REL_EN + r"\s+year\b", _r_quarter),
        _rule(r"\b(?-i:Q)(?P<q>[1-4])\s*(?:of\s+)?" + _Y, _r_quarter),
        _rule(r"\b(?:in|since|by|until|till|through|during|for|of|from|before|after|early|late|mid"
              r"|year|fiscal|spring|summer|autumn|fall|winter)[\s-]+(?P<date>" + _Y
              + r"(?:\s*[-–—]\s*(?P<y2>(?:19|20)\d{2}))?)(?![\d,.]\d|\s*(?:%|percent))", _r_year),
        _rule(r"\b(?:earlier\s+|later\s+)?" + _REL_EN + r"\s+year\b", _r_rel_year),
        _rule(r"\b(?:earlier\s+|later\s+)?" + _REL_EN + r"\s+month\b", _r_rel_month),
        _rule(r"\b(?:earlier\s+|later\s+)?" + _REL_EN + r"\s+week\b", _r_rel_week),
        _rule(r"\b(?:the\s+day\s+before\s+yesterday|yesterday|today|tomorrow)\b", _r_day_word),
        _rule(r"\b(?:on|last|this|since|until|by)\s+(?-i:(?P<date>(?P<wd>Monday|Tuesday|Wednesday|Thursday"
              r"|Friday|Saturday|Sunday)))\b", _r_weekday),
        _rule(r"\b" + _NUM_SMALL + r"\s+(?P<unit>days?|weeks?|months?|years?)\s+ago\b", _r_ago),
        # "state media reported Thursday": a bare weekday in news is the latest one, unless it is
        # "next Thursday", "every Friday" or a named day ("Good Friday")
        _rule(r"(?<!\bnext )(?<!\bcoming )(?<!\bevery )(?<!\beach )(?<!\bGood )(?<!\bBlack )(?<!\bCyber )"
              r"\b(?-i:(?P<date>(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)))\b(?!-)",
              _r_weekday),
    ],
    "ru": _COMMON + [
        _rule(r"(?:(?<![а-яё])с\s+)?" + _D1 + r"(?:" + _DASH + r"|\s+по\s+)(?P<d>[0-3]?\d)(?:-?го)?\s+"
              + _M_RU + r"(?:\s+" + _Y + _YEAR_RU + r"?)?", _r_day_range),
        _rule(_D + r"(?:-?го)?\s+" + _M_RU + r"\s+" + _Y + _YEAR_RU + r"?", _r_dmy),
        _rule(_D + r"(?:-?го)?\s+" + _M_RU, _r_dm),
        _rule(_M_RU + r"\s+" + _Y + _YEAR_RU + r"?", _r_my),
        _rule(_M_RU + r"\s+" + _REL_RU + r"\s+года", _r_month_rel),
        _rule(r"(?<![а-яё])(?:в|во|с|со|по|до|к|ко|на|течение)\s+(?P<date>" + _M_RU + r")", _r_month),
        _rule(r"(?<![а-яё])(?:(?:в|с|до|к)\s+)?(?P<date>(?:начал[еау]|конц[еау]|середин[еыу])\s+" + _M_RU + r")",
              _r_month),
        _rule(r"(?<![а-яё])(?:в\s+|к\s+|до\s+|с\s+)?" + _PART_RU + r"\s+" + _Y + _YEAR_RU + r"?", _r_part_year),
        _rule(r"(?<![а-яё])(?:в\s+|к\s+|до\s+|с\s+)?" + _PART_RU + r"\s+(?:" + _REL_RU + r"\s+)?года",
              _r_part_year),
        _rule(r"(?<![а-яё])(?P<season>весной|летом|осенью|зимой)\s+(?:" + _Y + _YEAR_RU + r"?|" + _REL_RU
              + r"\s+года)", _r_season),
        _rule(r"(?<![а-яё])(?:в\s+|во\s+)?(?P<q>перв|втор|трет|четв[её]рт|I{1,3}|IV)[а-яё]*\s+квартал[а-яё]*\s+"
              + _Y + _YEAR_RU + r"?", _r_quarter),
        _rule(r"(?<![а-яё])(?:в\s+|во\s+)?(?P<q>перв|втор|трет|четв[её]рт)[а-яё]*\s+квартал[а-яё]*\s+"
              + _REL_RU + r"\s+года", _r_quarter),
        _rule(r"(?<![\d.,])" + _Y + r"(?:\s*[-–—]\s*(?P<y2>(?:19|20)\d{2}))?\s*(?:-?м\s+)?"
              r"(?:года|году|год|годах|годов|гг\.|г\.|г(?![а-яё]))", _r_year),
        _rule(r"(?<![а-яё])(?:в|с|до|к|по|от)\s+(?P<date>" + _Y + r")(?![\d,.]\d|\s*(?:%|процент))"
              r"(?!\s+[а-яё])", _r_year),
        _rule(r"(?<![а-яё])(?:в|во)\s+(?P<rel>этом|текущем|нынешнем|прошлом|прошедшем|минувшем|предыдущем"
              r"|следующем|будущем|наступающем)\s+году", _r_rel_year),
        _rule(r"(?<![а-яё])(?:в|во)\s+(?P<rel>этом|текущем|прошлом|прошедшем|минувшем|предыдущем"
              r"|следующем|будущем)\s+месяце", _r_rel_month),
        _rule(r"(?<![а-яё])на\s+(?P<rel>этой|текущей|прошлой|прошедшей|минувшей|предыдущей|следующей"
              r"|будущей)\s+неделе", _r_rel_week),
        _rule(r"(?<![а-яё])(?:позавчера|вчера|сегодня|послезавтра|завтра|накануне" + EVE_NOUN_AFTER + r")(?![а-яё])", _r_day_word),
        # "со вчерашнего дня", "с прошлого года": the day or year a state began
        _rule(r"(?<![а-яё])(?:с|со|до|к)\s+(?P<date>(?:позавчерашнего|вчерашнего|сегодняшнего)\s+дня)(?![а-яё])",
              _r_day_word),
        _rule(r"(?<![а-яё])(?:с|со|до|к|начиная\s+с)\s+(?P<date>(?P<rel>прошлого|прошедшего|минувшего|предыдущего"
              r"|этого|текущего|нынешнего|следующего|будущего)\s+года)(?![а-яё])", _r_rel_year),
        _rule(r"(?<![\d.,/])(?P<date>(?P<a>[0-3]\d)\.(?P<b>[01]\d))(?![\d]|[.,]\d)", _r_slash),
        _rule(r"(?<![а-яё])(?:в|во)\s+(?P<date>(?P<wd>понедельник|вторник|среду|четверг|пятницу|субботу"
              r"|воскресенье))(?![а-яё])", _r_weekday),
        _rule(r"(?<![а-яё\d])(?P<n>)(?P<unit>год|месяц|неделю)\s+назад(?![а-яё])", _r_ago),
        _rule(r"(?<![а-яё\d])" + _NUM_SMALL + r"\s+(?P<unit>дн[ейя]|день|сут(?:ок|ки)|недел[ьию]|месяц[аев]*"
              r"|лет|год[а]?)\s+назад(?![а-яё])", _r_ago),
    ],
}

def find_dates(text: str, lang: str | None, published: str | None, *, dateline: bool = True) -> list[DateMention]:
    """Date expressions in ``text`` with their times, leftmost-longest and non-overlapping.

    ``lang`` picks the rules (other languages get the language-neutral numeric forms);
    ``published`` (ISO date, possibly partial) anchors relative expressions, or the day of the
    report's dateline when it has one (``dateline=False`` reads none). "Two days earlier", "overnight",
    "will meet on Thursday" count from another day (:mod:`claimgraph.nlp.anchored_days`).
    """
    if not text:
        return []
    line = None
    if dateline:
        from claimgraph.nlp.datelines import anchor, find_dateline, header_date

        published = published or header_date(text, lang)
        line = find_dateline(text, lang, published)
        published = anchor(line, published)
    base = Base.parse(published)
    code = (lang or "").lower()[:2]
    rules = RULES.get(code)
    if rules is None:
        rules = RULES["ru"] if re.search(r"[а-яё]", text[:2000], re.IGNORECASE) else _COMMON
        code = "ru" if rules is RULES["ru"] else "en"
    found: list[tuple[int, int, TimeRef | None]] = []
    for rule in rules:
        for m in rule.pattern.finditer(text):
            group = "date" if "date" in m.groupdict() and m.group("date") else 0
            start, end = m.span(group)
            # leading prepositions are context, not part of the expression
            start, end = _trim(text, start, end)
            if end <= start:
                continue
            try:
                if _ANAPHORIC.search(m.group(0)):
                    time = None  # resolved below, against the year mentioned before it
                else:
                    time = rule.resolve(m, base, code)
            except (ValueError, OverflowError):
                time = None
            found.append((start, end, time))
    selected = _select(text, found)
    _resolve_anaphora(selected, rules, code)
    selected = _join_weekdays(text, selected)
    if line is not None and line.day is not None:  # the dateline's own day, never after publication
        for d in selected:
            if d.start == line.date_start:
                d.time = TimeRef(line.day, line.day, "day", d.text)
    extend_since(text, selected, published)
    redate_quoted_days(text, selected, published, _DAY_WORDS)
    if dateline:
        from claimgraph.nlp.anchored_days import add_anchored_days

        selected = add_anchored_days(text, code, selected, published)
    return selected


def _resolve_anaphora(dates: list[DateMention], rules: list[Rule], lang: str) -> None:
    """"by the end of that year": the year of the closest resolved date before it."""
    year: int | None = None
    for d in dates:
        if d.time.start is None and _ANAPHORIC.search(d.text) and year is not None:
            anchor = Base(year)
            for rule in rules:
                m = rule.pattern.fullmatch(d.text) or rule.pattern.search(d.text)
                if m is None or not _ANAPHORIC.search(m.group(0)):
                    continue
                time = rule.resolve(m, anchor, lang)
                if time is not None:
                    d.time = TimeRef(time.start, time.end, time.precision, d.text)
                    break
        if d.time.start is not None and d.time.start[:4] == (d.time.end or "")[:4]:
            year = int(d.time.start[:4])


_WEEKDAY_WORD = re.compile(r"(?i)^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|понедельник|вторник"
                           r"|среду|среда|четверг|пятницу|пятница|субботу|суббота|воскресенье)$")


_DAY_MONTH_TEXT = re.compile(r"\d{1,2}(?:st|nd|rd|th|-?го)?\s+(?:of\s+)?[^\W\d_]+\.?|[^\W\d_]+\.?\s+\d{1,2}(?:st|nd|rd|th)?")


def _join_weekdays(text: str, dates: list[DateMention]) -> list[DateMention]:
    """"Thursday, December 18, 2025", "во вторник, 2 апреля": a weekday with the date it names is
    one expression of that date."""
    out: list[DateMention] = []
    for d in dates:
        prev = out[-1] if out else None
        one_day = d.time.precision == "day" and d.time.start and d.time.start == d.time.end
        day_month = d.time.start is None and _DAY_MONTH_TEXT.fullmatch(d.text)  # a year still unknown
        if (prev is not None and _WEEKDAY_WORD.match(prev.text) and (one_day or day_month)
                and re.fullmatch(r"\s*,?\s*", text[prev.end:d.start])):
            surface = text[prev.start:d.end]
            time = TimeRef(d.time.start, d.time.end, "day", surface) if one_day else TimeRef(text=surface)
            out[-1] = DateMention(prev.start, d.end, surface, time)
            continue
        out.append(d)
    return out


_LEADING = re.compile(r"(?:(?:at|by|in|towards?|until|till|before|after|from|during|of|on|since"
                      r"|в|во|с|со|по|до|к|ко|на)\s+)+", re.IGNORECASE)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    m = _LEADING.match(text, start, end)
    if m:
        start = m.end()
    return start, end


def _select(text: str, found: list[tuple[int, int, TimeRef | None]]) -> list[DateMention]:
    """Leftmost-longest non-overlapping expressions; among equals the resolved one wins."""
    found.sort(key=lambda f: (f[0], -(f[1] - f[0]), f[2] is None))
    out: list[DateMention] = []
    last_end = -1
    for start, end, time in found:
        if start < last_end:
            continue
        surface = text[start:end]
        ref = TimeRef(time.start, time.end, time.precision, surface) if time else TimeRef(text=surface)
        out.append(DateMention(start, end, surface, ref))
        last_end = end
    return out


# --- day-month dates of languages read without a parser -------------------------------------------

#: month names (lower-case beginnings of their genitive / inflected forms) → month number
DAY_MONTHS: dict[str, tuple[str, ...]] = {
    "uk": ("січн", "лют", "берез", "квітн", "травн", "червн", "липн", "серпн", "вересн", "жовтн", "листопад", "грудн"),
    "be": ("студзен", "лют", "сакавік", "красавік", "трав", "чэрвен", "ліп", "жнів", "верас", "кастрычнік",
           "лістапад", "снеж"),
    "bg": ("януари", "февруари", "март", "април", "май", "юни", "юли", "август", "септември", "октомври",
           "ноември", "декември"),
    "de": ("januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober",
           "november", "dezember"),
    "pl": ("styczni", "lut", "marc", "kwietni", "maj", "czerwc", "lip", "sierpni", "wrześni", "październik",
           "listopad", "grudni"),
    "ro": ("ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august", "septembrie",
           "octombrie", "noiembrie", "decembrie"),
    "et": ("jaanuar", "veebruar", "märts", "aprill", "mai", "juuni", "juuli", "august", "september", "oktoober",
           "november", "detsember"),
}
_DAY_MONTH_NAME = re.compile(r"(?<!\d)(\d{1,2})\.?\s+([^\W\d_]{3,})(?:\s+(\d{4}))?", re.UNICODE)


def _day_month_number(word: str, lang: str) -> int | None:
    w = word.lower()
    best = None
    for n, stem in enumerate(DAY_MONTHS.get(lang, ()), 1):
        if w.startswith(stem) and len(w) - len(stem) <= 4 and (best is None or len(stem) > best[1]):
            best = (n, len(stem))
    return best[0] if best else None


def day_dates(text: str, lang: str, published: str | None) -> list[tuple[int, int, TimeRef]]:
    """``(start, end, time)`` of the day-month dates of ``text``; the year is the one written after
    the month, else the publication year (the month after publication falls in the year before),
    else a year of the text that a weekday named before the date confirms. Weekdays and day words
    ("у четвер", "wczoraj") count from a full publication date (:mod:`claimgraph.nlp.local_days`)."""
    out: list[tuple[int, int, TimeRef]] = []
    if lang not in DAY_MONTHS:
        return out
    for m in _DAY_MONTH_NAME.finditer(text):
        month = _day_month_number(m.group(2), lang)
        day = int(m.group(1))
        if month is None or not 1 <= day <= 31:
            continue
        if m.group(3):
            year = int(m.group(3))
        elif published and re.match(r"\d{4}-\d{2}", published):
            year = int(published[:4])
            if month > int(published[5:7]):
                year -= 1
        else:
            weekday = weekday_before(text, m.start(), lang)
            fixed = year_of_weekday(month, day, weekday, years_in(text)) if weekday is not None else None
            if fixed is None:
                continue
            year = fixed
        day_text = f"{year:04d}-{month:02d}-{day:02d}"
        out.append((m.start(), m.end(), TimeRef(start=day_text, end=day_text, precision="day", text=m.group(0))))
    taken = [(a, b) for a, b, _ in out]
    out += [d for d in local_days(text, lang, published) if not any(a < d[1] and d[0] < b for a, b in taken)]
    return sorted(out, key=lambda d: d[0])



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


class DateComponent:
    """Fills ``doc.dates`` and adds a ``Date`` mention for each expression."""

    name = "claimgraph.dates.v1"
    requires: tuple[str, ...] = ("text",)
    assigns: tuple[str, ...] = ("dates", "mentions")

    def __call__(self, doc: AnalyzedDoc) -> AnalyzedDoc:
        doc.dates = find_dates(doc.text, doc.lang, doc.published)
        covered = _Coverage([(d.start, d.end) for d in doc.dates])
        doc.mentions = [m for m in doc.mentions if m.label != "Date" or not covered.overlaps(m.start, m.end)]
        for d in doc.dates:
            sent = doc.sentence_at(d.start)
            doc.mentions.append(Mention(
                id=Mention.make_id(doc.document_id, d.start, d.end, "Date"),
                document_id=doc.document_id, start=d.start, end=d.end, text=d.text, label="Date",
                sent_start=sent.start if sent else None, sent_end=sent.end if sent else None,
                normalized=normalized(d.time), extractor=EXTRACTOR, version=VERSION,
            ))
        doc.mentions.sort(key=lambda m: (m.start, m.end))
        return doc


class _Coverage:
    """Sorted, non-overlapping spans with a logarithmic overlap test."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.spans = sorted(spans)
        self.starts = [s for s, _ in self.spans]

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect.bisect_right(self.starts, end - 1) - 1
        return i >= 0 and self.spans[i][1] > start


__all__ = ["DAY_MONTHS", "DateComponent", "day_dates", "find_dates", "normalized"]
