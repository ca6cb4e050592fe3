"""A state condemned or punished for a supply: "The United States condemned Iran for supplying
drones to Russia", "We condemn North Korea for providing Russia with this equipment", "США осудили
Иран за поставки беспилотников России", "Мы осуждаем КНДР за предоставление России этой техники".

The object of a verb of condemning is the supplier of the deed "for"/"за" names (a gerund or a noun
of delivery); its recipient is the one the deed names. The condemning party claims the supply.
"""
from __future__ import annotations

from claimgraph.model import Claim, Mention
from claimgraph.nlp.claims.arguments import _objects, _subjects
from claimgraph.nlp.claims.attribution import _speaker
from claimgraph.nlp.claims.build import Found, _build
from claimgraph.nlp.claims.sentence import _case, _Context, _kids, _negated, _Sent
from claimgraph.nlp.claims.stances import DELIVERIES
from claimgraph.nlp.claims.words import ORGS, PLACES
from claimgraph.nlp.lexicon import PREDICATE_VERBS

#: verbs of condemning or punishing someone for a deed
CONDEMN = frozenset({"condemn", "denounce", "blame", "criticize", "criticise", "punish", "rebuke", "осуждать",
                     "осудить", "наказать", "наказывать", "критиковать", "раскритиковать", "засудити",
                     "засуджувати", "покарати", "критикувати"})
#: nouns of providing, beside those of delivery: "за предоставление России техники"
PROVIDING = DELIVERIES | frozenset({"provision", "предоставление", "надання", "отправка", "направление"})
_FOR = frozenset({"for", "за"})
_TO = frozenset({"to", "в", "во", "до"})
_FIRST_PERSON = frozenset({"we", "мы", "ми", "i", "я"})


def condemned_supplies(ctx: _Context, sx: _Sent) -> list[Claim]:
    """The supplies a party is condemned for, as the condemning party's claims."""
    toks = sx.sent.tokens
    supply_verbs = {lemma for lemma, p in PREDICATE_VERBS[ctx.lang].items() if p == "supplies_to"}
    out: list[Claim] = []
    for c, tok in enumerate(toks):
        if tok.pos != "VERB" or sx.lemmas[c] not in CONDEMN or _negated(sx, c):
            continue
        accused = _objects(ctx, sx, c, ("obj",), None, ORGS | PLACES)
        if not accused:
            continue
        found: list[Found] = []
        # the deed on the verb, or on the "for" the parser hung on it ("condemned Iran for supplying …")
        deeds = _kids(sx, c, "pcomp", "advcl", "obl", "xcomp") + [d for k in _kids(sx, c, "mark", "prep")
                                                                  for d in _kids(sx, k, "pcomp")]
        for d in deeds:
            if not _for(sx, c, d):
                continue
            if toks[d].pos == "VERB" and sx.lemmas[d] in supply_verbs and not _kids(sx, d, "nsubj"):
                to = _objects(ctx, sx, d, ("obl", "nmod"), _TO, ORGS | PLACES)
                to = to or _objects(ctx, sx, d, ("obj", "iobj"), None, ORGS | PLACES)  # "providing Russia with …"
            elif toks[d].pos == "NOUN" and sx.lemmas[d] in PROVIDING:
                to = _objects(ctx, sx, d, ("nmod",), _TO, ORGS | PLACES) or [
                    m for k in [d, *_kids(sx, d, "nmod")] for r in _kids(sx, k, "iobj", "nmod")
                    if not _case(sx, r) and ("Case=Dat" in toks[r].feats or toks[r].dep == "iobj"
                                             # "поставки беспилотников России": a state after the goods receives
                                             or k != d and "Case=Gen" in toks[r].feats)
                    and (m := sx.token_mention[r]) is not None and m.label in PLACES]
            else:
                continue
            found.extend((accused[0], "supplies_to", r, None) for r in to[:1] if r.id != accused[0].id)
        if found:
            out.extend(_build(ctx, sx, c, found, _condemner(ctx, sx, c), False, force="claim"))
    return out


def _for(sx: _Sent, c: int, d: int) -> bool:
    """The deed hangs on the verb with "for"/"за" ("condemned Iran for supplying", "осудили за поставки")."""
    marks = {sx.lemmas[k] for k in _kids(sx, d, "case", "mark")}
    if sx.sent.tokens[d].dep == "pcomp":
        marks.add(sx.lemmas[sx.sent.tokens[d].head])  # "for" hung on the verb, the deed on "for"
    return bool(marks & _FOR)


def _condemner(ctx: _Context, sx: _Sent, c: int) -> Mention | None:
    """Who condemns: the verb's subject; "we" is whoever speaks the quote."""
    toks = sx.sent.tokens
    if any(toks[k].pos == "PRON" and sx.lemmas[k] in _FIRST_PERSON for k in _kids(sx, c, "nsubj")):
        return _speaker(ctx, sx, c)[0]
    subjects = [m for m in _subjects(ctx, sx, c)[0] if m.label in ORGS | PLACES | {"Person", "Nationality"}]
    return subjects[0] if subjects else _speaker(ctx, sx, c)[0]
