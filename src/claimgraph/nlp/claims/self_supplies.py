"""No party supplies itself: a supply whose supplier is a demonym adjective of the recipient's own
country, or of the state a recipient region belongs to ("Russian" → "Russia", "Russia's Kursk
region"), is a misread (a "Russian official" taken for the sender), and is dropped. Demonym nouns
stay: people of a country may ship goods home ("россияне, обвинённые в незаконном экспорте")."""
from __future__ import annotations

from claimgraph.model import Claim, Mention
from claimgraph.nlp.claims.arguments import _country_of
from claimgraph.nlp.claims.sentence import _Context, _head_token, _kids, _Sent
from claimgraph.nlp.countries import nationality_code, territory_code


def _owner(ctx: _Context, sx: _Sent, r: Mention) -> Mention | None:
    """The state a recipient place belongs to: "Armenia's Syunik region", "Министерство обороны Сербии"."""
    if not sx.sent.start <= r.start < sx.sent.end:
        return ctx.owners.get(r.id)
    t = _head_token(sx, r)
    return next((m for c in _kids(sx, t, "nmod:poss") if (m := sx.token_mention[c]) is not None),
                ctx.owners.get(r.id))


def _modifier(sx: _Sent, m: Mention) -> bool:
    """The demonym qualifies a noun ("a Russian official"), not people themselves ("россияне, обвинённые
    в экспорте", who may well ship goods home)."""
    if not sx.sent.start <= m.start < sx.sent.end:
        return False
    tok = sx.sent.tokens[_head_token(sx, m)]
    return tok.pos == "ADJ" or tok.dep.startswith("amod")


def without_self_supplies(ctx: _Context, sx: _Sent, claims: list[Claim]) -> list[Claim]:
    """``claims`` less each supply from a demonym to the demonym's own country."""
    out = []
    for c in claims:
        m = ctx.by_id.get(c.subject_mention or "")
        r = ctx.by_id.get(c.object_mention or "")
        if c.predicate == "supplies_to" and m is not None and r is not None and m.label == "Nationality" \
                and _modifier(sx, m):
            country = _country_of(ctx, m)
            owner = _owner(ctx, sx, r)
            places = [r] + ([owner] if owner is not None else [])
            own = country is not None and any(country.id == p.id or ctx.name(country) == ctx.name(p) for p in places)
            code = nationality_code(m.text)
            if own or code is not None and any(code == territory_code(ctx.name(p)) for p in places):
                continue
        out.append(c)
    return out


__all__ = ["without_self_supplies"]
