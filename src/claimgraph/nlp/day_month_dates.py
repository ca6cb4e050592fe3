"""Day-month dates of languages read without a parser (Ukrainian, Belarusian, Polish, German …)."""
from __future__ import annotations

import re

from claimgraph.model import TimeRef
from claimgraph.nlp.local_days import local_days
from claimgraph.nlp.weekday_years import weekday_before, year_of_weekday, years_in

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
#: the year before the publication year, written after a day and month ("19 червня минулого року",
#: "19 czerwca ubiegłego roku", "19. Juni letzten Jahres", "19 iunie anul trecut")
_LAST_YEAR = re.compile(r"\s+(?:минулого\s+року|торік|мінулага\s+года|летась|миналата\s+година"
                        r"|(?:zeszłego|ubiegłego|poprzedniego)\s+roku|(?:des\s+)?(?:letzten|vergangenen|vorigen)\s+Jahres"
                        r"|(?:din\s+)?anul\s+trecut|(?:möödunud|eelmisel|eelmise)\s+aasta[l]?)(?![^\W\d_])",
                        re.IGNORECASE | re.UNICODE)


def _day_month_number(word: str, lang: str) -> int | None:
    w = word.lower()
    best = None
    for n, stem in enumerate(DAY_MONTHS.get(lang, ()), 1):
        if w.startswith(stem) and len(w) - len(stem) <= 4 and (best is None or len(stem) > best[1]):
            best = (n, len(stem))
    return best[0] if best else None


def day_dates(text: str, lang: str, published: str | None) -> list[tuple[int, int, TimeRef]]:
    """``(start, end, time)`` of the day-month dates of ``text``; the year is the one written after
    the month, else the publication year (the month after publication falls in the year before; a
    "last year" after the month, the year before it),
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
        last = None if m.group(3) else _LAST_YEAR.match(text, m.end())
        if m.group(3):
            year = int(m.group(3))
        elif last is not None and published and re.match(r"\d{4}", published):
            year = int(published[:4]) - 1
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
