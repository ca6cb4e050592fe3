"""sanctioned_by from the groups and lists sanctions name.

- a group of firms named by where they are: "restrictions on China-based companies", "sanctions on
  Chinese firms", "the sanctions also target firms in India and Kazakhstan", "ограничительные меры
  против компаний из ОАЭ и Китая": each country (or demonym) is sanctioned by the body;
- a list after a targeted group: "Targeted firms include X and Y", "Those targeted include
  businesses in Turkey and Dubai", "Among the firms the measures hit are X and Y", "The
  entities added to the list include firms in China";
- names falling onto a blacklist: "в черный список попали X из ОАЭ, Y из Индии", "в список вошли
  11 компаний из Китая";
- a passive imposing clause: "ограничительные меры введены в отношении компании «X», АО «Y»".

The body is the one the clause names as imposing, else the body the report's sanctions are by;
never a name of the list itself.
"""
from __future__ import annotations

from claimgraph.model import Claim, Mention, Quantity
from claimgraph.nlp.claims.arguments import _country_of, _subjects
from claimgraph.nlp.claims.attribution import _is_outlet, _speaker
from claimgraph.nlp.claims.build import _build, Found
from claimgraph.nlp.claims.sanction_counts import COUNTED, count_of, remember_target
from claimgraph.nlp.claims.sanction_nouns import IMPOSE, SANCTION_NOUNS
from claimgraph.nlp.claims.sentence import _case, _Context, _kids, _Sent, _with_conj
from claimgraph.nlp.claims.words import ORGS, PLACES

#: participles that make a group the sanctions' targets: "targeted firms", "the companies hit"
_TARGETING = frozenset({"target", "targeted", "sanction", "sanctioned", "hit", "list", "listed", "designate",
                        "designated", "blacklist", "blacklisted", "affect", "affected", "name", "named", "add",
                        "added"})
#: verbs whose object is a sanctions target when sanctions are the subject or the topic
_AIM = frozenset({"target", "hit", "affect", "cover", "designate", "sanction", "blacklist"})
#: verbs that sanction by themselves when a government or body does them: "London designated Belarusian entities"
_DESIGNATE = frozenset({"designate", "sanction", "blacklist"})
#: verbs that list the members of a group: "include", "are"
_LISTING = frozenset({"include", "be", "comprise"})
#: "fell onto the blacklist", "вошли в перечень"
_FALL = frozenset({"попасть", "попадать", "войти", "входить", "оказаться", "включить"})
_LIST_NOUNS = frozenset({"список", "перечень", "санкция", "ограничение"})
#: "firms in India", "companies from Turkey", "компании из Китая"
_FROM = frozenset({"in", "from", "из"})
_MAX = 10


def _group_noun(sx: _Sent, h: int) -> bool:
    """A common noun of the kinds sanctions hit ("firms", "businesses", "компании"), not a name."""
    return sx.token_mention[h] is None and (sx.lemmas[h] in COUNTED or sx.sent.tokens[h].text.lower() in COUNTED)


def group_places(ctx: _Context, sx: _Sent, h: int, counted: bool = False) -> list[tuple[Mention, Quantity | None]]:
    """The countries a group noun headed by ``h`` (and its conjuncts) is of, with the group's count:
    "Chinese companies", "China-based firms", "businesses in Turkey, Dubai and Switzerland",
    "11 компаний из ОАЭ, Китая". A counted group is read only where ``counted`` (elsewhere the
    counts of :mod:`.sanction_counts` hold), and a group whose members are named ("a Chinese
    company, X") stands for them, not for its country."""
    toks = sx.sent.tokens
    out: list[tuple[Mention, Quantity | None]] = []
    for k in _with_conj(sx, h):
        if not _group_noun(sx, k) or any(sx.token_mention[c] is not None for c in _kids(sx, k, "appos")):
            continue
        q = count_of(sx, k)
        if q is not None and not counted:
            continue
        before = len(out)
        for c in _kids(sx, k, "amod", "compound", "nmod"):
            m = sx.token_mention[c]
            if m is not None and m.label == "Nationality" and not _case(sx, c):
                out.append((m, q))  # "Chinese companies": the demonym stands for its country
                continue
            if toks[c].dep.startswith("nmod") and set(_case(sx, c).split()) & _FROM:
                out.extend((x, q) for t in _with_conj(sx, c) if (x := sx.token_mention[t]) is not None
                           and x.label in PLACES)
            elif sx.lemmas[c] in ("base", "based"):  # "China-based", "Hong Kong-based companies"
                out.extend((x, q) for t in sx.children[c] if (x := sx.token_mention[t]) is not None
                           and x.label in PLACES)
        if q is not None and len(out) > before + 1:
            out[before + 1:] = [(m, None) for m, _ in out[before + 1:]]  # "11 firms from A, B": 11 in all
    return unique_targets(out)[:_MAX]


def _cases(sx: _Sent, i: int) -> set[str]:
    """The case words of ``i`` with their fixed parts: "в отношении" gives {"в", "отношение"}."""
    toks = sx.sent.tokens
    out = set(_case(sx, i).split())
    for c in sx.children[i]:
        if toks[c].dep == "case":
            out.update(sx.lemmas[k] for k in sx.children[c] if toks[k].dep == "fixed")
    return out


def sanctions_told(ctx: _Context, sx: _Sent, v: int, found: list[Found]) -> list[Claim]:
    """The claims of ``found`` at the verb ``v``, with its speaker; a sanction the report tells
    in its own voice, with no speaker, is a fact."""
    speaker, denied = _speaker(ctx, sx, v)
    return _build(ctx, sx, v, found, speaker, denied, force=None if speaker else "fact")


def unique_targets(ms: list[tuple[Mention, Quantity | None]]) -> list[tuple[Mention, Quantity | None]]:
    """Each target mention once, with the first count it came with."""
    seen: set[str] = set()
    out = []
    for m, q in ms:
        if m.id not in seen:
            seen.add(m.id)
            out.append((m, q))
    return out


def _items(ctx: _Context, sx: _Sent, heads: list[int]) -> list[tuple[Mention, Quantity | None]]:
    """The names and groups listed at ``heads`` and their conjuncts: a name itself, the name beside a
    common noun ("компании «Алроса»"), or the countries of a group ("businesses in Turkey")."""
    toks = sx.sent.tokens
    out: list[tuple[Mention, Quantity | None]] = []
    for h in heads:
        for t in _with_conj(sx, h):
            if toks[t].dep.startswith("acl") or toks[t].dep in ("parataxis",):
                continue
            m = sx.token_mention[t]
            if m is not None:
                beside = [x for c in _kids(sx, t, "appos") if (x := sx.token_mention[c]) is not None and x.label in ORGS]
                if beside and m.label in ORGS:  # "Инженерного центра «Геомир»": the name, not the kind
                    out.append((beside[0], None))
                elif m.label in ORGS | {"Person", "Nationality"}:
                    out.append((m, None))  # "sanctions on Iranians involved in …": the demonym's people
                continue
            places = group_places(ctx, sx, t, counted=True)
            if places:
                out.extend(places)
                continue
            # "компании «Алроса»", "секретарь ЦИК Наталья Петрова": the name beside the common noun
            out.extend((x, None) for c in _kids(sx, t, "appos", "flat") if (x := sx.token_mention[c]) is not None
                       and x.label in ORGS | {"Person"})
    return unique_targets(out)[:_MAX]


def _targeting(sx: _Sent, h: int) -> bool:
    """"Targeted firms", "those targeted", "the firms the measures hit", "the sanctioned entities"."""
    return any(sx.lemmas[c] in _TARGETING or sx.sent.tokens[c].text.lower() in _TARGETING
               for c in _kids(sx, h, "amod", "acl"))


def _body(ctx: _Context, sx: _Sent, v: int) -> Mention | None:
    """The government or body a clause names as imposing: its subject ("Japan imposed …", "Власти
    Японии ввели …"), else the one named before."""
    subjects, passive = _subjects(ctx, sx, v)
    if not passive:
        if not subjects:  # "Власти Японии": the body behind the people
            subjects = [m for h in _kids(sx, v, "nsubj") for c in sx.children[h] if (m := sx.token_mention[c])]
        named = [m for m in subjects if m.label in ORGS | PLACES and not _is_outlet(ctx, m)]
        body = next((m for m in named if m.label in ("PublicBody", "Country")), None) or next(iter(named), None)
        if body is not None:  # "the EU expanded sanctions against Belarus": the EU, whatever came before
            return body
    return ctx.imposer or ctx.sanctioner


#: verbs that add to sanctions already in force: "expanded its sanctions lists", "расширили санкции"
_WIDEN = frozenset({"expand", "broaden", "extend", "widen", "tighten", "расширить", "расширять", "ужесточить"})


def _remember_imposer(ctx: _Context, sx: _Sent) -> None:
    """The body of a clause that imposes or widens sanctions ("Japan imposed trade restrictions",
    "the UK expanded its sanctions lists"): the body of the lists that follow."""
    toks = sx.sent.tokens
    for v in range(len(toks)):
        if sx.lemmas[v] not in IMPOSE | _WIDEN or toks[v].pos != "VERB":
            continue
        objs = _kids(sx, v, "obj")
        if not any(sx.lemmas[o] in SANCTION_NOUNS or any(sx.lemmas[c] in SANCTION_NOUNS for c in _kids(
                sx, o, "compound", "amod", "nmod")) for o in objs):
            continue
        subjects, passive = _subjects(ctx, sx, v)
        if passive:
            continue
        if not subjects:
            subjects = [m for h in _kids(sx, v, "nsubj") for c in sx.children[h] if (m := sx.token_mention[c])]
        named = [m for m in subjects if m.label in ORGS | PLACES and not _is_outlet(ctx, m)]
        body = next((m for m in named if m.label in ("PublicBody", "Country")), None) or next(iter(named), None)
        if body is not None:
            ctx.imposer = body
            return


def _nationality_or_country(ctx: _Context, m: Mention) -> Mention:
    return m if m.label != "Nationality" else (_country_of(ctx, m) or m)


def _lists(ctx: _Context, sx: _Sent) -> list[tuple[int, list[tuple[Mention, Quantity | None]], Mention | None]]:
    """(verb, targets with their counts, body) of each list the sentence gives."""
    toks = sx.sent.tokens
    found: list[tuple[int, list[tuple[Mention, Quantity | None]], Mention | None]] = []
    known = ctx.imposer or ctx.sanctioner
    for v, tok in enumerate(toks):
        lemma = sx.lemmas[v]
        if lemma in _LISTING and tok.pos in ("VERB", "AUX"):
            subj = _kids(sx, v, "nsubj")
            among = [c for c in _kids(sx, v, "obl") if "among" in _case(sx, c).split() and _targeting(sx, c)]
            if among:  # "Among the companies hit are X and Y", the last name maybe hung on the verb
                found.append((v, _items(ctx, sx, subj + _kids(sx, v, "conj")), known))
            elif lemma != "be" and any(_targeting(sx, s) for s in subj):  # "Targeted firms include X"
                found.append((v, _items(ctx, sx, _kids(sx, v, "obj") + _kids(sx, v, "conj")), known))
            elif lemma != "be" and any(_a_list(sx, s) for s in subj):  # "an expanded UK sanctions list includes …"
                owner = next((m for s in subj for c in _kids(sx, s, "compound", "nmod:poss", "amod")
                              if (m := sx.token_mention[c]) is not None and m.label in ("Country", "PublicBody")), None)
                groups = [p for o in _kids(sx, v, "obj") for p in group_places(ctx, sx, o, counted=True)]
                found.append((v, groups, owner or known))
        elif lemma in _AIM and tok.pos == "VERB":  # "the sanctions also target firms in India"
            subj = _kids(sx, v, "nsubj")
            sanctions = any(sx.lemmas[s] in SANCTION_NOUNS | {"measure", "package"} for s in subj)
            bodies = [m for s in subj if (m := sx.token_mention[s]) is not None
                      and m.label in ("Country", "PublicBody", "Location")]  # a capital for its government
            if lemma in _DESIGNATE and bodies:  # "London designated Belarusian entities": the body that did
                known = bodies[0]
            if sanctions or lemma == "target" and known is not None and any(
                    (m := sx.token_mention[s]) is not None and m.id == known.id for s in subj) or \
                    lemma in _DESIGNATE and bodies:
                objs = [o for o in _kids(sx, v, "obj") if _group_noun(sx, o)]
                places = [p for o in objs for p in group_places(ctx, sx, o)]
                if objs and not places:  # "target firms in India" with "in India" hung on the verb
                    places = [(x, None) for c in _kids(sx, v, "obl") if set(_case(sx, c).split()) & _FROM
                              for t in _with_conj(sx, c) if (x := sx.token_mention[t]) is not None
                              and x.label in PLACES]
                found.append((v, unique_targets(places)[:_MAX], known))
        elif lemma in IMPOSE | _WIDEN:  # "imposed restrictions on China-based companies", "меры введены в отношении X"
            for n in [*_kids(sx, v, "obj", "nsubj:pass")]:
                if lemma in _WIDEN and _a_list(sx, n):  # "expanded its sanctions lists against Russia and Belarus"
                    heads = [c for c in _kids(sx, n, "nmod") if _cases(sx, c) & {"against", "on", "против"}]
                    found.append((v, [(m, None) for h in heads for t in _with_conj(sx, h)
                                      if (m := sx.token_mention[t]) is not None and m.label in ORGS | PLACES],
                                  _body(ctx, sx, v)))
                    continue
                if lemma in _WIDEN:
                    continue
                if sx.lemmas[n] not in SANCTION_NOUNS and not (sx.lemmas[n] in ("мера", "measure") and any(
                        sx.lemmas[a] in ("ограничительный", "restrictive") for a in _kids(sx, n, "amod"))):
                    continue
                heads = [c for h in (n, v) for c in _kids(sx, h, "nmod", "obl")
                         if _cases(sx, c) & {"on", "against", "против", "отношение"}]
                groups = [p for h in heads for p in group_places(ctx, sx, h)]
                named = _items(ctx, sx, heads) if toks[n].dep == "nsubj:pass" else []
                if groups or named:
                    found.append((v, unique_targets(groups + named), _body(ctx, sx, v)))
        elif lemma in _FALL and (any(sx.lemmas[c] in _LIST_NOUNS for c in _kids(sx, v, "obl")) or tok.dep.startswith(
                "acl") and _under_a_list(sx, v)):  # "перечень для китайских фирм, куда вошли X"
            subj = _kids(sx, v, "nsubj", "nsubj:pass")  # "в черный список попали X из ОАЭ, Y"
            found.append((v, _items(ctx, sx, subj), _obl_body(sx, v) or known))
    return found


def _under_a_list(sx: _Sent, v: int) -> bool:
    """A relative clause hung on a list noun or on the noun right under it ("перечень для фирм, куда …")."""
    toks = sx.sent.tokens
    h = toks[v].head
    for _ in range(2):
        if not 0 <= h < len(toks):
            return False
        if sx.lemmas[h] in ("список", "перечень", "list"):
            return True
        h = toks[h].head
    return False


def _a_list(sx: _Sent, n: int) -> bool:
    """"the sanctions list", "its sanctions lists", "the package": a list of sanctions targets."""
    lemma = sx.lemmas[n]
    if lemma in ("package", "round", "tranche", "sanction", "sanctions", "measure"):
        return True  # "the new sanctions also include Iranian entities", "the package includes …"
    return lemma in ("list", "список", "перечень") and any(
        sx.lemmas[c] in SANCTION_NOUNS | {"sanctions", "санкционный"} or sx.sent.tokens[c].text.lower() == "sanctions"
        for c in _kids(sx, n, "compound", "amod", "nmod"))


def _obl_body(sx: _Sent, v: int) -> Mention | None:
    """"в санкционный список Японии попали": the body the list belongs to."""
    for c in _kids(sx, v, "obl"):
        for k in _kids(sx, c, "nmod"):
            m = sx.token_mention[k]
            if m is not None and m.label in ("PublicBody", "Country") and not _case(sx, k):
                return m
    return None


def sanction_target_claims(ctx: _Context, sx: _Sent) -> list[Claim]:
    """sanctioned_by for each target of each list or group the sentence names, by its body."""
    out: list[Claim] = []
    _remember_imposer(ctx, sx)
    for v, targets, body in _lists(ctx, sx):
        if body is None:
            continue
        found: list[Found] = []
        for t, q in targets:
            country = _nationality_or_country(ctx, t)
            if t.id == body.id or country.id == body.id:
                continue  # "Japanese firms" sanctioned by Japan: a body is no target of its own list
            remember_target(ctx, country)
            found.append((t, "sanctioned_by", body, q))
        if not found:
            continue
        out.extend(sanctions_told(ctx, sx, v, found))
    return out


__all__ = ["group_places", "sanction_target_claims", "sanctions_told", "unique_targets"]
