"""The analysed document that flows through the extraction pipeline.

Each component reads some fields of an :class:`AnalyzedDoc` and fills others (declared by
``requires`` / ``assigns``). Language-specific parsers (spaCy for English, Natasha for Russian) fill
the same neutral structures, so later components never care which parser ran.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from claimgraph.model import Citation, Claim, Event, Mention, Quantity, TimeRef


@dataclass(slots=True)
class Token:
    """One token; ``head`` is the index of its syntactic head within the sentence (self = root)."""

    start: int
    end: int
    text: str
    lemma: str = ""
    pos: str = ""  # Universal POS tag
    dep: str = ""  # Universal dependency relation
    head: int = -1
    feats: str = ""  # morphological features, "Case=Nom|Number=Sing"


@dataclass(slots=True)
class Sentence:
    start: int
    end: int
    tokens: list[Token] = field(default_factory=list)


@dataclass(slots=True)
class DateMention:
    """A date expression and the time it refers to, resolved against the publication date."""

    start: int
    end: int
    text: str
    time: TimeRef

    @property
    def day(self) -> dt.date | None:
        """The one day the expression names, or None for a span, a month or a bad date."""
        t = self.time
        if t.precision != "day" or not t.start or t.start != t.end:
            return None
        try:
            return dt.date.fromisoformat(t.start)
        except ValueError:
            return None


def report_day(anchor: str | None) -> dt.date | None:
    """The day an ISO date or timestamp names ("2025-06-20", "2025-06-20T09:00"), or None when it
    names no whole day ("2025-06", "", None) or no valid one."""
    if not anchor or len(anchor) < 10:
        return None
    try:
        return dt.date.fromisoformat(anchor[:10])
    except ValueError:
        return None


@dataclass(slots=True)
class AnalyzedDoc:
    document_id: str
    text: str
    lang: str | None = None
    published: str | None = None  # ISO date the relative expressions resolve against
    title: str | None = None
    meta: dict[str, object] = field(default_factory=dict)
    sentences: list[Sentence] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    citations: list[Citation] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    furniture: list[tuple[int, int]] = field(default_factory=list)  # page furniture, blanked in ``text``

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence containing a character offset (binary search)."""
        lo, hi = 0, len(self.sentences) - 1
        while lo <= hi:
            mid = (lo + hi) // 2
            s = self.sentences[mid]
            if offset < s.start:
                hi = mid - 1
            elif offset >= s.end:
                lo = mid + 1
            else:
                return s
        return None
