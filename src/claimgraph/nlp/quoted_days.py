""""Today" inside a quotation is the day the words were said, when the text dates the saying.

"Putin said June 19 following the talks. “The treaty signed today provides for mutual assistance,”
he was quoted as saying" — in a report published on June 25 the treaty was signed on June 19: the
quotation's "today" counts from the day of the saying, not from the publication. The saying is
dated when a single day stands right next to a verb of saying ("said June 19", "сказал Лукашенко
18 декабря", "on Tuesday, he said") just before the quotation or right after it. A quotation with no dated
saying nearby keeps the report's own day.
"""
from __future__ import annotations

import bisect
import datetime as dt
import re

from claimgraph.model import TimeRef
from claimgraph.nlp.doc import DateMention, report_day

_QUOTE = re.compile(r"“[^”\n]{1,3000}”|«[^»\n]{1,3000}»|\"[^\"\n]{1,3000}\"|„[^“”\n]{1,3000}[“”]")
#: words counting days from the speaker's day
_DAY_WORD = re.compile(r"(?i)^(?:today|yesterday|tomorrow|the day before yesterday|tonight|this morning"
                       r"|сегодня|вчера|завтра|позавчера|послезавтра|(?:поза)?вчерашнего дня|сегодняшнего дня)$")
_SAY = (r"(?:said|says|told|stated|declared|announced|confirmed|reported|noted|added|wrote|remarked|stressed|"
        r"подтверд\w*|заяв\w*|сказа\w*|отмет\w*|сообщ\w*|подчеркн\w*|добав\w*|говор\w*|пояснил\w*)")
#: a verb of saying right before the date, or with only a name or weekday between ("said June 19",
#: "сказал Лукашенко 18 декабря", "confirmed on Thursday, December 18") ...
_SAY_BEFORE = re.compile(r"(?i)\b" + _SAY + r"(?:\s+(?:on|в|во))?(?:\s+(?-i:[A-ZА-ЯЁ])[^\W\d_]+,?){0,3}"
                         r"\s+(?:on\s+|в\s+|во\s+)?$")
#: ... or right after it ("18 декабря заявил", "on Tuesday, he said")
_SAY_AFTER = re.compile(r"(?i)^[\s,]*(?:[^\W\d_]+\s+){0,3}?" + _SAY + r"\b")
_BEFORE = 300
_AFTER = 200



def _saying_day(text: str, dates: list[DateMention], starts: list[int], start: int, end: int) -> dt.date | None:
    """The day of the saying a quotation at ``start..end`` belongs to, if the text dates it
    (``dates`` in text order, ``starts`` their offsets)."""
    best: tuple[int, dt.date] | None = None
    lo, hi = bisect.bisect_left(starts, start - _BEFORE), bisect.bisect_left(starts, end + _AFTER)
    for d in dates[lo:hi]:
        if start <= d.start < end or _DAY_WORD.match(d.text.strip()):
            continue
        if not (start - _BEFORE <= d.start < start or end <= d.start < end + _AFTER):
            continue
        day = d.day
        if day is None:
            continue
        if not (_SAY_BEFORE.search(text[max(0, d.start - 30):d.start]) or _SAY_AFTER.match(text[d.end:d.end + 40])):
            continue
        distance = start - d.end if d.start < start else d.start - end
        if best is None or distance < best[0]:
            best = (distance, day)
    return best[1] if best else None


def redate_quoted_days(text: str, dates: list[DateMention], anchor: str | None, offsets: dict[str, int]) -> None:
    """Count the day words of quotations from the dated saying they belong to (in place).

    ``offsets`` gives each day word's days from its speaker's day ("yesterday": -1); a word the
    report's unknown date left unresolved is resolved from a dated saying all the same."""
    report = report_day(anchor)
    words = [d for d in dates if _DAY_WORD.match(d.text.strip()) and _offset(d, offsets) is not None]
    if not words:
        return
    ordered = sorted(dates, key=lambda d: d.start)
    starts = [d.start for d in ordered]
    word_starts = [d.start for d in words]
    for q in _QUOTE.finditer(text):
        inside = words[bisect.bisect_right(word_starts, q.start()):bisect.bisect_left(word_starts, q.end())]
        if not inside:
            continue
        said = _saying_day(text, ordered, starts, q.start(), q.end())
        if said is None or (report is not None and said >= report):
            continue
        for d in inside:
            offset = _offset(d, offsets)
            if offset is None:
                continue
            moved = (said + dt.timedelta(days=offset)).isoformat()
            d.time = TimeRef(moved, moved, "day", d.time.text)


def _offset(d: DateMention, offsets: dict[str, int]) -> int | None:
    return offsets.get(re.sub(r"\s+", " ", d.text.strip().lower()))


def quoted_apart(text: str, start: int, end: int, trigger_at: int, date_text: str | None) -> bool:
    """Whether the date ``date_text`` of the sentence at ``start..end`` stands inside a quotation
    that the trigger at ``trigger_at`` is outside of ("«… со вчерашнего дня …», — объявил он"): the
    date is the speaker's, not the day of the saying."""
    if not date_text:
        return False
    at = text.find(date_text, start, end)
    if at < 0:
        return False
    origin = max(0, start - _BEFORE * 5)
    for q in _QUOTE.finditer(text, origin, min(len(text), end + 1)):
        if q.start() < at < q.end():
            return not q.start() < trigger_at < q.end()
    return False


__all__ = ["quoted_apart", "redate_quoted_days"]
