"""Where a head of state puts a weapon on duty when the sentence names no place: "President of
Belarus X confirmed that the Y system will go on combat duty in December", "the Y system goes on
duty, the president of Belarus said" — in the country the speaker's post is of."""
from __future__ import annotations

from claimgraph.model import Mention
from claimgraph.nlp.claims.attribution import _speaker
from claimgraph.nlp.claims.sentence import _Context, _kids, _roots, _Sent
from claimgraph.nlp.lexicon import SPEECH_VERBS


def speakers_country(ctx: _Context, sx: _Sent, v: int) -> tuple[Mention, Mention] | None:
    """The speaker of verb ``v`` and the country whose post they hold, from this sentence's titles
    or an earlier one's; None without a speaker or a country post."""
    speaker, denied = _speaker(ctx, sx, v)
    if denied:
        return None
    people = [speaker] if speaker is not None else _titled_speakers(sx, v) or _trailing_speakers(ctx, sx, v)
    found = [(p, b) for p in people if (b := sx.posts.get(p.id) or ctx.stands_for.get(p.id)) is not None]
    return found[0] if found and found[0][1].label == "Country" else None


def _titled_speakers(sx: _Sent, v: int) -> list[Mention]:
    """"President of Belarus X confirmed that …": the person named beside the title that is the
    subject of the verb the clause of ``v`` hangs on."""
    toks = sx.sent.tokens
    h = toks[v].head
    if toks[v].dep != "ccomp" or not 0 <= h < len(toks) or h == v:
        return []
    return [m for k in _kids(sx, h, "nsubj") for c in [k, *_kids(sx, k, "appos")]
            if (m := sx.token_mention[c]) is not None and m.label == "Person"]


def _trailing_speakers(ctx: _Context, sx: _Sent, v: int) -> list[Mention]:
    """"X goes on duty, the president of Belarus said": the person named as the subject of a speech
    verb the parse made a root of its own after the clause of ``v``."""
    toks = sx.sent.tokens
    speech = SPEECH_VERBS[ctx.lang]
    return [m for r in _roots(sx) if r > v and sx.lemmas[r] in speech and toks[r].pos == "VERB"
            for k in _kids(sx, r, "nsubj") for c in [k, *_kids(sx, k, "appos")]
            if (m := sx.token_mention[c]) is not None and m.label == "Person"]
