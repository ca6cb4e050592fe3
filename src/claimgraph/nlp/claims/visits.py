"""visited from a visit told as a noun or an arrival: "Putin's visit to Pyongyang", "визит Пезешкиана
в Россию", "proposed the plant during a visit to Minsk", "Putin arrived in Pyongyang", "прибыл в Минск".

The visitor is the visit's possessor ("Putin's", "Пезешкиана"), else, for a visit that frames the
clause ("during a visit", "в ходе визита"), the people the clause is about; the destination is the
place (or plant, company) the visit goes "to" / "в". A pronoun possessor ("his visit") stands for
the clause's subject.
"""
from __future__ import annotations

import re

from claimgraph.model import Claim, Mention, Quantity
from claimgraph.nlp.claims.arguments import _country_of, _entity, _objects, _subjects
from claimgraph.nlp.claims.attribution import _speaker
from claimgraph.nlp.claims.build import _build, Found
from claimgraph.nlp.claims.capitals import capital_named
from claimgraph.nlp.claims.sentence import _case, _Context, _kids, _Sent
from claimgraph.nlp.claims.words import ORGS, PLACES

VISIT_NOUNS = frozenset({"visit", "trip", "визит", "поездка"})
#: verbs of arriving somewhere (Ukrainian ones arrive as their Russian lemmas)
ARRIVALS = frozenset({"arrive", "travel", "прибыть", "приехать", "прилететь", "прибывать", "приезжать",
                      "прилетать"})
#: verbs of setting off somewhere, a visit only when a person sets off ("Russia headed to the UN" is
#: none); in Russian only the perfective, a trip made ("направлялся в Сингапур" was cut short)
SETTING_OFF = frozenset({"fly", "head", "journey", "отправиться", "поехать", "направиться", "съездить",
                         "вылететь"})
#: verbs a visit noun is the object of: "paid visits to X", "совершающий визит в Россию"
_LIGHT = frozenset({"pay", "make", "conduct", "совершить", "совершать", "нанести", "наносить"})
#: what visits are counted in: "more than six times", "on half a dozen occasions", "более 6 раз"
_TIMES = frozenset({"time", "times", "occasion", "occasions", "visit", "visits", "раз", "визит", "trip", "trips"})
_TO = frozenset({"to", "in", "в", "во", "на"})
_VISITORS = frozenset({"Person", "Country", "PublicBody", "Organization"})
_DESTINATIONS = PLACES | ORGS


def _destinations(ctx: _Context, sx: _Sent, i: int, deps: tuple[str, ...]) -> list[Mention]:
    """Where a visit or an arrival goes: a place named, or a capital named by its state ("arrived in
    the North Korean capital")."""
    found = _objects(ctx, sx, i, deps, _TO, _DESTINATIONS)
    if found:
        return found
    return [m for c in _kids(sx, i, *deps) if set(_case(sx, c).split()) & _TO
            if (m := capital_named(ctx, sx, c)) is not None][:1]


def _visitor_of_noun(ctx: _Context, sx: _Sent, n: int) -> list[Mention]:
    """"Putin's visit", "визит Пезешкиана"; "his visit", "during a visit": the clause's subjects."""
    toks = sx.sent.tokens
    for c in _kids(sx, n, "nmod:poss", "nmod"):
        if toks[c].dep != "nmod:poss" and _case(sx, c):
            continue  # "visit to Minsk" names where, not who
        if toks[c].text[:1].isdigit():
            continue  # "визита в Пхеньян 17 июня": a day, not who
        m = _entity(ctx, sx, c, _VISITORS)
        if m is not None:
            return [m]
        if toks[c].pos != "PRON":
            return []
    head = toks[n].head
    if not (0 <= head < len(toks)) or head == n:
        return []
    # "по итогам визита в Пхеньян сообщил X": through the noun a framing visit hangs on, to the verb
    if toks[n].dep.split(":")[0] in ("nmod",) and toks[head].pos == "NOUN" and \
            toks[head].dep.split(":")[0] in ("obl", "nmod") and 0 <= toks[head].head < len(toks):
        head = toks[head].head
    if toks[n].dep.split(":")[0] in ("obl", "nmod", "advcl") or any(
            toks[c].pos == "PRON" for c in _kids(sx, n, "nmod:poss")) or \
            toks[n].dep.startswith("obj") and sx.lemmas[head] in _LIGHT:
        return [m for m in _subjects(ctx, sx, head)[0] if m.label in ("Person", "Country")] or \
            group_country(ctx, sx, head)
    return []


def group_country(ctx: _Context, sx: _Sent, v: int) -> list[Mention]:
    """"Chinese experts visited …", "представители Китая приезжали …": people a demonym or a country's
    name qualifies stand for that country."""
    toks = sx.sent.tokens
    for h in _kids(sx, v, "nsubj", "nsubj:pass"):
        if sx.token_mention[h] is not None or toks[h].pos != "NOUN":
            continue
        for c in _kids(sx, h, "amod", "nmod", "compound"):
            m = sx.token_mention[c]
            if m is not None and m.label == "Nationality":
                m = _country_of(ctx, m)
            if m is not None and m.label == "Country" and not _case(sx, c):
                return [m]
    return []


#: "more than half a dozen times", "более полудюжины раз": six, said as a word
_HALF_DOZEN = re.compile(r"(?P<more>more\s+than\s+|over\s+|более\s+|свыше\s+)?(?:half\s+a\s+dozen|полудюжин\w*)"
                         r"\s+(?P<unit>times|occasions|visits|trips|раз)\b", re.IGNORECASE)


def times_of(ctx: _Context, sx: _Sent) -> Quantity | None:
    """How many times a visit was made: a count of times or occasions in the sentence ("more than six
    times", "более полудюжины раз")."""
    text = ctx.doc.text[sx.sent.start:sx.sent.end]
    said = _HALF_DOZEN.search(text)
    if said is not None:
        return Quantity(value=6.0, unit=said.group("unit").lower(), qualifier="more than" if said.group("more") else None,
                        start=sx.sent.start + said.start(), end=sx.sent.start + said.end(), text=said.group(0))
    for q in sx.quantities:
        if (q.unit or "").lower() not in _TIMES or q.start is None:
            continue
        return q
    words = re.search(r"\b(?:more\s+than\s+)?(two|three|four|five|six|seven|eight|nine|ten)\s+times\b", text,
                      re.IGNORECASE)
    if words is not None:
        n = ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten").index(words.group(1).lower()) + 2
        return Quantity(value=float(n), unit="times", qualifier="more than" if "more" in words.group(0).lower()
                        else None, start=sx.sent.start + words.start(), end=sx.sent.start + words.end(),
                        text=words.group(0))
    return None


def visit_claims(ctx: _Context, sx: _Sent) -> list[Claim]:
    """Visits told as nouns and arrivals, each visitor to each destination."""
    toks = sx.sent.tokens
    out: list[Claim] = []
    for i, tok in enumerate(toks):
        lemma = sx.lemmas[i]
        if tok.pos == "NOUN" and lemma in VISIT_NOUNS:
            places = _destinations(ctx, sx, i, ("nmod",))
            visitors = _visitor_of_noun(ctx, sx, i) if places else []
            v = toks[i].head if 0 <= toks[i].head < len(toks) else i
            force = "fact"
        elif tok.pos == "VERB" and lemma in ARRIVALS:
            places = _destinations(ctx, sx, i, ("obl",))
            visitors = ([m for m in _subjects(ctx, sx, i)[0] if m.label in _VISITORS]
                        or group_country(ctx, sx, i)) if places else []
            v, force = i, None
        elif tok.pos == "VERB" and lemma in SETTING_OFF:
            places = _destinations(ctx, sx, i, ("obl",))
            visitors = [m for m in _subjects(ctx, sx, i)[0] if m.label == "Person"] if places else []
            v, force = i, None
        else:
            continue
        found: list[Found] = [(s, "visited", p, times_of(ctx, sx)) for s in visitors[:2] for p in places[:1]
                 if s.id != p.id and ctx.name(s) != ctx.name(p)]
        if found:
            speaker, denied = _speaker(ctx, sx, v)
            out.extend(_build(ctx, sx, v, found, speaker, denied, force=force))
    return out


__all__ = ["ARRIVALS", "SETTING_OFF", "VISIT_NOUNS", "group_country", "times_of", "visit_claims"]
