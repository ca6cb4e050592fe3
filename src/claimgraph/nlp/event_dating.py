"""Which of a sentence's dates tells when its event happened.

"On 23 February, the Treasury announced sanctions over the death of a politician on 16 February":
both dates are days, and the nearer to the word "sanctions" is the wrong one. The date of the event
is the one the clause of its trigger carries: a date whose chain of heads reaches the trigger, or
the verb the trigger noun depends on, before it reaches any other verb.

An event told as going on now ("is currently on a visit") is dated by the report's day. Else a
sentence without a date of its own takes one from the sentence before or after it, unless that
neighbour is only a page's date stamp, or the sentence names a day the report gives no year for
("On July 9, a record number of drones were launched"): the neighbour's date is then another day's.
"""
from __future__ import annotations

import bisect
import re

from claimgraph.model import TimeRef
from claimgraph.nlp import tree
from claimgraph.nlp.claims import sharpest
from claimgraph.nlp.doc import AnalyzedDoc, Sentence
from claimgraph.nlp.event_causes import date_in_cause
from claimgraph.nlp.event_cues import day_of_statement
from claimgraph.nlp.event_now import told_as_now
from claimgraph.nlp.event_past_year import a_year_back
from claimgraph.nlp.event_quotes import unresolved_day_tokens

_VERBS = frozenset({"VERB", "AUX"})
#: a date written the way a page stamps when it appeared ("2025-11-27"), not the way a sentence tells a day
STAMP = re.compile(r"^\s*\d{4}-\d{2}-\d{2}\s*$")


def clause_verb(sent: Sentence, trigger: int) -> int:
    """The trigger itself when it is a verb, else the first verb above it (or the trigger)."""
    toks = sent.tokens
    if toks[trigger].pos in _VERBS:
        return trigger
    return next((h for h in tree.ancestors(toks, trigger, 6) if toks[h].pos in _VERBS), trigger)


def in_clause(sent: Sentence, token: int, trigger: int) -> bool:
    """Whether the date at ``token`` hangs in the clause of the trigger: its heads reach the trigger
    or the trigger's verb before any other verb."""
    toks = sent.tokens
    anchors = {trigger, clause_verb(sent, trigger)}
    if token in anchors:
        return True
    for h in tree.ancestors(toks, token, 8):
        if h in anchors:
            return True
        if toks[h].pos in _VERBS:
            return False
    return False


def _token_of(sent: Sentence, offset: int) -> int:
    starts = [t.start for t in sent.tokens]
    return max(0, bisect.bisect_right(starts, offset) - 1)


def event_time(doc: AnalyzedDoc, sent: Sentence, si: int, trigger: int, dates: list,
               dstarts: list[int]) -> tuple[TimeRef | None, bool]:
    """The event's time and whether its own sentence names a date (a dated mention is specific);
    ``dates`` are the document's resolved dates in order of their offsets ``dstarts``."""
    def within(s: Sentence) -> list:
        lo, hi = bisect.bisect_left(dstarts, s.start), bisect.bisect_left(dstarts, s.end)
        return dates[lo:hi]

    # an event told in the past is not dated by a later date of its sentence ("signed a plan for
    # 2026", "will buy from the first quarter of next year")
    dated = bool(within(sent))
    # "Estonia requested consultations in September" in an August report: the September before
    verb = clause_verb(sent, trigger)
    own = [a_year_back(sent, d, verb, doc.published) for d in within(sent)]
    own = [d for d in own if not doc.published or (d.time.start or "") <= doc.published]
    # "summoned the envoy after the flight of drones on 25 November": the day of the cause, not of the act
    own = [d for d in own if not date_in_cause(sent, _token_of(sent, d.start), trigger)]
    if own:
        at = sent.tokens[trigger].start
        kept = {id(d) for _, d in sharpest([(_token_of(sent, d.start), d.time) for d in own])}
        # the date of the trigger's own clause, else the nearest ("on 23 February announced sanctions
        # over a death on 16 February": the 23rd); a page's "2025-11-27" stamp run into the sentence
        # only when the sentence names no other day
        return min((d for d in own if id(d.time) in kept), key=lambda d: (
            STAMP.match(d.text or "") is not None, not in_clause(sent, _token_of(sent, d.start), trigger),
            abs(d.start - at))).time, True
    if unresolved_day_tokens(doc, sent, "ru" if (doc.lang or "").startswith("ru") else "en"):
        return None, dated  # its own day, which the report gives no year for
    if told_as_now(sent, trigger, clause_verb(sent, trigger)):
        today = day_of_statement(doc)  # "who is currently on a visit": the report's day, not a neighbour's
        if today is not None:
            return today, True
    for j in (si - 1, si + 1):
        if 0 <= j < len(doc.sentences) and not stamp(doc, doc.sentences[j], within(doc.sentences[j])):
            near = [d for d in within(doc.sentences[j]) if (not doc.published or (d.time.start or "") <= doc.published)
                    and d.time.precision != "year"]
            if near:
                return near[0].time, dated
    return None, dated


def stamp(doc: AnalyzedDoc, sent: Sentence, dates: list) -> bool:
    """"24 February 2024", "09:23, 25 января": a page's date stamp, no sentence about the event."""
    text = doc.text[sent.start:sent.end]
    for d in dates:
        text = text.replace(d.text, " ")
    return len(re.findall(r"[^\W\d_]{2,}", text)) < 2


__all__ = ["STAMP", "clause_verb", "event_time", "in_clause", "stamp"]
