"""Supplies told as what someone's information shows, and headlines that name their source.

- "The United States has information that North Korea sent …", "Соединенные Штаты располагают
  информацией о том, что …", "У нас есть информация, что …": the holder of the information claims it;
- "US intelligence shows Iran is preparing to …", "Our information indicates that …", "Наша
  информация указывает на то, что …": the owner of the information (a state, a body, or whoever
  speaks the quote for "our") claims it;
- a headline "White House: Iran preparing to supply Russia with drones", "Белый дом: КНДР передала
  …" or "N. Korea sent containers to Russia: White House": the name set off by the colon is the
  source.

A supply told so is a ``claim`` of that source, not the outlet's fact.
"""
from __future__ import annotations

import re
from dataclasses import replace

from claimgraph.model import Claim, Mention
from claimgraph.nlp.claims.attribution import _is_outlet, _speaker
from claimgraph.nlp.claims.goods import national
from claimgraph.nlp.claims.sentence import _Context, _kids, _Sent, _subtree, _token_at
from claimgraph.nlp.claims.words import AGENTS

#: nouns of what a government knows: information, intelligence, data, evidence
INFORMATION = frozenset({"information", "intelligence", "evidence", "data", "assessment", "информация", "данные",
                         "сведения", "разведданные", "доказательство", "інформація", "дані", "розвідка", "разведка"})
#: verbs of holding information: "has information that", "располагают информацией", "у нас есть"
HOLD = frozenset({"have", "possess", "obtain", "иметь", "располагать", "владеть", "быть", "обладать", "мати",
                  "володіти"})
#: verbs of information showing something: "indicates that", "показывает, что", "указывает на то, что"
SHOW = frozenset({"indicate", "show", "suggest", "reveal", "confirm", "показывать", "показать", "указывать",
                  "свидетельствовать", "подтверждать", "вказувати", "свідчити", "показувати"})
_FIRST_PERSON = frozenset({"we", "our", "us", "мы", "наш", "ми", "нас"})
_SPEAKERS = AGENTS | frozenset({"Nationality"})
HEADLINE_WORDS = 4  # a source set off by a colon is a short name: "White House", "US", "Sullivan"


def sourced_by_evidence(ctx: _Context, sx: _Sent, claims: list[Claim]) -> list[Claim]:
    """The sentence's supplies of the outlet's own voice that someone's information tells, as that
    someone's claims; and those of a headline whose colon names its source."""
    told = [c for c in claims if c.predicate == "supplies_to" and c.modality == "fact" and not c.attributed_to]
    if not told:
        return claims
    changed: dict[str, Claim] = {}
    for clause, holder in _evidence(ctx, sx):
        for c in told:
            if c.id not in changed and _named_inside(ctx, sx, c, clause):
                changed[c.id] = replace(c, modality="claim",
                                        attributed_to=ctx.name(holder) if holder is not None else None)
    source = _headline_source(ctx, sx)
    if source is not None:
        for c in told:
            if c.id not in changed and source.id not in (c.subject_mention, c.object_mention):
                changed[c.id] = replace(c, modality="claim", attributed_to=ctx.name(source))
    return [changed.get(c.id, c) for c in claims]


def _evidence(ctx: _Context, sx: _Sent) -> list[tuple[set[int], Mention | None]]:
    """(tokens of the clause the information tells, its holder) for each construction of evidence."""
    toks = sx.sent.tokens
    out: list[tuple[set[int], Mention | None]] = []
    for n, tok in enumerate(toks):
        if tok.pos != "NOUN" or sx.lemmas[n] not in INFORMATION:
            continue
        h = tok.head
        if not 0 <= h < len(toks) or h == n:
            continue
        clause = {t for c in _kids(sx, n, "acl", "ccomp", "nmod") for t in _subtree(sx, c)}
        if sx.lemmas[h] in HOLD and tok.dep.split(":")[0] in ("obj", "nsubj", "obl"):
            clause |= {t for c in _kids(sx, h, "ccomp") for t in _subtree(sx, c)}
            holder = _holder(ctx, sx, h, n)
        elif sx.lemmas[h] in SHOW and tok.dep.split(":")[0] == "nsubj":
            clause |= {t for c in _kids(sx, h, "ccomp", "obl", "advcl") for t in _subtree(sx, c)}
            holder = _owner(ctx, sx, n, h)
        else:
            continue
        if clause:
            out.append((clause, holder))
    return out


def _holder(ctx: _Context, sx: _Sent, v: int, n: int) -> Mention | None:
    """Who holds the information: the subject of "have"/"располагать", or the one "у" names; "we"
    is whoever speaks the quote."""
    toks = sx.sent.tokens
    for c in [*_kids(sx, v, "nsubj"), *_kids(sx, v, "obl")]:
        if c == n:
            continue
        if _first_person(sx, c):
            return _quoted_by(ctx, sx, v)
        m = sx.token_mention[c]
        if m is not None and m.label in _SPEAKERS and not _is_outlet(ctx, m):
            return national(ctx, m) if m.label == "Nationality" else m
        if toks[c].dep.startswith("nsubj"):
            return None
    return None


def _owner(ctx: _Context, sx: _Sent, n: int, v: int) -> Mention | None:
    """Whose information shows it: "US intelligence", "our information" (the quote's speaker)."""
    for c in _kids(sx, n, "nmod:poss", "compound", "amod", "det", "nmod"):
        if _first_person(sx, c):
            return _quoted_by(ctx, sx, v)
        m = sx.token_mention[c]
        if m is not None and m.label in _SPEAKERS and not _is_outlet(ctx, m):
            return national(ctx, m) if m.label == "Nationality" else m
    return None


def _first_person(sx: _Sent, c: int) -> bool:
    """"we", "our", "у нас": a pronoun or possessive of the first person, not the name "US"."""
    return sx.sent.tokens[c].pos in ("PRON", "DET") and sx.lemmas[c] in _FIRST_PERSON


def _quoted_by(ctx: _Context, sx: _Sent, v: int) -> Mention | None:
    """The speaker of the quote a first-person clause stands in ("… we have information …, he said")."""
    speaker, _ = _speaker(ctx, sx, v)
    return speaker


def _headline_source(ctx: _Context, sx: _Sent) -> Mention | None:
    """The name a colon sets off at the start or the end of a line without a verb of its own before
    it: "White House: Iran preparing …", "… to Russia: White House"."""
    text = ctx.doc.text[sx.sent.start:sx.sent.end]
    lead = re.match(r"\s*([^:\n]{2,60}?)\s*:\s+\S", text)
    tail = re.search(r"\S\s*:\s*([^:\n]{2,60}?)\s*[.!]?\s*$", text)
    for found in (lead, tail):
        if found is None:
            continue
        start = sx.sent.start + found.start(1)
        end = sx.sent.start + found.end(1)
        name = ctx.doc.text[start:end]
        if len(name.split()) > HEADLINE_WORDS:
            continue
        m = next((x for x in sx.mentions if x.start <= start + 1 and x.end >= end - 1), None)
        if m is not None and m.label in AGENTS and not _is_outlet(ctx, m):
            return m
    return None


def _named_inside(ctx: _Context, sx: _Sent, c: Claim, inside: set[int]) -> bool:
    named = [m for k in (c.subject_mention, c.object_mention) if (m := ctx.by_id.get(k or ""))]
    return any(sx.sent.start <= m.start < sx.sent.end and _token_at(sx.sent, m.start) in inside for m in named)
