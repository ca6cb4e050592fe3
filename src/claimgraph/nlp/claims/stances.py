"""Supplies told through what a party says of them: denied, admitted or called false.

- a verb of denial or admission whose complement is a delivery with no subject of its own: a
  gerund ("Tehran denied supplying missiles to Russia", "Iran acknowledged sending drones") or a
  noun of delivery, bare or inside a noun of reports ("denied arms deliveries to Russia",
  "Пхеньян опроверг сообщения о поставках оружия России"); the supplier is the one the noun names
  ("поставки северокорейского оружия"), else the party speaking of its own deeds;
- "called the reports of deliveries fake", "назвал сообщения о поставках фейком": a verb of
  calling with a word of falsehood denies;
- the denial of an accusation just told: a relative clause ("…, which Tehran has denied") or the
  next sentence ("Pyongyang rejected the accusations", "В Тегеране это отрицают") by a party of
  the supply, told again with the modality ``denial`` and the denier as its source.

Modality: ``denial`` for denying, ``claim`` for admitting; the speaker is ``attributed_to``.
"""
from __future__ import annotations

from dataclasses import replace

from claimgraph.model import Claim, Mention, Quantity
from claimgraph.nlp.claims.arguments import _objects, _subjects
from claimgraph.nlp.claims.attribution import _impersonal_body
from claimgraph.nlp.claims.build import Found, _build
from claimgraph.nlp.claims.goods import is_materiel, national
from claimgraph.nlp.claims.names import name_of
from claimgraph.nlp.claims.noncommittal import noncommittal
from claimgraph.nlp.claims.sentence import _ancestors, _case, _Context, _kids, _negated, _Sent, _token_at
from claimgraph.nlp.claims.words import CALL, DENY, FALSEHOOD, ORGS, PLACES, REPORTS
from claimgraph.nlp.lexicon import PREDICATE_VERBS
from claimgraph.nlp.seats import speaking_state

#: verbs of owning up to a deed
ADMIT = frozenset({"admit", "acknowledge", "concede", "confirm", "признать", "признавать", "подтвердить",
                   "подтверждать", "визнати", "визнавати", "підтвердити", "підтверджувати"})
#: nouns of delivery ("denied arms deliveries", "опроверг поставки")
DELIVERIES = frozenset({"supply", "delivery", "shipment", "export", "sale", "transfer", "transaction", "deal",
                        "поставка", "экспорт", "продажа", "отгрузка", "передача", "постачання", "поставки",
                        "передача"})
#: words a reference back to what was just said takes ("denied this", "это отрицают")
_BACK = frozenset({"this", "it", "that", "these", "those", "это", "этот", "то", "такой", "це", "цей", "такий"})
_SUCH = frozenset({"such", "similar", "такой", "подобный", "аналогичный", "такий", "подібний"})
_ABOUT = frozenset({"of", "about", "on", "regarding", "о", "об", "про", "относительно"})
_FROM = frozenset({"from", "by", "из", "от"})
_TO = frozenset({"to", "в", "во", "до"})
MAX_BACK = 2  # sentences a denial of "the accusations" may look back for the supply it denies


def stance_claims(ctx: _Context, sx: _Sent) -> list[Claim]:
    """Supplies a verb of denial or admission (or of calling false) takes as its complement."""
    toks = sx.sent.tokens
    supply_verbs = {lemma for lemma, p in PREDICATE_VERBS[ctx.lang].items() if p == "supplies_to"}
    out: list[Claim] = []
    for s, tok in enumerate(toks):
        if tok.pos not in ("VERB", "AUX"):
            continue
        kind = _stance(sx, s)
        if kind is None:
            continue
        speakers, _ = _subjects(ctx, sx, s)
        speakers = [m for m in speakers if m.label in ORGS | PLACES | {"Person", "Nationality"}]
        body = _impersonal_body(ctx, sx, s) if not speakers else None
        speakers = speakers or ([body] if body is not None else [])  # "В МИД Ирана опровергли …"
        if not speakers:
            continue
        for target, noun in _targets(sx, s, supply_verbs):
            out.extend(_told(ctx, sx, s, target, noun, kind, speakers))
    return out


def _stance(sx: _Sent, s: int) -> str | None:
    """``denial`` or ``claim`` for a verb of denying, admitting or calling false; None otherwise.
    A negated one ("did not confirm", "не отрицают") says nothing either way."""
    lemma = sx.lemmas[s]
    if _negated(sx, s) or noncommittal(sx, s, DENY, ADMIT):
        return None  # "did not deny", "neither confirmed nor denied": neither a denial nor an admission
    if lemma in DENY:
        return "denial"
    if lemma in ADMIT:
        return "claim"
    if lemma in CALL and any(sx.lemmas[c] in FALSEHOOD for c in _kids(sx, s, "xcomp", "obl", "obj", "advcl", "nmod")):
        return "denial"
    return None


def _targets(sx: _Sent, s: int, supply_verbs: set[str]) -> list[tuple[int, bool]]:
    """The deliveries a stance verb speaks of: (token, is a noun). A subjectless gerund of supply
    (also where the parser hung it on the goods: "denied supplying missiles"), a noun of delivery
    as the object, or one a noun of reports takes with "of"/"о"."""
    toks = sx.sent.tokens
    out: list[tuple[int, bool]] = []
    objs = _kids(sx, s, "obj")
    for c in _kids(sx, s, "xcomp", "obj", "ccomp", "advcl") + [a for o in objs for a in _kids(sx, o, "amod", "acl")]:
        if sx.lemmas[c] in supply_verbs and toks[c].pos == "VERB" and not _kids(sx, c, "nsubj", "nsubj:pass") \
                and ("VerbForm=Ger" in toks[c].feats or "Aspect=Prog" in toks[c].feats
                     or "VerbForm=Inf" in toks[c].feats and "VerbForm=Inf" not in toks[s].feats):
            out.append((c, False))
    for o in objs:
        if toks[o].pos != "NOUN":
            continue
        if sx.lemmas[o] in DELIVERIES:
            out.append((o, True))
        elif sx.lemmas[o] in REPORTS:
            for n in _kids(sx, o, "nmod", "obl"):
                if toks[n].pos == "NOUN" and sx.lemmas[n] in DELIVERIES and set(_case(sx, n).split()) & _ABOUT:
                    out.append((n, True))
    return out


def _told(ctx: _Context, sx: _Sent, s: int, target: int, noun: bool, kind: str,
          speakers: list[Mention]) -> list[Claim]:
    """The supply of one complement: its supplier (named on the noun, else the speaker's side),
    its recipient, and its value when a quantity counts the goods."""
    suppliers = _named_suppliers(ctx, sx, target) if noun else []
    own = not suppliers
    if own:
        suppliers = [p for m in speakers if (p := _party(ctx, m)) is not None][:2]
    recipients = _recipients(ctx, sx, target, noun, own) or _objects(ctx, sx, s, ("obl",), frozenset({"to"}),
                                                               ORGS | PLACES)
    recipients = [r for r in recipients if "Case=Loc" not in sx.sent.tokens[_token_at(sx.sent, r.start)].feats]
    if not recipients and not _goods(sx, target):
        return []  # neither a recipient nor goods: "denied the deal" says too little
    value = _counted(sx, target)
    found: list[Found] = []
    for sup in suppliers:
        if any(_same_state(ctx, sup, r) for r in recipients):
            continue  # "Moscow and Pyongyang denied deliveries to Russia": Moscow receives, Pyongyang supplies
        found.extend((sup, "supplies_to", r, value) for r in recipients[:2])
        if not recipients:
            found.append((sup, "supplies_to", None, value))
    if not found:
        return []
    speaker = speakers[0]
    if own:  # each party speaks for itself: "Tehran denied" is Tehran's word
        claims = []
        for f in found:
            who = next((m for m in speakers if _party(ctx, m) is f[0]), speaker)
            claims.extend(_build(ctx, sx, s, [f], who, kind == "denial", force=kind))
        return claims
    # the speaker of the supplier's side, else one that is not the recipient's
    speaker = next((m for m in speakers if (p := _party(ctx, m)) is not None and _same_state(ctx, p, found[0][0])),
                   None) or next((m for m in speakers if not any(_same_state(ctx, _party(ctx, m) or m, r)
                                                                 for r in recipients)), speaker)
    return _build(ctx, sx, s, found, speaker, kind == "denial", force=kind)


def _party(ctx: _Context, m: Mention) -> Mention | None:
    """The side a speaker speaks for: a state, body or firm itself, a person's post, a demonym's
    country, the state a ministry's name names ("МИД Ирана" → the report's "Иран")."""
    if m.label == "Person":
        body = ctx.stands_for.get(m.id)
        return body if body is not None and body.label in ORGS | PLACES else None
    if m.label == "Nationality":
        country = national(ctx, m)
        return country if country is not None and country.label != "Nationality" else None
    if m.label == "PublicBody":
        return _state_named_in(ctx, m) or m
    return m


def _state_named_in(ctx: _Context, body: Mention) -> Mention | None:
    """The report's mention of the state a body's name names, the nearest before the body first."""
    codes = {c for w in body.text.split()[1:] if (c := speaking_state(w.strip(",.«»\"'")))}
    if len(codes) != 1:
        return None
    code = next(iter(codes))
    found = [m for m in ctx.entity_mentions if m.label == "Country" and speaking_state(name_of(m)) == code]
    return min(found, key=lambda m: (m.start > body.start, abs(m.start - body.start))) if found else None


def _named_suppliers(ctx: _Context, sx: _Sent, n: int) -> list[Mention]:
    """The supplier a noun of delivery names: "from X", "X's", a bare genitive, or the nationality of
    the goods ("поставки северокорейского оружия", "North Korean arms transfers")."""
    toks = sx.sent.tokens
    found = _objects(ctx, sx, n, ("nmod",), _FROM, ORGS | PLACES)
    found = found or [m for c in _kids(sx, n, "nmod:poss") if (m := sx.token_mention[c]) is not None
                      and m.label in ORGS | PLACES]
    found = found or [m for c in _kids(sx, n, "nmod") if not _case(sx, c) and "Case=Gen" in toks[c].feats
                      and toks[c].dep != "iobj" and (m := sx.token_mention[c]) is not None and m.label in ORGS]
    if not found:
        for c in [n, *_kids(sx, n, "nmod", "compound")]:
            for a in _kids(sx, c, "amod", "compound"):
                adjective = sx.token_mention[a]
                country = national(ctx, adjective) if adjective is not None and adjective.label == "Nationality" \
                    else None
                if country is not None:
                    found.append(country)
                    break
            if found:
                break
    return found[:1]


def _recipients(ctx: _Context, sx: _Sent, target: int, noun: bool, own: bool) -> list[Mention]:
    """Who the delivery goes to: "to Y", "в Россию", a bare dative ("поставки оружия России"), or
    the object of a verb that takes the goods with "with" ("supplying Russia with drones"). Where
    the speaker is the supplier, a state in the bare genitive after a noun of delivery is its
    recipient too ("опровергли сообщения об их продаже России": the dative looks the same)."""
    toks = sx.sent.tokens
    found = _objects(ctx, sx, target, ("nmod", "obl"), _TO, ORGS | PLACES)
    found = found or [m for c in _kids(sx, target, "iobj", "nmod", "obl") if not _case(sx, c)
                      and (toks[c].dep == "iobj" or "Case=Dat" in toks[c].feats
                           or own and noun and "Case=Gen" in toks[c].feats and c > target)
                      and (m := sx.token_mention[c]) is not None and m.label in (ORGS | PLACES if not own or
                                                                                 "Case=Gen" not in toks[c].feats
                                                                                 else PLACES)]
    if not found and not noun and any(_case(sx, c) == "with" for c in _kids(sx, target, "obl")):
        found = _objects(ctx, sx, target, ("obj",), None, ORGS | PLACES)
    for o in _kids(sx, target, "obj", "nmod"):  # "supplying missiles to Russia" with "to Russia" on the goods
        found = found or _objects(ctx, sx, o, ("nmod",), frozenset({"to"}), ORGS | PLACES)
    return found


def _goods(sx: _Sent, target: int) -> bool:
    """The delivery names what it moves ("supplying missiles", "поставки оружия")."""
    return any(is_materiel(sx, c) for c in _kids(sx, target, "obj", "nmod", "obl")) or is_materiel(sx, target) \
        and sx.lemmas[target] not in DELIVERIES


def _counted(sx: _Sent, target: int) -> Quantity | None:
    """A quantity that counts the goods of the delivery ("more than 200 missiles")."""
    toks = sx.sent.tokens
    anchors = {target}
    if toks[target].dep.startswith(("amod", "acl")):  # "denied supplying missiles" hung on the goods
        anchors.add(toks[target].head)
    for q in sx.quantities:
        at = _token_at(sx.sent, q.start or 0)
        if anchors & {at, *_ancestors(sx, at, 4)}:
            return q
    return None


def _state_of(ctx: _Context, m: Mention) -> str | None:
    """The state a name stands for: a country, its seat of government, or a demonym's country."""
    if m.label == "Nationality":
        m = national(ctx, m) or m
    if m.label not in ("Country", "Location", "PublicBody", "Nationality"):
        return None
    return speaking_state(name_of(m)) or speaking_state(m.text)


def _same_state(ctx: _Context, a: Mention, b: Mention) -> bool:
    if a.id == b.id or ctx.name(a) == ctx.name(b):
        return True
    sa = _state_of(ctx, a)
    return sa is not None and sa == _state_of(ctx, b)


def accusation_denials(ctx: _Context, sx: _Sent, claims: list[Claim]) -> list[Claim]:
    """The supplies of this sentence (or of the last one or two) that a party of theirs denies: "…,
    which Tehran has denied", "Pyongyang rejected the accusations", "В Пхеньяне это отрицают".
    Each is told again as a denial by the party that denies it."""
    toks = sx.sent.tokens
    out: list[Claim] = []
    here = [c for c in claims if c.predicate == "supplies_to" and c.modality in ("claim", "fact")]
    for s, tok in enumerate(toks):
        if tok.pos not in ("VERB", "AUX") or _stance(sx, s) != "denial":
            continue
        relative = tok.dep.startswith("acl") or any(
            toks[c].pos == "PRON" and sx.lemmas[c] in ("which", "что", "що", "what") for c in _kids(sx, s, "obj"))
        if relative:
            accused = here
        elif _back_reference(sx, s) and not here:
            last = ctx.last_supplies
            accused = last[1] if last is not None and ctx.sentence_index - last[0] <= MAX_BACK else []
        else:
            continue
        deniers, _ = _subjects(ctx, sx, s)
        body = _impersonal_body(ctx, sx, s) if not deniers else None
        deniers = deniers or ([body] if body is not None else [])
        for claim in accused:
            # each party of the supply denies for itself ("Москва и Пхеньян отрицали": two denials)
            parties = _denying_parties(ctx, claim, deniers) if not relative else \
                _denying_parties(ctx, claim, deniers)[:1]
            for party in parties:
                out.append(replace(
                    claim, id=Claim.make_id(ctx.doc.document_id, party.start, claim.subject, "supplies_to",
                                            claim.object, claim.value),
                    modality="denial", attributed_to=ctx.name(party), start=sx.sent.start, end=sx.sent.end,
                    confidence=round(min(claim.confidence, 0.7), 2)))
    return out


def _back_reference(sx: _Sent, s: int) -> bool:
    """The denial's object points back at what was said: "the accusations", "these reports", "this",
    "это", "обвинения"; or it has no object at all ("Tehran has denied")."""
    objs = _kids(sx, s, "obj", "ccomp")
    if not objs:
        return not _kids(sx, s, "xcomp", "obl")
    return all(sx.lemmas[o] in REPORTS and not _kids(sx, o, "nmod", "acl", "ccomp") or sx.lemmas[o] in _BACK
               or _such(sx, o) for o in objs)


def _such(sx: _Sent, o: int) -> bool:
    """An object that points back with "such" ("denied any such shipments", "отрицали существование
    сотрудничества такого рода"): a determiner or adjective of likeness in its phrase."""
    near = [o, *_kids(sx, o, "nmod")]
    return any(sx.lemmas[c] in _SUCH for n in near for c in [*_kids(sx, n, "det", "amod"),
                                                              *(k for m in _kids(sx, n, "nmod")
                                                                for k in _kids(sx, m, "det", "amod"))])


def _denying_parties(ctx: _Context, claim: Claim, deniers: list[Mention]) -> list[Mention]:
    """The deniers that are parties of the supply (its supplier or recipient, by name or by state),
    the supplier's first ("which Moscow and Tehran have denied": Tehran's denial)."""
    by_id = ctx.by_id
    parties = [m for m in (by_id.get(claim.subject_mention or ""), by_id.get(claim.object_mention or ""))
               if m is not None]
    out: list[Mention] = []
    for p in parties:
        for d in deniers:
            if d not in out and any(_same_state(ctx, side, p) for side in _sides(ctx, d)):
                out.append(d)
    return out


def _sides(ctx: _Context, m: Mention) -> list[Mention]:
    """What a speaker speaks for: itself (not a person), a person's post, the state that owns a body
    ("China's foreign ministry")."""
    out = [m] if m.label != "Person" else []
    party = _party(ctx, m)
    if party is not None and party is not m:
        out.append(party)
    owner = ctx.owners.get(m.id)
    if owner is not None:
        out.append(owner)
    return out


#: words of not knowing of a deed: "said it was unaware of the shipments", "не располагает информацией о поставках"
UNAWARE = frozenset({"unaware", "ignorant", "неосведомленный", "неосведомлённый"})
_KNOWLEDGE = frozenset({"knowledge", "information", "информация", "сведения", "данные", "інформація"})
_HAVING = frozenset({"have", "располагать", "иметь", "быть", "мати", "володіти"})


def ignorance_claims(ctx: _Context, sx: _Sent) -> list[Claim]:
    """A party the report has said supplies, saying it knows of no deliveries, denies them: "China's
    foreign ministry said it was unaware of the engine shipments", "в МИД заявили, что не располагают
    информацией о поставках". The supplier is the state the speaking body's phrase names (else the
    body), the recipient the one the noun names."""
    toks = sx.sent.tokens
    out: list[Claim] = []
    for n, tok in enumerate(toks):
        if tok.pos != "NOUN" or sx.lemmas[n] not in DELIVERIES or not set(_case(sx, n).split()) & _ABOUT:
            continue
        h = tok.head
        if not 0 <= h < len(toks) or h == n:
            continue
        if sx.lemmas[h] in _KNOWLEDGE and 0 <= toks[h].head < len(toks):
            v = toks[h].head  # "не располагают информацией о поставках", "has no knowledge of shipments"
            if sx.lemmas[v] not in _HAVING or not (_negated(sx, v) or any(
                    sx.lemmas[c] in ("no", "нет") for c in _kids(sx, h, "det", "advmod"))):
                continue
        elif sx.lemmas[h] in UNAWARE:
            v = h
        else:
            continue
        speaker = _speaking_party(ctx, sx, v)
        if speaker is None:
            continue
        party = _party(ctx, speaker) or speaker
        if (_state_of(ctx, party) or ctx.name(party)) not in ctx.told_suppliers:
            continue  # only the party said to supply denies by not knowing: a transit state's word denies nothing
        recipients = _objects(ctx, sx, n, ("nmod",), _TO, ORGS | PLACES)
        found: list[Found] = [(party, "supplies_to", r, None) for r in recipients[:1] if not _same_state(ctx, party, r)]
        found = found or [(party, "supplies_to", None, None)]
        out.extend(_build(ctx, sx, v, found, speaker, True, force="denial"))
    return out


def _speaking_party(ctx: _Context, sx: _Sent, v: int) -> Mention | None:
    """Who says they know nothing: the speaker of the clause, a state its own phrase names first
    ("China's foreign ministry said", "the Chinese Foreign Ministry told")."""
    toks = sx.sent.tokens
    for a in [v, *_ancestors(sx, v, 4)]:
        subjects = [n for n in _kids(sx, a, "nsubj") if toks[n].pos != "PRON"]  # "it was unaware": look above
        for n in subjects:
            for c in _kids(sx, n, "nmod:poss", "amod", "compound", "nmod"):  # the state the phrase names first
                m = sx.token_mention[c]
                if m is not None and m.label in ("Country", "Nationality", "PublicBody"):
                    return national(ctx, m) if m.label == "Nationality" else m
            named = sx.token_mention[n]
            if named is not None and named.label in ORGS | PLACES:
                return named
        body = _impersonal_body(ctx, sx, a) if toks[a].pos == "VERB" else None
        if body is not None:  # "В МИД Китая заявили, что …"
            return body
        if subjects:
            break
    return None


def remember_supplies(ctx: _Context, claims: list[Claim]) -> None:
    """Keep the supplies a sentence told, for a denial in the next ones ("Tehran denied the claims")."""
    told = [c for c in claims if c.predicate == "supplies_to" and c.modality in ("claim", "fact")]
    if told:
        ctx.last_supplies = (ctx.sentence_index, told)
    for c in told:
        m = ctx.by_id.get(c.subject_mention or "")
        if m is not None:
            ctx.told_suppliers.add(_state_of(ctx, m) or ctx.name(m))
