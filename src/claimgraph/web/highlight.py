"""Document text cut into segments for highlighting, never into HTML.

The template writes each segment through Jinja's autoescaping, so a ``<script>`` in a source
stays text. Spans from the store are clamped to the text and may overlap: each segment knows the
innermost mention covering it, whether a claim, a date or a citation covers it, and which claims
start there (the template puts a link to the ledger at each start).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from itertools import pairwise
from typing import Any

MAX_SPANS = 20000  # per kind; a hostile store must not make rendering quadratic


@dataclass(slots=True)
class Segment:
    text: str
    start: int
    mention: dict[str, Any] | None = None
    claim: bool = False
    date: bool = False
    citation: bool = False
    claim_starts: list[str] = field(default_factory=list)
    citation_source: str | None = None

    @property
    def css(self) -> str:
        classes = []
        if self.mention is not None:
            classes += ["m", "m-" + "".join(ch for ch in str(self.mention.get("label", "")) if ch.isalnum())]
        if self.date:
            classes.append("date")
        if self.claim:
            classes.append("in-claim")
        if self.citation:
            classes.append("cite")
        return " ".join(classes)


def _clamp(span: dict[str, Any], n: int) -> tuple[int, int] | None:
    try:
        start, end = int(span.get("start") or 0), int(span.get("end") or 0)
    except (TypeError, ValueError):
        return None
    start, end = max(0, min(start, n)), max(0, min(end, n))
    return (start, end) if start < end else None


def segments(text: str, mentions: list[dict[str, Any]], claims: list[dict[str, Any]],
             citations: list[dict[str, Any]]) -> list[Segment]:
    """Cut ``text`` at every span boundary; Date mentions are marked as dates, not entities."""
    n = len(text)
    spans: list[tuple[int, int, str, dict[str, Any]]] = []
    for kind, rows in (("mention", mentions), ("claim", claims), ("citation", citations)):
        for row in rows[:MAX_SPANS]:
            got = _clamp(row, n)
            if got:
                spans.append((got[0], got[1], kind, row))
    cuts = sorted({0, n, *(s for s, _, _, _ in spans), *(e for _, e, _, _ in spans)})
    starts: dict[int, list[int]] = {}
    ends: dict[int, list[int]] = {}
    for i, (s, e, _, _) in enumerate(spans):
        starts.setdefault(s, []).append(i)
        ends.setdefault(e, []).append(i)
    active: dict[str, dict[int, None]] = {"mention": {}, "claim": {}, "citation": {}}
    out: list[Segment] = []
    for a, b in pairwise(cuts):
        for i in ends.get(a, []):
            active[spans[i][2]].pop(i, None)
        new_claims = []
        for i in starts.get(a, []):
            active[spans[i][2]][i] = None
            if spans[i][2] == "claim":
                new_claims.append(str(spans[i][3].get("id")))
        seg = Segment(text[a:b], a, claim_starts=new_claims)
        if active["mention"]:
            best = min(active["mention"], key=lambda i: (spans[i][1] - spans[i][0], i))
            row = spans[best][3]
            if row.get("label") == "Date":
                seg.date = True
            else:
                seg.mention = row
        seg.claim = bool(active["claim"])
        if active["citation"]:
            seg.citation = True
            seg.citation_source = spans[next(iter(active["citation"]))][3].get("source")
        out.append(seg)
    return out
