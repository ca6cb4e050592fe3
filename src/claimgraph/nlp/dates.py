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
length (:mod:`claimgraph.nlp.date_rules`, with the words they read in
:mod:`claimgraph.nlp.date_words` and the intervals they build in
:mod:`claimgraph.nlp.time_intervals`). A bare month ("in July") takes the publication year.

A wire dateline ("MINSK, 6 March (BelTA) –", "МИНСК, 6 марта. /ТАСС/.") moves the anchor to the
day the report was filed (:mod:`claimgraph.nlp.datelines`); without a publication date, a page's
own date stamp on one of its first lines stands in for it. "Two days earlier", "этой ночью", "will
meet on Thursday" count from another day (:mod:`claimgraph.nlp.anchored_days`).
"""
from __future__ import annotations

import bisect
import re

from claimgraph.model import Mention, TimeRef
from claimgraph.nlp.date_rules import COMMON_RULES, RULES, Rule
from claimgraph.nlp.date_words import DAY_WORDS, MONTHS_EN, MONTHS_RU, MONTHS_RU_SHORT
from claimgraph.nlp.day_month_dates import DAY_MONTHS, day_dates
from claimgraph.nlp.doc import AnalyzedDoc, DateMention
from claimgraph.nlp.quoted_days import redate_quoted_days
from claimgraph.nlp.since_periods import extend_since
from claimgraph.nlp.time_intervals import Base, normalized

EXTRACTOR = "claimgraph.dates.v1"
VERSION = "1"

_ANAPHORIC = re.compile(r"\b(?:that|same)\s+year\b|(?<![а-яё])(?:того\s+же\s+года|том\s+же\s+году)", re.IGNORECASE)


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
        rules = RULES["ru"] if re.search(r"[а-яё]", text[:2000], re.IGNORECASE) else COMMON_RULES
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
    redate_quoted_days(text, selected, published, DAY_WORDS)
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


__all__ = ["DAY_MONTHS", "MONTHS_EN", "MONTHS_RU", "MONTHS_RU_SHORT", "DateComponent", "day_dates",
           "find_dates", "normalized"]
