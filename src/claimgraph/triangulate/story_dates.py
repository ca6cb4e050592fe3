"""The days a report states, and whether two reports tell of the same days.

News reports name the day of their event early ("CNN reported on Dec. 27", "On April 23, a
factory was hit", "17 января в Кремле подписали"). Two reports about one place whose leads name
days months apart tell different stories (a strike in April, a production report in December),
even when extraction gave neither report an event date and neither has a publication date.

A stated day keeps its year when the text or its resolution gives one; "Dec. 27" without a year
is still compared by month and day. A report's *lead day* is the first day it states (else its
publication day), leaving out days that bound a period ("between Sept. 7 and Oct. 1", "с 7 сентября
по 1 октября"): a period is what the story tells of, not the day it happened; two reports agree when each one's lead day is among the days the other states,
and clash when their lead days lie more than :data:`CLASH_DAYS` apart (a later report that recalls
the earlier day still tells its own, later story). A day named where the report recalls history
("Напомним, …", "Recall that …") is never its lead.
"""
from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from claimgraph.model import Feature
from claimgraph.store import Store
from claimgraph.triangulate.recalled_lines import inside

DAY_TOLERANCE = 3  # days two stated days may differ and still be one day of reporting
PUBLISHED_LAG = 7  # days a publication date may follow the event it reports (still the same days)
CLASH_DAYS = 31  # lead days further apart than this, each missing from the other report, are two stories
DATELINE_CHARS = 40  # a day stated this close to the top is the report's stamp, like its publication
MAX_DAYS = 24  # stated days kept per report (bounded comparison)
PERIOD_GAP = 9  # characters at most between two days that bound one period ("and", "to", "through", "по")

#: Beginnings of month names (lower case) in the languages reports come in, by month number.
_MONTH_STEMS: tuple[tuple[str, ...], ...] = (
    ("jan", "январ", "янв", "січн", "студзен", "styczni", "stycz", "januar", "ianuar"),
    ("feb", "феврал", "фев", "лют", "lut", "februar"),
    ("mar", "март", "мар", "берез", "сакавік", "marc", "märz", "mär", "martie"),
    ("apr", "апрел", "апр", "квітн", "красавік", "kwietni", "kwiet", "aprilie"),
    ("may", "мая", "май", "мае", "травн", "трав", "maj", "mai"),
    ("jun", "июн", "червн", "чэрвен", "czerwc", "juni", "iunie"),
    ("jul", "июл", "липн", "ліп", "lip", "juli", "iulie"),
    ("aug", "август", "авг", "серпн", "жнів", "sierpni", "sierp"),
    ("sep", "сентябр", "сен", "вересн", "верас", "wrześni", "wrzes", "septembr"),
    ("oct", "октябр", "окт", "жовтн", "кастрычнік", "październik", "paździer", "oktober", "octombr"),
    ("nov", "ноябр", "ноя", "листопад", "лістапад", "listopad", "noiembr"),
    ("dec", "декабр", "дек", "грудн", "снеж", "grudni", "grudz", "dezember", "decembr"),
)
_ISO_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_DAY_NUMBER = re.compile(r"(?<!\d)(\d{1,2})(?!\d)")
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
#: Two numbers without a year ("10/12", "03.04"): day and month in either order, or a range of days
#: ("10/12 кастрычніка": the 10th to the 12th) — no day a reader can be sure of.
_NUMBER_PAIR = re.compile(r"^\s*\d{1,2}\s*[./]\s*\d{1,2}\.?\s*$")


@dataclass(frozen=True, slots=True)
class StatedDay:
    """A day a report names: month and day, and the year when it is known."""

    year: int | None
    month: int
    day: int

    def __str__(self) -> str:
        return f"{self.year or '????'}-{self.month:02d}-{self.day:02d}"


def _month_of(word: str) -> int | None:
    w = word.lower()
    best: tuple[int, int] | None = None
    for n, stems in enumerate(_MONTH_STEMS, 1):
        for stem in stems:
            if w.startswith(stem) and len(w) - len(stem) <= 6 and (best is None or len(stem) > best[1]):
                best = (n, len(stem))
    return best[0] if best else None


def stated_day(text: str, normalized: str | None) -> StatedDay | None:
    """The day one date expression names ("2025-04-23", "Dec. 27", "17 января"), or None when it
    names no day (a month, a year, "this week") or none for sure (two numbers without a year)."""
    if _NUMBER_PAIR.match(text):
        return None
    m = _ISO_DAY.match(normalized or "")
    if m:
        try:
            day = dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            return None
        return StatedDay(day.year, day.month, day.day)
    if not text or len(text) > 40:
        return None
    months = [n for n in (_month_of(w) for w in _WORD.findall(text)) if n]
    days = [int(d) for d in _DAY_NUMBER.findall(_YEAR.sub(" ", text))]
    if len(months) != 1 or len(days) != 1 or not 1 <= days[0] <= 31:
        return None
    year = _YEAR.search(text)
    try:
        dt.date(int(year.group(1)) if year else 2000, months[0], days[0])  # 2000: a leap year
    except ValueError:
        return None
    return StatedDay(int(year.group(1)) if year else None, months[0], days[0])


@dataclass(frozen=True, slots=True)
class StoryDays:
    """A report's lead day and every day it states (its publication day among them)."""

    lead: StatedDay | None = None
    days: frozenset[StatedDay] = frozenset()
    lead_published: bool = False  # the lead is the publication day, not a day the text states


def _period_bounds(found: list[tuple[int, int, StatedDay]]) -> set[int]:
    """Positions in ``found`` of days written next to a later day ("from April 3 to April 5",
    "between Sept. 7 and Oct. 1"): the bounds of a period (or a list of days), none of them the
    day of the story. One day said twice ("Thursday (Oct 17)") or a page's stamp before the day
    its text opens with ("21 Jun 2024 / On June 20th") is no period."""
    out: set[int] = set()
    for n in range(len(found) - 1):
        if 0 <= found[n + 1][0] - found[n][1] <= PERIOD_GAP and _before(found[n][2], found[n + 1][2]):
            out |= {n, n + 1}
    return out


def _before(a: StatedDay, b: StatedDay) -> bool:
    """Whether day ``a`` comes before day ``b`` (by month and day when a year is unknown)."""
    if a.year and b.year and a.year != b.year:
        return a.year < b.year
    return (a.month, a.day) < (b.month, b.day)


def story_days(dates: Iterable[tuple[int, str, str | None]], published: str | None = None,
               background: Sequence[tuple[int, int]] = ()) -> StoryDays:
    """A report's days from its date mentions ``(offset, text, normalized)`` and its publication.
    Days stated within ``background`` (spans where the report recalls history) are stated days
    but never its lead."""
    found = [(at, at + len(text), d) for at, text, norm in sorted(dates, key=lambda x: x[0])
             if (d := stated_day(text, norm))]
    pub = stated_day("", (published or "")[:10])
    stamp = [d for at, _, d in found if at < DATELINE_CHARS]  # a dateline: when the page was published
    pub = pub or (stamp[0] if stamp else None)
    bounds = _period_bounds(found)
    stated = [d for n, (at, _, d) in enumerate(found)
              if at >= DATELINE_CHARS and n not in bounds and not inside(at, background)]
    days = frozenset(d for _, _, d in found[:MAX_DAYS]) | ({pub} if pub else frozenset())
    if stated:
        return StoryDays(stated[0], days)
    return StoryDays(pub, days, lead_published=pub is not None)


def days_apart(a: StatedDay, b: StatedDay) -> int:
    """Days between two stated days; by month and day alone when a year is unknown."""
    if a.year and b.year:
        return abs((dt.date(a.year, a.month, a.day) - dt.date(b.year, b.month, b.day)).days)
    x = dt.date(2000, a.month, a.day).timetuple().tm_yday
    y = dt.date(2000, b.month, b.day).timetuple().tm_yday
    return min(abs(x - y), 366 - abs(x - y))


def _near(day: StatedDay, days: Iterable[StatedDay], tolerance: int) -> bool:
    return any(days_apart(day, d) <= tolerance for d in days)


def same_story_days(a: StoryDays, b: StoryDays) -> Feature:
    """The reports name the same days: each one's lead day is a day the other states (1.0); their
    lead days lie months apart and at most one of them is a day the other states (0.0: two stories
    of different days; a later story may recall the earlier one's day, never the reverse);
    otherwise, or when a report states no day, 0.5."""
    if a.lead is None or b.lead is None:
        return Feature("same_story_days", 0.5, "no stated day on one side")
    published = a.lead_published or b.lead_published
    tolerance = PUBLISHED_LAG if published else DAY_TOLERANCE
    a_in_b, b_in_a = _near(a.lead, b.days, tolerance), _near(b.lead, a.days, tolerance)
    if a_in_b and b_in_a:
        return Feature("same_story_days", 1.0, f"both tell of {a.lead}")
    if _recalled_lead(a, b, a_in_b, b_in_a):
        return Feature("same_story_days", 0.5, f"lead day {min(a.lead, b.lead, key=str)} recalled before the other's")
    # days a few weeks apart may still be one story (a later report, a follow-up); months are not
    if days_apart(a.lead, b.lead) > CLASH_DAYS and not (a_in_b and b_in_a):
        return Feature("same_story_days", 0.0, f"different days: {a.lead} / {b.lead}")
    return Feature("same_story_days", 0.5, f"lead days {a.lead} / {b.lead} partly shared")


def _recalled_lead(a: StoryDays, b: StoryDays, a_in_b: bool, b_in_a: bool) -> bool:
    """The report whose lead day is the earlier (both with years) also states the other's later lead
    day: a story cannot tell of a day yet to come, so its lead recalls the past (a photo caption, the
    background) and the two leads do not set the stories apart."""
    if a.lead is None or b.lead is None or not (a.lead.year and b.lead.year):
        return False
    if _before(a.lead, b.lead):
        return b_in_a
    if _before(b.lead, a.lead):
        return a_in_b
    return False


def load_stated_dates(store: Store) -> dict[str, list[tuple[int, str, str | None]]]:
    """Each document's date mentions as ``(offset, text, normalized)``, in text order."""
    out: dict[str, list[tuple[int, str, str | None]]] = defaultdict(list)
    for r in store.query("SELECT document_id, start_char, text, normalized FROM mentions "
                         "WHERE label = 'Date' ORDER BY document_id, start_char"):
        out[r["document_id"]].append((r["start_char"] or 0, r["text"] or "", r["normalized"]))
    return dict(out)
