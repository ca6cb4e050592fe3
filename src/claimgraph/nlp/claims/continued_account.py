"""A figure told in the sentence right after a state's voice spoke, as the rest of its account.

Reports of an incursion often let a speaker open the account and give its figures in the next
sentence without saying again who speaks ("The ministry said a drone had violated the airspace.
It stayed there for about 40 minutes."). Such a figure is the last voice's when the sentence
follows the one where that voice spoke or gave a figure (so an account goes on over several
sentences of figures), has no speech verb or "according to" of its own and names no actor of its
own as the subject of the figure's clause (a state, a body, a person or a firm doing something
tells another party's act, not the speaker's account).
"""
from __future__ import annotations

import re

from claimgraph.model import Mention
from claimgraph.nlp.claims.sentence import _Context, _kids, _Sent
from claimgraph.nlp.claims.voices import speaks
from claimgraph.nlp.lexicon import ACCORDING_TO, SPEECH_VERBS

#: labels of a subject that makes the clause another party's act
_ACTORS = frozenset({"Person", "PublicBody", "Country", "Organization", "Company", "Nationality"})


def _impersonal_saying(ctx: _Context, sx: _Sent, i: int) -> bool:
    """A reflexive verb of saying that names nobody: "сообщалось", "сообщается", "заявлялось"."""
    lemma = sx.lemmas[i]
    return sx.sent.tokens[i].pos == "VERB" and lemma.endswith(("ся", "сь")) and lemma[:-2] in SPEECH_VERBS["ru"]


def continued_voice(ctx: _Context, sx: _Sent, w: int) -> Mention | None:
    """The voice of the sentence before, when the clause at ``w`` continues its account; else None."""
    last = ctx.last_voice
    if last is None or ctx.sentence_index - last[0] != 1 or has_own_voice(ctx, sx, w):
        return None
    return last[1]


def has_own_voice(ctx: _Context, sx: _Sent, w: int) -> bool:
    """Whether the sentence names a source of its own or the clause at ``w`` another party's act."""
    if any(speaks(ctx, sx, i) or _impersonal_saying(ctx, sx, i) for i in range(len(sx.sent.tokens))):
        return True  # a voice of its own, named or not ("Ранее сообщалось, что …")
    if re.search(ACCORDING_TO[ctx.lang], ctx.doc.text[sx.sent.start:sx.sent.end], re.IGNORECASE):
        return True  # "according to social media, …": a source of its own
    for n in _kids(sx, w, "nsubj", "nsubj:pass"):
        m = sx.token_mention[n]
        if m is not None and m.label in _ACTORS:
            return True
    return False


__all__ = ["continued_voice", "has_own_voice"]
