"""A supply told as the deed a party is accused of: "the US accused Iran of deliveries of drones to
Russia", "США обвинили КНДР в передаче оружия России", "подозревают Китай в поставках пороха в Россию".

The noun of delivery hangs on the verb of accusing; the accused party (the verb's object) is the
supplier, the noun's "to" / "в" dependent or bare dative the recipient, and the accuser the source:
a ``claim``, unless the accusation is denied; a capital standing for its state may be the recipient
("обвинил Варшаву в поставках Минску снарядов"). Russian writes the dative of most feminine names as
their genitive ("России"), and the tagger often picks the genitive: a bare name after the goods
that the accused is not is the recipient either way. A noun that names where the goods left from ("обвиненных
в экспорте из США") is an export case and left to :mod:`.export_cases`.
"""
from __future__ import annotations

from claimgraph.model import Claim
from claimgraph.nlp.claims.arguments import _objects
from claimgraph.nlp.claims.attribution import _speaker
from claimgraph.nlp.claims.build import Found, _build
from claimgraph.nlp.claims.export_cases import under_accusation
from claimgraph.nlp.claims.sentence import _Context, _kids, _Sent
from claimgraph.nlp.claims.supply import _ACCUSE, _FROM, _SUPPLY_NOUNS, _TO, _bare_case, _first_and_conjuncts
from claimgraph.nlp.claims.names import name_of
from claimgraph.nlp.claims.words import ORGS, PLACES
from claimgraph.nlp.seats import speaking_state


def accused_supply_claims(ctx: _Context, sx: _Sent) -> list[Claim]:
    """supplies_to(accused, recipient) for each delivery noun a verb of accusing governs."""
    toks = sx.sent.tokens
    out: list[Claim] = []
    for n, tok in enumerate(toks):
        if tok.pos != "NOUN" or sx.lemmas[n] not in _SUPPLY_NOUNS or not under_accusation(sx, n):
            continue
        h = tok.head
        if sx.lemmas[h] not in _ACCUSE or _objects(ctx, sx, n, ("nmod",), _FROM, ORGS | PLACES):
            continue
        accused = [m for m in _objects(ctx, sx, h, ("obj",), None, ORGS | PLACES) if m.label != "Person"]
        if not accused:
            continue
        recipients = _objects(ctx, sx, n, ("nmod",), _TO, ORGS | PLACES)
        goods = _kids(sx, n, "nmod")
        goods += [c for g in goods for c in _kids(sx, g, "conj")]  # "в поставках пороха и оружия РФ"
        for case in ("Case=Dat", "Case=Gen"):
            for c in [n, *goods]:  # "в передаче оружия России": the bare dative
                recipients = recipients or [r for r in _bare_case(ctx, sx, c, case) if r not in accused and (
                    r.label == "Country" or r.label == "Location" and speaking_state(name_of(r)))]
        found: list[Found] = [(accused[0], "supplies_to", r, None) for r in _first_and_conjuncts(sx, recipients)
                 if r.id != accused[0].id and r.label != "Person"]
        if not found:
            continue
        speaker, denied = _speaker(ctx, sx, h)
        accuser = [m for k in _kids(sx, h, "nsubj") if (m := sx.token_mention[k]) is not None]
        out.extend(_build(ctx, sx, h, found, speaker or (accuser[0] if accuser else None), denied,
                          force=None if denied else "claim"))
    return out
