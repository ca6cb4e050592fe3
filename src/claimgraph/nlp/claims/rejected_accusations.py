"""A supply told as the charge a party answers: "Beijing rejected Kyiv's accusations of arms supplies
to Moscow", "Президент Бразилии назвал бездоказательными обвинения Аргентины в поставках оружия
Чили", "МИД Индии отреагировал на обвинения в поставках топлива Ирану".

The noun of delivery hangs on a noun of accusing ("accusations", "обвинения", "звинувачення"), which
is the object of the clause's verb; the clause's subject is the accused, hence the supplier (a
person's post or a ministry's state stands for it), and the delivery noun's "to" / bare dative names
the recipient. The accuser the accusation noun names ("Kyiv's", "Аргентины", "by Kyiv") makes it a
``claim`` of the accuser; a verb of rejecting ("rejected", "отверг", "назвал бездоказательными")
adds the accused's ``denial``. A delivery noun that names its own supplier ("from X") is left to the
noun rules.
"""
from __future__ import annotations

from dataclasses import replace

from claimgraph.model import Claim, Mention
from claimgraph.nlp.claims.arguments import _objects
from claimgraph.nlp.claims.attribution import _speaker
from claimgraph.nlp.claims.build import Found, _build
from claimgraph.nlp.claims.meetings import _post_of
from claimgraph.nlp.claims.sentence import _Context, _kids, _Sent
from claimgraph.nlp.claims.supply import _FROM, _SUPPLY_NOUNS, _TO, _bare_case, _first_and_conjuncts
from claimgraph.nlp.claims.words import ORGS, PLACES

#: nouns of a charge laid against a party
ACCUSATION_NOUNS = frozenset({"accusation", "accusations", "allegation", "allegations", "обвинение", "обвинения",
                              "звинувачення", "обвінавачванне"})
#: verbs that reject what they take for object
REJECTING = frozenset({"reject", "dismiss", "deny", "refute", "rebuff", "rubbish", "отвергнуть", "отвергать",
                       "отрицать", "опровергнуть", "опровергать", "отклонить", "отметать", "відкинути",
                       "відкидати", "заперечити", "заперечувати", "спростувати", "спростовувати"})
#: verbs that reject only with a dismissive word: "called the accusations groundless"
_CALLING = frozenset({"call", "label", "brand", "назвать", "называть", "считать", "назвати", "називати"})
#: words that dismiss a charge
DISMISSIVE = frozenset({"groundless", "baseless", "unfounded", "false", "absurd", "бездоказательный",
                        "бездоказательными", "необоснованный", "голословный", "ложный", "абсурдный", "абсурд",
                        "безосновательный", "безпідставний", "неправдивий", "абсурдний"})
#: delivery nouns of Ukrainian and gerunds of English the noun table lacks
_DELIVERY = _SUPPLY_NOUNS | frozenset({"постачання", "поставки", "передача", "supplying", "shipping", "selling",
                                       "sending", "delivering", "providing", "transferring"})
_DELIVERY_VERBS = frozenset({"supply", "ship", "sell", "send", "deliver", "provide", "transfer"})
_BY = frozenset({"by", "from", "со", "стороны"})


def rejected_accusation_claims(ctx: _Context, sx: _Sent) -> list[Claim]:
    """supplies_to(accused, recipient) for each delivery noun a charge the accused answers governs."""
    toks = sx.sent.tokens
    out: list[Claim] = []
    for n, tok in enumerate(toks):
        if not _delivery(sx, n):
            continue
        a = tok.head
        if not (0 <= a < len(toks)) or a == n or toks[a].pos != "NOUN" or sx.lemmas[a] not in ACCUSATION_NOUNS:
            continue
        v = toks[a].head
        if not (0 <= v < len(toks)) or v == a or toks[v].pos != "VERB" \
                or toks[a].dep.split(":")[0] not in ("obj", "obl", "nsubj"):
            continue
        if _objects(ctx, sx, n, ("nmod", "obl"), _FROM, ORGS | PLACES):
            continue  # "accusations of supplies from X": the noun names its own supplier
        accused = _accused(ctx, sx, v)
        if accused is None:
            continue
        recipients = _objects(ctx, sx, n, ("nmod", "obl"), _TO, ORGS | PLACES)
        goods = _kids(sx, n, "nmod", "obj")
        for case in ("Case=Dat", "Case=Gen"):
            for c in [n, *goods]:  # "в поставках оружия России": the bare dative (or its genitive look)
                recipients = recipients or [r for r in _bare_case(ctx, sx, c, case)
                                            if r.id != accused.id and r.label in ("Country", "Location")]
        found: list[Found] = [(accused, "supplies_to", r, None) for r in _first_and_conjuncts(sx, recipients)
                              if r.id != accused.id and ctx.name(r) != ctx.name(accused) and r.label != "Person"]
        if not found:
            continue
        accuser = _accuser(ctx, sx, a, n, accused)
        if accuser is not None:  # the accuser's claim and the answer's denial are two statements
            out.extend(_at(ctx, c, toks[a].start) for c in _build(ctx, sx, v, found, accuser, False, force="claim"))
        if _rejecting(sx, v):
            speaker, _ = _speaker(ctx, sx, v)
            out.extend(_at(ctx, c, toks[v].start)
                       for c in _build(ctx, sx, v, found, speaker or accused, True, force="denial"))
    return out


def _at(ctx: _Context, c: Claim, offset: int) -> Claim:
    """The claim with the id of the statement that starts at ``offset``."""
    return replace(c, id=Claim.make_id(ctx.doc.document_id, offset, c.subject, c.predicate, c.object, c.value))


def _delivery(sx: _Sent, n: int) -> bool:
    tok = sx.sent.tokens[n]
    if tok.pos == "NOUN":
        return sx.lemmas[n] in _DELIVERY or tok.text.lower() in _DELIVERY
    # "accusations of supplying drones", never "accusations that X had been supplying"
    return tok.pos == "VERB" and sx.lemmas[n] in _DELIVERY_VERBS and tok.text.lower().endswith("ing") \
        and any(sx.lemmas[c] == "of" for c in _kids(sx, n, "mark", "case")) and not _kids(sx, n, "nsubj", "aux")


def _accused(ctx: _Context, sx: _Sent, v: int) -> Mention | None:
    """The party that answers the charge: the verb's subject, a person as the state of their post, a
    ministry as the state that owns it (none when unknown); "Президент Бразилии": the state the
    title names; "В МИД Индии отреагировали": the body the impersonal clause places the answer in."""
    toks = sx.sent.tokens
    heads = _kids(sx, v, "nsubj") or [c for c in _kids(sx, v, "obl")
                                      if c < v and _labelled(sx, c, "PublicBody", "Country")]
    for h in heads[:1]:
        m = sx.token_mention[h]
        if m is None:  # "Президент Бразилии": the state the title names
            m = next((sx.token_mention[c] for c in _kids(sx, h, "nmod") if _labelled(sx, c, "Country")), None)
        if m is None:
            return None
        if m.label == "Person":
            return _post_of(ctx, sx, m)
        if m.label == "PublicBody":
            owner = ctx.owners.get(m.id)
            return owner if owner is not None and owner.label == "Country" else None
        return m if m.label in ORGS | PLACES and toks[h].pos == "PROPN" or m.label == "Country" else None
    return None


def _labelled(sx: _Sent, i: int, *labels: str) -> bool:
    m = sx.token_mention[i]
    return m is not None and m.label in labels


def _accuser(ctx: _Context, sx: _Sent, a: int, n: int, accused: Mention) -> Mention | None:
    """Who lays the charge: "Kyiv's accusations", "обвинения Аргентины", "accusations by Kyiv",
    "обвинения со стороны посла"."""
    for c in _kids(sx, a, "nmod", "nmod:poss"):
        if c == n:
            continue
        m = sx.token_mention[c]
        if m is not None and m.id != accused.id and ctx.name(m) != ctx.name(accused) \
                and m.label in ORGS | PLACES | {"Person"}:
            return m
    return None


def _rejecting(sx: _Sent, v: int) -> bool:
    lemma = sx.lemmas[v]
    if lemma in REJECTING:
        return True
    return lemma in _CALLING and any(sx.lemmas[c] in DISMISSIVE or sx.sent.tokens[c].text.lower() in DISMISSIVE
                                     for c in sx.children[v])


__all__ = ["ACCUSATION_NOUNS", "DISMISSIVE", "REJECTING", "rejected_accusation_claims"]
