"""Event reports from a workspace: each document's events with comparable keys, and a main event.

Every document gets exactly one main event. It is the first event extraction found in the text;
when extraction found none, a synthetic one is made from the title and lead (its type guessed
from a few words, its participants and place taken from the entities named there), so that
single-document events still appear in the event list.
"""
from __future__ import annotations

import datetime as dt
import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from claimgraph.model import Claim, Event, Mention
from claimgraph.triangulate.authorities import event_authority, sanction_authorities
from claimgraph.triangulate.concepts import Concepts
from claimgraph.triangulate.event_clusters import EventReport, text_sketch
from claimgraph.triangulate.keys import last_token, name_key
from claimgraph.triangulate.recalled_lines import recalled_lines
from claimgraph.triangulate.story_dates import story_days
from claimgraph.triangulate.timespan import Span, day_span, parse_date, span_of, width_days

LEAD_CHARS = 400  # title plus this much of the text make the lead of a synthetic event
SKETCH_CHARS = 6000  # text read for the resemblance sketch
PARTICIPANT_LABELS = frozenset({"Person", "Organization", "Company", "PublicBody", "Country",
                                "Facility", "Product"})
PLACE_LABELS = frozenset({"Location", "Facility"})
MAX_DOC_KEYS = 12  # most frequent entities of a document added to its main event
MAX_EVENT_AGE = 120  # days before publication an extracted main-event date may lie
MAX_MAIN_WIDTH = 31  # a main-event date vaguer than this (a year, a quarter) is not used

_TYPE_WORDS = [
    ("sanction", r"sanction|санкц"),
    ("agreement", r"agreement|signed|memorandum|contract|соглашен|подписа|меморандум|договор|контракт"),
    ("exhibition", r"exhibition|expo|air ?show|forum|выставк|салон|форум"),
    ("visit", r"\bvisit|arriv|tour|визит|посети|прибыл|посещ"),
    ("meeting", r"\bmet\b|meeting|talks|negotiat|summit|встреч|переговор|саммит"),
]
_TYPE_RE = [(t, re.compile(p, re.IGNORECASE)) for t, p in _TYPE_WORDS]
_YEARISH = re.compile(r"^(19|20)\d\d$")


def guess_type(text: str) -> str:
    """An event type from a few telling words of a title or lead; "announcement" otherwise."""
    for type_, pattern in _TYPE_RE:
        if pattern.search(text):
            return type_
    return "announcement"


@dataclass(slots=True)
class DocText:
    id: str
    title: str | None
    published: str | None
    lang: str | None
    text: str


def _mention_key(m: Mention, concepts: Concepts | None = None) -> str:
    key = m.entity_id or name_key(m.canonical or m.normalized or m.text)
    return concepts.key(key) if concepts is not None else key


def _keys_for(name: str, by_surface: dict[str, Mention], concepts: Concepts | None = None) -> list[tuple[str, str]]:
    """(key, display) for one participant string, through the document's mentions when possible."""
    m = by_surface.get(name_key(name))
    if m is not None:
        keys = [(_mention_key(m, concepts), m.canonical or m.text)]
    else:
        keys = [(concepts.name(name) if concepts is not None else name_key(name), name)]
    if m is not None and m.label == "Person" and not m.entity_id:
        surname = last_token(name_key(m.canonical or m.text))
        if surname:
            keys.append(("~" + surname, m.canonical or m.text))
    return [(k, d) for k, d in keys if k]


_NUMBER = re.compile(r"(?<![\w.,])(\d{1,3}(?:[ \u00a0\u202f,.]\d{3})+(?![\d])|\d+)([.,]\d+)?\s*(?:de\s+)?"
                     r"(тыс|тис|хил|tys|thousand|tausend|mii|mil\b|k\b|млн|мільйон|mln|million|millionen|milioan)?",
                     re.IGNORECASE)
#: Words that scale a figure, in the languages of the region ("100 тысяч", "100 tys.", "100 de mii").
_SCALE = {"тыс": 1000, "тис": 1000, "хил": 1000, "tys": 1000, "thousand": 1000, "tausend": 1000, "mii": 1000,
          "mil": 1000, "k": 1000, "млн": 1_000_000, "мільйон": 1_000_000, "mln": 1_000_000,
          "million": 1_000_000, "millionen": 1_000_000, "milioan": 1_000_000}


def _numbers(claims: Iterable[Claim], text: str = "") -> frozenset[str]:
    """Figures a report quotes (from its claims and its text), years and small numbers left out."""
    values: list[float] = []
    for c in claims:
        values.extend(v for v in (c.value, c.value_min, c.value_max) if v is not None and not math.isnan(v))
    for m in _NUMBER.finditer(text):
        digits = re.sub(r"[ \u00a0\u202f,.]", "", m.group(1))
        scale = _SCALE.get((m.group(3) or "").lower(), 1)
        fraction = float("0." + m.group(2)[1:]) if m.group(2) and scale > 1 else 0.0
        values.append((float(digits) + fraction) * scale)
    out = set()
    for v in values:
        text_ = f"{v:g}"
        if abs(v) >= 10 and not _YEARISH.match(text_):
            out.add(text_)
    return frozenset(out)


_NAME_WORD = re.compile(r"[^\W\d_][\w-]*", re.UNICODE)
_LATIN = re.compile(r"[A-Za-z]")
NAME_CHARS = 400  # title plus this much of the text give the names a report is compared by


def lower_words(text: str) -> set[str]:
    """The words a text writes in lower case: common words, whatever capital a sentence gives them."""
    return {m.group(0) for m in _NAME_WORD.finditer(text) if m.group(0)[0].islower()}


def name_words(title: str | None, text: str, common: frozenset[str] | set[str] = frozenset()) -> frozenset[str]:
    """Transliteration keys of the capitalised words of a title and lead, and of Latin words in a
    text of another script: names survive translation where the rest of the text does not.
    ``common``: words written in lower case somewhere ("According", "Western" are no names)."""
    lead = f"{title or ''}\n{text[:NAME_CHARS]}"
    cyrillic = sum(1 for ch in lead if "\u0400" <= ch <= "\u04ff") > len(lead) // 4
    out = set()
    for m in _NAME_WORD.finditer(lead):
        word = m.group(0)
        if word.lower() in common:
            continue
        if word[0].isupper() or (cyrillic and _LATIN.match(word)):
            key = name_key(word)
            if len(key) >= 3 and not key.isdigit():
                out.add(key)
    return frozenset(out)


def _plausible(span: Span | None, published: str | None) -> bool:
    """Whether an extracted time can be when a report's main event happened: not after the
    report, and not long before it (a roadmap "until 2030" or a "since 2022" is background)."""
    day = parse_date(published)
    if span is None or day is None:
        return span is not None
    try:
        return span[0] <= day + dt.timedelta(days=1) and span[1] >= day - dt.timedelta(days=MAX_EVENT_AGE)
    except OverflowError:  # a date at the edge of the calendar is no event date
        return False


def build_reports(docs: Iterable[DocText], events: Iterable[Event], mentions: Iterable[Mention],
                  claims: Iterable[Claim], synthetic_ids: set[str] | None = None,
                  sources: set[str] | None = None,
                  concepts: Concepts | None = None,
                  dates: dict[str, list[tuple[int, str, str | None]]] | None = None,
                  ) -> tuple[list[EventReport], list[Event]]:
    """Reports for every event, plus the synthetic main events made for documents without one.

    ``sources``: name keys of outlets and agencies; naming a source does not make it a participant.
    ``concepts``: cross-script keys (built from the mentions when not given), so that "Moscow" in
    one report and "Москва" in another are the same participant and place.
    ``dates``: each document's date mentions ``(offset, text, normalized)``: the days it states.
    """
    mentions = list(mentions)
    if concepts is None:
        concepts = Concepts(mentions, PARTICIPANT_LABELS | PLACE_LABELS | {"Location", "Country"})
    stale = synthetic_ids or set()
    not_participants = sources or set()
    by_doc_events: dict[str, list[Event]] = defaultdict(list)
    for e in events:
        if e.id not in stale:
            by_doc_events[e.document_id].append(e)
    by_doc_mentions: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        by_doc_mentions[m.document_id].append(m)
    by_doc_claims: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        by_doc_claims[c.document_id].append(c)
    reports: list[EventReport] = []
    synthetic: list[Event] = []
    docs = list(docs)
    # lead words any text writes in lower case (kept to the leads' words: bounded memory)
    in_leads = {m.group(0).lower() for doc in docs
                for m in _NAME_WORD.finditer(f"{doc.title or ''}\n{doc.text[:NAME_CHARS]}")}
    common: set[str] = set()
    for doc in docs:
        common |= lower_words(f"{doc.title or ''}\n{doc.text}") & in_leads
    for doc in docs:
        ms = [m for m in by_doc_mentions.get(doc.id, []) if m.label in PARTICIPANT_LABELS | PLACE_LABELS
              and name_key(m.canonical or m.text) not in not_participants
              and name_key(m.text) not in not_participants]
        by_surface: dict[str, Mention] = {}
        for m in ms:
            for surface in (m.text, m.canonical, m.normalized):
                if surface:
                    by_surface.setdefault(name_key(surface), m)
        counts = Counter(_mention_key(m, concepts) for m in ms if m.label in PARTICIPANT_LABELS | PLACE_LABELS)
        doc_display = {_mention_key(m, concepts): m.canonical or m.text for m in ms}
        doc_keys = [k for k, _ in counts.most_common(MAX_DOC_KEYS) if k]
        evs = sorted(by_doc_events.get(doc.id, []), key=lambda e: (e.start, -len(e.participants), e.id))
        if not evs:
            evs = [_synthetic(doc, ms)]
            synthetic.append(evs[0])
        numbers = _numbers(by_doc_claims.get(doc.id, []), doc.text)
        sketch = text_sketch(((doc.title or "") + " " + doc.text)[:SKETCH_CHARS])
        words = name_words(doc.title, doc.text, common) - not_participants  # an agency named is no evidence
        story = story_days((dates or {}).get(doc.id, ()), doc.published, recalled_lines(doc.text))
        authorities = sanction_authorities(by_doc_claims.get(doc.id, []))
        for n, e in enumerate(evs):
            main = n == 0
            names: dict[str, str] = {}
            for p in e.participants:
                if name_key(p) in not_participants:
                    continue
                for k, d in _keys_for(p, by_surface, concepts):
                    names.setdefault(k, d)
            if main:
                for k in doc_keys:
                    names.setdefault(k, doc_display.get(k, k))
            place = ""
            if e.place:
                place_keys = _keys_for(e.place, by_surface, concepts)
                place = place_keys[0][0] if place_keys else ""
            span = span_of(e.time)
            if main and (not _plausible(span, doc.published) or (span and width_days(span) > MAX_MAIN_WIDTH)):
                span = None  # a vague or implausible date says less than the report's own date
            reports.append(EventReport(
                event=e, document_id=doc.id, published=doc.published, main=main,
                span=span or day_span(doc.published), from_published=span is None,
                participants=frozenset(names), names=names, place=place,
                numbers=numbers if main else frozenset(), sketch=sketch if main else frozenset(),
                lang=doc.lang, guessed=main and bool(synthetic) and synthetic[-1] is e,
                words=words if main else frozenset(), story=story if main else story_days((), None),
                profile=dict(counts) if main else {},
                authorities=authorities | event_authority(e) if main else frozenset(),
            ))
    return reports, synthetic


def _synthetic(doc: DocText, mentions: list[Mention]) -> Event:
    lead_end = min(len(doc.text), LEAD_CHARS)
    lead = doc.text[:lead_end]
    sentence_end = lead.find(". ")
    end = sentence_end + 1 if sentence_end > 0 else lead_end
    type_ = guess_type(f"{doc.title or ''} {lead[:end]}")
    in_lead = [m for m in mentions if m.start < lead_end]
    participants = list(dict.fromkeys(m.canonical or m.text for m in in_lead if m.label in PARTICIPANT_LABELS))
    place = next((m.canonical or m.text for m in in_lead if m.label == "Location"), None)
    return Event(Event.make_id(doc.id, 0, type_), doc.id, type_, time=None, place=place,
                 participants=participants[:8], start=0, end=end)
