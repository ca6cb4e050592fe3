"""A speaker named in the sentence after a claim: "X заступил на дежурство. Об этом заявил Y" — the
statement is Y's. News in Russian, Ukrainian and Belarusian opens the attribution of a lead this way
("Об этом сообщил…", "Про це заявив…", "Пра гэта паведаміў…"); English says "This was announced by Y"."""
from __future__ import annotations

import bisect
import re
from dataclasses import replace

from claimgraph.model import Claim, Mention
from claimgraph.nlp.claims.sentence import _Context, _lemma
from claimgraph.nlp.claims.speakerless import speakerless
from claimgraph.nlp.lexicon import SPEECH_VERBS

#: A sentence that opens by pointing back at the one before and goes on to say who said it.
_POINTS_BACK = re.compile(
    r"^\W*(?:об\s+этом|про\s+це|пра\s+гэта|(?:this|that)\s+was\s+(?:said|stated|announced|reported|confirmed))\b",
    re.IGNORECASE)
_SPEAKERS = ("Person", "PublicBody", "Organization", "Company")


def said_after(ctx: _Context, claims: list[Claim]) -> list[Claim]:
    """Claims whose sentence names no speaker, attributed to the speaker the next sentence names
    when it points back ("Об этом заявил президент Александр Лукашенко"); a cited outlet there is a
    citation, not a speaker."""
    doc = ctx.doc
    sentences = doc.sentences
    starts = [s.start for s in sentences]
    outlets = {(c.source or "").casefold() for c in doc.citations}
    speech = SPEECH_VERBS[ctx.lang]
    speaker_at: dict[int, str | None] = {}
    out = []
    for c, i in speakerless(claims, starts):
        if i is None:
            out.append(c)
            continue
        if i not in speaker_at:
            speaker_at[i] = _next_speaker(ctx, i + 1, outlets, speech) if i < len(sentences) else None
        who = speaker_at[i]
        out.append(replace(c, attributed_to=who) if who else c)
    return out


def _next_speaker(ctx: _Context, j: int, outlets: set[str], speech: frozenset[str]) -> str | None:
    sentences = ctx.doc.sentences
    if j >= len(sentences):
        return None
    sent = sentences[j]
    if not _POINTS_BACK.match(ctx.doc.text[sent.start:sent.end]):
        return None
    if ctx.lang == "ru" and not any(_lemma(t) in speech for t in sent.tokens[:40]):
        return None
    lo, hi = bisect.bisect_left(ctx.starts, sent.start), bisect.bisect_left(ctx.starts, sent.end)
    found: list[Mention] = [m for m in ctx.entity_mentions[lo:hi] if m.label in _SPEAKERS
                            and m.text.casefold() not in outlets and ctx.name(m).casefold() not in outlets]
    person = next((m for m in found if m.label == "Person"), None)
    pick = person or (found[0] if found else None)
    return ctx.name(pick) if pick is not None else None
