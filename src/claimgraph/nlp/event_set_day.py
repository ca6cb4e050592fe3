"""The day a future event is set for, told in a sentence after it.

"Путин проведёт встречу с Лукашенко перед заседанием форума. Об этом сообщили в Кремле.
Мероприятие запланировано на пятницу, 12 октября." A report often tells a scheduled event first and
its day a sentence or two later, in a sentence whose subject is a common noun or a pronoun for the
event ("мероприятие", "встреча", "it") and whose verb sets it ("запланировано на", "состоится",
"is scheduled for"). Such a sentence dates the future event told just before it.
"""
from __future__ import annotations

import bisect

from claimgraph.model import TimeRef
from claimgraph.nlp.doc import AnalyzedDoc, Sentence

#: verbs (and participles) that set an event for a day
SETTING = frozenset({"запланировать", "запланированный", "наметить", "намеченный", "назначить", "назначенный",
                     "состояться", "пройти", "schedule", "set", "slate"})
#: how many sentences after the event's own one may set its day
REACH = 2


def _sets_an_event(sent: Sentence) -> bool:
    """A verb of setting whose subject is a common noun or a pronoun (the event told before)."""
    toks = sent.tokens
    for i, t in enumerate(toks):
        if (t.lemma or t.text).lower() not in SETTING:
            continue
        subjects = [c for c, s in enumerate(toks) if s.head == i and c != i and s.dep.startswith("nsubj")]
        if subjects and all(toks[c].pos in ("NOUN", "PRON") for c in subjects):
            return True
    return False


def day_set_after(doc: AnalyzedDoc, si: int, dates: list, dstarts: list[int]) -> TimeRef | None:
    """The one day a sentence shortly after sentence ``si`` sets an event for; ``dates`` are the
    document's resolved dates sorted by offset, ``dstarts`` their offsets."""
    for j in range(si + 1, min(len(doc.sentences), si + 1 + REACH)):
        sent = doc.sentences[j]
        if not sent.tokens or len(sent.tokens) > 60:
            continue
        lo, hi = bisect.bisect_left(dstarts, sent.start), bisect.bisect_left(dstarts, sent.end)
        days = [d.time for d in dates[lo:hi] if d.time.start and d.time.start == d.time.end]
        if len(days) == 1 and _sets_an_event(sent):
            return days[0]
    return None


__all__ = ["day_set_after"]
