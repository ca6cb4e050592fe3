"""Where a head of state puts a weapon on duty when the sentence names no place: "President of
Belarus X confirmed that the Y system will go on combat duty in December" — in the country the
speaker's post is of."""
from __future__ import annotations

from claimgraph.model import Mention
from claimgraph.nlp.claims.attribution import _speaker
from claimgraph.nlp.claims.sentence import _Context, _kids, _Sent


def speakers_country(ctx: _Context, sx: _Sent, v: int) -> tuple[Mention, Mention] | None:
    """The speaker of verb ``v`` and the country whose post they hold, from this sentence's titles
    or an earlier one's; None without a speaker or a country post."""
    speaker, denied = _speaker(ctx, sx, v)
    if denied:
        return None
    people = [speaker] if speaker is not None else _titled_speakers(sx, v)
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
