"""An accusation told inside its rebuttal: one sentence, two statements; and an accusation told
as someone's saying ("Zelensky's remarks that China was supplying weapons"), that person's claim.

"China's foreign ministry dismissed as groundless Zelensky's accusation that China supplies weapons
to Russia", "Пекин отверг обвинения Зеленского в том, что Китай поставляет оружие России", "Китай
раскритиковал Зеленского, который заявил, что Пекин поставляет оружие": the supply is the
accuser's claim (the possessor of the noun of accusation, or the person rebuked who said it) and
the rebutting party's denial. The supply read from the clause is told twice, once with each.
"""
from __future__ import annotations

from dataclasses import replace

from claimgraph.model import Claim, Mention
from claimgraph.nlp.claims.arguments import _entity, _subjects
from claimgraph.nlp.claims.attribution import _is_outlet, _speaker
from claimgraph.nlp.claims.goods import national
from claimgraph.nlp.claims.sentence import _ancestors, _case, _Context, _kids, _Sent, _subtree, _token_at
from claimgraph.nlp.claims.stances import CALL, DENY, FALSEHOOD, REPORTS
from claimgraph.nlp.claims.words import ORGS, PLACES
from claimgraph.nlp.lexicon import SPEECH_VERBS

#: verbs of rebuking what someone said: a rebuttal only when their object is the saying or the sayer
REBUKE = frozenset({"slam", "criticize", "criticise", "rubbish", "rebut", "counter", "раскритиковать",
                    "критиковать", "розкритикувати", "критикувати"})
#: nouns of a saying, beside those of reports ("Zelensky's remarks that …", "слова Зеленского о том, что")
SAYINGS = REPORTS | frozenset({"statement", "remark", "comment", "word", "заявление", "слово", "высказывание",
                               "заява", "слова"})
_SPEAKERS = ORGS | PLACES | frozenset({"Person", "Nationality"})
_BY = frozenset({"by", "of"})


def rebutted_accusations(ctx: _Context, sx: _Sent, claims: list[Claim]) -> list[Claim]:
    """The sentence's claims with each supply that a rebutted saying tells replaced by the accuser's
    claim and the rebutting party's denial."""
    toks = sx.sent.tokens
    supplies = [c for c in claims if c.predicate == "supplies_to"]
    if not supplies:
        return claims
    replaced: dict[str, list[Claim]] = {}
    for s, tok in enumerate(toks):
        if tok.pos not in ("VERB", "AUX") or not _rebuts(sx, s):
            continue
        deniers = _voices(ctx, sx, s)
        if not deniers:
            continue
        for said, accuser in _sayings(ctx, sx, s):
            if accuser is None:
                continue  # "rejected the reports that it supplied …": the denial alone, read by the verb rules
            inside = _subtree(sx, said)
            if not _kids(sx, said, "acl", "ccomp", "nmod"):  # "slammed X's accusation that …" with the clause on the verb
                inside |= {t for c in _kids(sx, s, "ccomp") for t in _subtree(sx, c)}
            for c in supplies:
                if c.id in replaced or not _named_inside(ctx, sx, c, inside):
                    continue
                replaced[c.id] = [
                    replace(c, id=Claim.make_id(ctx.doc.document_id, toks[said].start, c.subject, c.predicate,
                                                c.object, c.value),
                            modality="claim", attributed_to=ctx.name(accuser)),
                    replace(c, id=Claim.make_id(ctx.doc.document_id, toks[s].start, c.subject, c.predicate,
                                                c.object, c.value),
                            modality="denial", attributed_to=ctx.name(deniers[0]))]
    rebutted = {c.id for c in supplies} & set(replaced)
    for n, tok in enumerate(toks):  # "Zelensky's remarks that China was supplying …": the possessor's claim
        if tok.pos != "NOUN" or sx.lemmas[n] not in SAYINGS or not _told_clause(sx, n):
            continue
        accuser = _accuser(ctx, sx, n)
        if accuser is None:
            continue
        inside = _subtree(sx, n)
        denier = _called_false(ctx, sx, n)
        for c in supplies:
            # the innermost source wins: "X said that Zelensky's accusations that China supplies … are false"
            if c.id in rebutted or c.modality not in ("fact", "claim"):
                continue
            if _named_inside(ctx, sx, c, inside):
                replaced[c.id] = [replace(c, modality="claim", attributed_to=ctx.name(accuser))]
                if denier is not None and denier.id != accuser.id:
                    replaced[c.id].append(replace(
                        c, id=Claim.make_id(ctx.doc.document_id, denier.start, c.subject, c.predicate, c.object,
                                            c.value), modality="denial", attributed_to=ctx.name(denier)))
    if not replaced:
        return claims
    return [k for c in claims for k in replaced.get(c.id, [c])]


def _called_false(ctx: _Context, sx: _Sent, n: int) -> Mention | None:
    """Who says the saying is false: "the accusations are groundless, the ministry said", "обвинения
    … являются безосновательными, заявил Линь Цзянь" (the speaker of the clause whose predicate is
    a word of falsehood and whose subject is the saying)."""
    toks = sx.sent.tokens
    h = toks[n].head
    if not toks[n].dep.startswith("nsubj") or not 0 <= h < len(toks) or h == n:
        return None
    if sx.lemmas[h] not in FALSEHOOD and not any(sx.lemmas[c] in FALSEHOOD for c in _kids(sx, h, "xcomp", "obl", "obj")):
        return None  # "являются безосновательными", "are baseless"
    speaker, _ = _speaker(ctx, sx, h)
    return speaker if speaker is not None and speaker.label in _SPEAKERS else None


def _told_clause(sx: _Sent, n: int) -> bool:
    """A noun of saying with the clause it tells: "remarks that …", "обвинения в том, что …"."""
    toks = sx.sent.tokens
    return bool(_kids(sx, n, "acl", "ccomp")) or any(
        toks[c].pos in ("PRON", "DET") and _kids(sx, c, "acl", "ccomp") for c in _kids(sx, n, "nmod"))


def _named_inside(ctx: _Context, sx: _Sent, c: Claim, inside: set[int]) -> bool:
    """The supply's supplier or recipient is named inside a phrase ("that the country had been
    supplying weapons to Russia": the country was named before, Russia inside)."""
    named = [m for k in (c.subject_mention, c.object_mention) if (m := ctx.by_id.get(k or ""))]
    return any(sx.sent.start <= m.start < sx.sent.end and _token_at(sx.sent, m.start) in inside for m in named)


def _rebuts(sx: _Sent, s: int) -> bool:
    """A verb of denying or rebuking, or of calling something false ("labeled as groundless")."""
    lemma = sx.lemmas[s]
    if lemma in DENY or lemma in REBUKE:
        return True
    return lemma in CALL and any(sx.lemmas[c] in FALSEHOOD and s in _ancestors(sx, c, 3)
                                 for c in range(len(sx.sent.tokens)))


def _voices(ctx: _Context, sx: _Sent, s: int) -> list[Mention]:
    """Who rebuts: the verb's subjects, else the state a subject body belongs to ("China's foreign
    ministry", "the Chinese foreign ministry")."""
    for n in _kids(sx, s, "nsubj"):  # the state in the subject's own phrase, before any name it points back to
        if sx.token_mention[n] is not None:
            break
        for c in _kids(sx, n, "nmod:poss", "amod", "nmod"):
            m = sx.token_mention[c]
            if m is not None and m.label in ("Country", "Nationality"):
                return [national(ctx, m) or m]
    return [m for m in _subjects(ctx, sx, s)[0] if m.label in _SPEAKERS and not _is_outlet(ctx, m)]


def _sayings(ctx: _Context, sx: _Sent, s: int) -> list[tuple[int, Mention | None]]:
    """What a rebuttal rebuts, with who said it: a noun of saying ("Zelensky's accusation",
    "обвинения Зеленского") or a person rebuked for what a clause of theirs says ("Зеленского,
    который заявил")."""
    toks = sx.sent.tokens
    speech = SPEECH_VERBS[sx.lang]
    out: list[tuple[int, Mention | None]] = []
    for o in _kids(sx, s, "obj", "nsubj:pass", "obl"):
        if toks[o].pos == "NOUN" and sx.lemmas[o] in SAYINGS:
            out.append((o, _accuser(ctx, sx, o)))
            continue
        if toks[o].dep == "obl":
            continue
        person = sx.token_mention[o] or _entity(ctx, sx, o, frozenset({"Person"}))
        if person is None or person.label != "Person":
            continue
        said = [r for r in _with_appositions(sx, o) for r in _kids(sx, r, "acl") if sx.lemmas[r] in speech]
        out.extend((r, person) for r in said)
    return out


def _with_appositions(sx: _Sent, o: int) -> list[int]:
    """A noun and the names in apposition to it ("президента Украины Владимира Зеленского, который …")."""
    return [o, *_kids(sx, o, "appos", "nmod", "flat")]


def _accuser(ctx: _Context, sx: _Sent, n: int) -> Mention | None:
    """Whose saying a noun names: its possessor ("Zelensky's claim"), "by X", or a bare genitive
    ("обвинения Зеленского", "заявление президента Зеленского")."""
    toks = sx.sent.tokens
    for c in _kids(sx, n, "nmod:poss", "nmod"):
        case = set(_case(sx, c).split())
        if toks[c].dep != "nmod:poss" and not (case & _BY) and (case or "Case=Gen" not in toks[c].feats):
            continue
        m = _entity(ctx, sx, c, _SPEAKERS)
        if m is None:  # "президента Украины Владимира Зеленского": the name in apposition to the title
            m = next((x for k in _kids(sx, c, "appos", "nmod", "flat")
                      if (x := sx.token_mention[k]) is not None and x.label == "Person"), None)
        if m is not None:
            return m
    return None
