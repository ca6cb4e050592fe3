"""sanctioned_by for names and groups a body puts on a sanctions list.

- "the Commerce Department added 42 entities in China, Turkey and the UAE to its Entity List":
  each country of the group (the count on the first);
- "added X, Y and Z to the Entity List", "X and Y were added to the trade blacklist": each name;
- "Минторг США внес в черный список 42 компании из Китая, Турции и ОАЭ", "внесли до чорного
  списку компанії з Китаю": the same in Russian and Ukrainian.

A list is a sanctions list when it is a blacklist or its words say so ("Entity List", "sanctions
list", "trade blacklist", "черный список", "санкционный перечень"). The body is the subject of the
listing verb, the agent of a passive one, else the body the report's sanctions are by.
"""
from __future__ import annotations

from claimgraph.model import Claim, Mention, Quantity
from claimgraph.nlp.claims.arguments import _country_of, _subjects
from claimgraph.nlp.claims.attribution import _is_outlet
from claimgraph.nlp.claims.build import Found
from claimgraph.nlp.claims.sanction_counts import COUNTED, count_of
from claimgraph.nlp.claims.sanction_targets import group_places, sanctions_told, unique_targets
from claimgraph.nlp.claims.sentence import _ancestors, _case, _Context, _kids, _Sent, _with_conj
from claimgraph.nlp.claims.words import ORGS, PLACES

#: verbs that put names on a list
_PUT = frozenset({"add", "put", "place", "include", "внести", "вносить", "включить", "включать", "добавить",
                  "занести", "додати", "додавати", "внести", "включити", "занести"})
#: nouns of a list
_LIST = frozenset({"list", "blacklist", "список", "перечень", "перелік", "реестр", "реєстр", "чорний"})
#: words that make a list one of sanctions ("export control list", "список экспортного контроля")
_SANCTIONS_LIST = frozenset({"entity", "sanctions", "sanction", "trade", "black", "export", "черный", "чёрный",
                             "санкционный", "санкция", "чорний", "чорный", "санкційний", "санкція",
                             "экспортный", "экспорт", "експортний", "експорт"})
#: relations of the words that name a kind of list, also two deep ("export control list": "export" on "control")
_LIST_WORDS = ("compound", "amod", "nmod", "flat", "appos")
#: "in China", "from Turkey", "из Китая", "з Китаю" (which the Russian models lemmatize as "с")
_FROM = frozenset({"in", "from", "из", "з", "із", "с"})
_MAX = 10


def _nation(ctx: _Context, m: Mention) -> Mention:
    """A demonym stands for its country where the report names it ("armenian firms" → Armenia)."""
    return (_country_of(ctx, m) or m) if m.label == "Nationality" else m


def _sanctions_list(sx: _Sent, n: int) -> bool:
    """"the Entity List", "a trade blacklist", "черный список", "санкционный перечень", "в Entity List"."""
    near = _kids(sx, n, *_LIST_WORDS)
    words = [n, *near, *(k for c in near for k in _kids(sx, c, "compound", "amod") if sx.token_mention[k] is None)]
    texts = [(sx.lemmas[k], sx.sent.tokens[k].text.lower()) for k in words]
    if any("blacklist" in (lemma, word) for lemma, word in texts[:1]):
        return True
    listed = any(lemma in _LIST or word in _LIST for lemma, word in texts)
    return listed and any(lemma in _SANCTIONS_LIST or word in _SANCTIONS_LIST for lemma, word in texts)


def _list_of(sx: _Sent, v: int, alone: bool) -> int | None:
    """The sanctions list a putting verb names: its "to" / "on" / "в" / "до" dependent; where the verb is
    the sentence's only one of putting, a list the parser hung elsewhere."""
    found = next((c for c in _kids(sx, v, "obl", "nmod", "obj", "iobj") if _sanctions_list(sx, c)), None)
    if found is None and alone:
        found = next((c for c in range(len(sx.sent.tokens)) if c != v and _sanctions_list(sx, c)
                      and sx.sent.tokens[c].pos in ("NOUN", "PROPN", "X")), None)
    return found


def _body(ctx: _Context, sx: _Sent, v: int) -> Mention | None:
    subjects, passive = _subjects(ctx, sx, v)
    if passive:
        subjects = [m for c in _kids(sx, v, "obl") if "by" in _case(sx, c).split()
                    if (m := sx.token_mention[c]) is not None]
    named = [m for m in subjects if m.label in ORGS | {"Country", "Location"} and not _is_outlet(ctx, m)]
    body = next((m for m in named if m.label in ("PublicBody", "Country")), None) or next(iter(named), None)
    if body is not None:  # the body of the lists that follow ("The entities added include …")
        ctx.imposer = body
    return body or ctx.imposer or ctx.sanctioner


def _targets(ctx: _Context, sx: _Sent, v: int, lst: int) -> list[tuple[Mention, Quantity | None]]:
    """The names and the countries of the groups the verb puts on the list."""
    toks = sx.sent.tokens
    heads = _kids(sx, v, "obj", "nsubj:pass")
    # a plural object the tagger read as a second subject ("Минторг добавил в список компании")
    heads += [c for c in _kids(sx, v, "nsubj") if toks[c].dep == "nsubj" and sx.lemmas[c] in COUNTED
              and sx.token_mention[c] is None and c > v]
    # a group the parser left hanging on itself or on the list ("внес в список 42 компании из Китая")
    heads += [g for g in range(len(toks)) if g not in heads and (toks[g].head in (g, lst) or toks[g].head == v
              and toks[g].dep.startswith("nmod")) and sx.lemmas[g] in COUNTED and sx.token_mention[g] is None]
    out: list[tuple[Mention, Quantity | None]] = []
    for h in heads:
        # names listed before the list, however the parser chained them ("added X, Y and Z to the list")
        between = [t for t in range(min(v, lst) + 1, max(v, lst)) if h in _ancestors(sx, t, 6)]
        for t in _with_conj(sx, h) + between:
            m = sx.token_mention[t]
            if m is not None:
                if m.label in ORGS | {"Person", "Nationality"}:
                    out.append((m, None))
                continue
            if sx.lemmas[t] not in COUNTED:
                continue
            places = group_places(ctx, sx, t, counted=True)
            if not places:  # "added 42 entities in China and Turkey to the list": the places hung on the verb
                q = count_of(sx, t)
                found = [x for c in _kids(sx, v, "obl") if set(_case(sx, c).split()) & _FROM
                         for k in _with_conj(sx, c) if (x := sx.token_mention[k]) is not None and x.label in PLACES]
                places = [(x, q if i == 0 else None) for i, x in enumerate(found)]
            out.extend(places)
    return unique_targets(out)[:_MAX]


def listed_target_claims(ctx: _Context, sx: _Sent, claims: list[Claim]) -> list[Claim]:
    """sanctioned_by for each name and group country a verb puts on a sanctions list, by its body,
    unless the sentence already has that target's sanction or the same count by the same body."""
    toks = sx.sent.tokens
    have = {c.subject_mention for c in claims if c.predicate == "sanctioned_by"}
    counted = {(c.object, c.value) for c in claims if c.predicate == "sanctioned_by" and c.value is not None}
    out: list[Claim] = []
    putting = [v for v, tok in enumerate(toks) if tok.pos == "VERB" and sx.lemmas[v] in _PUT]
    for v in putting:
        lst = _list_of(sx, v, len(putting) == 1)
        if lst is None:
            continue
        body = _body(ctx, sx, v)
        if body is None:
            continue
        found: list[Found] = [(m, "sanctioned_by", body, q) for m, q in
                              [(_nation(ctx, x), q) for x, q in _targets(ctx, sx, v, lst)]
                              if m.id not in have and m.id != body.id and ctx.name(m) != ctx.name(body)
                              and (q is None or (ctx.name(body), q.value) not in counted)]
        if found:
            out.extend(sanctions_told(ctx, sx, v, found))
    return out


__all__ = ["listed_target_claims"]
