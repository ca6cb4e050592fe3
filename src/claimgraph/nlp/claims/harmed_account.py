"""Counts of the harmed told a few sentences on, as the rest of the same official's toll.

An official's toll of a strike often runs over a paragraph or two with asides between its figures:
a line recalling what "was reported earlier" ("Ранее сообщалось, что ранены 12 человек"), a line
with no figure ("Among them is a child"), a line on the rescue crews sent. The counts of the harmed
that follow ("18 people were taken to hospital", "Четыре пациента в тяжелом состоянии") are still
the official's, though the sentence before gave none of them.

Such a count is the voice that last gave a count of the harmed when that voice spoke at most
:data:`REACH` sentences back, no other voice has spoken since, and the count's sentence names no
source of its own (a speech verb, an impersonal "сообщалось", "according to") nor another party
as the subject of its clause. The aside that recalls earlier reports keeps its figure unattributed.
"""
from __future__ import annotations

from claimgraph.model import Mention
from claimgraph.nlp.claims.continued_account import has_own_voice
from claimgraph.nlp.claims.sentence import _Context, _Sent
from claimgraph.nlp.claims.voices import speaks

#: how many sentences back the last count of the harmed may have been told
REACH = 3


def harmed_voice(ctx: _Context, sx: _Sent, w: int) -> Mention | None:
    """The voice of the toll told shortly before, when the count at clause ``w`` goes on with it."""
    told = ctx.harmed_voice
    if told is None or not 0 < ctx.sentence_index - told[0] <= REACH:
        return None
    last = ctx.last_voice
    if last is not None and last[0] > told[0] and ctx.name(last[1]) != ctx.name(told[1]):
        return None  # another voice has spoken since
    if has_own_voice(ctx, sx, w):
        return None
    return told[1]


def hear(ctx: _Context, sx: _Sent) -> None:
    """End the toll when the sentence, having given no count of the harmed, lets another voice speak
    ("The fire service said …"); an impersonal or passive "was reported" leaves it open."""
    told = ctx.harmed_voice
    if told is None or told[0] == ctx.sentence_index:
        return
    last = ctx.last_voice
    if last is not None and last[0] == ctx.sentence_index and ctx.name(last[1]) == ctx.name(told[1]):
        return  # the same voice speaks again
    if any(speaks(ctx, sx, i) and "Voice=Pass" not in sx.sent.tokens[i].feats for i in range(len(sx.sent.tokens))):
        ctx.harmed_voice = None


def remember_harmed(ctx: _Context, speaker: Mention) -> None:
    """Keep ``speaker`` as the voice of the toll told in the current sentence."""
    ctx.harmed_voice = (ctx.sentence_index, speaker)


__all__ = ["REACH", "harmed_voice", "hear", "remember_harmed"]
