"""Mentions → entities across documents and scripts.

The unit of clustering is a *group*: the mentions one document links to one thing (same
``local_entity``; without one, the same label and name key). Groups are clustered in four steps,
each sub-quadratic:

1. exact agreement: groups of compatible types with the same name key join, unless their
   contexts (co-occurring names, countries) say they are namesakes;
2. fuzzy agreement: clusters sharing a rare block key (a word key or its consonant skeleton) are
   compared with nomenklatura's LogicV2, which matches across scripts and spellings;
3. a surname alone ("Федорищев", "V. Fedorishchev") joins the single full name that carries it
   (and fits its initials, in either script), or the one sharing most context when there are
   several;
4. analyst judgments (:mod:`claimgraph.resolve.judgments`) are applied last: not-same pairs are
   kept apart from step 1 on, merges and splits are applied to the result.

Entity ids (the rule): each full name form of a cluster proposes
``make_id("entity", family, name_key)`` (family = Person, Organization for the organisation
kinds, else the type); the entity takes the smallest proposal. A namesake cluster whose smallest
proposal is taken gets ``make_id("entity", family, name_key, smallest document id)``; an entity
split off by a judgment gets ``make_id("entity", family, "split", judgment id)``. When a merge or
a new spelling changes an entity's id, the old id is kept in ``entity_aliases`` and resolves.
"""
from __future__ import annotations

import collections
import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass

from claimgraph.ids import make_id
from claimgraph.model import Entity, Name
from claimgraph.resolve.acronyms import ACRONYM_KINDS, acronym, initials
from claimgraph.resolve.aliases import AliasTable, builtin_aliases
from claimgraph.resolve.company_joins import (
    join_country_qualified,
    join_distinctive_words,
    join_short_names,
)
from claimgraph.resolve.countries import country_code
from claimgraph.resolve.groups import (
    MAX_BLOCK,
    ClusterState,
    Group,
    MentionInput,
    UnionFind,
    build_groups,
    compatible,
    disjoint,
    family,
    generic,
    given_fits,
    namesakes,
    specific,
)
from claimgraph.resolve.name_match import different_people, name_score
from claimgraph.resolve.names import ORG_KINDS, NameParts, initial_letters, parts, script_of
from claimgraph.resolve.products import designation

__all__ = ["Clustering", "Group", "MentionInput", "build_entity", "build_groups", "canonical_name",
           "cluster_groups", "country_code", "family", "name_score", "proposals", "skeleton"]

log = logging.getLogger(__name__)

FUZZY_THRESHOLD = 0.8  # LogicV2 score at which two full names are taken as one entity

_VOWELS = re.compile(r"[aeiou]")


def _all_generic(a: ClusterState, b: ClusterState) -> bool:
    return all(generic(parts(f, st.type)) for st in (a, b) for f in st.forms)


def skeleton(key: str) -> str:
    """A word key without vowels: "fodorishev" and "fedorishev" both give "fdrshv"."""
    return _VOWELS.sub("", key) if len(key) > 3 else key


def _block_keys(g: Group) -> set[str]:
    if g.best is None:
        return set()
    keys = set()
    for word in g.best.words:
        if len(word) < 3 and not word.isdigit():
            continue
        keys.add("w:" + word)
        keys.add("s:" + skeleton(word))
    return keys


@dataclass
class Clustering:
    """The outcome: group index lists per cluster, plus the groups themselves."""

    groups: list[Group]
    clusters: list[list[int]]
    compared: int = 0


def cluster_groups(groups: list[Group], apart: Iterable[tuple[set[int], set[int]]] = (),
                   threshold: float = FUZZY_THRESHOLD, aliases: AliasTable | None = None,
                   ) -> Clustering:
    """Steps 1–3 of the module docstring over already built groups.

    ``aliases`` (default: the built-in gazetteer's) join groups whose names one alias set holds.
    """
    if aliases is None:
        aliases = builtin_aliases()
    uf = UnionFind(len(groups), apart)
    states: dict[int, ClusterState] = {}
    for i, g in enumerate(groups):
        states[i] = ClusterState()
        states[i].add(g)

    def join(a: int, b: int) -> bool:
        ra, rb = uf.find(a), uf.find(b)
        if ra == rb:
            return True
        if not uf.union(ra, rb):
            return False
        root, other = (ra, rb) if uf.find(ra) == ra else (rb, ra)
        st, ot = states[root], states.pop(other)
        st.types.update(ot.types)
        st.forms.update(ot.forms)
        st.context |= ot.context
        st.countries |= ot.countries
        st.documents |= ot.documents
        return True

    # 1. exact keys (full names; single-word persons wait for step 3)
    buckets: dict[tuple[str, str], list[int]] = collections.defaultdict(list)
    for i, g in enumerate(groups):
        if g.best is None or not g.best.key or g.single:
            continue
        buckets[(family(g.type), g.best.key)].append(i)
        if g.type != "Person" and g.best.joined and len(g.best.joined) >= 5:
            # "Kama-Dron", "KamaDron" and "Kama Drone": one name written apart or together
            buckets[(family(g.type), "joined:" + g.best.joined)].append(i)
    for members in buckets.values():
        heads: list[int] = []
        for i in members:
            for h in heads:
                st = states[uf.find(h)]
                if compatible(st.type, groups[i].type) or (
                        {st.type, groups[i].type} <= ORG_KINDS and "Organization" in st.types):
                    if (groups[i].type == "Person" or generic(groups[i].best)) and \
                            disjoint(st, groups[i]):
                        continue
                    if join(h, i):
                        break
            else:
                heads.append(i)
        if len(heads) > 1 and groups[heads[0]].type == "Person":
            # context split people into parts; parts on one document rejoin the biggest part
            ranked = sorted(heads, key=lambda h: (-len(states[uf.find(h)].documents), h))
            for h in ranked[1:]:
                if len(states[uf.find(h)].documents) < 2:
                    join(ranked[0], h)

    # 1b. known aliases: translations and nicknames only a table connects
    holder: dict[int, int] = {}
    for i, g in enumerate(groups):
        if g.type in ("Country", "Nationality") or g.single:
            continue  # countries are keyed by territory code; a surname alone waits for step 3
        forms = [f for f in g.forms if g.type != "Person" or len(parts(f, "Person").words) >= 2]
        found = {aliases.lookup(g.type, f) for f in forms} - {None}
        if len(found) != 1:
            continue
        entry = found.pop()
        assert entry is not None
        if entry in holder:
            join(holder[entry], i)
        else:
            holder[entry] = i

    # 2. fuzzy: LogicV2 on clusters sharing a block key
    blocks: dict[str, set[int]] = collections.defaultdict(set)
    for i, g in enumerate(groups):
        if g.single:
            continue
        for key in _block_keys(g):
            blocks[f"{family(g.type)}|{key}"].add(i)
    pairs: set[tuple[int, int]] = set()
    for members in blocks.values():
        if len(members) > MAX_BLOCK:
            continue
        roots = sorted({uf.find(i) for i in members})
        for x in range(len(roots)):
            for y in range(x + 1, len(roots)):
                pairs.add((roots[x], roots[y]))
    compared = 0
    for a, b in sorted(pairs):
        ra, rb = uf.find(a), uf.find(b)
        if ra == rb:
            continue
        sa, sb = states[ra], states[rb]
        if not compatible(sa.type, sb.type):
            continue
        if sa.type == "Person" and namesakes(sa, sb):
            continue
        if sa.type != "Person" and _all_generic(sa, sb) and disjoint(sa, sb):
            continue
        if sa.type == "Product" and _variants(sa) != _variants(sb):
            continue  # "Garpia-A1" and "Гарпия-3": two models of one family
        fa, fb = _full_forms(sa), _full_forms(sb)
        if sa.type != "Person" and not _same_length(fa, fb, sa.type):
            continue  # "Minsk" and "Minsk Region", "Kupol" and "Kupol Tech" are different things
        score, _ = name_score(sa.type, fa, fb)
        if score < threshold:  # spellings LogicV2 does not know (Polish, German) meet as keys
            score = max(score, name_score(sa.type, _keyed(fa, sa.type), _keyed(fb, sb.type))[0])
        compared += 1
        if score >= threshold and not (sa.type == "Person" and different_people(fa, fb)):
            join(ra, rb)

    # 2b. acronyms ("ГВПК", "NASB") → the one organisation whose words they abbreviate
    by_initials: dict[tuple[str, str], set[int]] = collections.defaultdict(set)
    for i, g in enumerate(groups):
        if g.type in ACRONYM_KINDS and acronym(g.best_name) is None:
            for form in g.forms:
                ini = initials(form)
                if ini:
                    by_initials[(family(g.type), ini)].add(i)
    for i, g in enumerate(groups):
        acr = acronym(g.best_name) if g.type in ACRONYM_KINDS else None
        if acr is None:
            continue
        roots = {uf.find(j) for j in by_initials.get((family(g.type), acr), ())} - {uf.find(i)}
        roots = {r for r in roots if compatible(states[r].type, g.type)}
        if len(roots) == 1:
            root = next(iter(roots))
            if len(acr) >= 3 or g.context & states[root].context:
                join(root, i)

    # 2c. a company's short name ("Steppe") → the one longer name that contains all its words
    join_short_names(groups, uf, states, join)

    # 2c'. "Feilong", "Shenzhen Feilong", "Feilong Technology": one distinctive word, one firm
    join_distinctive_words(groups, uf, states, join)

    # 2d. "State Authority for Military Industry" in a report on Belarus → "… of Belarus"
    join_country_qualified(groups, uf, states, join)

    # 3. single-word persons → the one full name carrying that surname
    by_last: dict[str, set[int]] = collections.defaultdict(set)
    for i, g in enumerate(groups):
        if g.type == "Person" and not g.single and g.best is not None:
            for word in g.best.words:
                by_last[word].add(i)
    singles: dict[str, list[int]] = collections.defaultdict(list)
    for i, g in enumerate(groups):
        if not g.single or g.best is None or not g.best.words:
            continue
        word = g.best.words[0]
        roots = {uf.find(j) for j in by_last.get(word, ())}
        roots = {r for r in roots if _fits_initials(g.best, states[r])}
        target = _pick(g, roots, states)
        if target is None or not join(target, i):
            letters = ("".join(sorted(initial_letters(c))) for c in g.best.initials)
            singles[word + "|" + "|".join(letters)].append(i)
    for members in singles.values():  # unattached surnames of one key form one entity
        for i in members[1:]:
            join(members[0], i)
    clusters: dict[int, list[int]] = collections.defaultdict(list)
    for i in range(len(groups)):
        clusters[uf.find(i)].append(i)
    return Clustering(groups, sorted(clusters.values()), compared)


def _variants(st: ClusterState) -> set[str]:
    """The variant keys of a product cluster's names ("3", "a1"; "" for the family alone)."""
    return {d.variant for d in map(designation, st.forms) if d}


def _full_forms(st: ClusterState) -> list[str]:
    forms = [f for f, _ in st.forms.most_common() if len(parts(f, st.type).words) >= 2]
    return forms or [f for f, _ in st.forms.most_common()]


def _same_length(a: list[str], b: list[str], kind: str) -> bool:
    """Some name of each side has as many words as some name of the other."""
    la = {len(parts(f, kind).words) for f in a}
    return any(len(parts(f, kind).words) in la for f in b)


def _keyed(forms: list[str], kind: str) -> list[str]:
    return [k for k in {parts(f, kind).key for f in forms} if k]


def _fits_initials(p: NameParts, st: ClusterState) -> bool:
    """Some full name of the cluster has a given name the first initial may abbreviate."""
    return not p.initials or any(given_fits(p, parts(form, "Person")) for form in st.forms)


def _pick(g: Group, roots: set[int], states: dict[int, ClusterState]) -> int | None:
    if len(roots) == 1:
        return next(iter(roots))
    if not roots:
        return None
    scored = sorted(((len(g.context & states[r].context), r) for r in roots), reverse=True)
    if scored[0][0] > 0 and scored[0][0] > scored[1][0]:
        return scored[0][1]
    return None


# --- entities from clusters -------------------------------------------------------------


def proposals(kind: str, groups: Iterable[Group]) -> list[tuple[str, str]]:
    """(id, key) proposals of a cluster: one per full name key (all keys when none is full).

    Each group proposes in its own type family, so a merge across families (an analyst's call)
    still keeps the smaller of the two former ids.
    """
    groups = list(groups)
    full = {(family(g.type), g.best.key) for g in groups if g.best and g.best.key and not g.single}
    keys = full or {(family(g.type), g.best.key) for g in groups if g.best and g.best.key} or {
        (family(g.type), g.best_name.lower()) for g in groups}
    return sorted((make_id("entity", fam, key), key) for fam, key in keys)


def canonical_name(forms: collections.Counter[str], kind: str) -> tuple[str, list[Name]]:
    """Most frequent full form in the majority script; all names with script and count."""
    scripts: collections.Counter[str] = collections.Counter()
    for form, n in forms.items():
        scripts[script_of(form)] += n
    majority = scripts.most_common(1)[0][0] if scripts else "Latin"

    def rank(form: str) -> tuple[int, int, int, int, str]:
        full = len(parts(form, kind).words) >= 2 or kind != "Person"
        return (-int(script_of(form) == majority), -int(full), -forms[form], -len(form), form)

    ordered = sorted(forms, key=rank)
    names = [Name(f, script_of(f), forms[f]) for f in
             sorted(forms, key=lambda f: (-forms[f], f)) if forms[f] > 0]
    return ordered[0], names


def build_entity(eid: str, groups: list[Group]) -> Entity:
    """The Entity row for one cluster.

    A country with a territory code is named by the data's name for it (English, or Russian when
    its forms are mostly Cyrillic), never by a nationality word that also points to it
    ("китайский" is a name of China, not its title)."""
    kind = specific(g.type for g in groups)
    forms: collections.Counter[str] = collections.Counter()
    for g in groups:
        forms.update(g.forms)
    name, names = canonical_name(forms, kind)
    if kind in ("Country", "Nationality"):
        own: collections.Counter[str] = collections.Counter()
        for g in groups:
            if g.type == "Country":
                own.update(g.forms)
        code = next((g.best.key for g in groups if g.best and len(g.best.key) == 2), None)
        if code:  # "Россия" or "Russia" whichever of its forms were seen most
            from claimgraph.nlp.countries import display_name

            kind = "Country"
            name = display_name(code, script_of(canonical_name(own or forms, kind)[0]))
        elif own:
            name = canonical_name(own, kind)[0]
    docs = sorted({g.document_id for g in groups})
    properties = {"documents": [str(len(docs))]}
    if kind == "Product":
        families = sorted({d.family for d in map(designation, forms) if d})
        if families:
            properties["family"] = families
    return Entity(id=eid, type=kind, name=name, names=names,
                  properties=properties,
                  mentions=sum(len(g.mentions) for g in groups))
