"""cooperates_with from a pact two states' leaders sign: "the presidents of X and Y signed a treaty",
"X's and Y's leaders signed an agreement", "A and B signed a treaty between X and Y",
"Президенты X и Y подписали договор", "договір між X та Y".

The parties are the states the pact names with "between" / "между" / "між", else those the signers'
office noun is of ("the presidents of X and Y", "Russian and Belarusian presidents"). Signers whose
posts the report gives elsewhere are joined to their states by :func:`.roles.leaders_for_states`;
where this rule names the states, the same verb's pact between the two people gives way to it.
"""
from __future__ import annotations

from claimgraph.model import Claim, Mention
from claimgraph.nlp.claims.arguments import _country_of
from claimgraph.nlp.claims.attribution import _speaker
from claimgraph.nlp.claims.build import _build
from claimgraph.nlp.claims.sentence import _case, _Context, _kids, _Sent, _with_conj

#: verbs of signing or concluding a pact (en, ru, uk)
SIGNING = frozenset({"sign", "conclude", "ink", "подписать", "подписывать", "заключить", "заключать",
                     "підписати", "підписувати", "укласти", "укладати"})
#: nouns of a pact between parties
PACTS = frozenset({"treaty", "agreement", "accord", "pact", "memorandum", "договор", "соглашение", "меморандум",
                   "пакт", "договір", "угода"})
#: office nouns whose holders sign for their states
LEADERS = frozenset({"president", "leader", "head", "premier", "minister", "chancellor", "президент", "лидер",
                     "глава", "премьер", "министр", "канцлер", "премьер-министр", "прем'єр", "міністр"})
_BETWEEN = frozenset({"between", "между", "між", "меж"})
_STATES = frozenset({"Country"})


def _states_of(ctx: _Context, sx: _Sent, heads: list[int]) -> list[Mention]:
    """The states coordinated from each head: names, or demonyms read as their countries."""
    out: list[Mention] = []
    for h in heads:
        for k in _with_conj(sx, h, 4):
            m = sx.token_mention[k]
            if m is not None and m.label == "Nationality":
                m = _country_of(ctx, m)
            if m is not None and m.label in _STATES and all(m.id != o.id and ctx.name(m) != ctx.name(o) for o in out):
                out.append(m)
    return out


def _between(ctx: _Context, sx: _Sent, v: int, pact: int) -> list[Mention]:
    """"a treaty on guarantees between X and Y": the states after "between" under the pact noun (or the
    verb), looked for down to three nouns deep."""
    toks = sx.sent.tokens
    level, seen = [pact, v], 0
    for _ in range(3):
        nxt: list[int] = []
        for h in level:
            for c in _kids(sx, h, "nmod", "obl"):
                if set(_case(sx, c).split()) & _BETWEEN:
                    found = _states_of(ctx, sx, [c])
                    if len(found) >= 2:
                        return found[:2]
                elif toks[c].pos in ("NOUN", "PROPN") and h != v:
                    nxt.append(c)
        seen += len(level)
        level = nxt[:8]
        if not level or seen > 30:
            break
    return []


def _leaders_states(ctx: _Context, sx: _Sent, v: int) -> list[Mention]:
    """"the presidents of X and Y", "X's and Y's leaders", "Russian and Belarusian presidents": the
    states the subject's office noun names."""
    for s in _kids(sx, v, "nsubj"):
        if sx.lemmas[s] not in LEADERS or sx.token_mention[s] is not None:
            continue
        found = _states_of(ctx, sx, _kids(sx, s, "nmod", "nmod:poss", "amod", "compound"))
        if len(found) >= 2:
            return found[:2]
    return []


def signed_pact_claims(ctx: _Context, sx: _Sent, claims: list[Claim]) -> list[Claim]:
    """The sentence's claims with each pact two named states sign: cooperates_with between them, in
    place of the same pact read as one between the two signing people."""
    toks = sx.sent.tokens
    for v, tok in enumerate(toks):
        if sx.lemmas[v] not in SIGNING or tok.pos not in ("VERB", "AUX"):
            continue
        pacts = [c for c in _kids(sx, v, "obj", "nsubj:pass") if sx.lemmas[c] in PACTS]
        if not pacts:
            continue
        states = _between(ctx, sx, v, pacts[0]) or _leaders_states(ctx, sx, v)
        if len(states) < 2:
            continue
        pair = {ctx.name(states[0]), ctx.name(states[1])}
        if any(c.predicate == "cooperates_with" and {c.subject, c.object} == pair for c in claims):
            continue
        speaker, denied = _speaker(ctx, sx, v)
        made = _build(ctx, sx, v, [(states[0], "cooperates_with", states[1], None)], speaker, denied)
        if made:  # the two signers' own pact is this one
            claims = [c for c in claims if not (c.predicate == "cooperates_with" and _people(ctx, c))] + made
    return claims


def _people(ctx: _Context, c: Claim) -> bool:
    a, b = ctx.by_id.get(c.subject_mention or ""), ctx.by_id.get(c.object_mention or "")
    return a is not None and b is not None and a.label == b.label == "Person"


__all__ = ["LEADERS", "PACTS", "SIGNING", "signed_pact_claims"]
