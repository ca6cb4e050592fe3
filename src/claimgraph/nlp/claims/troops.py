"""Troops sent to help a state: "North Korea is ready to send up to 12,000 soldiers", "decided to
send around 12,000 troops to support Russia", "направить 10 тысяч военных на помощь России"; and troops moved from one state to another
("переброска военных из Северной Кореи в Россию").

A verb of sending whose object is a counted body of troops supplies them (the count is the value)
even where no recipient is named; the state the sending is meant to help ("to support Russia",
"to assist Russia", "на помощь России", "для поддержки России") is the recipient.
"""
from __future__ import annotations

from claimgraph.model import Claim, Mention, Quantity
from claimgraph.nlp.claims.arguments import _country_of, _objects
from claimgraph.nlp.claims.attribution import _speaker
from claimgraph.nlp.claims.build import _build
from claimgraph.nlp.claims.names import name_of
from claimgraph.nlp.claims.sentence import _ancestors, _case, _Context, _kids, _Sent, _token_at
from claimgraph.nlp.claims.words import ORGS, PLACES
from claimgraph.nlp.seats import speaking_state

#: nouns of troops, the goods a count of people sent stands for
TROOPS = frozenset({"troop", "soldier", "personnel", "serviceman", "servicemen", "fighter", "mercenary",
                    "военный", "военнослужащий", "солдат", "боец", "наемник", "наёмник", "військовий",
                    "військовослужбовець", "боєць", "найманець"})
#: verbs and nouns of helping, whose object is whom the sending serves: "to support Russia", "на помощь России"
AID = frozenset({"support", "assist", "help", "aid", "bolster", "reinforce", "back", "поддержать", "поддерживать",
                 "помочь", "помогать", "помощь", "поддержка", "підтримати", "підтримувати", "допомогти",
                 "допомагати", "допомога", "підтримка"})
_FORCES = frozenset({"force", "forces", "army", "military", "troops", "силы", "армия", "войска", "сили", "армія",
                     "війська"})


def counted_troops(sx: _Sent, v: int, value: Quantity | None) -> Quantity | None:
    """The verb's value when it counts the troops its object names ("send up to 12,000 soldiers",
    "направила 12 тысяч военных"), else None."""
    toks = sx.sent.tokens
    if value is None or any(set(_case(sx, c).split()) & {"to", "в", "во", "на"} for c in _kids(sx, v, "obl", "nmod")
                            if sx.lemmas[c] not in AID):
        return None  # "sent 5,000 troops to the border": a place, not a recipient
    at = _token_at(sx.sent, value.start or 0)
    for o in _kids(sx, v, "obj", "nsubj:pass"):
        if sx.lemmas[o] not in TROOPS and not any(sx.lemmas[c] in TROOPS for c in _kids(sx, o, "nmod", "compound")):
            continue
        if at == o or o in _ancestors(sx, at, 3) or toks[o].head == at or _kids(sx, o, "nummod"):
            return value
    return None


def aided_states(ctx: _Context, sx: _Sent, v: int) -> list[Mention]:
    """The states a sending is meant to help: the object of a purpose clause of helping ("to support
    Russia", "to assist Russia"), the state a noun of help names ("на помощь России", "in support of
    Russia"), or the nation whose forces it helps ("to support Russian forces")."""
    toks = sx.sent.tokens
    out: list[Mention] = []
    for a in [*_kids(sx, v, "advcl", "xcomp", "obl", "nmod"), *(k for o in _kids(sx, v, "obj")
                                                                for k in _kids(sx, o, "nmod", "acl"))]:
        if sx.lemmas[a] not in AID:
            continue
        if toks[a].pos == "VERB":
            out = _objects(ctx, sx, a, ("obj", "iobj"), None, ORGS | PLACES)
            out = out or [m for c in _kids(sx, a, "obj", "iobj") for m in _forces_of(ctx, sx, c)]
        else:
            out = _objects(ctx, sx, a, ("nmod",), frozenset({"of", "to"}), ORGS | PLACES) or [
                m for c in _kids(sx, a, "nmod", "iobj") if not _case(sx, c) and (m := sx.token_mention[c]) is not None
                and m.label in ORGS | PLACES]
        if out:
            break
    return out[:1]


def _forces_of(ctx: _Context, sx: _Sent, n: int) -> list[Mention]:
    """"Russian forces": the country of the nation whose forces a noun names."""
    if sx.lemmas[n] not in _FORCES and sx.sent.tokens[n].text.lower() not in _FORCES:
        return []
    for a in _kids(sx, n, "amod"):
        m = sx.token_mention[a]
        country = _country_of(ctx, m) if m is not None and m.label == "Nationality" else None
        if country is not None:
            return [country]
    return []


def named_above(sx: _Sent, v: int, m: Mention) -> bool:
    """The supplier is the subject of the verb or of the words it completes ("North Korea is ready
    to send", "КНДР готова направить"), not reached through a pronoun or a clause above."""
    toks = sx.sent.tokens
    chain = [v]
    while len(chain) < 4 and toks[chain[-1]].dep.startswith("xcomp") and 0 <= toks[chain[-1]].head < len(toks) \
            and toks[chain[-1]].head not in chain:
        chain.append(toks[chain[-1]].head)
    own = {k for a in chain for k in _kids(sx, a, "nsubj", "nsubj:pass")}
    return any(m.start <= toks[k].start < m.end or sx.token_mention[k] is m for k in own)


#: nouns of moving troops: "the dispatch of troops from X to Y", "переброска военных из X в Y"
MOVES = frozenset({"dispatch", "deployment", "transfer", "переброска", "переброс", "отправка", "направление",
                   "перекидання", "відправка", "відправлення"})
_FROM = frozenset({"from", "из", "з", "із"})
_INTO = frozenset({"to", "в", "во", "до"})


def troop_move_claims(ctx: _Context, sx: _Sent) -> list[Claim]:
    """"переброска военных из Северной Кореи в Россию", "the dispatch of North Korean troops to
    Russia": troops moved from one state to another are a supply of the first to the second (both
    must be states: "from Kursk to Belgorod" moves no one between them)."""
    out: list[Claim] = []
    for n, tok in enumerate(sx.sent.tokens):
        if tok.pos != "NOUN" or sx.lemmas[n] not in MOVES:
            continue
        troops = [c for c in _kids(sx, n, "nmod") if sx.lemmas[c] in TROOPS | _FORCES | {"сила"}]
        if not troops:
            continue
        around = [n, *troops]
        senders = [m for k in around for m in _objects(ctx, sx, k, ("nmod",), _FROM, ORGS | PLACES)]
        senders = senders or [m for t in troops for m in _forces_of(ctx, sx, t)]  # "North Korean troops"
        receivers = [m for k in around for m in _objects(ctx, sx, k, ("nmod",), _INTO, ORGS | PLACES)]
        if not senders or not receivers or not all(_state(ctx, m) for m in (senders[0], receivers[0])) \
                or _state(ctx, senders[0]) == _state(ctx, receivers[0]):
            continue
        head = tok.head if 0 <= tok.head < len(sx.sent.tokens) else n
        speaker, denied = _speaker(ctx, sx, head)
        out.extend(_build(ctx, sx, head, [(senders[0], "supplies_to", receivers[0], None)], speaker, denied))
    return out


def _state(ctx: _Context, m: Mention) -> str | None:
    return speaking_state(name_of(m)) or speaking_state(m.text)
