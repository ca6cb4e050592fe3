"""plans_to_produce for output someone orders: "the president ordered his officials to produce
10,000 shells", "ordered 10,000 shells to be made", "the plant was tasked with producing 5,000
drones", "поручил наладить выпуск", "распорядился изготовить", "наказав виготовити".

A verb of commanding (a closed class, :data:`COMMAND`) that governs a verb or a noun of making, at
most two steps down, makes a plan of the one who commands: the subject of the active verb, or the
subject of the passive one ("was tasked with producing": the one tasked). What is made is the model
the verb of making names, else the count of its goods; the modality is a plan, told by whoever the
sentence cites.
"""
from __future__ import annotations

from claimgraph.model import Claim, Mention, Quantity
from claimgraph.nlp.claims.arguments import _entity, _subjects
from claimgraph.nlp.claims.attribution import _speaker
from claimgraph.nlp.claims.build import Found, _build
from claimgraph.nlp.claims.production import _PRODUCTION_NOUNS, _counted, _named_goods
from claimgraph.nlp.claims.sentence import _ancestors, _Context, _kids, _Sent, _token_at, _with_conj
from claimgraph.nlp.claims.words import ORGS
from claimgraph.nlp.lexicon import PREDICATE_VERBS

#: verbs of commanding, in English, Russian and Ukrainian (Ukrainian lemmas as the dictionary gives them)
COMMAND = frozenset({
    "order", "instruct", "direct", "task", "command", "charge", "mandate",
    "поручить", "поручать", "приказать", "приказывать", "распорядиться", "распоряжаться", "велеть",
    "обязать", "обязывать",
    "доручити", "доручати", "наказати", "наказувати", "розпорядитися", "зобов'язати",
})
#: who may command output: a person, a state, a body or a firm
_COMMANDERS = ORGS | frozenset({"Person", "Country"})
#: verbs between the command and the making that undo it: "ordered the firm to stop producing"
_STOP = frozenset({"stop", "cease", "halt", "suspend", "end", "freeze", "прекратить", "прекращать", "остановить",
                   "приостановить", "свернуть", "припинити", "зупинити"})
_PRODUCT = frozenset({"Product"})


#: Ukrainian "наказати" (to order), whose form the Russian models read as "наказать" (to punish)
_UKRAINIAN_COMMAND = frozenset({"наказать"})


def _commands(ctx: _Context, sx: _Sent, a: int) -> bool:
    lemma = sx.lemmas[a]
    return sx.sent.tokens[a].pos == "VERB" and (
        lemma in COMMAND or lemma in _UKRAINIAN_COMMAND and (ctx.doc.lang or "")[:2] == "uk")


def _making(ctx: _Context, sx: _Sent, k: int) -> bool:
    """A verb of making, also one the tagger took for a noun (a Ukrainian infinitive), or a noun of it."""
    toks = sx.sent.tokens
    lemma = sx.lemmas[k]
    if toks[k].pos in ("VERB", "AUX", "NOUN") and PREDICATE_VERBS[ctx.lang].get(lemma) == "produces":
        return True
    return toks[k].pos == "NOUN" and lemma in _PRODUCTION_NOUNS


def _commander(ctx: _Context, sx: _Sent, c: int) -> list[Mention]:
    subjects, passive = _subjects(ctx, sx, c)
    if passive and sx.lemmas[c] not in ("task", "charge", "обязать", "обязывать", "поручить"):
        return []  # "production was ordered": no one named commands it
    return [m for m in subjects if m.label in _COMMANDERS][:1]


def _made(ctx: _Context, sx: _Sent, k: int) -> tuple[Mention | None, Quantity | None]:
    """The model and the count of what the verb (or noun) of making ``k`` makes."""
    toks = sx.sent.tokens
    goods = [g for o in _kids(sx, k, "obj", "nsubj:pass", "nmod") for g in _with_conj(sx, o)]
    if not goods and 0 <= toks[k].head < len(toks):  # "ordered 40,000 rockets to be made"
        goods = [g for o in _kids(sx, toks[k].head, "obj") if o != k for g in _with_conj(sx, o)]
    model = next((m for g in goods if (m := _entity(ctx, sx, g, _PRODUCT)) is not None), None)
    model = model or next(iter(_named_goods(sx, _counted(sx, goods))), None)
    count = None
    for q in sx.quantities:
        t = _token_at(sx.sent, q.start or 0)
        up = _ancestors(sx, t, 3)
        if t in goods or any(g in up for g in goods) or k in up[:2]:  # also "виготовити до 20 тисяч" under the verb
            count = q
            break
    return model, count


def ordered_output_claims(ctx: _Context, sx: _Sent) -> list[Claim]:
    """plans_to_produce for each verb or noun of making a verb of commanding governs."""
    toks = sx.sent.tokens
    out: list[Claim] = []
    seen: set[int] = set()
    for k in range(len(toks)):
        if not _making(ctx, sx, k):
            continue
        chain = _ancestors(sx, k, 2)
        c = next((a for a in chain if _commands(ctx, sx, a)), None)
        if c is None or c in seen or any(sx.lemmas[a] in _STOP for a in chain[:chain.index(c)]):
            continue
        who = _commander(ctx, sx, c)
        model, count = _made(ctx, sx, k)
        if not who or model is None and count is None:
            continue
        seen.add(c)
        found: list[Found] = [(who[0], "plans_to_produce", model, count)]
        speaker, denied = _speaker(ctx, sx, c)
        out.extend(_build(ctx, sx, c, found, speaker, denied, force=None if denied else "plan"))
    return out


__all__ = ["COMMAND", "ordered_output_claims"]
