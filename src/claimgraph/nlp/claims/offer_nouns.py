"""offers_to_build told by a noun of offering: "Russia's proposal to build a drone plant in Belarus",
"the Russian offer to set up a factory in Y", "предложение России построить в Беларуси завод",
"пропозицію РФ збудувати в Білорусі завод", "Путин выразил готовность построить завод в Беларуси".

The noun governs a verb of building whose object is a plant or production. The one offering is the
noun's owner (a possessive, a genitive, a demonym before it), else the subject of a light verb that
makes the offer ("expressed readiness", "put forward a proposal", "выдвинул инициативу"). The host
is where the plant would stand. A plan or an intention ("Russia's plan to build …") is a plan, the
rest an offer.
"""
from __future__ import annotations

from claimgraph.model import Claim, Mention
from claimgraph.nlp.claims.arguments import _country_of, _entity, _objects, _subjects
from claimgraph.nlp.claims.attribution import _speaker
from claimgraph.nlp.claims.build import _build, Found, _value
from claimgraph.nlp.claims.offers import _built_where
from claimgraph.nlp.claims.sentence import _ancestors, _case, _Context, _kids, _negated, _Sent
from claimgraph.nlp.claims.words import ORGS, PLACES
from claimgraph.nlp.lexicon import BUILD_VERBS

#: nouns of an offer (en, ru, uk)
_OFFERS = frozenset({"proposal", "offer", "initiative", "suggestion", "readiness", "willingness", "предложение",
                     "инициатива", "готовность", "пропозиція", "ініціатива", "готовність", "пропозиция",
                     "инициатива"})
#: nouns of a plan or intention
_PLANS = frozenset({"plan", "plans", "intention", "намерение", "план", "намір", "наміри"})
#: light verbs whose subject makes the offer the noun names
_MAKING = frozenset({"express", "make", "put", "voice", "announce", "present", "выразить", "высказать",
                     "выдвинуть", "внести", "озвучить", "сделать", "висловити", "озвучити", "внести", "висунути"})
#: what is built when a plant is offered
_WORKS = frozenset({"plant", "factory", "production", "line", "facility", "assembly", "workshop", "centre",
                    "center", "завод", "производство", "линия", "предприятие", "цех", "центр", "фабрика",
                    "виробництво", "підприємство"})
#: Ukrainian build verbs the Russian lemmas miss
_BUILDING = BUILD_VERBS | frozenset({"збудувати", "будувати", "побудувати", "створити", "відкрити", "налагодити",
                                     "set", "establish"})
_IN = frozenset({"in", "в", "во", "на", "у"})
_PARTIES = ORGS | PLACES | frozenset({"Person"})


def _owner(ctx: _Context, sx: _Sent, n: int) -> Mention | None:
    """"Russia's proposal", "предложение России", "the Russian offer"."""
    toks = sx.sent.tokens
    for c in _kids(sx, n, "nmod:poss", "nmod", "amod"):
        if toks[c].dep.startswith("nmod") and _case(sx, c) and toks[c].dep != "nmod:poss":
            continue
        m = _entity(ctx, sx, c, _PARTIES | {"Nationality"})
        if m is not None and m.label == "Nationality":
            m = _country_of(ctx, m) or m  # "the Russian offer": the demonym when no country is named
        if m is not None and m.label in _PARTIES | {"Nationality"}:
            return m
    return None


def _after_in(sx: _Sent, b: int) -> list[Mention]:
    """A place right after "in" / "в" / "у" under the verb of building, however the parser hung it."""
    toks = sx.sent.tokens
    for k in range(1, len(toks)):
        m = sx.token_mention[k]
        if m is not None and m.label in PLACES and toks[k - 1].text.lower() in _IN and b in _ancestors(sx, k, 4):
            return [m]
    return []


def offer_noun_claims(ctx: _Context, sx: _Sent) -> list[Claim]:
    """An offer (or plan) to build that a noun of offering names, by its owner, in its host."""
    toks = sx.sent.tokens
    out: list[Claim] = []
    for n, tok in enumerate(toks):
        lemma = sx.lemmas[n]
        if tok.pos != "NOUN" or lemma not in _OFFERS | _PLANS:
            continue
        # the verb of building under the noun, or the noun hung on it where the parser lost the infinitive
        near = sx.children[n] + ([tok.head] if tok.dep in ("amod", "nmod") and 0 <= tok.head < len(toks) else []) \
            + [k for k in range(n + 1, min(len(toks), n + 4)) if toks[k].head == tok.head]  # or beside it
        builds = [b for b in near if sx.lemmas[b] in _BUILDING and toks[b].pos in ("VERB", "NOUN")
                  and any(sx.lemmas[o] in _WORKS for o in _kids(sx, b, "obj", "obl"))]
        if not builds:
            continue
        b = builds[0]
        owner = _owner(ctx, sx, n)
        h = tok.head
        if owner is None and 0 <= h < len(toks) and h != n and sx.lemmas[h] in _MAKING:
            owner = next((m for m in _subjects(ctx, sx, h)[0] if m.label in _PARTIES), None)
        hosts = _objects(ctx, sx, b, ("obl",), _IN, PLACES) or _built_where(ctx, sx, b) or _after_in(sx, b)
        if owner is None or not hosts:
            continue
        host = next((x for x in hosts if x.id != owner.id and ctx.name(x) != ctx.name(owner)), None)
        if host is None:
            continue
        verb = h if 0 <= h < len(toks) and h != n else n
        speaker, denied = _speaker(ctx, sx, verb)
        found: list[Found] = [(owner, "offers_to_build", host, _value(sx, b))]
        force = "denial" if denied or _negated(sx, n) else ("plan" if lemma in _PLANS else "offer")
        out.extend(_build(ctx, sx, verb, found, speaker, denied, force=force))
    return out


__all__ = ["offer_noun_claims"]
