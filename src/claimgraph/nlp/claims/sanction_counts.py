"""Sanctions told as counts: "the Treasury targeted nearly 300 people and entities", "BIS added more
than 90 Russian companies to its Entity List", "imposed restrictions on 116 individuals and legal
entities", "более 300 связанных с Россией санкций".

A counted common noun of the kinds sanctions hit (people, entities, companies, targets, the
sanctions themselves) names no target by itself. The count is what the report says of the
sanctions on a country: the country a demonym or a "Russia-related" word gives the noun, else the
one named after "in" / "from" ("entities located in China"), else the country the report's
sanctions were said to be against ("the 14th package of sanctions against Russia").
"""
from __future__ import annotations

from claimgraph.model import Claim, Mention, Quantity
from claimgraph.nlp.claims.arguments import _country_of
from claimgraph.nlp.claims.names import name_of
from claimgraph.nlp.claims.sentence import _case, _Context, _kids, _Sent, _with_conj
from claimgraph.nlp.name_types import countries

#: what sanctions are counted in
COUNTED = frozenset({
    "people", "person", "persons", "entity", "entities", "individual", "individuals", "company", "companies",
    "firm", "firms", "target", "targets", "official", "officials", "organization", "organisation", "sanction",
    "sanctions", "designation", "designations", "business", "businesses", "bank", "banks", "vessel", "vessels",
    "лицо", "компания", "организация", "физлицо", "юрлицо", "предприятие", "человек", "санкция", "банк", "судно",
})
#: "entities in China", "companies from Turkey", "firms based in Hong Kong"
_FROM = frozenset({"in", "from", "из", "в"})


def _country_in(ctx: _Context, sx: _Sent, h: int) -> Mention | None:
    """The country a counted noun's demonym, "Russia-related" word or "in"/"from" phrase names."""
    toks = sx.sent.tokens
    for k in _with_conj(sx, h):
        for c in _kids(sx, k, "amod", "compound", "nmod"):
            m = sx.token_mention[c]
            if m is not None and m.label == "Nationality":
                country = _country_of(ctx, m)
                if country is not None:
                    return country
            if m is not None and m.label == "Country" and (
                    not _case(sx, c) and c < k or set(_case(sx, c).split()) & _FROM):
                return m  # "Russia-related sanctions", "companies from Turkey"
        for a in _kids(sx, k, "acl"):  # "entities located in China"
            for c in _kids(sx, a, "obl"):
                m = sx.token_mention[c]
                if m is not None and m.label == "Country" and set(_case(sx, c).split()) & _FROM:
                    return m
    # "Russia-related" split by the tagger into a name and a modifier before the noun
    for j in range(max(0, h - 4), h):
        m = sx.token_mention[j]
        if m is not None and m.label == "Country" and j + 1 < len(toks) and toks[j + 1].text in ("-", "‑") \
                and j + 2 < len(toks) and toks[j + 2].text.lower().startswith("related"):
            return m
    return None


def _placed(sx: _Sent, h: int) -> bool:
    """The counted noun says where its members are ("firms in countries across Asia", "based in …")."""
    for k in _with_conj(sx, h):
        if any(set(_case(sx, c).split()) & _FROM for c in _kids(sx, k, "nmod")) or _kids(sx, k, "acl"):
            return True
    return False


def count_of(sx: _Sent, h: int) -> Quantity | None:
    """The quantity that counts a noun: the one over its number word ("nearly 300 people")."""
    toks = sx.sent.tokens
    nums = [c for c in sx.children[h] if toks[c].dep.startswith("nummod")] or \
        [c for c in range(max(0, h - 3), h) if toks[c].pos == "NUM"]
    for c in nums:
        for q in sx.quantities:
            if q.start is not None and q.end is not None and q.start <= toks[c].start < q.end:
                return q
    return None


def counted_target(ctx: _Context, sx: _Sent, h: int) -> tuple[Mention, Quantity] | None:
    """The country and the count of a counted target phrase headed by ``h``; None when the word is
    no counted kind of target, carries no number, or no country is known."""
    named = sx.token_mention[h]
    if named is not None and named.label != "Quantity" \
            or sx.lemmas[h] not in COUNTED and sx.sent.tokens[h].text.lower() not in COUNTED:
        return None
    q = count_of(sx, h)
    if q is None:
        return None
    country = _country_in(ctx, sx, h)
    if country is None and not _placed(sx, h):  # "firms in countries across Asia": not the report's country
        country = ctx.sanctioned_country or _against_here(sx)
    return (country, q) if country is not None else None


def _against_here(sx: _Sent) -> Mention | None:
    """A country the sentence's sanctions are "against" ("sanctions against Russia, targeting more than
    500 people"), for a count the sentence gives before the country is remembered."""
    for i, m in enumerate(sx.token_mention):
        if m is not None and m.label == "Country" and set(_case(sx, i).split()) & {"against", "on", "против"}:
            return m
    return None


def remember_target(ctx: _Context, target: Mention) -> None:
    """Keep the country sanctions were said to be against, for the counts that follow (a country the
    tagger labelled otherwise counts)."""
    if target.label == "Country" or target.label in ("Location", "Organization") and \
            name_of(target).casefold() in countries():
        ctx.sanctioned_country = target


def counted_over_bare(claims: list[Claim]) -> list[Claim]:
    """One sentence's sanctions on a country with a count stand for the same sanctions without one
    ("imposed sanctions against Russia, targeting more than 500 people": one claim, with 500)."""
    counted = {(c.subject, c.object) for c in claims if c.predicate == "sanctioned_by" and c.value is not None}
    return [c for c in claims if not (c.predicate == "sanctioned_by" and c.value is None
                                      and (c.subject, c.object) in counted)]


__all__ = ["COUNTED", "count_of", "counted_over_bare", "counted_target", "remember_target"]
