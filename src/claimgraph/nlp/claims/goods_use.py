"""supplies_to told as the use of foreign goods: whoever uses, fires or launches goods whose own
phrase names where they come from was supplied by that source.

- a verb of use whose user is its subject (the agent of a passive: "missiles fired by Russia"), the subject of the verb it completes ("began using",
  "начали использовать"), or the one charged with it ("accused Russia of using Iranian drones");
- a noun of use with its user: "Russia's use of Iranian UAVs", "the use of Iranian drones by
  Russia", "применение российскими военными иранских дронов", "обвинила Россию в использовании
  иранских дронов";

The use told inside a statement of not knowing of it ("has no information about its forces using
Iranian drones", "ничего не знают о применении …") is denied by whoever says so. A state that speaks
of its own goods names the supplier as it is named there ("Tehran said Russia was not using Iranian
drones": Tehran).
"""
from __future__ import annotations

from claimgraph.model import Claim, Mention
from claimgraph.nlp.claims.arguments import _entity, _members, _objects, _subjects
from claimgraph.nlp.claims.attribution import _impersonal_body, _speaker
from claimgraph.nlp.claims.build import Found, _build
from claimgraph.nlp.claims.goods import is_materiel, national_party, origin_of_goods
from claimgraph.nlp.claims.stances import _party, _same_state
from claimgraph.nlp.claims.sentence import _ancestors, _case, _Context, _kids, _negated, _Sent, _unique, _with_conj
from claimgraph.nlp.claims.words import ORGS, PLACES

#: verbs of putting goods to use: the goods' origin supplied the user ("using Chinese components",
#: "fired North Korean missiles")
USE_VERBS = frozenset({"use", "utilize", "utilise", "employ", "fire", "launch", "использовать", "применять",
                       "применить", "задействовать"})
#: nouns of putting goods to use: "Russia's use of Iranian drones", "применение иранских дронов"
USE_NOUNS = frozenset({"use", "usage", "employment", "использование", "применение"})
#: verbs that charge someone with a deed: "accused Russia of using", "обвинили Россию в использовании"
ACCUSE = frozenset({"accuse", "charge", "suspect", "blame", "обвинять", "обвинить", "подозревать"})
#: words of not knowing of a deed ("no information about", "unaware of", "ничего не знают о")
_KNOWLEDGE = frozenset({"knowledge", "information", "информация", "сведения", "данные", "інформація"})
_HAVING = frozenset({"have", "располагать", "иметь", "мати", "володіти"})
_KNOW = frozenset({"know", "aware", "unaware", "знать", "знати"})
_NONE = frozenset({"no", "нет", "ничто", "никакой"})
_BY = frozenset({"by"})
MAX_CLIMB = 2  # verbs a use verb may climb ("began using") to find its user


def used_goods_claims(ctx: _Context, sx: _Sent) -> list[Claim]:
    """A verb of use with materiel as its object: the goods' origin supplies the user."""
    toks = sx.sent.tokens
    out: list[Claim] = []
    for v, tok in enumerate(toks):
        if tok.pos != "VERB" or sx.lemmas[v] not in USE_VERBS:
            continue
        heads = _kids(sx, v, "obj", "nsubj:pass")
        if tok.dep.startswith("acl") and "VerbForm=Part" in tok.feats and _kids(sx, v, "obl:agent", "obl"):
            heads.append(tok.head)  # "North Korean missiles fired by Russia"
        goods = [k for c in heads if 0 <= c < len(toks) for k in _with_conj(sx, c) if is_materiel(sx, k)]
        sources = _unique([m for g in goods for m in origin_of_goods(ctx, sx, g)])
        if not sources:
            continue
        out.extend(supplied_to_user(ctx, sx, v, sources[0]))
    return out


def supplied_to_user(ctx: _Context, sx: _Sent, v: int, source: Mention) -> list[Claim]:
    """``source`` supplied whoever uses the goods at verb ``v``: its active subject (a firm, place or a
    nation's forces), the subject of the verb it completes, or the party accused of the use."""
    users, passive = _users(ctx, sx, v)
    if passive:
        return []
    accused = [] if users else _accused(ctx, sx, v)
    speaker, denied = _speaker(ctx, sx, v)
    if speaker is None and accused:
        speaker = _accuser(sx, v)
    side = _party(ctx, speaker) if speaker is not None else None
    if side is not None and side.label in PLACES and _same_state(ctx, side, source):
        source = side  # "Tehran said Russia was not using Iranian drones": Tehran speaks of its own goods
    found: list[Found] = [(source, "supplies_to", t, None) for t in (users or accused)[:1] if not _same(ctx, source, t)]
    unknown = _unknowing(ctx, sx, v)
    if unknown is not None:
        return _build(ctx, sx, v, found, unknown, True, force="denial")
    return _build(ctx, sx, v, found, speaker, denied, force="claim" if accused and not denied else None)


def _users(ctx: _Context, sx: _Sent, v: int) -> tuple[list[Mention], bool]:
    """The named or national subject of ``v``, climbing the verbs it completes ("began using")."""
    toks = sx.sent.tokens
    for step in range(MAX_CLIMB + 1):
        climbing = toks[v].dep.startswith("xcomp") and not _kids(sx, v, "nsubj", "nsubj:pass")
        subjects, passive = ([], False) if climbing else _subjects(ctx, sx, v)  # the climb is done below
        participle = toks[v].dep.startswith("acl") and "VerbForm=Part" in toks[v].feats and "Tense=Past" in toks[v].feats
        if passive or participle:  # "North Korean missiles fired by Russia", "used by Russian forces"
            agents = [c for c in _kids(sx, v, "obl", "obl:agent") if "by" in _case(sx, c).split()]
            found = [m for c in agents if (m := _entity(ctx, sx, c, ORGS | PLACES)) is not None] or [
                p for c in agents if (p := national_party(ctx, sx, c)) is not None]
            return found, not found
        # above the use verb only a subject named right there counts ("Russia began using")
        takers = [m for m in subjects if m.label in ORGS | PLACES] if not step else [
            m for c in _kids(sx, v, "nsubj") if (m := sx.token_mention[c]) is not None and m.label in ORGS | PLACES]
        takers = takers or [p for c in _kids(sx, v, "nsubj") if not step and (p := national_party(ctx, sx, c))]
        if takers:
            return takers, False
        h = toks[v].head
        if not step and toks[v].dep.startswith("acl") and 0 <= h < len(toks) and h != v:  # "its forces using …"
            # the noun the clause hangs on, or the one right before it ("information on its forces using")
            for n in [h, *(c for c in _kids(sx, h, "nmod") if c < v)][:2]:
                owners = [m for m in _members(ctx, sx, n) if m.label in ORGS | PLACES] or _own_forces(ctx, sx, n)
                party = national_party(ctx, sx, n)
                if owners or party is not None:
                    return (owners or [party]), False  # type: ignore[list-item]
            return [], False
        if not toks[v].dep.startswith("xcomp") or not 0 <= h < len(toks) or h == v:
            break
        v = h
    return [], False


#: possessive pronouns that point back at the party speaking: "its forces", "their army"
_ITS = frozenset({"its", "their"})


def _own_forces(ctx: _Context, sx: _Sent, h: int) -> list[Mention]:
    """"its forces", "their army": the forces of the named subject of a clause above."""
    if sx.lemmas[h] not in _FORCES or not any(sx.lemmas[c] in _ITS for c in _kids(sx, h, "nmod:poss")):
        return []
    for a in _ancestors(sx, h, 4):
        found = [m for m in _subjects(ctx, sx, a)[0] if m.label in ORGS | PLACES]
        if found:
            return found[:1]
    return []


#: nouns of a country's armed forces
_FORCES = frozenset({"force", "forces", "army", "military", "troops", "troop"})


def _accused(ctx: _Context, sx: _Sent, v: int) -> list[Mention]:
    """The party charged with the use: the object of "accuse … of using"/"обвинить … в использовании"."""
    toks = sx.sent.tokens
    h = toks[v].head
    if 0 <= h < len(toks) and h != v and toks[h].pos == "ADP":
        h = toks[h].head
    if not 0 <= h < len(toks) or h == v or sx.lemmas[h] not in ACCUSE:
        return []
    return _objects(ctx, sx, h, ("obj",), None, ORGS | PLACES)


def _accuser(sx: _Sent, v: int) -> Mention | None:
    """The nation of those who accuse, where they are not named: "Ukrainian leaders have accused …"."""
    toks = sx.sent.tokens
    h = toks[v].head
    h = toks[h].head if 0 <= h < len(toks) and toks[h].pos == "ADP" else h
    for n in _kids(sx, h, "nsubj") if 0 <= h < len(toks) else []:
        for a in _kids(sx, n, "amod"):
            m = sx.token_mention[a]
            if m is not None and m.label == "Nationality":
                return m
    return None


def use_noun_claims(ctx: _Context, sx: _Sent) -> list[Claim]:
    """A noun of use whose goods name their origin: "Russia's use of Iranian UAVs", "применение
    российскими военными иранских дронов"; the user is the possessor, the agent ("by X", the
    instrumental) or the party accused of it."""
    toks = sx.sent.tokens
    out: list[Claim] = []
    for n, tok in enumerate(toks):
        if tok.pos != "NOUN" or sx.lemmas[n] not in USE_NOUNS:
            continue
        goods = [c for c in _kids(sx, n, "nmod") if is_materiel(sx, c) and (
            "of" in _case(sx, c).split() or not _case(sx, c) and "Case=Gen" in toks[c].feats)]
        sources = _unique([m for g in goods for m in origin_of_goods(ctx, sx, g)])
        if not sources:
            continue
        users = _noun_users(ctx, sx, n) or _accused(ctx, sx, n)
        found: list[Found] = [(sources[0], "supplies_to", u, None) for u in users[:1] if not _same(ctx, sources[0], u)]
        if not found:
            continue
        unknown = _unknowing(ctx, sx, n)
        if unknown is not None:
            out.extend(_build(ctx, sx, n, found, unknown, True, force="denial"))
            continue
        verb = next((a for a in _ancestors(sx, n, 4) if toks[a].pos in ("VERB", "AUX")), n)
        speaker, denied = _speaker(ctx, sx, n)
        out.extend(_build(ctx, sx, verb, found, speaker, denied, force="denial" if denied else "claim"))
    return out


def _noun_users(ctx: _Context, sx: _Sent, n: int) -> list[Mention]:
    """Who the noun of use says uses: "Russia's", "by Russia", "Россией", "российскими военными"."""
    toks = sx.sent.tokens
    found = [m for c in _kids(sx, n, "nmod:poss") if (m := _entity(ctx, sx, c, ORGS | PLACES)) is not None]
    found = found or _objects(ctx, sx, n, ("nmod",), _BY, ORGS | PLACES)
    for c in _kids(sx, n, "nmod", "obl", "obl:agent"):
        if found or _case(sx, c) or "Case=Ins" not in toks[c].feats:
            continue
        m = _entity(ctx, sx, c, ORGS | PLACES)
        found = [m] if m is not None else [p for p in (national_party(ctx, sx, c),) if p is not None]
    return found


def _unknowing(ctx: _Context, sx: _Sent, n: int) -> Mention | None:
    """Who says they know nothing of the use at ``n``: "X has no information about/on …", "X was
    unaware of …", "в X ничего не знают о …"; None where no one says so."""
    toks = sx.sent.tokens
    for a in _ancestors(sx, n, 3):
        lemma = sx.lemmas[a]
        if lemma in _KNOWLEDGE:
            v = toks[a].head
            said_none = any(sx.lemmas[c] in _NONE for c in _kids(sx, a, "det", "advmod", "amod"))
            if not 0 <= v < len(toks) or v == a or sx.lemmas[v] not in _HAVING or not (said_none or _negated(sx, v)):
                continue
        elif lemma in _KNOW:
            v = a
            if lemma != "unaware" and not _negated(sx, v) and not any(
                    sx.lemmas[c] in _NONE for c in _kids(sx, v, "obj")):
                continue
        else:
            continue
        body = _impersonal_body(ctx, sx, v)
        if body is not None:
            return body
        for c in _kids(sx, v, "nsubj"):
            m = _entity(ctx, sx, c, ORGS | PLACES | frozenset({"Person"}))
            if m is not None:
                return m
        speaker, _ = _speaker(ctx, sx, v)
        return speaker
    return None


def _same(ctx: _Context, a: Mention, b: Mention) -> bool:
    """One party: the same name, or two names of one state ("Russian" goods used by Russia)."""
    return a.id == b.id or ctx.name(a) == ctx.name(b) or _same_state(ctx, a, b)


__all__ = ["ACCUSE", "USE_NOUNS", "USE_VERBS", "supplied_to_user", "use_noun_claims", "used_goods_claims"]
