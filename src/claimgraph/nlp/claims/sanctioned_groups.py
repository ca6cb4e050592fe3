"""sanctioned_by for a group of firms that sanctions fall on, where the parser loses the group.

- "США запровадили санкції проти 42 китайських компаній", "ввела санкции против 17 армянских
  компаний": the group under "against", on the sanctions noun, on the imposing verb or on nothing;
- "Під санкції США потрапили 42 китайські компанії", "в черный список попали компании из Китая":
  the group that fell under the sanctions, read as a modifier of the verb instead of its subject.

Each country of the group (its demonym or its "from" places) is sanctioned, with the group's count
on the first; the body is the subject of the imposing verb, the body the sanctions noun names
("санкції США"), else the body the report's sanctions are by. A count the sentence already gives
by the same body is left to the rule that read it.
"""
from __future__ import annotations

from claimgraph.model import Claim, Mention, Quantity
from claimgraph.nlp.claims.arguments import _country_of, _subjects
from claimgraph.nlp.claims.attribution import _is_outlet
from claimgraph.nlp.claims.build import Found
from claimgraph.nlp.claims.sanction_counts import COUNTED, count_of
from claimgraph.nlp.claims.sanction_nouns import IMPOSE, SANCTION_NOUNS
from claimgraph.nlp.claims.sanction_targets import group_places, sanctions_told
from claimgraph.nlp.claims.sentence import _case, _Context, _kids, _Sent
from claimgraph.nlp.claims.words import ORGS, PLACES

#: "fell under the sanctions", "попали под санкции", "потрапили до списку"
_FALL = frozenset({"попасть", "попадать", "потрапити", "потрапляти", "fall", "come"})
_LISTS = SANCTION_NOUNS | frozenset({"список", "перечень", "перелік", "blacklist"})
_AGAINST = frozenset({"против", "проти", "against", "on"})
_BODIES = frozenset({"PublicBody", "Country", "Organization"})
#: "from China", "з Китаю" (lemmatized "с" by the Russian models)
_FROM = frozenset({"from", "in", "из", "з", "із", "с"})


def _nation(ctx: _Context, m: Mention) -> Mention:
    """A demonym stands for its country where the report names it ("armenian firms" → Armenia)."""
    return (_country_of(ctx, m) or m) if m.label == "Nationality" else m


def _group(sx: _Sent, g: int) -> bool:
    return sx.token_mention[g] is None and sx.lemmas[g] in COUNTED


def _noun_body(sx: _Sent, n: int) -> Mention | None:
    """"санкції США", "санкционный список Минторга": the body the sanctions noun is of."""
    for c in _kids(sx, n, "nmod"):
        m = sx.token_mention[c]
        if m is not None and m.label in _BODIES and not _case(sx, c):
            return m
    return None


def _verb_body(ctx: _Context, sx: _Sent, v: int) -> Mention | None:
    subjects, passive = _subjects(ctx, sx, v)
    named = [m for m in subjects if not passive and m.label in ORGS | {"Country"} and not _is_outlet(ctx, m)]
    return next((m for m in named if m.label in ("PublicBody", "Country")), None) or next(iter(named), None)


def _found(ctx: _Context, sx: _Sent) -> list[tuple[int, list[int], Mention | None]]:
    """(verb, group nouns, body) of each clause that puts sanctions on a group the parser misplaced."""
    toks = sx.sent.tokens
    out = []
    for v, tok in enumerate(toks):
        lemma = sx.lemmas[v]
        if tok.pos != "VERB" and not (tok.head == v and lemma in _FALL):  # the tagger may miss the verb
            continue
        nouns = [o for o in _kids(sx, v, "obj") if sx.lemmas[o] in SANCTION_NOUNS]
        if lemma in IMPOSE and nouns:
            # under the verb or the sanctions noun, or left hanging on itself
            under = _kids(sx, v, "obj", "obl") + [c for n in nouns for c in _kids(sx, n, "nmod")] + [
                g for g in range(len(toks)) if toks[g].head == g and toks[g].dep != "root"]
            groups = [g for g in under if _group(sx, g) and set(_case(sx, g).split()) & _AGAINST]
            if groups:
                out.append((v, groups, _verb_body(ctx, sx, v)))
        elif lemma in _FALL:
            lists = [c for c in _kids(sx, v, "obl", "nmod") if sx.lemmas[c] in _LISTS]
            if not lists:
                continue
            groups = [g for g in _kids(sx, v, "nsubj", "nmod") if _group(sx, g) and not _case(sx, g)]
            if groups:
                out.append((v, groups, _noun_body(sx, lists[0])))
    return out


def sanctioned_group_claims(ctx: _Context, sx: _Sent, claims: list[Claim]) -> list[Claim]:
    """sanctioned_by for each country of a group sanctions fall on, unless the sentence has it."""
    have = {(c.subject, c.object) for c in claims if c.predicate == "sanctioned_by"}
    ids = {c.subject_mention for c in claims if c.predicate == "sanctioned_by"}
    counted = {(c.object, c.value) for c in claims if c.predicate == "sanctioned_by" and c.value is not None}
    out: list[Claim] = []
    for v, groups, body in _found(ctx, sx):
        body = body or ctx.imposer or ctx.sanctioner
        if body is None:
            continue
        places: list[tuple[Mention, Quantity | None]] = [p for g in groups for p in group_places(ctx, sx, g, counted=True)]
        if not places:  # "компаній з Китаю" (a case word the group reading misses) or "from China" on the verb
            q = count_of(sx, groups[0])
            hung = [m for h in (groups[0], v) for c in _kids(sx, h, "obl", "nmod") if set(_case(sx, c).split()) & _FROM
                    if (m := sx.token_mention[c]) is not None and m.label in PLACES]
            places = [(m, q if i == 0 else None) for i, m in enumerate(hung)]
        # a group another rule read, as its demonym or its country, stays as that rule read it
        places = [(_nation(ctx, m), q) for m, q in places if m.id not in ids and _nation(ctx, m).id not in ids]
        found: list[Found] = [(m, "sanctioned_by", body, q) for m, q in places
                              if m.id != body.id and (ctx.name(m), ctx.name(body)) not in have
                              and (q is None or (ctx.name(body), q.value) not in counted)]
        if found:
            out.extend(sanctions_told(ctx, sx, v, found))
    return out


__all__ = ["sanctioned_group_claims"]
