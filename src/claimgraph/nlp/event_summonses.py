"""A summons told twice in a report is one summons.

A report first tells a summons by the diplomat's post ("Norway has summoned the Russian
ambassador") and later by his name ("the foreign ministry said it summoned Nikolai Korchunov on
Friday"). The two tellings share no participant (one names the state and the post, the other the
ministry and the person), so the merge by parties keeps them apart. Two summonses of one report
are one when their sentences both hold a verb of summoning a diplomat
(:func:`claimgraph.nlp.event_incursions.summons`), their days agree where both are known, and the
states they name do not differ ("Poland summoned …", "Romania summoned …" stay two).
"""
from __future__ import annotations

import bisect

from claimgraph.model import Event
from claimgraph.nlp.countries import territory_code
from claimgraph.nlp.doc import AnalyzedDoc
from claimgraph.nlp.event_cues import is_headline
from claimgraph.nlp.event_incursions import summons

#: how many earlier summonses a summons is compared with, so a hostile document stays linear
WINDOW = 20


def _is_summons(doc: AnalyzedDoc, starts: list[int], e: Event) -> bool:
    k = bisect.bisect_right(starts, e.start) - 1
    if k < 0 or e.type != "meeting":
        return False
    sent = doc.sentences[k]
    return len(sent.tokens) <= 400 and any(summons(doc, sent, i) for i in range(len(sent.tokens)))


def _states(e: Event) -> set[str]:
    return {code for code in map(territory_code, e.participants) if code}


def _agree(a: Event, b: Event) -> bool:
    if a.time and b.time and (a.time.start, a.time.end) != (b.time.start, b.time.end):
        return False
    sa, sb = _states(a), _states(b)
    return not (sa and sb and not sa & sb)


def one_summons(doc: AnalyzedDoc, events: list[Event]) -> list[Event]:
    """Merge each summons into the latest earlier summons it agrees with: the first telling stays
    (unless it is a headline and the later one prose) and takes the day, place and parties it lacked."""
    starts = [s.start for s in doc.sentences]
    out: list[Event] = []
    told: list[Event] = []
    for e in events:
        if not _is_summons(doc, starts, e):
            out.append(e)
            continue
        target = next((o for o in reversed(told[-WINDOW:]) if _agree(o, e)), None)
        if target is None:
            out.append(e)
            told.append(e)
            continue
        if is_headline(doc.text, target.start, target.end) and not is_headline(doc.text, e.start, e.end):
            target.start, target.end = e.start, e.end
        target.time = target.time or e.time
        target.place = target.place or e.place
        target.participants += [p for p in e.participants if p not in target.participants]
    return out


__all__ = ["one_summons"]
