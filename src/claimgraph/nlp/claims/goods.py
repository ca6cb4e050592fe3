"""Goods and where they come from: the nouns of materiel a supply or a receipt moves, and the
country or maker the noun phrase names as their origin ("Chinese-made engines", "drones from
Iran", "партии китайских беспилотников", "двигатели китайского производства", "engines made by X").

A nationality adjective on goods names the country they come from; a report that never names the
country keeps the adjective itself ("Chinese"), which resolution ties to the country later.
"""
from __future__ import annotations

from claimgraph.model import Mention
from claimgraph.nlp.claims.arguments import _country_of, _entity, _objects
from claimgraph.nlp.claims.sentence import _case, _Context, _kids, _Sent, _unique
from claimgraph.nlp.claims.words import ORGS, PLACES

#: stems of nouns of materiel and of the lots it travels in ("shipments of drones", "партии ракет")
MATERIEL = ("drone", "uav", "missile", "rocket", "engine", "motor", "component", "part", "weapon", "arm",
            "munition", "ammunition", "shell", "equipment", "kit", "launcher", "aircraft", "helicopter", "tank",
            "chip", "microchip", "electronic", "shipment", "delivery", "batch", "consignment", "cargo", "container",
            "airframe", "warhead", "system", "vehicle", "technolog",
            "дрон", "беспилотник", "бпла", "ракет", "двигател", "мотор", "компонент", "комплектующ", "детал",
            "оружи", "вооружени", "боеприпас", "снаряд", "техник", "оборудовани", "партия", "партии", "груз",
            "микросхем", "микрочип", "электроник", "установк", "систем", "самолет", "самолёт", "вертолет",
            "вертолёт", "танк", "контейнер", "технологи")
#: words the stems of materiel begin but that name none ("army" is no "arm")
_NOT_MATERIEL = frozenset({"army", "armies", "partner", "party", "parties", "partnership", "particular"})
#: words that say how goods were made or where they come from: "of Chinese make", "китайского производства"
#: (a design is not a delivery: "Iranian-designed drones" may be made anywhere; "Iranian-supplied" ones came from Iran)
_MAKE_NOUNS = frozenset({"make", "origin", "manufacture", "production", "производство", "происхождение",
                         "изготовление", "сборка"})
_MAKE_VERBS = frozenset({"make", "produce", "manufacture", "build", "assemble", "supply", "provide", "произвести",
                         "производить", "изготовить", "изготавливать", "собрать"})
_FROM = frozenset({"from", "из", "от"})
_BY = frozenset({"by"})


def is_materiel(sx: _Sent, n: int) -> bool:
    """A noun of weapons, parts or the lots they travel in, not a named thing."""
    tok = sx.sent.tokens[n]
    return tok.pos in ("NOUN", "PROPN") and sx.lemmas[n].startswith(MATERIEL) and sx.lemmas[n] not in _NOT_MATERIEL


def national(ctx: _Context, m: Mention | None) -> Mention | None:
    """The country a nationality mention stands for (the adjective itself when the report never
    names the country); a country mention stands for itself."""
    if m is None:
        return None
    if m.label == "Country":
        return m
    if m.label != "Nationality":
        return None
    return _country_of(ctx, m) or m


def nationality_of(ctx: _Context, sx: _Sent, n: int) -> Mention | None:
    """The country a nationality or country word modifying ``n`` names ("Chinese", "китайских",
    "Iran's", "Chinese" of "Chinese-made")."""
    toks = sx.sent.tokens
    for c in sx.children[n]:
        if toks[c].dep in _MODIFIERS or toks[c].dep.split(":")[0] in ("amod", "compound"):
            found = national(ctx, sx.token_mention[c])
            if found is not None:
                return found
    return None


#: relations by which a nationality or country modifies a noun or a participle
_MODIFIERS = frozenset({"obl:npmod", "nmod:npmod", "npadvmod", "nmod:poss"})


def origin_of_goods(ctx: _Context, sx: _Sent, n: int) -> list[Mention]:
    """Who the goods at ``n`` come from, as their own noun phrase says: "from X", a nationality
    adjective, "X-made", "made by X", "of Chinese make"; searched through the lots that hold them
    ("shipments of Chinese drones", "партии китайских беспилотников"), two levels deep."""
    toks = sx.sent.tokens
    frontier = [n]
    for _ in range(3):
        found: list[Mention] = []
        for k in frontier:
            found += _objects(ctx, sx, k, ("nmod",), _FROM, ORGS | PLACES)
            own = nationality_of(ctx, sx, k)
            if own is not None:
                found.append(own)
            for c in sx.children[k]:
                dep = toks[c].dep.split(":")[0]
                if dep in ("amod", "acl") and sx.lemmas[c] in _MAKE_VERBS:  # "Chinese-made", "made by X"
                    found += _objects(ctx, sx, c, ("obl", "nmod"), _BY, ORGS | PLACES)
                    own = nationality_of(ctx, sx, c)
                    if own is not None:
                        found.append(own)
                    for g in _kids(sx, c, "obl", "nmod"):
                        if not _case(sx, g) and "Case=Ins" in toks[g].feats:  # "произведённых компанией X"
                            m = _entity(ctx, sx, g, ORGS)
                            if m is not None:
                                found.append(m)
                if dep == "nmod" and sx.lemmas[c] in _MAKE_NOUNS:  # "китайского производства", "of Chinese make"
                    own = nationality_of(ctx, sx, c)
                    if own is not None:
                        found.append(own)
        if found:
            return _unique(found)
        frontier = [c for k in frontier for c in _kids(sx, k, "nmod", "conj")
                    if not _case(sx, c) or set(_case(sx, c).split()) & {"of"}]
        if not frontier:
            break
    return []


def national_party(ctx: _Context, sx: _Sent, i: int) -> Mention | None:
    """A common noun of firms or forces that stands for its country: "Chinese companies", "китайские
    компании", "Croatia's defense industry", "a company from China", "компания из Китая". None for a
    named entity."""
    if sx.token_mention[i] is not None or sx.sent.tokens[i].pos != "NOUN":
        return None
    if sx.lemmas[i] not in _PARTY_NOUNS:
        return None
    own = nationality_of(ctx, sx, i)
    if own is not None:
        return own
    for c in _kids(sx, i, "nmod:poss"):  # "Croatia's defense industry": the state that owns it
        m = sx.token_mention[c]
        if m is not None and m.label == "Country":
            return m
    places = _objects(ctx, sx, i, ("nmod",), frozenset({"from", "из"}), PLACES)
    return places[0] if places and places[0].label == "Country" else None


#: common nouns of firms, forces and state bodies a nationality turns into a party ("Chinese firms",
#: "North Korean troops", "the Iranian government")
_PARTY_NOUNS = frozenset({"company", "companies", "firm", "firms", "manufacturer", "maker", "supplier", "entity",
                          "entities", "enterprise", "business", "exporter", "producer", "factory", "plant", "industry",
                          "компания", "фирма", "производитель", "поставщик", "предприятие", "завод", "фабрика",
                          "экспортер", "экспортёр", "организация", "промышленность", "army", "military", "forces", "force", "военный",
                          "troops", "армия", "войско", "войска", "вооруженные силы",
                          # the state's own bodies: "the Iranian government", "китайские власти"
                          "government", "authorities", "regime", "leadership", "правительство", "власти",
                          "власть", "режим", "руководство"})


__all__ = ["MATERIEL", "is_materiel", "national", "national_party", "nationality_of", "origin_of_goods"]
