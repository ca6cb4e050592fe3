"""The speaker a line names before a colon: "Мэр Орлова: при пожаре погибли трое".

Headlines, and lines that open a quoted post, give the speaker first and what they said after a
colon ("Governor Hale: 40 people hurt in the blast", "Минобороны: сбиты 12 беспилотников"). A
figure after such a colon is the speaker's when the words before it are a person or a public body
(maybe after a title: "Губернатор Орлова:"), at the very start of the sentence. A place in capitals
before a colon is a dateline ("KYIV: …"), never a speaker, and a country or a capital is left out
for that reason.
"""
from __future__ import annotations

import re

from claimgraph.model import Mention
from claimgraph.nlp.claims.sentence import _Context, _Sent
from claimgraph.nlp.claims.voices import voice

#: speakers a colon may follow: people and bodies (a place may be a dateline)
_SPEAKERS = frozenset({"Person", "PublicBody", "Organization"})
#: what may stand before the speaker: a date marker, a title of up to three words
_LEAD = re.compile(r"^\s*(?:date\s+\d{4}-\d\d-\d\d\s+)?(?:[\w.-]+\s+){0,3}$")
#: how far into the sentence the colon may stand
_WITHIN = 80


def colon_voice(ctx: _Context, sx: _Sent, at: int) -> Mention | None:
    """The speaker named before a colon that opens the sentence, when offset ``at`` lies after it."""
    text = ctx.doc.text
    start = sx.sent.start
    colon = text.find(":", start, min(sx.sent.end, start + _WITHIN))
    if colon < 0 or at <= colon:
        return None
    for m in sx.mentions:
        if m.start >= colon:
            break
        if text[m.end:colon].strip() or m.label not in _SPEAKERS or voice(m) is None:
            continue
        lead = text[start:m.start]
        if _LEAD.match(lead) and not text[m.start:m.end].isupper() and not _verb_before(sx, m.start):
            return m
    return _surname_before(ctx, sx, colon)


def _surname_before(ctx: _Context, sx: _Sent, colon: int) -> Mention | None:
    """A person the report names in full, given by surname alone before the colon ("Орлова: …"), as
    headlines do; the name tagger may miss a lone surname there."""
    text = ctx.doc.text
    lead = text[sx.sent.start:colon]
    words = lead.split()
    if not words or not _LEAD.match(" ".join(words[:-1]) + " ") or _verb_before(sx, colon):
        return None
    last = words[-1]
    if not last[:1].isupper() or last.isupper():
        return None
    for m in ctx.entity_mentions:
        parts = text[m.start:m.end].split()
        if m.label == "Person" and len(parts) > 1 and parts[-1] == last:
            return m
    return None


def _verb_before(sx: _Sent, end: int) -> bool:
    """Whether a verb stands before offset ``end``: a clause ("He told the mayor: …"), not a title."""
    return any(t.pos in ("VERB", "AUX") for t in sx.sent.tokens if t.end <= end)


__all__ = ["colon_voice"]
