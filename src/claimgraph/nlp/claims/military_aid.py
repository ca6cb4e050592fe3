"""supplies_to told as military aid rendered: "его страна оказывает военную помощь России", "X gave
military assistance to Y", "надає військову допомогу".

A verb of rendering or giving whose object is aid or support that the phrase calls military: the
subject renders it (a name; "its country", "его страна" for the speaker's own state; "the
country" for the state the report named last) to the recipient in the dative or with "to". The
modality is the clause's ("denies that his country renders" is a denial).
"""
from __future__ import annotations

from claimgraph.model import Claim, Mention
from claimgraph.nlp.claims.arguments import _objects, _previous, _subjects
from claimgraph.nlp.claims.attribution import _speaker
from claimgraph.nlp.claims.build import Found, _build
from claimgraph.nlp.claims.sentence import _case, _Context, _kids, _Sent
from claimgraph.nlp.claims.stances import _party, _same_state
from claimgraph.nlp.claims.words import ORGS, PLACES

#: verbs of rendering help (verbs of supply are read by their own rules)
RENDER = frozenset({"render", "give", "extend", "оказывать", "оказать", "надавати", "надати"})
#: nouns of help
AID = frozenset({"aid", "assistance", "support", "помощь", "поддержка", "допомога", "підтримка"})
#: adjectives that make help military
MILITARY = frozenset({"military", "lethal", "военный", "военно-технический", "військовий", "військово-технічний"})
_COUNTRY = frozenset({"country", "страна", "країна"})
_OWN = frozenset({"its", "his", "her", "their", "его", "ее", "её", "их", "свой", "його", "її", "їх", "свій"})
_TO = frozenset({"to"})


def military_aid_claims(ctx: _Context, sx: _Sent) -> list[Claim]:
    """Military aid rendered to a state, as a supply of the one who renders it."""
    toks = sx.sent.tokens
    out: list[Claim] = []
    for v, tok in enumerate(toks):
        if tok.pos != "VERB" or sx.lemmas[v] not in RENDER:
            continue
        aid = [o for o in _kids(sx, v, "obj") if sx.lemmas[o] in AID
               and any(sx.lemmas[a] in MILITARY for a in _kids(sx, o, "amod"))]
        if not aid:
            continue
        speaker, denied = _speaker(ctx, sx, v)
        giver = _giver(ctx, sx, v, speaker)
        if giver is None:
            continue
        recipients = [r for n in (v, aid[0]) for r in _objects(ctx, sx, n, ("obl", "nmod"), _TO, ORGS | PLACES)]
        recipients += [m for n in (v, aid[0]) for c in _kids(sx, n, "iobj", "obl", "nmod")
                       if not _case(sx, c) and (toks[c].dep == "iobj" or "Case=Dat" in toks[c].feats)
                       and (m := sx.token_mention[c]) is not None and m.label in PLACES]
        recipients = [r for r in recipients if not _same_state(ctx, giver, r)]
        found: list[Found] = [(giver, "supplies_to", r, None) for r in recipients[:1]]
        out.extend(_build(ctx, sx, v, found, speaker, denied))
    return out


def _giver(ctx: _Context, sx: _Sent, v: int, speaker: Mention | None) -> Mention | None:
    """Who renders the aid: a named subject; "his/its country" for the speaker's state; "the
    country" for the state named last."""
    toks = sx.sent.tokens
    named = [m for m in _subjects(ctx, sx, v)[0] if m.label in ORGS | PLACES]
    for s in _kids(sx, v, "nsubj"):
        if sx.lemmas[s] not in _COUNTRY or sx.token_mention[s] is not None:
            return named[0] if named and toks[s].pos != "PRON" else None
        if any(sx.lemmas[c] in _OWN for c in _kids(sx, s, "det", "nmod:poss")):
            if speaker is None:
                return None
            side = sx.posts.get(speaker.id) or _party(ctx, speaker)
            return side if side is not None and side.label in PLACES else None
        return _previous(ctx, toks[s].start, frozenset({"Country", "Location"}))
    return None


__all__ = ["military_aid_claims"]
