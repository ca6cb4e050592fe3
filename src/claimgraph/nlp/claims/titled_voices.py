"""A voice named again by its title or a pronoun: "the governor said", "глава региона уточнил",
"по его словам".

Reports name an official once ("Governor Pavel Orlov said …") and then let the title alone speak
("Later the head of the region clarified that …", "Как сообщил губернатор, …") or cite him by a
pronoun ("По его словам, …", "according to him"). Such a voice is the person who last spoke in the
few sentences before (or the holder of that title the report named), provided the title names no
other party of its own ("the Russian president", "глава МИД Литвы" are someone else).
"""
from __future__ import annotations

import re

from claimgraph.model import Mention
from claimgraph.nlp.claims.arguments import _role_person
from claimgraph.nlp.claims.sentence import _Context, _kids, _lemma, _Sent
from claimgraph.nlp.lexicon import ROLE_NOUNS

#: sentences back a title or a pronoun may point to the last voice heard
_BACK = 3
#: a source given by a pronoun: "по его словам", "по её данным", "according to him"
_PRONOUN_SOURCE = {
    "en": re.compile(r"\baccording\s+to\s+(?P<who>him|her|them)\b", re.IGNORECASE),
    "ru": re.compile(r"(?<![а-яёіїєґ])(?:по\s+(?P<who>его|её|ее|их)\s+(?:словам|данным|информации)"
                     r"|за\s+(?P<uk>його|її)\s+словами)(?![а-яёіїєґ])", re.IGNORECASE),
}
#: determiners that keep a title definite and bare ("the governor", "этот губернатор")
_DEFINITE = frozenset({"the", "this", "that", "этот", "тот"})


def titled_voice(ctx: _Context, sx: _Sent, w: int) -> Mention | None:
    """The person a bare title subject of the speech verb ``w`` names again, else None."""
    toks = sx.sent.tokens
    for n in _kids(sx, w, "nsubj"):
        if sx.token_mention[n] is not None or _lemma(toks[n]) not in ROLE_NOUNS or "Number=Plur" in toks[n].feats:
            continue
        if any(sx.token_mention[c] is not None or toks[c].dep == "det" and _lemma(toks[c]) not in _DEFINITE
               or toks[c].dep.startswith("amod") and toks[c].pos == "PROPN" for c in sx.children[n]):
            return None  # "the Russian president", "глава МИД", "a minister": another party
        held = ctx.titles.get(_lemma(toks[n])) or ctx.named_titles.get(_lemma(toks[n]))
        if held is not None:
            return held
        people = {m.id: m for m in ctx.named_titles.values()}
        # "глава региона" after "губернатор X": the last voice, else the report's one titled person
        return last_person(ctx) or (next(iter(people.values())) if len(people) == 1 else None)
    return None


def remember_titles(ctx: _Context, sx: _Sent) -> None:
    """Keep the titles the sentence gives named people ("Губернатор Павел Орлов")."""
    toks = sx.sent.tokens
    for i, tok in enumerate(toks):
        if sx.token_mention[i] is None and sx.lemmas[i] in ROLE_NOUNS and "Number=Plur" not in tok.feats:
            person = _role_person(ctx, sx, i)
            if person is not None:
                ctx.named_titles[sx.lemmas[i]] = person


def pronoun_source(ctx: _Context, sx: _Sent) -> Mention | None:
    """The last voice heard when the sentence cites its source by a pronoun ("по его словам")."""
    m = _PRONOUN_SOURCE.get(ctx.lang, _PRONOUN_SOURCE["en"]).search(ctx.doc.text, sx.sent.start, sx.sent.end)
    if m is None:
        return None
    who = (m.group("who") or "").lower() if "who" in m.groupdict() else ""
    if who in ("them", "их"):
        last = ctx.last_voice
        return last[1] if last is not None and 0 < ctx.sentence_index - last[0] <= _BACK else None
    # "Мэр X осмотрел мост. По его словам, …": else the person the sentence before was about
    return last_person(ctx) or next((m for m, _ in ctx.last_subjects if m.label == "Person"), None)


def last_person(ctx: _Context) -> Mention | None:
    """The person whose voice was last heard, a few sentences back at most."""
    last = ctx.last_voice
    if last is None or last[1].label != "Person" or not 0 < ctx.sentence_index - last[0] <= _BACK:
        return None
    return last[1]


__all__ = ["last_person", "pronoun_source", "remember_titles", "titled_voice"]
