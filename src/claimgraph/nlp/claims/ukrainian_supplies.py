"""Ukrainian supplies read off word order where the Russian parse of a Ukrainian sentence fails.

The Russian models read a Ukrainian sentence through the script bridge; an adverb they do not
know ("нещодавно") or a verb form they take for a noun breaks the tree, so "КНДР нещодавно надала
Росії ракети" has no subject or object under its verb. Ukrainian word order settles the common
case: a state named in the nominative, a verb of supply a few words after it with nothing but
words between (no comma, no other name), and a state named right after the verb in a form that can
be dative and not accusative ("Росії") — the supplier and the recipient. The Ukrainian dictionary
tells the forms; the rule runs only when the parse-based rules found no supply in the sentence.
"""
from __future__ import annotations

from claimgraph.model import Claim, Mention
from claimgraph.nlp.claims.attribution import _speaker
from claimgraph.nlp.claims.build import _build
from claimgraph.nlp.claims.sentence import _Context, _Sent
from claimgraph.nlp.lexicon import PREDICATE_VERBS
from claimgraph.nlp.ukrainian_cases import noun_cases

#: labels of a party that supplies or receives
_PARTIES = frozenset({"Country", "Location", "PublicBody", "Company", "Organization"})
#: tokens a supplier may stand before its verb ("КНДР нещодавно надала")
_BEFORE = 3
#: tokens a recipient may stand after its verb
_AFTER = 2
_STOPS = frozenset({",", ";", ":", "—", "–", "-", "(", ")", "«", "»", '"', "що", "який", "яка", "які", "і", "та"})


def ukrainian_supply_claims(ctx: _Context, sx: _Sent, claims: list[Claim]) -> list[Claim]:
    """supplies_to(supplier, recipient) by Ukrainian word order, for a sentence with no supply."""
    if ctx.doc.lang != "uk" or any(c.predicate == "supplies_to" for c in claims):
        return []
    toks = sx.sent.tokens
    verbs = PREDICATE_VERBS["ru"]
    for v in range(1, len(toks) - 1):
        if verbs.get(sx.lemmas[v]) != "supplies_to" or sx.token_mention[v] is not None:
            continue
        supplier = _supplier(sx, v)
        recipient = _recipient(sx, v)
        if supplier is None or recipient is None or supplier.id == recipient.id:
            continue
        speaker, denied = _speaker(ctx, sx, v)
        return _build(ctx, sx, v, [(supplier, "supplies_to", recipient, None)], speaker, denied)
    return []


def _supplier(sx: _Sent, v: int) -> Mention | None:
    """The party named in the nominative just before the verb, with no stop word or name between."""
    toks = sx.sent.tokens
    for k in range(v - 1, max(-1, v - 1 - _BEFORE), -1):
        m = sx.token_mention[k]
        if m is None:
            if toks[k].text.lower() in _STOPS:
                return None
            continue
        cases = noun_cases(toks[k].text)  # the name's last word carries its case
        return m if m.label in _PARTIES and (not cases or "nomn" in cases) else None
    return None


def _recipient(sx: _Sent, v: int) -> Mention | None:
    """The state named right after the verb in a form that can be dative and cannot be accusative."""
    toks = sx.sent.tokens
    for k in range(v + 1, min(len(toks), v + 1 + _AFTER)):
        m = sx.token_mention[k]
        if m is None:
            if toks[k].text.lower() in _STOPS:
                return None
            continue
        cases = noun_cases(toks[k].text)
        return m if m.label in ("Country", "Location") and "datv" in cases and "accs" not in cases and "nomn" not in cases else None
    return None
