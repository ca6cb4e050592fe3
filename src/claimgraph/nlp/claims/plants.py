"""Plants announced in news: "Russia will build a drone plant in Belarus" (a planned offer to build)
and "the plant is expected to produce up to 100,000 drones a year" (the plant's capacity).

A capacity measures the plant, so its subject is the plant: its own name when the text gives one,
else the country the plant stands in ("a factory in Belarus"), else the country of the plant the
report spoke of before ("The plant is expected to produce…" after "…a drone factory in Belarus"). Never
the nearest country, nor the builder.
"""
from __future__ import annotations

from claimgraph.model import Claim, Mention, Quantity
from claimgraph.nlp.claims.arguments import _entity, _objects, _subjects
from claimgraph.nlp.claims.attribution import _modality, _speaker
from claimgraph.nlp.claims.build import _build, _claim
from claimgraph.nlp.claims.sentence import _ancestors, _case, _Context, _kids, _Sent, _token_at
from claimgraph.nlp.claims.words import ORGS, PLACES
from claimgraph.nlp.lexicon import BUILD_VERBS

#: nouns of a plant being built or measured
PLANT_NOUNS = frozenset({"plant", "factory", "facility", "works", "завод", "фабрика", "предприятие", "производство"})
#: units a plant's yearly output is counted in (not money, not measures)
_MONEY = frozenset({"USD", "EUR", "RUB", "CNY", "GBP", "BYN"})
_IN = frozenset({"in", "в", "во", "на"})


def _place_of(ctx: _Context, sx: _Sent, p: int) -> Mention | None:
    """The place a plant noun puts it in: "a factory in Belarus", "завод в Беларуси"."""
    places = _objects(ctx, sx, p, ("nmod",), _IN, PLACES)
    if places:
        return places[0]
    head = sx.sent.tokens[p].head
    if 0 <= head < len(sx.sent.tokens) and head != p and sx.lemmas[head] in BUILD_VERBS:
        places = _objects(ctx, sx, head, ("obl",), _IN, PLACES)  # "build a plant in Belarus"
        if places:
            return places[0]
    # a parse that lost the preposition ("in neighbouring Belarus"): "in" right after the noun,
    # then a place within two words
    toks = sx.sent.tokens
    for i in range(p + 1, min(p + 3, len(toks))):
        if sx.lemmas[i] in _IN:
            for j in range(i + 1, min(i + 4, len(toks))):
                m = sx.token_mention[j]
                if m is not None and m.label in PLACES:
                    return m
            break
    return None


def _name_of_plant(ctx: _Context, sx: _Sent, p: int) -> Mention | None:
    """The plant's own name: the facility or company the noun stands in or beside."""
    m = sx.token_mention[p]
    if m is not None and m.label in ("Facility", "Company"):
        return m
    for c in _kids(sx, p, "appos", "flat", "nmod"):
        if not _case(sx, c):
            m = _entity(ctx, sx, c, frozenset({"Facility", "Company"}))
            if m is not None:
                return m
    return None


def _plants(sx: _Sent) -> list[int]:
    return [n for n, t in enumerate(sx.sent.tokens) if t.pos in ("NOUN", "PROPN") and sx.lemmas[n] in PLANT_NOUNS]


def plan_to_build_claims(ctx: _Context, sx: _Sent) -> list[Claim]:
    """"Russia will build a drone plant in Belarus", "Russia is set to establish a factory in Belarus",
    "Россия построит завод в Беларуси": the builder plans to build in the host (offers_to_build, plan)."""
    toks = sx.sent.tokens
    out: list[Claim] = []
    for b, tok in enumerate(toks):
        if sx.lemmas[b] not in BUILD_VERBS or tok.pos != "VERB":
            continue
        works = [c for c in _kids(sx, b, "obj") if sx.lemmas[c] in PLANT_NOUNS]
        if not works:
            continue
        speaker, denied = _speaker(ctx, sx, b)
        headline_to = tok.dep == "root" and any(sx.lemmas[c] == "to" for c in _kids(sx, b, "aux", "mark"))
        # "Russia is set to establish a factory", "is to build": a plan told without a plan word
        headline_to = headline_to or tok.dep.startswith("xcomp") and sx.lemmas[tok.head] in ("set", "be")
        if _modality(ctx, sx, b, speaker is not None, denied) != "plan" and not headline_to:
            continue  # built already, offered (the offer rules read it) or denied; "Russia to build …" is a plan
        host = _place_of(ctx, sx, works[0])
        if host is not None and host.label != "Country":
            host = None  # "build the plant in Gomel": where in a country, not which country hosts it
        builders = [s for s in _subjects(ctx, sx, b)[0] if s.label in PLACES | ORGS]
        found = [(s, "offers_to_build", host, None) for s in builders[:1]
                 if host is not None and s.id != host.id]
        out.extend(_build(ctx, sx, b, found, speaker, denied, force="plan"))
    for p in _plants(sx):  # remember where the plant stands for "The plant …" in later sentences
        place = _place_of(ctx, sx, p)
        if place is not None and place.label == "Country":
            ctx.plant_place = place
    return out


def _rate_quantities(sx: _Sent) -> list[Quantity]:
    return [q for q in sx.quantities if q.rate and q.unit and q.unit not in _MONEY]


def plant_capacity_claims(ctx: _Context, sx: _Sent, offered: str | None = None) -> list[Claim]:
    """"a plant capable of producing up to 100,000 drones a year", "завод мощностью до 100 тыс.
    беспилотников в год", "The plant is expected to produce up to 100,000 drones per year": the
    yearly (or monthly) output tied to a plant noun is the plant's capacity. ``offered`` is the
    modality of the sentence's offer to build the plant, which the capacity shares."""
    toks = sx.sent.tokens
    plants = _plants(sx)
    if not plants:
        return []
    out: list[Claim] = []
    for q in _rate_quantities(sx):
        at = _token_at(sx.sent, q.start or 0)
        above = {at, *_ancestors(sx, at, 6)}
        plant = next((p for p in plants if p in above or (
            toks[p].head in above and toks[p].dep.split(":")[0] in ("nsubj", "obj"))), None)
        if plant is None:
            continue
        place = _place_of(ctx, sx, plant)
        subject = _name_of_plant(ctx, sx, plant) or (place if place is not None and place.label == "Country"
                                                     else None) or ctx.plant_place
        if subject is None:
            continue
        verb = next((a for a in sorted(above - {at}, key=lambda a: abs(a - at)) if toks[a].pos in ("VERB", "AUX")),
                    toks[plant].head if 0 <= toks[plant].head < len(toks) else plant)
        speaker, denied = _speaker(ctx, sx, verb)
        modality = _modality(ctx, sx, verb, speaker is not None, denied)
        if modality in ("fact", "claim") and any(sx.lemmas[a] in ("expect", "ожидаться", "планироваться", "aim")
                                                 for a in above):
            modality = "plan"
        if offered in ("offer", "plan") and modality in ("fact", "claim"):
            modality = offered  # the capacity of a plant offered or planned is offered or planned
        out.append(_claim(ctx, sx, subject, "capacity", None, q, modality, speaker, verb, 0.7))
    return out


__all__ = ["PLANT_NOUNS", "plan_to_build_claims", "plant_capacity_claims"]
