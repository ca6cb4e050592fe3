"""Events of languages read without a parser (word tokens only): see :mod:`claimgraph.nlp.event_words`."""
from __future__ import annotations

import bisect
import re

from claimgraph.model import Event
from claimgraph.nlp.claims import name_of
from claimgraph.nlp.dates import day_dates
from claimgraph.nlp.doc import AnalyzedDoc, Sentence
from claimgraph.nlp.event_arrivals import arrival_to_place
from claimgraph.nlp.event_default_day import on_report_day
from claimgraph.nlp.event_pairs import with_type
from claimgraph.nlp.event_words import framed, word_event
from claimgraph.nlp.word_pending import pending_word
from claimgraph.nlp.event_cues import asks, day_of_statement, is_headline, prefer_prose, told_in_text
from claimgraph.nlp.event_settings import at_a_setting
from claimgraph.nlp.event_quotes import named_day
from claimgraph.nlp.event_roles import PARTICIPANTS, PLACES
from claimgraph.nlp.events import MERGE_WINDOW, PRIORITY

_PREPOSITIONS = frozenset({"in", "im", "у", "в", "ў", "во", "w", "we", "în", "във", "на", "na"})


def find_word_events(doc: AnalyzedDoc) -> list[Event]:
    """Events of a language read without a parser: the most specific event word of a sentence gives
    one event; its participants are the sentence's names, its place a name after a locative
    preposition, its time a day-month date of the sentence. Reports of one type merge unless
    their days differ (a document telling of strikes on two days keeps both)."""
    lang = (doc.lang or "")[:2]
    mentions = sorted((m for m in doc.mentions if m.label not in ("Date", "Quantity", "Money")), key=lambda m: m.start)
    mstarts = [m.start for m in mentions]
    days = sorted(day_dates(doc.text, lang, doc.published), key=lambda d: d[0])
    days += [(d.start, d.end, d.time) for d in doc.dates if d.time.start]
    days = [d for d in days if not doc.published or (d[2].start or "") <= doc.published]
    events: list[Event] = []
    named: dict[str, str | None] = {}  # event id → the unresolved day its sentence names
    sentences = _joined(doc)
    # the report's lead: its first sentence that is no headline, with the body after it
    lead = next((s for s in sentences if not is_headline(doc.text, s.start, s.end)), None)
    lead = lead if lead is not None and lead is not sentences[-1] else None
    for sent in sentences:
        if not sent.tokens or len(sent.tokens) > 400 or asks(doc.text, sent.start, sent.end):
            continue
        best: tuple[str, int] | None = None
        fallback: tuple[str, int] | None = None
        pending = False
        lowered = doc.text[sent.start:sent.end].lower()
        words = [t.text for t in sent.tokens]
        for i, tok in enumerate(sent.tokens):
            kind = word_event(tok.text, lang, lowered, lead=sent is lead)
            if kind is not None and pending_word(words, i, lang):
                pending = True  # "буде підписано", "форум пройдзе": still to come
                continue
            if kind is None:
                continue
            if framed(words, i, lang):
                fallback = fallback or (kind, tok.start)
            elif best is None or PRIORITY.index(kind) < PRIORITY.index(best[0]):
                best = (kind, tok.start)
        best = best or (None if pending else fallback)  # "має намір підписати під час зустрічі": the frame too
        if best is None:
            continue
        kind, at = best
        lo, hi = bisect.bisect_left(mstarts, sent.start), bisect.bisect_left(mstarts, sent.end)
        in_sent = mentions[lo:hi]
        place = next((m for m in in_sent if m.label in PLACES and m.label != "Country"
                      and doc.text[max(sent.start, m.start - 4):m.start].strip().lower() in _PREPOSITIONS), None)
        names = [name_of(m) for m in in_sent if m.label in PARTICIPANTS and m is not place]
        own = [d for d in days if d[0] < sent.end and d[1] > sent.start]  # "am 2. Januar" spans a split
        time = min(own, key=lambda d: abs(d[0] - at))[2] if own else None
        if time is None and kind == "announcement" and at_a_setting(lowered, lang):
            time = day_of_statement(doc)  # "заявив під час брифінгу": the day the report was filed
        event = Event(id=Event.make_id(doc.document_id, sent.start, kind), document_id=doc.document_id, type=kind,
                      time=time, place=name_of(place) if place is not None else None,
                      participants=list(dict.fromkeys(names)), start=sent.start, end=sent.end)
        day = named_day(lowered) if time is None else None  # "17 квітня" in a report without its year
        target = next((e for e in reversed(events[-MERGE_WINDOW:]) if e.type == kind and (
            not (e.time and time) or (e.time.start, e.time.end) == (time.start, time.end))
            and not (day and named.get(e.id) and named[e.id] != day)), None)
        places = [(m.start, m.end) for m in in_sent if m.label in ("Location", "Country")]
        if kind == "meeting" and arrival_to_place(sent, lang, places) and all(e.type != "visit" for e in events):
            # "прибув у Пхеньян і зустрівся": the visit too (not "прибув до МЗС", a summoned envoy)
            events.append(with_type(event, "visit"))
        if target is None:
            events.append(event)
            named[event.id] = day
            continue
        prefer_prose(doc.text, target, event)
        if target.time is None and time is not None:
            target.start, target.end = event.start, event.end  # the dated report tells it best
        target.time = target.time or time
        target.place = target.place or event.place
        target.participants += [p for p in event.participants if p not in target.participants]
    starts = [d.start for d in doc.dates] + [d[0] for d in days]
    return on_report_day(told_in_text(events, doc.text), day_of_statement(doc), doc.text, starts)



_ORDINAL_END = re.compile(r"(?:^|\s)\d{1,2}\.$")


def _joined(doc: AnalyzedDoc) -> list[Sentence]:
    """The sentences, with a split after an ordinal day ("am 30. | Dezember") joined again."""
    out: list[Sentence] = []
    for sent in doc.sentences:
        if out and out[-1].tokens and _ORDINAL_END.search(doc.text[out[-1].start:out[-1].end]) and \
                "\n" not in doc.text[out[-1].end:sent.start]:
            out[-1] = Sentence(out[-1].start, sent.end, out[-1].tokens + sent.tokens)
        else:
            out.append(sent)
    return out


__all__ = ["find_word_events"]
