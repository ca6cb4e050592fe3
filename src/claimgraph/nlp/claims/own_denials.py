"""A party saying in its own words that it does not supply, naming no one it would supply.

"Beijing has maintained that it does not provide weapons to either side", "Tehran insists it has
not supplied drones for use in Ukraine", "Тегеран настаивает, что не поставлял беспилотники": a
negated verb of supply in the complement of a verb of saying or insisting, whose subject is a
pronoun, is left out or names the speaker's own side, and whose goods are weapons. The speaker's
side is the supplier; a recipient named by name is kept, one named by no one ("either side",
"any party", "ни одной из сторон") or none at all leaves the object to the accusation the report
tells (:func:`answered_recipients`).
"""
from __future__ import annotations

from dataclasses import replace

from claimgraph.model import Claim, Mention
from claimgraph.nlp.claims.arguments import _objects, _subjects
from claimgraph.nlp.claims.attribution import _impersonal_body, _is_outlet
from claimgraph.nlp.claims.build import _build
from claimgraph.nlp.claims.goods import is_materiel
from claimgraph.nlp.claims.sentence import _case, _Context, _kids, _negated, _Sent
from claimgraph.nlp.claims.stances import _party, _same_state, _state_of
from claimgraph.nlp.claims.words import ORGS, PLACES
from claimgraph.nlp.lexicon import PREDICATE_VERBS, SPEECH_VERBS
from claimgraph.nlp.seats import speaking_state

#: verbs of holding to a position, beside those of saying: "has maintained that", "настаивает, что"
INSIST = frozenset({"maintain", "insist", "reiterate", "assert", "stress", "argue", "настаивать", "настоять",
                    "уверять", "заверить", "заверять", "подчеркнуть", "подчеркивать", "повторить", "наполягати",
                    "запевнити", "запевняти", "наголосити", "наголошувати"})
#: pronouns that stand for the speaker's side in its own clause: "it does not", "we have never", "мы не"
SELF = frozenset({"it", "they", "we", "он", "она", "оно", "они", "мы", "він", "вона", "воно", "вони", "ми"})
#: words that make a recipient no one in particular: "to either side", "any party", "ни одной из сторон"
ANYONE = frozenset({"either", "any", "neither", "no", "ни", "один", "любой", "никакой", "жодний", "будь-який",
                    "ані"})
_TO = frozenset({"to", "в", "во", "до"})


def own_denials(ctx: _Context, sx: _Sent, claims: list[Claim]) -> list[Claim]:
    """The sentence's claims with the denials a speaker tells of its own side's supplies: added where
    the rules of the verb found none, given their speaker where they found one without."""
    mine = _own_denials(ctx, sx, claims)
    if not mine:
        return claims
    told = {(c.subject, c.object) for c in mine}
    return [c for c in claims if not (c.predicate == "supplies_to" and c.modality == "denial"
                                      and not c.attributed_to and (c.subject, c.object) in told)] + mine


def _own_denials(ctx: _Context, sx: _Sent, claims: list[Claim]) -> list[Claim]:
    toks = sx.sent.tokens
    supply_verbs = {lemma for lemma, p in PREDICATE_VERBS[ctx.lang].items() if p == "supplies_to"}
    denied = {c.subject for c in claims if c.predicate == "supplies_to" and c.modality == "denial"
              and c.attributed_to}
    out: list[Claim] = []
    for v, tok in enumerate(toks):
        if tok.pos != "VERB" or sx.lemmas[v] not in supply_verbs or not _negated(sx, v):
            continue
        if not any(is_materiel(sx, o) for o in _kids(sx, v, "obj")):
            continue  # "does not provide weapons": the goods are arms, not any help
        speaker = _speaker_above(ctx, sx, v)
        if speaker is None:
            continue
        supplier = _own_side(ctx, sx, v, speaker)
        if supplier is None or ctx.name(supplier) in denied:
            continue
        recipients = [r for r in _objects(ctx, sx, v, ("obl", "iobj"), _TO, ORGS | PLACES)
                      if not _same_state(ctx, supplier, r)]
        if not recipients and _names_someone(sx, v):
            continue  # "to its neighbours", "to the rebels": someone the report names otherwise
        found = [(supplier, "supplies_to", r, None) for r in _answered(ctx, recipients)] or [
            (supplier, "supplies_to", None, None)]
        out.extend(_build(ctx, sx, v, found, speaker, True, force="denial"))
    return out


def _answered(ctx: _Context, recipients: list[Mention]) -> list[Mention]:
    """Of the recipients a denial names ("to either Ukraine or Russia"), the one the supply told just
    before went to, else the first two."""
    last = ctx.last_recipient
    told = [r for r in recipients if last is not None and _same_state(ctx, r, last[1])]
    return told[:1] or recipients[:2]


def _speaker_above(ctx: _Context, sx: _Sent, v: int) -> Mention | None:
    """The subject of the verb of saying or insisting whose complement the supply is."""
    toks = sx.sent.tokens
    if toks[v].dep.split(":")[0] not in ("ccomp", "parataxis"):
        return None
    h = toks[v].head
    if not 0 <= h < len(toks) or h == v or sx.lemmas[h] not in SPEECH_VERBS[ctx.lang] | INSIST:
        return None
    if _negated(sx, h):
        return None  # "did not say that it …"
    body = _impersonal_body(ctx, sx, h)
    speakers = [body] if body is not None else [m for m in _subjects(ctx, sx, h)[0]
                                                if m.label in ORGS | PLACES | {"Person"}]
    speaker = speakers[0] if len(speakers) == 1 else None
    return None if speaker is None or _is_outlet(ctx, speaker) else speaker


def _own_side(ctx: _Context, sx: _Sent, v: int, speaker: Mention) -> Mention | None:
    """The supplier: the speaker's side where the clause's subject is a pronoun for it or left out,
    or a name of that same side ("Beijing insists China does not …")."""
    toks = sx.sent.tokens
    side = _party(ctx, speaker)
    if side is None or side.label not in ORGS | PLACES:
        return None
    subjects = _kids(sx, v, "nsubj")
    if not subjects:
        return side if ctx.lang == "ru" and "VerbForm=Fin" in toks[v].feats else None  # "настаивает, что не поставлял"
    s = subjects[0]
    if toks[s].pos == "PRON":
        return side if sx.lemmas[s] in SELF else None
    named = sx.token_mention[s]
    return named if named is not None and _same_state(ctx, named, side) else None


def _names_someone(sx: _Sent, v: int) -> bool:
    """A recipient phrase that names a party, only not by a name the report tagged ("to the
    rebels"); "to either side", "ни одной из сторон" name no one."""
    toks = sx.sent.tokens
    for c in _kids(sx, v, "obl", "iobj"):
        if toks[c].dep != "iobj" and not set(_case(sx, c).split()) & _TO and "Case=Dat" not in toks[c].feats:
            continue  # "for use in Ukraine" names no recipient
        if not any(sx.lemmas[d] in ANYONE for d in [c, *_kids(sx, c, "det", "amod", "nummod", "advmod")]):
            return True
    return False


def answered_recipients(ctx: _Context, claims: list[Claim]) -> list[Claim]:
    """Denials a party tells of its own deeds naming no recipient, given the one recipient the
    report's claims of the same supplier name ("China supplies weapons to Russia, Zelensky said …
    Beijing insists it does not provide weapons to either side": China → Russia denied)."""
    by_id = ctx.by_id
    told: dict[str, set[str]] = {}
    first: dict[str, Mention] = {}
    for c in claims:
        sup, rec = by_id.get(c.subject_mention or ""), by_id.get(c.object_mention or "")
        if c.predicate != "supplies_to" or c.modality not in ("claim", "fact", "plan") or sup is None or rec is None:
            continue
        key = _state_of(ctx, sup) or ctx.name(sup)
        told.setdefault(key, set()).add(_state_of(ctx, rec) or ctx.name(rec))
        first.setdefault(key, rec)
    out = []
    for c in claims:
        sup = by_id.get(c.subject_mention or "")
        if c.predicate == "supplies_to" and c.modality == "denial" and c.object is None and sup is not None \
                and _own_word(ctx, c, sup):
            key = _state_of(ctx, sup) or ctx.name(sup)
            if len(told.get(key, ())) == 1:
                rec = first[key]
                c = replace(c, object=ctx.name(rec), object_mention=rec.id,
                            id=Claim.make_id(ctx.doc.document_id, c.start, c.subject, c.predicate, ctx.name(rec),
                                             c.value))
        out.append(c)
    return out


def _own_word(ctx: _Context, c: Claim, supplier: Mention) -> bool:
    """The denial is the supplier's own word of its own deeds ("Beijing" of Beijing, "Пекин" of
    "Китай"), not a spokesman's or another party's."""
    if c.attributed_to == c.subject:
        return True
    state = speaking_state(c.attributed_to)
    return state is not None and state == _state_of(ctx, supplier)
