"""Days a text counts from another day: "two days earlier" from the day told before
(:mod:`claimgraph.nlp.relative_days`), "overnight" and "в ночь на среду" from the report's day
(:mod:`claimgraph.nlp.nights`), "will meet on Thursday" forward from the day told before it or the
report's day (:mod:`claimgraph.nlp.coming_days`), "last Thursday" back from it
(:mod:`claimgraph.nlp.past_weekdays`)."""
from __future__ import annotations

from claimgraph.nlp.coming_days import redate_coming_weekdays
from claimgraph.nlp.doc import DateMention
from claimgraph.nlp.nights import add_nights
from claimgraph.nlp.past_weekdays import last_weekdays
from claimgraph.nlp.relative_days import add_relative_days


def add_anchored_days(text: str, lang: str, dates: list[DateMention], anchor: str | None) -> list[DateMention]:
    """``dates`` (resolved against the report's day ``anchor``) with the days counted from another added
    or moved, in text order."""
    out = add_nights(text, lang, add_relative_days(text, lang, dates, anchor), anchor)
    out = last_weekdays(text, lang, out, anchor)
    redate_coming_weekdays(text, lang, out, anchor)
    return out


__all__ = ["add_anchored_days"]
