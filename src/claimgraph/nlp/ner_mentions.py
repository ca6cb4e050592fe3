"""The NER component's mentions: how one is made, overlaps between them resolved, sentences set."""
from __future__ import annotations

import bisect
from collections.abc import Iterable

from claimgraph.model import Mention
from claimgraph.nlp.doc import AnalyzedDoc
from claimgraph.nlp.nominative import lemmatized_head

NAME = "claimgraph.ner.v1"
VERSION = "1"


def make_mention(doc: AnalyzedDoc, start: int, end: int, label: str, normalized: str | None,
                 rule: bool = False) -> Mention:
    """A mention of ``doc`` from the statistical model, or from the rules (``rule``)."""
    if rule and doc.lang == "ru" and label == "Facility":  # quoted names stay as written
        normalized = lemmatized_head(doc, start, end, every_word=label == "Facility") or normalized
    return Mention(
        id=Mention.make_id(doc.document_id, start, end, label), document_id=doc.document_id,
        start=start, end=end, text=doc.text[start:end], label=label,
        normalized=" ".join((normalized or doc.text[start:end]).split()),
        extractor=NAME + (":rules" if rule else ""), version=VERSION,
    )


def resolve_overlaps(mentions: Iterable[Mention]) -> list[Mention]:
    """Keep non-overlapping mentions: the longer span wins, then the one earlier in the list.

    Callers put the mentions whose type should win on equal spans (rules, gazetteer) first.
    Linear in the total length of the spans: occupied characters are marked in a byte array.
    """
    items = [m for m in mentions if m.end > m.start]
    if not items:
        return []
    ranked = sorted(enumerate(items), key=lambda im: (-(im[1].end - im[1].start), im[0]))
    base = min(m.start for m in items)
    occupied = bytearray(max(m.end for m in items) - base)
    kept: list[Mention] = []
    for _, m in ranked:
        a, b = m.start - base, m.end - base
        if occupied.find(1, a, b) != -1:
            continue
        occupied[a:b] = b"\x01" * (b - a)
        kept.append(m)
    kept.sort(key=lambda m: (m.start, m.end))
    return kept


class Spans:
    """Mentions sorted by start, for overlap look-ups in logarithmic time (rule spans are short)."""

    def __init__(self, mentions: list[Mention]) -> None:
        self.items = sorted(mentions, key=lambda m: m.start)
        self.starts = [m.start for m in self.items]
        self.longest = max((m.end - m.start for m in self.items), default=0)

    def overlapping(self, m: Mention) -> list[Mention]:
        """The mentions that overlap ``m``."""
        lo = bisect.bisect_left(self.starts, m.start - self.longest)
        hi = bisect.bisect_left(self.starts, m.end)
        return [o for o in self.items[lo:hi] if o.start < m.end and m.start < o.end]


def overlaps_any(m: Mention, others: list[Mention] | Spans) -> bool:
    """Whether ``m`` overlaps any of ``others``."""
    spans = others if isinstance(others, Spans) else Spans(others)
    return bool(spans.overlapping(m))


def set_sentences(doc: AnalyzedDoc, mentions: Iterable[Mention]) -> None:
    """Fill ``sent_start``/``sent_end`` from the sentence that holds each mention's start."""
    for m in mentions:
        if m.sent_start is None:
            sent = doc.sentence_at(m.start)
            if sent is not None:
                m.sent_start, m.sent_end = sent.start, sent.end
