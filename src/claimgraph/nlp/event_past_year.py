"""A month or day told without its year for an event told in the past lies before the report.

"Estonia requested consultations in September", "В сентябре Литва вызвала посла" in a report of
15 August 2025: the month is read in the report's year, which puts a past act after the report;
the act was in September of the year before. A date whose text gives its year ("September 2025",
"в сентябре этого года") or that is told in the future keeps its reading.
"""
from __future__ import annotations

import datetime as dt
import re

from dataclasses import replace

from claimgraph.model import TimeRef
from claimgraph.nlp.doc import DateMention, Sentence

#: words that fix a date in the current year ("this September", "в сентябре этого года")
_THIS_YEAR = re.compile(r"\b(?:this|current|этого|текущего|нынешнего|цього|поточного)\b|\d{4}", re.IGNORECASE)
_VERBS = frozenset({"VERB", "AUX"})
#: prepositions that tell when something happened ("in September", "on 3 May", "в сентябре"); "for
#: September", "на сентябрь", "by May" name a target instead
_WHEN = frozenset({"in", "on", "в", "во", "у"})


def told_in_past(sent: Sentence, verb: int) -> bool:
    """Whether the verb (or its auxiliary) is a finite verb in the past tense."""
    toks = sent.tokens

    def past(feats: str) -> bool:
        return "Tense=Past" in feats and "VerbForm=Part" not in feats
    if toks[verb].pos not in _VERBS:
        return False
    return past(toks[verb].feats) or any(t.head == verb and t.dep.startswith("aux") and past(t.feats) for t in toks)


def _year_back(iso: str) -> str | None:
    try:
        day = dt.date.fromisoformat(iso[:10])
        return day.replace(year=day.year - 1).isoformat()
    except ValueError:  # 29 February
        return None


def year_before(time: TimeRef, text: str | None, published: str | None) -> TimeRef | None:
    """``time`` a year back when it is a month or day without a stated year that lies after
    ``published``; else None."""
    if not published or not time.start or time.precision not in ("day", "month") or time.start[:10] <= published[:10]:
        return None
    if _THIS_YEAR.search(text or time.text or ""):
        return None
    start, end = _year_back(time.start), _year_back(time.end or time.start)
    if start is None or end is None or start > published[:10]:
        return None
    return TimeRef(start=start, end=end, precision=time.precision, text=time.text)


def a_year_back(sent: Sentence, d: DateMention, verb: int, published: str | None) -> DateMention:
    """The date ``d`` of a sentence whose event's verb is ``verb``, moved a year back when the verb
    tells the past and the date, told as when it happened, would fall after ``published``."""
    toks = sent.tokens
    first = next((k for k, t in enumerate(toks) if t.start >= d.start), None)
    if first is None or not told_in_past(sent, verb):
        return d
    if first > 0 and toks[first - 1].text.lower() not in _WHEN and toks[first - 1].pos == "ADP":
        return d  # "for September", "на сентябрь": a target
    earlier = year_before(d.time, d.text, published)
    return d if earlier is None else replace(d, time=earlier)


__all__ = ["a_year_back", "told_in_past", "year_before"]
