"""supplies_to told as the way one party helps another: "Iran backs Russia's war by shipping drones",
"Belarus is helping Russia evade sanctions by sending parts", "Сербия помогает Киеву, поставляя
снаряды", "Іран підтримує Росію, постачаючи дрони".

The supply verb is an adverbial clause of a verb of helping or backing ("by" + gerund in English,
a verbal adverb in Russian and Ukrainian) and moves materiel. Its supplier is the subject of the
verb of helping; its recipient is the party helped: that verb's object (or dative), the subject of the
deed it helps with ("helps Russia evade sanctions"), else the owner of its object ("Russia's war
effort", "военной машине России").
"""
from __future__ import annotations

from claimgraph.model import Claim, Mention
from claimgraph.nlp.claims.arguments import _entity, _subjects
from claimgraph.nlp.claims.attribution import _speaker
from claimgraph.nlp.claims.build import _build
from claimgraph.nlp.claims.goods import is_materiel
from claimgraph.nlp.claims.sentence import _case, _Context, _kids, _Sent, _with_conj
from claimgraph.nlp.claims.words import ORGS, PLACES
from claimgraph.nlp.lexicon import PREDICATE_VERBS

#: verbs of helping or backing a party (Ukrainian ones arrive as their Russian lemmas)
HELP = frozenset({"help", "support", "back", "assist", "aid", "bolster", "fuel", "enable", "sustain", "prop",
                  "помогать", "помочь", "поддерживать", "поддержать", "содействовать", "подпитывать",
                  "подпитать"})


def helped_supply_claims(ctx: _Context, sx: _Sent, claims: list[Claim]) -> list[Claim]:
    """supplies_to(helper, helped) for each supply told as the means of help, unless the sentence's
    rules already read that pair."""
    toks = sx.sent.tokens
    verbs = PREDICATE_VERBS[ctx.lang]
    told = {(c.subject, c.object) for c in claims if c.predicate == "supplies_to"}
    out: list[Claim] = []
    for v, tok in enumerate(toks):
        h = _helping_verb(ctx, sx, v) if verbs.get(sx.lemmas[v]) == "supplies_to" else None
        if h is None:
            continue
        if not any(is_materiel(sx, k) for o in _kids(sx, v, "obj") for k in _with_conj(sx, o)):
            continue  # "helps Russia by sending a signal" moves no goods
        helpers = [m for m in _subjects(ctx, sx, h)[0] if m.label in ORGS | PLACES]
        helped = _helped(ctx, sx, h)
        if not helpers or helped is None or helpers[0].id == helped.id \
                or (ctx.name(helpers[0]), ctx.name(helped)) in told:
            continue
        speaker, denied = _speaker(ctx, sx, h)
        out.extend(_build(ctx, sx, h, [(helpers[0], "supplies_to", helped, None)], speaker, denied))
    return out


def _helping_verb(ctx: _Context, sx: _Sent, v: int) -> int | None:
    """The verb of helping the supply verb tells the means of: "helps X by sending" (the gerund an
    adverbial clause marked "by", or the object of "by"), "помогает X, поставляя" (a verbal adverb)."""
    toks = sx.sent.tokens
    h = toks[v].head
    if not 0 <= h < len(toks) or h == v:
        return None
    if ctx.lang == "en":
        if toks[v].dep == "pcomp" and sx.lemmas[h] == "by" and 0 <= toks[h].head < len(toks):
            h = toks[h].head
        elif not (toks[v].dep.startswith("advcl") and "by" in _case(sx, v).split()):
            return None
    elif not (toks[v].dep.startswith("advcl") and "VerbForm=Conv" in toks[v].feats):
        return None
    up = toks[h].head  # "helps Russia evade sanctions by sending …": the means of the helped deed
    if sx.lemmas[h] not in HELP and toks[h].dep.split(":")[0] in ("ccomp", "xcomp") and 0 <= up < len(toks):
        h = up
    return h if sx.lemmas[h] in HELP else None


def _helped(ctx: _Context, sx: _Sent, h: int) -> Mention | None:
    """The party the verb of helping names: its object or dative, else its object's owner."""
    toks = sx.sent.tokens
    for c in [*_kids(sx, h, "obj", "iobj", "obl"), *(k for x in _kids(sx, h, "ccomp", "xcomp") for k in _kids(sx, x, "nsubj"))]:
        if toks[c].dep.startswith("obl") and (_case(sx, c) or "Case=Dat" not in toks[c].feats):
            continue
        m = _entity(ctx, sx, c, ORGS | PLACES)
        if m is not None:
            return m
        for p in _kids(sx, c, "nmod:poss", "nmod"):
            if toks[p].dep == "nmod:poss" or (not _case(sx, p) and "Case=Gen" in toks[p].feats):
                owner = _entity(ctx, sx, p, ORGS | PLACES)
                if owner is not None:
                    return owner
    return None


__all__ = ["HELP", "helped_supply_claims"]
