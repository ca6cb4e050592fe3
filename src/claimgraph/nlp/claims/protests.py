"""A figure told as the ground of a diplomatic protest is the protesting party's statement.

A state protests an incursion by summoning the other side's envoy or handing it a note, and the
report tells the incursion as the ground of that act: "the ministry handed the ambassador a note of
protest over the flight of six drones", "summoned the Russian envoy over the violation of its
airspace by four drones", "МИД вызвал посла после пролета шести беспилотников", "МЗС вручило ноту
протесту у зв'язку з прольотом шести дронів". The figure of the ground is what the protesting party
says happened: ``states``, with the party that protests as the speaker.

A protest is a verb of protesting, the summoning of an envoy, or a verb whose object is a note or a
protest (handed, lodged, delivered, expressed; вручить, направить, выразить). A condemnation is a
stance, not a protest: its figures stay the report's own.
"""
from __future__ import annotations

from claimgraph.model import Mention
from claimgraph.nlp.claims.arguments import _subjects
from claimgraph.nlp.claims.sentence import _ancestors, _Context, _kids, _lemma, _Sent
from claimgraph.nlp.claims.voices import voice

#: verbs that protest by themselves
_PROTEST_VERBS = frozenset({"protest", "протестовать", "опротестовать", "протестувати"})
#: verbs of summoning, a protest when their object is an envoy
_SUMMON = frozenset({"summon", "call", "вызвать", "вызывать", "викликати", "викликать", "вызваць"})
_ENVOYS = frozenset({"ambassador", "envoy", "diplomat", "chargé", "charge", "attaché", "посол", "посланник",
                     "дипломат", "поверенный", "повірений", "амбасадор"})
#: what a protest hands over: a note, a protest
_PROTEST_NOUNS = frozenset({"protest", "note", "протест", "нота", "ноту", "протесту"})
#: how far up from the figure's clause a protest is looked for
_UP = 4


def protesting_party(ctx: _Context, sx: _Sent, w: int) -> Mention | None:
    """The state's voice whose protest has the clause at ``w`` for its ground, else None."""
    toks = sx.sent.tokens
    for v in [w, *_ancestors(sx, w, _UP)]:
        if toks[v].pos != "VERB" or not _protests(sx, v):
            continue
        subs = _subjects(ctx, sx, v)[0]
        return voice(subs[0]) if subs else None
    return None


def _protests(sx: _Sent, v: int) -> bool:
    toks = sx.sent.tokens
    lemma = _lemma(toks[v])
    if lemma in _PROTEST_VERBS:
        return True
    objects = _kids(sx, v, "obj", "iobj")
    if lemma in _SUMMON:
        return any(_lemma(toks[o]) in _ENVOYS or toks[o].text.lower() in _ENVOYS for o in objects)
    return any(_lemma(toks[o]) in _PROTEST_NOUNS or toks[o].text.lower() in _PROTEST_NOUNS
               or any(_lemma(toks[n]) in _PROTEST_NOUNS for n in _kids(sx, o, "nmod")) for o in objects)


__all__ = ["protesting_party"]
