"""located_in for a plant or zone named beside its common noun, with where it stands.

- "the Sokol drone plant in Tatarstan": the name before the noun, the place under the noun;
- "завод по производству дронов «Сокол» в Татарстане", "зоне «Сокол» в Татарстане": the quoted name
  after the noun (or after the goods the noun is for), the place under the noun or right after the
  name.

The tagger often takes such a name for a place or a product; beside a plant noun it is the plant's
name whatever its label, so any name but a country, a person or a demonym is taken. A name that
is the place itself or shares a word with it, or a name another rule already placed, adds nothing.
"""
from __future__ import annotations

from claimgraph.model import Claim, Mention
from claimgraph.nlp.claims.build import _claim
from claimgraph.nlp.claims.sentence import _case, _Context, _kids, _Sent
from claimgraph.nlp.claims.words import PLACES

#: common nouns of a site that has a name
_SITE_NOUNS = frozenset({"plant", "factory", "works", "zone", "facility", "complex", "завод", "предприятие",
                         "зона", "комбинат", "фабрика", "підприємство", "площадка", "майданчик"})
#: names that cannot be a plant's own
_NOT_NAMES = frozenset({"Country", "Person", "Nationality", "Quantity", "Date", "Money"})
_IN = frozenset({"in", "в", "во", "у"})
_QUOTES = frozenset({"»", "\"", "”", "“", "'"})


def _name(sx: _Sent, p: int) -> tuple[Mention, int] | None:
    """The name beside a site noun and the token it ends on: a name before it ("the Sokol drone plant")
    or a quoted name after it or after its goods ("завод по производству дронов «Сокол»")."""
    toks = sx.sent.tokens
    heads = [p] + [k for c in _kids(sx, p, "nmod") if not _case(sx, c) or sx.lemmas[c] in ("производство",)
                   for k in [c, *_kids(sx, c, "nmod")]]
    for h in heads:
        for c in _kids(sx, h, "compound", "appos", "flat"):
            m = sx.token_mention[c]
            if m is None or m.label in _NOT_NAMES or m.label in PLACES and c > p and toks[c - 1].text not in "«\"“":
                continue
            if toks[c].dep.startswith("compound") and c > p:
                continue
            end = c
            while end + 1 < len(toks) and sx.token_mention[end + 1] is m:
                end += 1
            return m, end
    # the parser may hang the quoted name elsewhere: a name in quotes a few words after the noun
    for k in range(p + 1, min(len(toks), p + 6)):
        if toks[k].pos in ("VERB", "AUX") or toks[k].pos == "PUNCT" and toks[k].text not in "«\"“":
            break
        m = sx.token_mention[k]
        if m is not None and m.label not in _NOT_NAMES and toks[k - 1].text in ("«", "\"", "“"):
            end = k
            while end + 1 < len(toks) and sx.token_mention[end + 1] is m:
                end += 1
            return m, end
    return None


def _place(sx: _Sent, p: int, end: int) -> Mention | None:
    """The place under the site noun after "in" / "в", else right after the name."""
    for c in _kids(sx, p, "nmod", "obl"):
        m = sx.token_mention[c]
        if m is not None and m.label in PLACES and set(_case(sx, c).split()) & _IN:
            return m
    toks = sx.sent.tokens
    k = end + 1
    while k < len(toks) and toks[k].text in _QUOTES:
        k += 1
    if k + 1 < len(toks) and toks[k].text.lower() in _IN:
        m = sx.token_mention[k + 1]
        if m is not None and m.label in PLACES:
            return m
    return None


def _overlap(a: str, b: str) -> bool:
    """One name holds a word of the other ("the zone Yelabuga in the Yelabuga region"): no placing."""
    return bool({w[:5] for w in a.lower().split()} & {w[:5] for w in b.lower().split()})


def named_site_claims(ctx: _Context, sx: _Sent, claims: list[Claim]) -> list[Claim]:
    """located_in for each named plant or zone the sentence says where it stands."""
    placed = {c.subject_mention for c in claims if c.predicate == "located_in"}
    placed_names = {c.subject for c in claims if c.predicate == "located_in"}
    out: list[Claim] = []
    for p, tok in enumerate(sx.sent.tokens):
        if tok.pos != "NOUN" or sx.lemmas[p] not in _SITE_NOUNS or sx.token_mention[p] is not None:
            continue
        found = _name(sx, p)
        if found is None:
            continue
        name, end = found
        place = _place(sx, p, end)
        if place is None or place.id == name.id or name.id in placed or ctx.name(name) in placed_names \
                or _overlap(ctx.name(place), ctx.name(name)):
            continue
        placed.add(name.id)
        out.append(_claim(ctx, sx, name, "located_in", place, None, "fact", None, p, 0.6))
    return out


__all__ = ["named_site_claims"]
