"""located_in for deployed weapons: "the X missile system has entered combat duty in Y", "X was
deployed in Y", "комплекс «X» заступил на боевое дежурство в Y", "размещение «X» в Y", "«X» в Y".

The deployed thing is a name the verb's subject (or, for "deploy X", its object) holds, itself or
beside a weapon noun ("the Oreshnik missile system"); the place is the verb's (or the duty noun's)
"in" / "в" dependent, "the country" named before, or the territory a demonym names ("on
Belarusian territory") or a country word does ("на территории республики": the country named
before). Verbs that only move, set or hold something ("put", "enter", "be", "заступить") deploy
only with a duty noun ("combat duty", "боевое дежурство"), also the duty of a clause joined to a
verb of deploying ("X was stationed in May and stays on duty there").
"""
from __future__ import annotations

import dataclasses

from claimgraph.model import Claim, Mention
from claimgraph.nlp.claims.arguments import _country_of, _previous_country
from claimgraph.nlp.claims.attribution import _speaker
from claimgraph.nlp.claims.build import _build
from claimgraph.nlp.claims.duty_home import speakers_country
from claimgraph.nlp.claims.intentions import intended
from claimgraph.nlp.claims.requests import requester
from claimgraph.nlp.claims.sentence import _case, _Context, _kids, _Sent

#: verbs that deploy by themselves
DEPLOY = frozenset({"deploy", "station", "redeploy", "arrive", "разместить", "размещать", "развернуть",
                    "развертывать", "разворачивать", "дислоцировать", "прибыть", "прибывать"})
#: verbs that deploy with a duty noun: "entered combat duty", "заступил на боевое дежурство"
_ONTO_DUTY = frozenset({"place", "put", "enter", "assume", "go", "take", "begin", "start", "be", "remain", "заступить",
                        "заступать", "нести", "поставить", "ставить", "начать", "встать", "заступление"})
_DUTY = frozenset({"duty", "alert", "дежурство"})
#: nouns of placement: "размещение «Орешника» в Белоруссии", "the deployment of X in Y"
_PLACEMENT = frozenset({"deployment", "stationing", "размещение", "развертывание", "развёртывание"})
#: common nouns of weapons a name stands beside: "the Oreshnik missile system", "комплекс «Орешник»"
WEAPONS = frozenset({"system", "systems", "missile", "missiles", "complex", "launcher", "launchers", "weapon",
                     "weapons", "комплекс", "ракета", "система", "установка", "оружие"})
_IN = frozenset({"in", "to", "into", "в", "во", "на"})
#: "on Belarusian territory", "on its soil": a territory is where, also after "on"
_ON = frozenset({"on", "onto"})
_TERRITORY = frozenset({"territory", "soil", "территория"})
_COUNTRY = frozenset({"country", "republic", "страна", "республика", "країна", "республіка"})
_PLACES = frozenset({"Country", "Location"})
#: labels the tagger gives a weapon's name
_NAMES = frozenset({"Product", "Person", "Organization", "Facility", "Company"})


def _thing(ctx: _Context, sx: _Sent, t: int) -> Mention | None:
    """The weapon a subject or object token names: a product's own name, or a name of any label that
    stands beside a weapon noun ("the Oreshnik missile system", "комплекс «Орешник»")."""
    toks = sx.sent.tokens
    m = sx.token_mention[t]
    if m is not None:
        if m.label == "Product":
            return m
        near = [toks[t].head] + sx.children[t]
        if _case(sx, t) in _SUCH_AS and 0 <= toks[t].head < len(toks):  # "deployment of such systems as X"
            near += sx.children[toks[t].head]
        return m if m.label in _NAMES and any(0 <= k < len(toks) and sx.lemmas[k] in WEAPONS for k in near) else None
    if sx.lemmas[t] not in WEAPONS:
        return None
    # "the Iskander missile system": the name may stand on the noun before, as a compound of a compound
    deeper = [k for c in _kids(sx, t, "compound") if sx.lemmas[c] in WEAPONS for k in _kids(sx, c, "compound")]
    for c in _kids(sx, t, "compound", "appos", "flat", "nmod") + deeper:
        m = sx.token_mention[c]
        # "the Oreshnik system", and "such systems as Oreshnik", "таких комплексов, как «Орешник»"
        if m is not None and m.label in _NAMES and (not _case(sx, c) or _case(sx, c) in _SUCH_AS):
            return m
    for c in _kids(sx, t, "amod"):  # "the Topol missile system" with the name read as an adjective
        m = sx.token_mention[c]
        if m is not None and m.label == "Product":
            return m
    for c in _kids(sx, t, "appos", "flat", "compound") + deeper:
        m = _quoted_name(ctx, sx, c)
        if m is not None:
            return m
    return None


_SUCH_AS = frozenset({"as", "like", "как"})
_QUOTES = frozenset({"«", '"', "“", "„", "'"})


def _quoted_name(ctx: _Context, sx: _Sent, c: int) -> Mention | None:
    """A capitalised name beside a weapon noun that the tagger left unnamed, in quotes ("комплекс
    «Орешник»") or as a proper noun before it ("the Oreshnik system"): the weapon's name, as a product."""
    toks = sx.sent.tokens
    tok = toks[c]
    quoted = c > 0 and toks[c - 1].text in _QUOTES
    before = tok.pos == "PROPN" and toks[c].dep == "compound" and c < toks[c].head
    if not tok.text[:1].isupper() or not (quoted or before):
        return None
    lemma = sx.lemmas[c]
    name = lemma[:1].upper() + lemma[1:] if sx.lang == "ru" and lemma else tok.text
    doc = ctx.doc.document_id
    return Mention(id=Mention.make_id(doc, tok.start, tok.end, "Product"), document_id=doc, start=tok.start,
                   end=tok.end, text=tok.text, label="Product", normalized=name)


def _place(ctx: _Context, sx: _Sent, heads: list[int]) -> Mention | None:
    """Where: an "in" / "в" dependent naming a place, "in the country", or "on Belarusian territory"."""
    toks = sx.sent.tokens
    for h in heads:
        for c in _kids(sx, h, "obl", "nmod"):
            case = set(_case(sx, c).split())
            if not case & _IN and not (case & _ON and sx.lemmas[c] in _TERRITORY) or sx.lemmas[c] in _DUTY:
                continue
            m = sx.token_mention[c]
            if m is not None and m.label in _PLACES:
                return m
            if sx.lemmas[c] in _TERRITORY:
                for k in _kids(sx, c, "amod", "nmod", "compound"):
                    n = sx.token_mention[k]
                    if n is not None and n.label == "Nationality":
                        n = _country_of(ctx, n)
                    if n is None and sx.lemmas[k] in _COUNTRY:  # "on the territory of the republic"
                        n = _previous_country(ctx, sx, toks[k].start)
                    if n is not None and n.label in _PLACES:
                        return n
            if sx.lemmas[c] in _COUNTRY and m is None:
                return _previous_country(ctx, sx, toks[c].start)
    return None


def _quoted_thing(ctx: _Context, sx: _Sent, t: int) -> Mention | None:
    """A name in quotation marks that a verb of deploying takes ("разместить «Орешник»"), whatever label
    the tagger gave it: a weapon's name."""
    toks = sx.sent.tokens
    if not (t > 0 and toks[t - 1].text in _QUOTES):
        return None
    m = sx.token_mention[t]
    return m if m is not None and m.label in _NAMES else _quoted_name(ctx, sx, t)


def _onto_duty(sx: _Sent, v: int) -> bool:
    return any(sx.lemmas[c] in _DUTY for c in _kids(sx, v, "obl", "obj", "nmod"))


def deployment_claims(ctx: _Context, sx: _Sent) -> list[Claim]:
    """Each weapon deployed (or put on duty) somewhere: located_in."""
    toks = sx.sent.tokens
    out: list[Claim] = []
    for v, tok in enumerate(toks):
        lemma = sx.lemmas[v]
        if tok.pos in ("VERB", "AUX") and (lemma in DEPLOY or lemma in _ONTO_DUTY and _onto_duty(sx, v)):
            # "was stationed and stands on alert in Y": the duty of a clause joined to the verb
            duty = [c for k in [v, *_kids(sx, v, "conj")] for c in _kids(sx, k, "obl", "obj", "nmod")
                    if sx.lemmas[c] in _DUTY and (k == v or toks[k].pos in ("VERB", "AUX"))]
            holders = _kids(sx, v, "nsubj", "nsubj:pass") + _kids(sx, v, "obj")
            if tok.dep in ("xcomp", "csubj") and 0 <= tok.head < len(toks):  # "X will begin to carry combat duty", "X можно разместить"
                holders += _kids(sx, tok.head, "nsubj")
        elif tok.pos == "NOUN" and lemma in _PLACEMENT:
            duty, holders = [], _kids(sx, v, "nmod")
        elif tok.pos in ("PROPN", "NOUN") and tok.dep == "root" and (own := sx.token_mention[v]) is not None \
                and own.label == "Product":
            duty, holders = [], [v]  # "«Орешник» в Беларуси со вчерашнего дня"
        else:
            continue
        named = [(h, m) for h in holders if (m := _thing(ctx, sx, h)) is not None]
        if not named and tok.pos == "NOUN" and lemma in _PLACEMENT:  # "размещение «Орешника» в Белоруссии"
            named = [(h, m) for h in holders if (m := _quoted_name(ctx, sx, h)) is not None][:1]
        if not named and lemma in DEPLOY:  # "разместить «Орешник» в Беларуси": a quoted name is deployed
            named = [(h, m) for h in _kids(sx, v, "obj", "nsubj:pass") if (m := _quoted_thing(ctx, sx, h)) is not None][:1]
        things = [m for _, m in named]
        # "arrived in Belarus and has been put on combat duty": the place of the clause it is joined to
        joined = [toks[v].head] if toks[v].dep.startswith("conj") and 0 <= toks[v].head < len(toks) else []
        place = _place(ctx, sx, [v, *duty, *(h for h, _ in named if h != v), *joined]) if things else None
        # "X will begin to carry combat duty": the verb it hangs on tells who says so and when
        at = toks[v].head if toks[v].dep == "xcomp" and duty and 0 <= toks[v].head < len(toks) else v
        home = speakers_country(ctx, sx, at) if place is None and things and duty else None
        if home is not None:  # "Belarus's president said X goes on duty in December": in Belarus
            place = home[1]
        if place is None:
            continue
        speaker, denied = _speaker(ctx, sx, at)
        speaker = speaker or (home[0] if home is not None else None)
        force = "plan" if not denied and intended(sx, v) else None  # "решение о размещении X в Y"
        asker = requester(ctx, sx, v)
        if asker is not None and not denied:  # "asked Putin to deploy X in Y": the asker's proposal
            speaker, force = asker, "offer"
        for claim in _build(ctx, sx, at, [(things[0], "located_in", place, None)], speaker, denied, force=force):
            if things[0].label == "Person" or things[0].id not in ctx.by_id:
                # a weapon's name the tagger took for a person's, or left unnamed: no mention of it to tie
                claim = dataclasses.replace(claim, subject_mention=None)
            out.append(claim)
    return out


__all__ = ["DEPLOY", "WEAPONS", "deployment_claims"]
