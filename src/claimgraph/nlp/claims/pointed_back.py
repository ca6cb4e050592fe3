"""The speaker of a figure named in the next sentence, which points back at it.

News in Russian, Ukrainian and Belarusian gives a figure first and its source after: "Три человека
погибли при атаке на завод. Об этом сообщил глава региона.", "Как передает агентство, об этом
заявил губернатор…", "Про це повідомив…"; English says "This was reported by the governor". The
figure is the voice's whose speech verb the pointing sentence holds (:func:`.voices.voice_of`): a
state's voice, never the outlet relaying it. :mod:`.said_after` gives such a speaker to claims of
other predicates; here it lets a figure that names no speaker of its own be ``states``.
"""
from __future__ import annotations

import bisect
import re

from claimgraph.model import Mention
from claimgraph.nlp.claims.sentence import _Context, _Sent, _sentence
from claimgraph.nlp.claims.voices import speaks, voice_of

#: a sentence that points back at the one before, maybe after the outlet relaying it ("Как передает
#: Vesti.az, об этом сообщил …")
_POINTS_BACK = re.compile(
    r"(?:^|,\s*|—\s*)\W*(?:об\s+этом|про\s+це|пра\s+гэта)\s+[а-яёіїєґў]"
    r"|^\W*(?:this|that)\s+was\s+(?:said|stated|announced|reported|confirmed)\s+by\b",
    re.IGNORECASE)
#: how far into the next sentence the pointing words may stand
_WITHIN = 90


def voice_after(ctx: _Context, sx: _Sent) -> Mention | None:
    """The state's voice the sentence after ``sx`` names when it points back at it, else None."""
    sentences = ctx.doc.sentences
    i = bisect.bisect_left([s.start for s in sentences], sx.sent.end)
    if i >= len(sentences) or not sentences[i].tokens:
        return None
    nxt = sentences[i]
    if not _POINTS_BACK.search(ctx.doc.text[nxt.start:min(nxt.end, nxt.start + _WITHIN)]):
        return None
    after = _sentence(ctx, nxt)
    for w in range(min(len(nxt.tokens), 60)):
        if speaks(ctx, after, w):
            found = voice_of(ctx, after, w, back=False)
            if found is not None:
                return found
    return None


__all__ = ["voice_after"]
