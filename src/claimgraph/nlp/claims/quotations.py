"""Who speaks a quotation that runs over several sentences: "«S1. S2. S3», — заявил X", "“S1. S2,”
the ministry said", "X said: «S1. S2.»".

A parse sees one sentence at a time, so the first sentences of a long quotation name no speaker:
the speaker follows the closing mark (a speech verb right after it) or precedes the opening one
(a speech verb before a colon). A quotation that names no speaker right after one that does
("“…,” the ministry said. “…”") goes on in the same voice. The quotations of the document are found
once; a position inside one has the speaker these places name.
"""
from __future__ import annotations

import bisect
import re

from claimgraph.model import Mention
from claimgraph.nlp.claims.sentence import _Context, _Sent, _sentence
from claimgraph.nlp.claims.voices import speaks, voice_of
from claimgraph.nlp.doc import Sentence

#: a quotation: guillemets, curly quotes or straight double quotes, at most this many characters
MAX_QUOTE = 1500
_QUOTE = re.compile(r"«[^«»]{1,%d}»|“[^“”]{1,%d}”|\"[^\"]{1,%d}\"" % (MAX_QUOTE, MAX_QUOTE, MAX_QUOTE))
#: how many tokens after a closing mark the speech verb may stand ("», — отметили в пресс-службе")
_AFTER = 6
#: characters between two quotations the second may continue the first's speaker over
_NEXT = 80
MAX_QUOTES = 200  # quotations looked at in one document


def quotation_speaker(ctx: _Context, at: int) -> Mention | None:
    """The speaker of the quotation that holds character offset ``at``, if one is named."""
    if ctx.quotations is None:
        ctx.quotations = [(m.start(), m.end()) for m in list(_QUOTE.finditer(ctx.doc.text))[:MAX_QUOTES]]
    sentences = ctx.doc.sentences
    starts = [s.start for s in sentences]
    for k, (start, end) in enumerate(ctx.quotations):
        if start < at < end:
            found = _after(ctx, sentences, starts, end) or _before(ctx, sentences, starts, start)
            if found is None and k > 0 and start - ctx.quotations[k - 1][1] <= _NEXT:
                before = ctx.quotations[k - 1]  # "“…,” the ministry said. “…”": the speaker goes on
                found = _after(ctx, sentences, starts, before[1]) or _before(ctx, sentences, starts, before[0])
            return found
    return None


def _containing(sentences: list[Sentence], starts: list[int], at: int) -> Sentence | None:
    i = bisect.bisect_right(starts, at) - 1
    return sentences[i] if 0 <= i < len(sentences) and sentences[i].start <= at < sentences[i].end else None


def _after(ctx: _Context, sentences: list[Sentence], starts: list[int], end: int) -> Mention | None:
    """A speech verb just after the closing mark: "», — заявил X", "," the ministry said"."""
    sent = _containing(sentences, starts, end - 1)
    if sent is None or not sent.tokens or len(sent.tokens) > 400:
        return None
    sx = _sentence(ctx, sent)
    after = [i for i, t in enumerate(sent.tokens) if t.start >= end][:_AFTER]
    return next((s for i in after if (s := _says(ctx, sx, i)) is not None), None)


def _before(ctx: _Context, sentences: list[Sentence], starts: list[int], start: int) -> Mention | None:
    """A speech verb before a colon that opens the quotation: "X said: «…»"."""
    if not ctx.doc.text[max(0, start - 3):start].strip().endswith(":"):
        return None
    sent = _containing(sentences, starts, start)
    if sent is None or not sent.tokens or len(sent.tokens) > 400:
        return None
    sx = _sentence(ctx, sent)
    before = [i for i, t in enumerate(sent.tokens) if t.end <= start]
    return next((s for i in reversed(before) if (s := _says(ctx, sx, i)) is not None), None)


def _says(ctx: _Context, sx: _Sent, i: int) -> Mention | None:
    """The state's voice at the speech verb ``i`` (None when ``i`` is no speech verb)."""
    return voice_of(ctx, sx, i) if speaks(ctx, sx, i) else None
