"""supplies_to from criminal cases: "X was charged with illegally exporting chips to Russia", "the
Justice Department accused X of shipping parts to Russian military end users", "X, обвиненный в
незаконном экспорте электроники в Россию".

The accused supplies the destination as an allegation (modality ``claim``), told by the body that
charges when the clause names it. The country goods left ("из США в Россию") is where they came
from, not who supplied them: a delivery noun under an accusation is read here only.
"""
from __future__ import annotations

from claimgraph.model import Claim, Mention
from claimgraph.nlp.claims.arguments import _subjects
from claimgraph.nlp.claims.attribution import _speaker
from claimgraph.nlp.claims.build import _build, Found
from claimgraph.nlp.claims.sanction_targets import group_places
from claimgraph.nlp.claims.sentence import _case, _Context, _kids, _Sent, _with_conj
from claimgraph.nlp.claims.words import ORGS, PLACES

#: verbs of accusing: "charged with", "accused of", "обвиненный в", "подозревают в"
ACCUSATIONS = frozenset({"charge", "accuse", "indict", "suspect", "convict", "обвинить", "обвинять", "обвиняться",
                         "подозревать", "подозреваться", "осудить"})
#: what the accused did: "exporting", "shipping", "экспорт", "поставка", "вывоз"
_EXPORTING = frozenset({"export", "ship", "smuggle", "supply", "send", "sell", "deliver", "transfer", "provide",
                        "экспорт", "поставка", "вывоз", "контрабанда", "поставлять", "экспортировать", "вывозить",
                        "передача", "передать", "передавать"})
_TO = frozenset({"to", "в", "во"})
_ACCUSED = ORGS | frozenset({"Person", "Nationality"})
_RECIPIENTS = ORGS | PLACES | frozenset({"Nationality"})


def _deeds(sx: _Sent, v: int) -> list[int]:
    """The exporting words under an accusing verb: "charged with exporting", "accused of shipping",
    "обвиненных в экспорте"; through one "with"/"of" word the parser may put between."""
    toks = sx.sent.tokens
    out: list[int] = []
    for c in sx.children[v]:
        if toks[c].dep.split(":")[0] not in ("advcl", "xcomp", "obl", "ccomp", "pcomp", "mark", "case"):
            continue
        for k in [c, *(k for k in sx.children[c] if toks[k].dep.split(":")[0] in ("pcomp", "pobj", "obj"))]:
            if sx.lemmas[k] in _EXPORTING and k not in out:
                out.append(k)
        # "charged X with shipping semiconductors to Y" tagged as a noun phrase: "shipping" a modifier
        if toks[c].dep.startswith("obl") and c not in out and any(
                sx.lemmas[k] in _EXPORTING or toks[k].text.lower().startswith(("export", "ship", "smuggl"))
                for k in _kids(sx, c, "compound", "amod")):
            out.append(c)
    return out


def _recipients(ctx: _Context, sx: _Sent, d: int) -> list[Mention]:
    """Where the goods went: "to Russia", "to Russian military end users", "в Россию"."""
    toks = sx.sent.tokens
    out: list[Mention] = []
    for c in _kids(sx, d, "obl", "nmod"):
        if not set(_case(sx, c).split()) & _TO or "Case=Loc" in toks[c].feats:
            continue  # "в Москве" is where, not whither
        for t in _with_conj(sx, c):
            m = sx.token_mention[t]
            if m is None:  # "to Russian military end users": the demonym of the users
                m = next((x for a in _kids(sx, t, "amod", "compound") if (x := sx.token_mention[a]) is not None
                          and x.label == "Nationality"), None)
            if m is not None and m.label in _RECIPIENTS and m not in out:
                out.append(m)
    if not out and ctx.lang == "ru":  # "в поставках боеприпасов России": a bare state after the goods
        out = [m for g in _kids(sx, d, "nmod") if not _case(sx, g) for c in [g, *_kids(sx, g, "nmod")]
               if c != g and not _case(sx, c) and ("Case=Dat" in toks[c].feats or "Case=Gen" in toks[c].feats)
               and (m := sx.token_mention[c]) is not None and m.label in PLACES][:1]
    return out


def _accused(ctx: _Context, sx: _Sent, v: int) -> tuple[list[Mention], Mention | None]:
    """The accused and the accuser: the passive subject ("X was charged"), the object of an active
    verb ("the Justice Department charged X"), the noun a participle describes ("россиян,
    обвиненных в …")."""
    toks = sx.sent.tokens
    subjects, passive = _subjects(ctx, sx, v)
    participle = toks[v].dep.startswith("acl") and 0 <= toks[v].head < len(toks)
    if participle:
        m = sx.token_mention[toks[v].head]
        return ([m] if m is not None else []), None
    if passive:
        return [m for m in subjects if m.label in _ACCUSED], None
    accusers = [m for m in subjects if m.label in ORGS | PLACES | {"Person"}]  # "Zelensky accused China of …"
    accused = [m for o in _kids(sx, v, "obj") for t in _with_conj(sx, o)
               if (m := sx.token_mention[t]) is not None and m.label in _ACCUSED | PLACES]
    return accused, accusers[0] if accusers else None


def export_case_claims(ctx: _Context, sx: _Sent) -> list[Claim]:
    """The accused supplies each destination of the exports they are charged with."""
    out: list[Claim] = []
    for v in range(len(sx.sent.tokens)):
        if sx.lemmas[v] not in ACCUSATIONS:
            continue
        deeds = _deeds(sx, v)
        if not deeds:
            continue
        accused, accuser = _accused(ctx, sx, v)
        found: list[Found] = [(a, "supplies_to", r, None) for d in deeds for r in _recipients(ctx, sx, d)
                              for a in accused if a.id != r.id]
        if found:
            out.extend(_build(ctx, sx, v, found[:6], accuser, False, force="claim"))
    return out + relative_supplier_claims(ctx, sx) + group_supply_claims(ctx, sx)


#: verbs of a supplier's relative clause: "X, which provided microchips for Russian drones"
_SUPPLYING = frozenset({"provide", "supply", "sell", "ship", "deliver", "export", "send", "поставлять", "поставить",
                        "продавать", "продать", "экспортировать"})


def _for_whom(sx: _Sent, heads: list[int]) -> list[Mention]:
    """"to Russia", "for Russian drones", "для российских военных": the name or the demonym of the
    receiving side."""
    toks = sx.sent.tokens
    out: list[Mention] = []
    for h in heads:
        for c in _kids(sx, h, "obl", "nmod"):
            if not set(_case(sx, c).split()) & {"to", "for", "в", "для"} or "Case=Loc" in toks[c].feats:
                continue
            m = sx.token_mention[c]
            if m is None:
                m = next((x for a in _kids(sx, c, "amod", "compound") if (x := sx.token_mention[a]) is not None
                          and x.label == "Nationality"), None)
            if m is not None and m.label in _RECIPIENTS and m not in out:
                out.append(m)
    return out


def relative_supplier_claims(ctx: _Context, sx: _Sent) -> list[Claim]:
    """"X, which provided microchips for Russian drones", "X, которая поставляла чипы для российских
    дронов": the name a supplying relative clause hangs on supplies the side the goods were for."""
    toks = sx.sent.tokens
    out: list[Claim] = []
    for v, tok in enumerate(toks):
        if sx.lemmas[v] not in _SUPPLYING or not tok.dep.startswith("acl") or not 0 <= tok.head < len(toks):
            continue
        if not any(sx.lemmas[c] in ("which", "that", "который") for c in _kids(sx, v, "nsubj")):
            continue  # "the firm supplied with chips": a participle, not the firm's deed
        m = sx.token_mention[tok.head]
        if m is None or m.label not in ("Company", "Organization"):
            continue
        recipients = _for_whom(sx, [v, *_kids(sx, v, "obj")])
        found: list[Found] = [(m, "supplies_to", r, None) for r in recipients if r.id != m.id]
        if found:
            speaker, denied = _speaker(ctx, sx, v)
            out.extend(_build(ctx, sx, v, found[:3], speaker, denied))
    return out


#: nouns of supplying a group is said to be involved in: "involved in the supply of arms to Russia"
_SUPPLY_NOUNS = frozenset({"supply", "supplying", "export", "exports", "exporting", "delivery", "shipment", "sale",
                           "transfer", "поставка", "экспорт"})
#: verbs that report a group's deed: "businesses said to be exporting …"
_SAID = frozenset({"say", "allege", "believe", "suspect", "accuse"})


def _to_whom(sx: _Sent, heads: list[int]) -> list[Mention]:
    """"to Russia", "to Russia's military": the name the goods went to, or the owner of the receiving noun."""
    out: list[Mention] = []
    for h in heads:
        for c in _kids(sx, h, "obl", "nmod"):
            if not set(_case(sx, c).split()) & {"to"}:
                continue
            m = sx.token_mention[c] or next((x for k in _kids(sx, c, "nmod:poss") if (x := sx.token_mention[k])
                                             is not None), None)
            if m is not None and m.label in ORGS | PLACES and m not in out:
                out.append(m)
    return out


def group_supply_claims(ctx: _Context, sx: _Sent) -> list[Claim]:
    """"businesses in Iran and Turkey involved in the supply of arms to Russia", "two Turkey-based
    businesses said to be exporting microelectronics to Russia's military": each country of the group
    supplies the destination, as an allegation."""
    toks = sx.sent.tokens
    out: list[Claim] = []
    for g in range(len(toks)):
        if toks[g].dep == "conj":
            continue  # read with the first conjunct, whose group phrase it belongs to
        deeds: list[int] = []
        for a in _kids(sx, g, "acl"):
            if sx.lemmas[a] in _SUPPLYING:
                deeds.append(a)
            elif sx.lemmas[a] == "involve":
                deeds += [a, *(c for c in _kids(sx, a, "obl") if sx.lemmas[c] in _SUPPLY_NOUNS)] if any(
                    sx.lemmas[c] in _SUPPLY_NOUNS for c in _kids(sx, a, "obl")) else []
        h = toks[g].head
        if toks[g].dep.startswith("nsubj") and 0 <= h < len(toks) and sx.lemmas[h] in _SAID:
            deeds += [x for x in _kids(sx, h, "xcomp", "ccomp") if sx.lemmas[x] in _SUPPLYING]
        if not deeds:
            continue
        places = [m for m, _ in group_places(ctx, sx, g, counted=True)]
        recipients = _to_whom(sx, deeds)
        found: list[Found] = [(p, "supplies_to", r, None) for p in places for r in recipients if p.id != r.id]
        if found:
            speaker, denied = _speaker(ctx, sx, deeds[0])
            out.extend(_build(ctx, sx, deeds[0], found[:8], speaker, denied, force=None if denied else "claim"))
    return out


def under_accusation(sx: _Sent, n: int) -> bool:
    """A delivery noun the text accuses someone of ("обвиненных в экспорте …"): its "from" place is
    where the goods left, not who supplied them."""
    toks = sx.sent.tokens
    h = toks[n].head
    return 0 <= h < len(toks) and h != n and sx.lemmas[h] in ACCUSATIONS


__all__ = ["ACCUSATIONS", "export_case_claims", "group_supply_claims", "relative_supplier_claims",
           "under_accusation"]
