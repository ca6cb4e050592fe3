"""The date rules: one regular expression per form of date expression, with the function that
resolves a match against what is known of the publication date.

Each rule's pattern is run once over the text (:func:`claimgraph.nlp.dates.find_dates`), so the
cost is linear in its length. A bare month ("in July") takes the publication year, or the year
before when the month lies well after the publication month.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from claimgraph.model import TimeRef
from claimgraph.nlp.date_words import (
    DAY_WORDS,
    ORDINALS,
    SMALL_NUMBERS,
    WEEKDAYS_EN,
    WEEKDAYS_RU,
    month_number,
    rel_offset,
)
from claimgraph.nlp.local_days import EVE_NOUN_AFTER
from claimgraph.nlp.time_intervals import (
    Base,
    day_time,
    days_time,
    lowered,
    month_time,
    quarter_time,
    shift_month,
    week_of,
    year_time,
)
from claimgraph.nlp.weekday_years import weekday_before, year_of_weekday, years_in

# English month names are matched case-sensitively: "may" the verb is not May the month.
_M_EN = (r"(?-i:(?P<mon>(?:January|February|March|April|May|June|July|August|September|October"
         r"|November|December)\b|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b\.?))")
_M_RU = (r"(?P<mon>январ[ьяе]|феврал[ьяе]|март[ае]?|апрел[ьяе]|ма[йяе]|июн[ьяе]|июл[ьяе]"
         r"|август[ае]?|сентябр[ьяе]|октябр[ьяе]|ноябр[ьяе]|декабр[ьяе]"
         r"|(?:янв|фев|мар|апр|авг|сент|сен|окт|ноя|дек)(?![а-яё])\.?)(?![а-яё])")
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


Resolver = Callable[["re.Match[str]", Base, str], TimeRef | None]


def _r_dmy(m: re.Match[str], base: Base, lang: str) -> TimeRef | None:
    mon = month_number(m.group("mon"), lang)
    return day_time(int(m.group("y")), mon, int(m.group("d"))) if mon else None


def _r_dm(m: re.Match[str], base: Base, lang: str) -> TimeRef | None:
    mon = month_number(m.group("mon"), lang)
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
    mon = month_number(m.group("mon"), lang)
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
    mon = month_number(m.group("mon"), lang)
    return month_time(int(m.group("y")), mon) if mon else None


def _r_dm_rel(m: re.Match[str], base: Base, lang: str) -> TimeRef | None:
    """"June 19 of last year", "19 июня прошлого года": the day in the year counted from publication."""
    mon = month_number(m.group("mon"), lang)
    if not mon or base.year is None or not 1 <= int(m.group("d")) <= 31:
        return None
    return day_time(base.year + rel_offset(m.group("rel")), mon, int(m.group("d")))


def _r_month_rel(m: re.Match[str], base: Base, lang: str) -> TimeRef | None:
    mon = month_number(m.group("mon"), lang)
    if not mon or base.year is None:
        return None
    return month_time(base.year + rel_offset(m.group("rel")), mon)


def _r_rel_month_en(m: re.Match[str], base: Base, lang: str) -> TimeRef | None:
    """"last March" is the most recent March before the publication month; "next March" the coming one."""
    mon = month_number(m.group("mon"), lang)
    if not mon or base.year is None:
        return None
    rel = rel_offset(m.group("rel"))
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
    mon = month_number(m.group("mon"), lang)
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
    return year_time(base.year + rel_offset(m.group("rel")))


def _year_of(m: re.Match[str], base: Base) -> int | None:
    """The year a match states, or the base year moved by its relative word ("last", "прошлого")."""
    if m.groupdict().get("y"):
        return int(m.group("y"))
    if base.year is None:
        return None
    return base.year + rel_offset(m.groupdict().get("rel"))


def _r_part_year(m: re.Match[str], base: Base, lang: str) -> TimeRef | None:
    y = _year_of(m, base)
    return None if y is None else _part_time(m.group("part"), y)


_SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11), "winter": (12, 14),
            "весн": (3, 5), "лет": (6, 8), "осен": (9, 11), "зим": (12, 14)}


def _r_season(m: re.Match[str], base: Base, lang: str) -> TimeRef | None:
    """A season is its three months (month precision); winter runs from December into the next year."""
    word = m.group("season").lower()
    first, last = next((v for k, v in _SEASONS.items() if word.startswith(k)), (0, 0))
    if not first:
        return None
    y = _year_of(m, base)
    if y is None:
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
    return quarter_time(base.year + rel_offset(m.groupdict().get("rel")), q)


def _r_rel_month(m: re.Match[str], base: Base, lang: str) -> TimeRef | None:
    if base.year is None or base.month is None:
        return year_time(base.year) if base.year and rel_offset(m.group("rel")) == 0 else None
    y, mon = shift_month(base.year, base.month, rel_offset(m.group("rel")))
    return month_time(y, mon)


def _r_rel_week(m: re.Match[str], base: Base, lang: str) -> TimeRef | None:
    off = rel_offset(m.group("rel"))
    if off == 0 and m.group(0).lower().startswith("earlier"):
        # "earlier this week": from Monday up to the day before publication (Monday itself on a Monday)
        return lowered(base, lambda d: days_time(d - dt.timedelta(days=d.weekday()),
                                                  max(d - dt.timedelta(days=1), d - dt.timedelta(days=d.weekday()))))
    return lowered(base, lambda d: week_of(d, off))


def _r_day_word(m: re.Match[str], base: Base, lang: str) -> TimeRef | None:
    word = m.group("date") if m.groupdict().get("date") else m.group(0)
    delta = DAY_WORDS.get(re.sub(r"\s+", " ", word.lower()))
    if delta is None:
        return None
    return lowered(base, lambda d: days_time(d + dt.timedelta(days=delta), d + dt.timedelta(days=delta)))


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

    return lowered(base, latest)


def _r_ago(m: re.Match[str], base: Base, lang: str) -> TimeRef | None:
    raw = m.group("n").lower() or "1"
    if raw == "несколько":
        return None
    n = int(raw) if raw.isdigit() else SMALL_NUMBERS.get(raw)
    unit = m.group("unit").lower()
    if n is None or n > 500:
        return None
    if unit.startswith(("day", "дн", "ден", "сут")):
        return lowered(base, lambda d: days_time(d - dt.timedelta(days=n), d - dt.timedelta(days=n)))
    if unit.startswith(("week", "недел")):
        return lowered(base, lambda d: week_of(d, -n))
    if unit.startswith(("month", "месяц")):
        if base.year is None or base.month is None:
            return None
        return month_time(*shift_month(base.year, base.month, -n))
    if base.year is None:
        return None
    return year_time(base.year - n)


@dataclass(slots=True)
class Rule:
    """A pattern of one form of date expression and the function that resolves its matches."""

    pattern: re.Pattern[str]
    resolve: Resolver
    group: str = "date"  # the named group that is the expression (the whole match if absent)


def _rule(pattern: str, resolve: Resolver) -> Rule:
    return Rule(re.compile(pattern, re.IGNORECASE), resolve)


COMMON_RULES = [
    _rule(r"(?<![\d.])(?P<date>(?P<y>(?:19|20)\d{2})-(?P<m>[01]\d)-(?P<d>[0-3]\d))(?![\d])", _r_iso),
    _rule(r"(?<![\d.,/])(?P<date>(?P<d>[0-3]?\d)\.(?P<m>[01]?\d)\.(?P<y>(?:19|20)\d{2}))(?![\d])",
          lambda m, b, lang: day_time(int(m.group("y")), int(m.group("m")), int(m.group("d")))),
    _rule(r"(?<![\d.,/])(?P<date>(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)/(?P<y>(?:19|20)\d{2}))(?![\d/])",
          _r_slash_year),
    _rule(r"(?<![\d.,/])(?P<date>(?P<a>[0-3]\d)/(?P<b>[0-3]\d))(?![\d/])", _r_slash),
]

RULES: dict[str, list[Rule]] = {
    "en": COMMON_RULES + [
        _rule(_D1 + _DASH + r"(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?" + _M_EN + r"(?:,?\s+" + _Y + ")?",
              _r_day_range),
        _rule(_M_EN + r"\s+(?P<d1>[0-3]?\d)" + _DASH + r"(?P<d>[0-3]?\d)\b(?:,?\s+" + _Y + ")?",
              _r_day_range),
        _rule(_D + r"(?:st|nd|rd|th)?\s+(?:of\s+)?" + _M_EN + r",?\s+" + _Y, _r_dmy),
        _rule(_M_EN + r"\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?,?\s+" + _Y, _r_dmy),
        _rule(_D + r"(?:st|nd|rd|th)?\s+(?:of\s+)?" + _M_EN + r",?\s+(?:of\s+)?" + _REL_EN + r"\s+year\b", _r_dm_rel),
        _rule(_M_EN + r"\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?:of\s+)?" + _REL_EN + r"\s+year\b", _r_dm_rel),
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
    "ru": COMMON_RULES + [
        _rule(r"(?:(?<![а-яё])с\s+)?" + _D1 + r"(?:" + _DASH + r"|\s+по\s+)(?P<d>[0-3]?\d)(?:-?го)?\s+"
              + _M_RU + r"(?:\s+" + _Y + _YEAR_RU + r"?)?", _r_day_range),
        _rule(_D + r"(?:-?го)?\s+" + _M_RU + r"\s+" + _Y + _YEAR_RU + r"?", _r_dmy),
        _rule(_D + r"(?:-?го)?\s+" + _M_RU + r"\s+" + _REL_RU + r"\s+года", _r_dm_rel),
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
