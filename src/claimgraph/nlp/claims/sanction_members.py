"""sanctioned_by for the named members of a group that sanctions hit.

- "the EU and the US sanctioned several companies, including X": X is sanctioned by each body;
- "imposed sanctions on suppliers, including X and Y", "ввели санкции против поставщиков, в том
  числе против X": every listed name is;
- "N firms were put on the sanctions list, including companies from countries such as A, B and C",
  "designated 400 entities, including firms in A and B": each country of the group is.

The group is a common noun of the kinds sanctions hit ("companies", "entities", "поставщики");
its members hang on it with "including", "such as", "like", "в том числе", "включая", "зокрема".
The group must sit under a sanctioning word: a verb that sanctions ("sanctioned", "designated"), a
verb imposing sanctions ("imposed sanctions on …"), a verb putting names on a list ("included in
the sanctions list") or a sanctions noun ("sanctions against …"). The body is the subject of that
verb, else the body the report's sanctions are by.
"""
from __future__ import annotations

from claimgraph.model import Claim, Mention
from claimgraph.nlp.claims.arguments import _subjects
from claimgraph.nlp.claims.attribution import _is_outlet
from claimgraph.nlp.claims.build import Found
from claimgraph.nlp.claims.sanction_counts import COUNTED
from claimgraph.nlp.claims.sanction_nouns import IMPOSE, SANCTION_NOUNS
from claimgraph.nlp.claims.sanction_targets import group_places, sanctions_told
from claimgraph.nlp.claims.sentence import _ancestors, _Context, _kids, _Sent, _with_conj
from claimgraph.nlp.claims.words import ORGS, PLACES

#: nouns naming a group of firms or people besides those sanctions counts know
_FIRM_GROUPS = COUNTED | frozenset({"supplier", "suppliers", "producer", "producers", "manufacturer",
                                     "manufacturers", "maker", "makers", "subsidiary", "subsidiaries",
                                     "поставщик", "производитель", "изготовитель", "фирма", "структура",
                                     "постачальник", "виробник", "підприємство", "компанія", "фірма"})
#: nouns naming a group of countries: "firms from third countries such as A and B"
_COUNTRY_GROUPS = frozenset({"country", "countries", "state", "states", "jurisdiction", "jurisdictions",
                             "страна", "государство", "країна", "держава"})
#: verbs that sanction by themselves
_SANCTIONING = frozenset({"sanction", "designate", "blacklist", "target", "hit"})
#: verbs that put names on a list, and the lists they put them on
_LISTING = frozenset({"include", "add", "put", "place", "list", "включить", "внести", "добавить", "попасть",
                      "потрапити", "внести", "додати"})
_LISTS = frozenset({"list", "blacklist", "список", "перечень", "перелік", "package", "пакет"})
#: words that introduce members of a group
_INCLUDING = frozenset({"including", "include", "like", "включая", "включно", "зокрема", "including:"})
_HOPS = 4
_MAX = 10


def _introduced(sx: _Sent, t: int) -> bool:
    """``t`` is hung on its group by "including", "such as", "like", "в том числе", "зокрема"."""
    toks = sx.sent.tokens
    for c in sx.children[t]:
        word = toks[c].text.lower()
        if toks[c].dep in ("case", "mark", "advmod", "cc") and (word in _INCLUDING or sx.lemmas[c] in _INCLUDING):
            return True
        if word == "as" and any(toks[k].text.lower() == "such" for k in sx.children[c] + sx.children[t]):
            return True  # "such as"
        if sx.lemmas[c] == "число" and any(toks[k].text.lower() == "том" for k in sx.children[c]):
            return True  # "в том числе"
    return False


def _sanctioning(sx: _Sent, a: int) -> bool:
    """A word under which a group is what sanctions hit."""
    toks = sx.sent.tokens
    lemma = sx.lemmas[a]
    if toks[a].pos == "VERB" and lemma in _SANCTIONING and "Aspect=Prog" not in toks[a].feats:
        return True
    if toks[a].pos == "VERB" and lemma in IMPOSE:
        return any(sx.lemmas[o] in SANCTION_NOUNS for o in _kids(sx, a, "obj", "nsubj:pass"))
    if lemma in _LISTING and toks[a].pos == "VERB":
        return any(sx.lemmas[o] in _LISTS and (sx.lemmas[o] != "list" or any(
            sx.lemmas[k] in SANCTION_NOUNS or toks[k].text.lower() in ("sanctions", "entity")
            for k in sx.children[o])) for o in _kids(sx, a, "obl"))
    return toks[a].pos == "NOUN" and lemma in SANCTION_NOUNS


def _group(sx: _Sent, t: int) -> tuple[int, bool] | None:
    """The group noun the member ``t`` belongs to, and whether it is a group of countries: the nearest
    group noun above it (the parser often hangs "including X" on a noun of the group's own clause)."""
    toks = sx.sent.tokens
    for g in _ancestors(sx, t, 5):
        if sx.token_mention[g] is not None:
            return None
        if sx.lemmas[g] in _COUNTRY_GROUPS:  # "companies from countries such as A": the companies' group
            h = toks[g].head
            if 0 <= h < len(toks) and h != g and sx.lemmas[h] in _FIRM_GROUPS:
                return h, True
            return None
        if sx.lemmas[g] in _FIRM_GROUPS or toks[g].text.lower() in _FIRM_GROUPS:
            return g, False
    return None


def _bodies(ctx: _Context, sx: _Sent, a: int) -> list[Mention]:
    """The bodies a sanctioning word's clause names as acting, else the body known from before."""
    verb = a
    if sx.sent.tokens[a].pos == "NOUN":  # "sanctions against X": the verb the sanctions are the object of
        verb = next((v for v in _ancestors(sx, a, 2) if sx.sent.tokens[v].pos == "VERB"), a)
    subjects, passive = _subjects(ctx, sx, verb)
    named = [m for m in subjects if not passive and m.label in ORGS | {"Country"} and not _is_outlet(ctx, m)]
    if named:
        return named[:3]
    known = ctx.imposer or ctx.sanctioner
    return [known] if known is not None else []


def sanction_member_claims(ctx: _Context, sx: _Sent) -> list[Claim]:
    """sanctioned_by for each named member of a sanctioned group, by each body that sanctions it."""
    toks = sx.sent.tokens
    out: list[Claim] = []
    for t in range(len(toks)):
        if not _introduced(sx, t):
            continue
        found = _group(sx, t)
        if found is None:
            continue
        g, countries = found
        anchor = next((a for a in _ancestors(sx, g, _HOPS) if _sanctioning(sx, a)), None)
        if anchor is None:
            continue
        labels = PLACES if countries else ORGS | {"Person", "Location"}
        members = [m for k in _with_conj(sx, t) if (m := sx.token_mention[k]) is not None and m.label in labels]
        if not members and not countries:  # "…, including companies in China and Turkey": the group's countries
            members = [m for m, _ in group_places(ctx, sx, t)]
        bodies = _bodies(ctx, sx, anchor)
        claims: list[Found] = [(m, "sanctioned_by", b, None) for b in bodies for m in members[:_MAX]
                               if m.id != b.id and ctx.name(m) != ctx.name(b)]
        if claims:
            out.extend(sanctions_told(ctx, sx, anchor, claims))
    return out


__all__ = ["sanction_member_claims"]
