"""The models a noun of weapons or goods names, every one of a list: "the Tor and Osa air defence
systems", "ЗРК «Тор» и «Оса»", "комплекси «Саман-М1» та «Ад'ютант»", "Garpiya attack drones".

A model is a name beside the noun (compound, apposition, a bare nmod) that the tagger labelled a
product or an organisation, or a capitalised name in quotation marks it left unnamed; the names
coordinated with it are models too. Unnamed ones are made product mentions of their own, tied to
no mention of the report.
"""
from __future__ import annotations

from claimgraph.model import Mention
from claimgraph.nlp.countries import nationality_code
from claimgraph.nlp.claims.sentence import _case, _Context, _kids, _Sent, _unique, _with_conj

#: stems of the nouns of goods and weapons a model's name stands beside
GOODS_STEMS = ("drone", "uav", "missile", "rocket", "engine", "aircraft", "helicopter", "launcher", "system",
               "complex", "дрон", "беспилотник", "бпла", "ракет", "двигател", "самолет", "самолёт", "вертолет",
               "вертолёт", "зрк", "комплекс", "систем", "установк")
_QUOTES = frozenset({"«", '"', "“", "„"})
_LABELS = frozenset({"Product", "Organization"})
_LISTED = frozenset({"Location", "Person", "Facility", "Nationality"})


def _goods_noun(sx: _Sent, n: int) -> bool:
    return sx.token_mention[n] is None and sx.lemmas[n].startswith(GOODS_STEMS)


def _quoted(ctx: _Context, sx: _Sent, c: int, listed: bool = False) -> Mention | None:
    """A capitalised word in quotation marks the tagger left unnamed (or, ``listed`` after another
    model, a bare proper noun: "the Tor and Osa systems"): a model's name, as a product."""
    toks = sx.sent.tokens
    tok = toks[c]
    marked = c > 0 and toks[c - 1].text in _QUOTES or listed and tok.pos == "PROPN"
    if not (marked and tok.text[:1].isupper()):
        return None
    lemma = sx.lemmas[c]
    name = lemma[:1].upper() + lemma[1:] if sx.lang == "ru" and lemma.isalpha() else tok.text
    doc = ctx.doc.document_id
    return Mention(id=Mention.make_id(doc, tok.start, tok.end, "Product"), document_id=doc, start=tok.start,
                   end=tok.end, text=tok.text, label="Product", normalized=name)


def _model(ctx: _Context, sx: _Sent, c: int, listed: bool) -> Mention | None:
    """A model's name at token ``c``; ``listed`` after another model, a name of any label but a
    state's (the tagger reads "Berkut" as a place, "Sokol" as a people)."""
    m = sx.token_mention[c]
    if m is None:
        return _quoted(ctx, sx, c, listed)
    # a place's name right before a noun of goods is a model's ("Berkut drones"); listed, any name is
    if m.label in _LABELS or _misread_people(m) or m.label == "Location" and sx.sent.tokens[c].pos == "PROPN" \
            or listed and m.label in _LISTED:
        return m
    return None


def _misread_people(m: Mention) -> bool:
    """A capitalised "nationality" that names no country ("Sokol drones"): a model's name."""
    return m.label == "Nationality" and m.text[:1].isupper() and nationality_code(m.text) is None


def named_models(ctx: _Context, sx: _Sent, nouns: list[int], limit: int = 6) -> list[Mention]:
    """Every model the goods nouns ``nouns`` (and the nouns coordinated with them) are named by."""
    out: list[Mention] = []
    for n in [k for n in nouns for k in _with_conj(sx, n, 6)]:
        if not _goods_noun(sx, n):
            continue
        for c in _kids(sx, n, "compound", "appos", "flat", "nmod"):
            if sx.sent.tokens[c].dep.startswith("nmod") and _case(sx, c):
                continue  # "systems for the army": not a name
            found: list[Mention] = []
            for k in _with_conj(sx, c, 6):
                m = _model(ctx, sx, k, bool(found))
                if m is not None:
                    found.append(m)
            out.extend(found)
    return _unique(out)[:limit]


__all__ = ["GOODS_STEMS", "named_models"]
