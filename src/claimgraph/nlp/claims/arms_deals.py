"""Arms deals between two states: "arms exchanges with Russia", "arms dealings between North Korea
and Russia", "оружейные сделки КНДР с Россией", "обмен оружием с Россией".

A noun of dealing (deal, exchange, trade; сделка, обмен, торговля) that an arms word qualifies
("arms deal", "оружейная сделка", "обмен оружием") tells a supply between its two parties: those of
"between A and B" / "между A и B", or the state it is "with" ("с Россией") and the other party (a
bare genitive, "сделки КНДР с Россией", else the state of the one who speaks of the deal:
"Kim Yo Jong denied arms exchanges with Russia"). The party the report already told supplying
is the supplier; otherwise the first named. A deal named by a noun is what someone reports: a
``claim``, or a denial when the verb over the noun denies it ("denied arms exchanges").
"""
from __future__ import annotations

from claimgraph.model import Claim, Mention
from claimgraph.nlp.claims.arguments import _own_country, _subjects
from claimgraph.nlp.claims.attribution import _speaker
from claimgraph.nlp.claims.build import _build
from claimgraph.nlp.claims.names import name_of
from claimgraph.nlp.claims.sentence import _ancestors, _case, _Context, _kids, _negated, _Sent, _with_conj
from claimgraph.nlp.lexicon import DENIAL_VERBS
from claimgraph.nlp.seats import speaking_state

#: nouns of dealing (lemmas)
DEALS = frozenset({"deal", "dealing", "exchange", "trade", "trading", "transaction", "сделка", "обмен",
                   "торговля"})
#: words that make a dealing one in arms ("arms" lemmatises to "arm")
ARMS = frozenset({"arm", "arms", "weapon", "weapons", "munition", "ammunition", "оружие", "оружейный",
                  "вооружение", "боеприпас"})
_BETWEEN = frozenset({"between", "между"})
_WITH = frozenset({"with", "с", "со"})
_STATES = frozenset({"Country"})


def arms_deal_claims(ctx: _Context, sx: _Sent) -> list[Claim]:
    """supplies_to between the two parties of each arms deal the sentence names."""
    toks = sx.sent.tokens
    out: list[Claim] = []
    for n, tok in enumerate(toks):
        if tok.pos != "NOUN" or sx.lemmas[n] not in DEALS or not _in_arms(sx, n):
            continue
        pair = _between(sx, n) or _with(ctx, sx, n)
        if pair is None or name_of(pair[0]) == name_of(pair[1]):
            continue
        a, b = pair
        if _told(ctx, b) and not _told(ctx, a):
            a, b = b, a
        verb = next((k for k in _ancestors(sx, n, 3) if toks[k].pos in ("VERB", "AUX")), n)
        speaker, denied = _speaker(ctx, sx, verb)
        if sx.lemmas[verb] in DENIAL_VERBS and not _negated(sx, verb):  # "denied arms exchanges with …"
            doers = _subjects(ctx, sx, verb)[0]
            speaker, denied = (doers[0] if doers else speaker), True
        out.extend(_build(ctx, sx, verb, [(a, "supplies_to", b, None)], speaker, denied,
                          force=None if denied else "claim"))
    return out


def _in_arms(sx: _Sent, n: int) -> bool:
    return any(sx.lemmas[c] in ARMS for c in _kids(sx, n, "amod", "compound", "nmod"))


def _state(sx: _Sent, c: int) -> Mention | None:
    m = sx.token_mention[c]
    return m if m is not None and m.label in _STATES else None


def _between(sx: _Sent, n: int) -> tuple[Mention, Mention] | None:
    for c in _kids(sx, n, "nmod"):
        if set(_case(sx, c).split()) & _BETWEEN:
            parties = [m for k in _with_conj(sx, c) if (m := _state(sx, k)) is not None]
            if len(parties) == 2:
                return parties[0], parties[1]
    return None


def _with(ctx: _Context, sx: _Sent, n: int) -> tuple[Mention, Mention] | None:
    toks = sx.sent.tokens
    other = next((m for c in _kids(sx, n, "nmod") if set(_case(sx, c).split()) & _WITH
                  if (m := _state(sx, c)) is not None), None)
    if other is None:
        return None
    own = next((m for c in _kids(sx, n, "nmod") if not _case(sx, c) and "Case=Gen" in toks[c].feats
                if (m := _state(sx, c)) is not None), None)
    if own is None:  # "Kim Yo Jong denied arms exchanges with Russia": the speaker's state
        verb = next((k for k in _ancestors(sx, n, 3) if toks[k].pos in ("VERB", "AUX")), None)
        people = [m for m in _subjects(ctx, sx, verb)[0] if m.label == "Person"] if verb is not None else []
        own = _own_country(ctx, sx, people[0], toks[n].start) if people else None
    return (own, other) if own is not None else None


def _told(ctx: _Context, m: Mention) -> bool:
    """Whether the report already told this state supplying."""
    state = speaking_state(name_of(m)) or speaking_state(m.text)
    return (state or ctx.name(m)) in ctx.told_suppliers
