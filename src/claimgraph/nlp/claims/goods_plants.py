"""produces from a plant named with what it makes, when no model is named.

- "the Orion microchip plant", "the drone factory Sokol Works": a plant noun with a noun of goods
  before it and the plant's name;
- "завод по производству беспилотников «Сокол»", "підприємство з виробництва чипів «Орion»",
  "завод микроэлектроники «Сокол»": a plant noun with the production of goods (or the goods in the
  genitive) after it, then the name.

The named firm produces; the object is the model when the goods are a named product, else none.
A plant for energy, water, repairs or storage makes no goods, and a plant whose goods the sentence
already gives a produces claim for adds nothing.
"""
from __future__ import annotations

from claimgraph.model import Claim, Mention
from claimgraph.nlp.claims.attribution import _speaker
from claimgraph.nlp.claims.build import _build
from claimgraph.nlp.claims.production import untied
from claimgraph.nlp.claims.sentence import _case, _Context, _kids, _Sent

#: nouns of a plant that turns out goods
_PLANTS = frozenset({"plant", "factory", "works", "завод", "фабрика", "предприятие", "комбинат", "підприємство",
                     "фабрика"})
#: nouns of making that link a Slavic plant noun to its goods: "завод по производству X"
_MAKING = frozenset({"производство", "изготовление", "выпуск", "сборка", "виробництво", "виготовлення",
                     "випуск", "складання"})
#: goods words that make a plant something other than a maker of goods
_NOT_GOODS = frozenset({
    "power", "energy", "nuclear", "thermal", "heating", "water", "treatment", "sewage", "waste", "storage",
    "repair", "test", "pilot", "coal", "gas", "hydroelectric", "solar", "wind", "desalination", "bottling",
    "компания", "группа", "холдинг", "концерн", "корпорация", "город", "область", "регион", "район", "имя",
    "отрасль", "комплекс", "сектор", "министерство", "государство", "страна", "республика", "оборона",
    "ремонт", "обслуживание", "территория", "площадка", "цех", "компанія", "місто", "область", "ім'я",
    "галузь", "комплекс", "ремонт", "територія", "год", "рік", "время", "час",
})
_FIRMS = frozenset({"Company", "Facility", "Organization"})


def _goods(sx: _Sent, g: int) -> bool:
    """A common noun of goods: not a name, not a word of energy, place, owner or time."""
    tok = sx.sent.tokens[g]
    return tok.pos == "NOUN" and sx.token_mention[g] is None and sx.lemmas[g] not in _NOT_GOODS \
        and tok.text.lower() not in _NOT_GOODS


def _product(sx: _Sent, g: int) -> Mention | None:
    m = sx.token_mention[g]
    return m if m is not None and m.label == "Product" else None


def _slavic_goods(sx: _Sent, p: int) -> list[int]:
    """The goods after a Slavic plant noun: "по производству чипов" (the genitive under the making
    noun) or a genitive right after the noun ("завод микроэлектроники")."""
    toks = sx.sent.tokens
    out = []
    for c in _kids(sx, p, "nmod"):
        if sx.lemmas[c] in _MAKING:
            out += [k for k in _kids(sx, c, "nmod") if _goods(sx, k) or _product(sx, k)]
        elif not _case(sx, c) and "Case=Gen" in toks[c].feats and _goods(sx, c):
            out.append(c)
    nxt = p + 1  # the parser may hang the genitive elsewhere: the word right after the plant noun
    if not out and nxt < len(toks) and _goods(sx, nxt) and not _case(sx, nxt) and (
            "Case=Gen" in toks[nxt].feats or any(sx.token_mention[k] is not None for k in range(nxt + 1, nxt + 3)
                                                 if k < len(toks))):
        out.append(nxt)  # "заводу мікроелектроніки «X»", whatever case the tagger gives the goods
    return out


def _name_beside(sx: _Sent, heads: list[int]) -> Mention | None:
    """The firm named beside a plant noun or its goods: "Sokol", "«Сокол»" in apposition, a flat name
    or a compound before it."""
    for h in heads:
        for c in _kids(sx, h, "appos", "flat", "compound", "nmod"):
            if _case(sx, c):
                continue  # "the drone plant in X": where the plant is, not its name
            m = sx.token_mention[c]
            if m is not None and m.label in _FIRMS:
                return m
    return None


def _plants(sx: _Sent) -> list[tuple[int, Mention, list[int]]]:
    """(plant noun, firm, goods) of each plant named with its goods."""
    toks = sx.sent.tokens
    out = []
    for p, tok in enumerate(toks):
        if tok.pos != "NOUN" or sx.lemmas[p] not in _PLANTS or sx.token_mention[p] is not None:
            continue
        goods = [c for c in _kids(sx, p, "compound") if c < p and (_goods(sx, c) or _product(sx, c))]
        if not goods:
            goods = _slavic_goods(sx, p)
        if not goods:
            continue
        firm = _name_beside(sx, [p, *goods])
        if firm is None and toks[p].dep.split(":")[0] in ("appos", "compound") and 0 <= toks[p].head < len(toks):
            m = sx.token_mention[toks[p].head]  # "Sokol Works, a drone factory", "the drone plant Sokol Works"
            firm = m if m is not None and m.label in _FIRMS else None
        if firm is not None:
            out.append((p, firm, goods))
    return out


def goods_plant_claims(ctx: _Context, sx: _Sent, claims: list[Claim]) -> list[Claim]:
    """produces for each firm named as a plant of goods that the sentence gives no claim for."""
    made = {c.subject_mention for c in claims if c.predicate in ("produces", "plans_to_produce")}
    out: list[Claim] = []
    for n, firm, goods in _plants(sx):
        if firm.id in made:
            continue
        made.add(firm.id)
        product = next((m for g in goods if (m := _product(sx, g)) is not None and m.id != firm.id), None)
        speaker, denied = _speaker(ctx, sx, n)
        out.extend(untied(ctx, c) for c in _build(ctx, sx, n, [(firm, "produces", product, None)], speaker, denied))
    return out


__all__ = ["goods_plant_claims"]
