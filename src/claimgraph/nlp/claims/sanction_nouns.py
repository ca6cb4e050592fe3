"""sanctioned_by from the noun: "the US imposed sanctions on X", "Евросоюз и США ввели санкции против X".

Each body that imposes (introduces, announces) sanctions sanctions each name the sanctions are
"on", "against", "против", "в отношении": the name itself, or the name standing beside the word it
governs ("against suppliers of Kupol, including the engine maker Xiamen Limbach").
"""
from __future__ import annotations

from claimgraph.model import Claim, Mention, Quantity
from claimgraph.nlp.claims.arguments import _country_of, _subjects
from claimgraph.nlp.claims.attribution import _speaker
from claimgraph.nlp.claims.build import _build, Found
from claimgraph.nlp.claims.sentence import _case, _Context, _kids, _Sent, _with_conj
from claimgraph.nlp.claims.words import ORGS, PLACES

SANCTION_NOUNS = frozenset({"sanction", "sanctions", "санкция", "санкции", "ограничение"})
#: verbs that put sanctions in force
IMPOSE = frozenset({"impose", "introduce", "announce", "slap", "levy", "adopt", "ввести", "вводить", "объявить",
                    "наложить", "применить", "утвердить"})
#: what the sanctions are against
_AGAINST = frozenset({"on", "against", "против", "в", "отношение"})
#: who can be sanctioned
_TARGETS = ORGS | frozenset({"Person", "Country"})
#: names a target phrase may hold, at most
_MAX_TARGETS = 8


def _targets(ctx: _Context, sx: _Sent, heads: list[int]) -> list[Mention]:
    """The names under each "on" / "против" dependent of the sanction noun or its verb."""
    toks = sx.sent.tokens
    out: list[Mention] = []
    for h in heads:
        for c in _kids(sx, h, "nmod", "obl"):
            cases = set(_case(sx, c).split()) | {(t.lemma or t.text).lower() for k in sx.children[c]
                                                 for t in (toks[k],) if t.dep == "fixed"}
            if not cases & _AGAINST or ("в" in cases and "отношение" not in cases):
                continue
            # the name itself, its conjuncts and appositions; not the names it governs ("suppliers of Kupol")
            for t in [c, *_kids(sx, c, "conj", "appos")]:
                for k in [t, *_kids(sx, t, "appos")]:
                    m = sx.token_mention[k]
                    if m is not None and m.label == "Country" and k != t:
                        continue  # "on PRC (People's Republic of China) entities": firms of a country, not it
                    if m is not None and m.label in _TARGETS and m not in out:
                        out.append(m)
    return out[:_MAX_TARGETS]


def sanction_noun_claims(ctx: _Context, sx: _Sent) -> list[Claim]:
    """Targets of imposed sanctions, sanctioned by each body that imposed them."""
    toks = sx.sent.tokens
    out: list[Claim] = []
    for n, tok in enumerate(toks):
        if tok.pos != "NOUN" or sx.lemmas[n] not in SANCTION_NOUNS or not tok.dep.startswith("obj"):
            continue
        v = tok.head
        if not (0 <= v < len(toks)) or v == n or sx.lemmas[v] not in IMPOSE:
            continue
        agents = [m for m in _subjects(ctx, sx, v)[0] if m.label in ORGS | PLACES]
        targets = [t for t in _targets(ctx, sx, [n, v]) if all(t.id != a.id for a in agents)]
        if not agents or not targets:
            continue
        ctx.sanctioner = agents[0]
        speaker, denied = _speaker(ctx, sx, v)
        count = _count(sx, n)
        found: list[Found] = [(t, "sanctioned_by", a, count) for a in agents for t in targets]
        out.extend(_build(ctx, sx, v, found, speaker, denied))
    return out + under_sanctions_claims(ctx, sx)


def _count(sx: _Sent, n: int) -> Quantity | None:
    """"imposed over 500 new sanctions": the number the sanctions are counted in."""
    toks = sx.sent.tokens
    for c in _kids(sx, n, "nummod"):
        for q in sx.quantities:
            if q.start is not None and q.end is not None and q.start <= toks[c].start < q.end:
                return q
    return None


#: what puts a name under sanctions: "under US sanctions", "под санкциями США", "под ограничения ЕС"
_UNDER = frozenset({"under", "под"})


def _imposers(ctx: _Context, sx: _Sent, n: int) -> list[Mention]:
    """The bodies whose sanctions these are: "US sanctions", "U.S. and European sanctions",
    "санкциями США и ЕС"."""
    toks = sx.sent.tokens
    out: list[Mention] = []
    for c in _kids(sx, n, "nmod", "compound", "amod", "nmod:poss"):
        if _case(sx, c) and toks[c].dep != "nmod:poss":
            continue
        for k in _with_conj(sx, c):
            m = sx.token_mention[k]
            if m is not None and m.label == "Nationality":
                m = _country_of(ctx, m)
            elif m is None and toks[k].pos == "ADJ":  # "European" the tagger left unnamed
                continue
            if m is not None and m.label in ORGS | PLACES and m not in out:
                out.append(m)
    return out


def _named_beside(sx: _Sent, v: int) -> list[Mention]:
    """"через посредника – компанию «ВСК Вектор», которая находится под санкциями": the name set
    beside the noun a relative clause hangs on."""
    toks = sx.sent.tokens
    head = toks[v].head
    if not toks[v].dep.startswith("acl") or not 0 <= head < len(toks) or head == v:
        return []
    for c in _kids(sx, head, "appos", "parataxis"):
        for k in [c, *_kids(sx, c, "appos", "flat")]:
            m = sx.token_mention[k]
            if m is not None:
                return [m]
    return []


def under_sanctions_claims(ctx: _Context, sx: _Sent) -> list[Claim]:
    """"Belarus remains under U.S. and European sanctions", "компания, которая находится под
    санкциями США", "под новые ограничения США попали X и Y": the clause's subject is sanctioned by
    each body the sanctions are named after."""
    toks = sx.sent.tokens
    out: list[Claim] = []
    for n, tok in enumerate(toks):
        if tok.pos not in ("NOUN", "PROPN") or sx.lemmas[n] not in SANCTION_NOUNS \
                or not set(_case(sx, n).split()) & _UNDER:
            continue
        v = tok.head
        if not (0 <= v < len(toks)) or v == n or toks[v].pos not in ("VERB", "AUX"):
            continue
        bodies = _imposers(ctx, sx, n)
        if not bodies:
            continue
        targets = [m for m in _subjects(ctx, sx, v)[0] or _named_beside(sx, v)
                   if m.label in _TARGETS | {"Country"} and all(m.id != b.id for b in bodies)]
        if not targets:
            continue
        speaker, denied = _speaker(ctx, sx, v)
        found: list[Found] = [(t, "sanctioned_by", b, None) for t in targets[:_MAX_TARGETS] for b in bodies]
        out.extend(_build(ctx, sx, v, found, speaker, denied))
    return out


__all__ = ["IMPOSE", "SANCTION_NOUNS", "sanction_noun_claims", "under_sanctions_claims"]
