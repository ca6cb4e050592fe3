"""A party saying its forces use goods of their own denies the foreign supply the report speaks of:
"Russian equipment with Russian names is used", "ВС РФ применяют исключительно отечественную
технику", told beside "Iranian drones".

A verb of use whose goods are home-made (the user's own nationality, "domestic", "отечественный",
"собственный"), said by someone (or in a quote) or said to be the only goods used ("only", "исключительно"), while
the sentence or one of the last two spoke of goods of another country: that country's supply to
the user (its subject, else the state of the goods' nationality) is denied.
"""
from __future__ import annotations

from claimgraph.model import Claim, Mention
from claimgraph.nlp.claims.arguments import _subjects
from claimgraph.nlp.claims.attribution import _speaker
from claimgraph.nlp.claims.build import Found, _build
from claimgraph.nlp.claims.goods import is_materiel, national, national_party, origin_of_goods
from claimgraph.nlp.claims.goods_use import USE_VERBS
from claimgraph.nlp.claims.sentence import _Context, _kids, _Sent, _with_conj
from claimgraph.nlp.claims.stances import _same_state
from claimgraph.nlp.claims.words import ORGS, PLACES

#: reflexive passives of use: "используется российская техника"
USED = frozenset({"использоваться", "применяться", "використовуватися", "застосовуватися"})
#: adjectives of goods made at home
HOME_MADE = frozenset({"domestic", "homegrown", "indigenous", "own", "отечественный", "собственный", "свой",
                       "вітчизняний", "власний"})
#: words that make the goods the only ones used: "only Russian equipment", "исключительно отечественную"
ONLY = frozenset({"only", "exclusively", "solely", "только", "исключительно", "лишь", "тільки", "виключно", "лише"})
_QUOTES = frozenset({"«", "“", '"', "„"})
MAX_BACK = 3  # sentences back the foreign goods may have been named (a dateline is one)


def remember_foreign_goods(ctx: _Context, sx: _Sent) -> None:
    """Keep the country whose goods the sentence names ("Iranian drones"), for a denial that follows."""
    origin = _foreign_here(ctx, sx)
    if origin is not None:
        ctx.foreign_goods = (ctx.sentence_index, origin)


def own_goods_denials(ctx: _Context, sx: _Sent) -> list[Claim]:
    """The foreign supply denied by saying home-made goods are what is used."""
    toks = sx.sent.tokens
    out: list[Claim] = []
    for v, tok in enumerate(toks):
        if tok.pos != "VERB" or sx.lemmas[v] not in USE_VERBS | USED:
            continue
        subjects, passive = _subjects(ctx, sx, v)
        passive = passive or sx.lemmas[v] in USED
        goods = [k for c in _kids(sx, v, "nsubj:pass", "nsubj" if passive else "obj") for k in _with_conj(sx, c)
                 if is_materiel(sx, k)]
        home = next((h for g in goods if (h := _home(ctx, sx, g)) is not None), None)
        if home is None:
            continue
        speaker, _ = _speaker(ctx, sx, v)
        quoted = ctx.doc.text[sx.sent.start:sx.sent.start + 1] in _QUOTES
        if speaker is None and not quoted and not any(sx.lemmas[c] in ONLY for g in goods for a in [g, *_kids(sx, g, "amod")]
                                       for c in _kids(sx, a, "advmod")):
            continue
        users = [] if passive else [m for m in subjects if m.label in ORGS | PLACES] or [
            p for c in _kids(sx, v, "nsubj") if (p := national_party(ctx, sx, c)) is not None]
        user = users[0] if users else (home if isinstance(home, Mention) else None)
        supplier = _foreign(ctx, sx, user)
        if user is None or supplier is None:
            continue
        found: list[Found] = [(supplier, "supplies_to", user, None)]
        out.extend(_build(ctx, sx, v, found, speaker, True, force="denial"))
    return out


def _home(ctx: _Context, sx: _Sent, g: int) -> Mention | bool | None:
    """Whether the goods are home-made: the state their nationality names, True for "domestic"."""
    for a in _kids(sx, g, "amod"):
        m = sx.token_mention[a]
        if m is not None and m.label == "Nationality":
            return national(ctx, m)
        if sx.lemmas[a] in HOME_MADE:
            return True
    return None


def _foreign(ctx: _Context, sx: _Sent, user: Mention | None) -> Mention | None:
    """The other country whose goods this sentence or one of the last two named."""
    here = _foreign_here(ctx, sx, user)
    if here is not None:
        return here
    last = ctx.foreign_goods
    if last is None or ctx.sentence_index - last[0] > MAX_BACK:
        return None
    return last[1] if user is None or not _same_state(ctx, last[1], user) else None


def _foreign_here(ctx: _Context, sx: _Sent, user: Mention | None = None) -> Mention | None:
    """A country the goods of this sentence come from, not the user's own."""
    for n in range(len(sx.sent.tokens)):
        if not is_materiel(sx, n):
            continue
        for m in origin_of_goods(ctx, sx, n):
            if m.label in ("Country", "Nationality") and (user is None or not _same_state(ctx, m, user)):
                return m
    return None


__all__ = ["own_goods_denials", "remember_foreign_goods"]
