"""cooperates_with from ties a party keeps or builds: "Russia will strengthen ties with North
Korea", "maintaining close economic ties with Russia", "its economic alliance with Moscow",
"развивать отношения с Китаем", "укреплять связи с Ираном".

Relations are cooperation only when something says they are good: a verb of building them up
(strengthen, develop, deepen, maintain …) or a qualifier of closeness ("close", "strategic",
"allied"); an alliance always is. Strained, frozen or severed ties say nothing of the kind, and
neither do bare "relations between X and Y". The parties are read like the cooperation nouns
(``meetings._noun_claims``): the members the noun names, else the subject of its verb.
"""
from __future__ import annotations

from claimgraph.model import Claim
from claimgraph.nlp.claims.arguments import _objects, _subjects
from claimgraph.nlp.claims.attribution import _speaker
from claimgraph.nlp.claims.build import _build
from claimgraph.nlp.claims.meetings import _noun_claims
from claimgraph.nlp.claims.sentence import _Context, _kids, _Sent
from claimgraph.nlp.claims.words import ORGS, PLACES

_WITH = frozenset({"with", "с", "со", "з", "із"})

#: nouns of relations between parties
TIES = frozenset({"tie", "ties", "relation", "relations", "relationship", "отношение", "отношения",
                  "взаимоотношение", "взаимоотношения", "связь", "связи", "відносини", "відношення", "зв'язок",
                  "зв'язки"})
#: nouns that are cooperation whatever qualifies them
ALLIANCES = frozenset({"alliance", "альянс"})
#: verbs of building relations up
BUILDING = frozenset({"strengthen", "develop", "deepen", "expand", "boost", "bolster", "enhance", "maintain",
                      "build", "forge", "cement", "upgrade", "развивать", "развить", "укреплять", "укрепить",
                      "углублять", "углубить", "расширять", "расширить", "поддерживать", "наращивать",
                      "розвивати", "зміцнювати", "зміцнити", "поглиблювати", "розширювати"})
#: qualifiers that make relations good ones
CLOSE = frozenset({"close", "closer", "strong", "stronger", "strategic", "allied", "friendly", "warm", "great",
                   "тесный", "стратегический", "союзнический", "союзный", "дружественный", "дружеский", "тісний",
                   "стратегічний", "союзницький", "дружній"})
#: qualifiers that make them anything but
_NEGATIVE = frozenset({"strained", "tense", "frozen", "broken", "poor", "bad", "напряжённый", "напряженный",
                       "плохой", "испорченный", "напружений"})


def _good(sx: _Sent, n: int) -> bool:
    toks = sx.sent.tokens
    mods = {sx.lemmas[c] for c in _kids(sx, n, "amod", "compound")}
    if mods & _NEGATIVE:
        return False
    if sx.lemmas[n] in ALLIANCES or mods & CLOSE:
        return True
    h = toks[n].head
    return toks[n].dep.split(":")[0] == "obj" and 0 <= h < len(toks) and sx.lemmas[h] in BUILDING


def ties_claims(ctx: _Context, sx: _Sent) -> list[Claim]:
    """Good ties and alliances between the parties named with them."""
    out: list[Claim] = []
    for n, tok in enumerate(sx.sent.tokens):
        lemma = sx.lemmas[n]
        if tok.pos != "NOUN" or (lemma not in TIES and tok.text.lower() not in TIES and lemma not in ALLIANCES):
            continue
        if _good(sx, n):
            out.extend(_noun_claims(ctx, sx, n, "cooperates_with") or _verb_partners(ctx, sx, n))
    return out


def _verb_partners(ctx: _Context, sx: _Sent, n: int) -> list[Claim]:
    """"укреплять связи с Казахстаном" with the partner hung on the verb: its subject and the party
    its "with" names."""
    h = sx.sent.tokens[n].head
    if not sx.sent.tokens[n].dep.startswith("obj") or not 0 <= h < len(sx.sent.tokens) or h == n:
        return []
    partners = _objects(ctx, sx, h, ("obl",), _WITH, ORGS | PLACES)
    subjects = [m for m in _subjects(ctx, sx, h)[0] if m.label in ORGS | PLACES]
    if not partners or not subjects or subjects[0].id == partners[0].id:
        return []
    speaker, denied = _speaker(ctx, sx, h)
    return _build(ctx, sx, h, [(subjects[0], "cooperates_with", partners[0], None)], speaker, denied)


__all__ = ["ALLIANCES", "BUILDING", "CLOSE", "TIES", "ties_claims"]
