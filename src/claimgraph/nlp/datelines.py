"""Datelines: the place and date a wire report opens with, and the day it anchors.

"MINSK, 6 March (BelTA) –", "WASHINGTON, Sept. 12 (Reuters) -", "МИНСК, 6 марта. /ТАСС/.",
"МОСКВА, 25 янв - РИА Новости." name the day the report was filed. Relative expressions in the
report ("on Thursday", "в четверг", "yesterday") count from that day, which may be earlier than
the day the page was published (a report republished the next morning). A dateline without a
year takes the publication year, or the year before when that would put it after publication;
with neither a year nor a publication date it anchors nothing: a day is never invented.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

#: a dateline opens one of the first lines of a report, within this many characters
_WITHIN = 600
#: a dateline more than this many days before publication is not the report's own day
_MAX_LAG_DAYS = 31

_CITY = r"[A-ZА-ЯЁІЇЄ][A-ZА-ЯЁІЇЄ'’.\- ]{1,40}(?:,\s*[A-ZА-ЯЁІЇЄ][\w'’.\- ]{1,30})?"
_DATELINE = re.compile(
    r"(?m)^[ \t]*(?P<city>" + _CITY + r"),\s+(?P<date>[^\n()/–—]{3,30}?)\s*[.,]?\s*"
    r"(?:\([^)\n]{2,40}\)|/[^/\n]{2,40}/|\s[-–—]\s)")
_MONTH_NAME = re.compile(
    r"(?i)(?<![^\W\d_])(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|январ|феврал|март|апрел|ма[йяе]|июн|июл"
    r"|август|сентябр|октябр|ноябр|декабр|янв|фев|мар|апр|авг|сен|окт|ноя|дек|сiч|січ|лют|берез|квіт|трав|черв"
    r"|лип|серп|верес|жовт|листоп|груд)")


@dataclass(slots=True, frozen=True)
class Dateline:
    """Where a dateline's place and date stand in the text, and the day it names (ISO, or None)."""

    start: int
    end: int
    place: str
    date_start: int
    date_end: int
    day: str | None


def find_dateline(text: str, lang: str | None, published: str | None) -> Dateline | None:
    """The report's dateline, if one of its first lines opens with one."""
    from claimgraph.nlp.dates import find_dates

    for m in _DATELINE.finditer(text, 0, min(len(text), _WITHIN + 200)):
        if m.start() > _WITHIN:
            break
        city = m.group("city").strip()
        letters = [c for c in city.split(",")[0] if c.isalpha()]
        if not letters or not all(c.isupper() for c in letters):
            continue  # the place of a dateline is written in capitals
        raw = m.group("date")
        if not _MONTH_NAME.search(raw) and not re.search(r"\d{1,2}\.\d{1,2}", raw):
            continue
        dates = find_dates(raw, lang, published, dateline=False)
        day = None
        if dates and dates[0].time.precision == "day" and dates[0].time.start == dates[0].time.end:
            day = _not_after(dates[0].time.start, raw, published)
        a, b = m.span("date")
        return Dateline(m.start("city"), m.end(), city, a, b, day)
    return None


def _not_after(day: str | None, raw: str, published: str | None) -> str | None:
    """A dateline's day is on or before publication; without a year it may be last year's."""
    if day is None:
        return None
    if not published or len(published) < 10 or re.search(r"(?:19|20)\d\d", raw):
        return day
    try:
        d, p = dt.date.fromisoformat(day), dt.date.fromisoformat(published[:10])
    except ValueError:
        return None
    if d > p:
        try:
            d = d.replace(year=d.year - 1)
        except ValueError:
            return None
    return d.isoformat()


#: a page's own date stamp stands on one of its first lines, alone or with a time and a weekday
_HEADER_LINES = 4
_STAMP = re.compile(r"^\s*(?:date\s+)?(?P<iso>(?:19|20)\d\d-[01]\d(?:-[0-3]\d)?)\b")


def header_date(text: str, lang: str | None) -> str | None:
    """The date a page stamps at its top ("date 2024-10", "09:23, 25 января 2026",
    "Четверг, 17 октября 2024, 18:43"): a full date on a short line of its own, as ISO (possibly
    partial). Used only when the publication date is unknown."""
    from claimgraph.nlp.dates import find_dates

    seen = 0
    for line in text[:_WITHIN].splitlines():
        if not line.strip():
            continue
        seen += 1
        if seen > _HEADER_LINES:
            break
        m = _STAMP.match(line)
        if m:
            return m.group("iso")
        words = re.findall(r"[^\W\d_]{2,}", line)
        if len(words) > 4:
            continue
        for d in find_dates(line, lang, None, dateline=False):
            t = d.time
            if t.start and t.precision == "day" and t.start == t.end:
                return t.start
    return None


def anchor(line: Dateline | None, published: str | None) -> str | None:
    """The day relative expressions count from: the dateline's, when it is the report's own
    (at most a month before publication), else the publication date."""
    if line is None or line.day is None:
        return published
    if published and len(published) >= 10:
        try:
            lag = (dt.date.fromisoformat(published[:10]) - dt.date.fromisoformat(line.day)).days
        except ValueError:
            return published
        if not 0 <= lag <= _MAX_LAG_DAYS:
            return published
    return line.day



#: "CAPE TOWN, South Africa — ", "KYIV (Reuters) – ", "WASHINGTON, Sept. 12 (AP) - ": a place in
#: capitals, its region or date, an agency in brackets, then a dash before the report's first sentence
_HEAD = re.compile(
    r"[ \t]*[A-ZА-ЯЁІЇЄ][A-ZА-ЯЁІЇЄ'’.\-]{2,}(?:[ \t]+[A-ZА-ЯЁІЇЄ][A-ZА-ЯЁІЇЄ'’.\-]+){0,3}"
    r"(?:,[ \t]*[^\W\d_][^\n,()—–]{1,30}?)?(?:,[ \t]*[^\n,()—–]{2,20}?)?"
    r"(?:[ \t]*\([^)\n]{2,40}\))?[ \t]+[—–-][ \t]+(?=[\"“«A-ZА-ЯЁІЇЄ])")


def dateline_head(line: str) -> int:
    """How many characters of ``line`` a dateline heading it takes up, its dash included (0: none).

    The place a report was filed from is no part of its first sentence: it is never that sentence's
    subject or speaker."""
    m = _HEAD.match(line)
    if m is None or not any(c.isalpha() for c in line[m.end():m.end() + 40]):
        return 0
    return m.end()


__all__ = ["Dateline", "anchor", "dateline_head", "find_dateline"]
