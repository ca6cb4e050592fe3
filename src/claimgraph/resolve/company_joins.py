"""Joins of organisation clusters that names alone do not make: a company's short name, its
distinctive word among places and company words, an institution named without its country."""
from __future__ import annotations

import collections
import functools
import itertools
from collections.abc import Callable
from dataclasses import dataclass

from claimgraph.resolve.countries import COUNTRY_CONCEPTS
from claimgraph.resolve.groups import (
    MAX_BLOCK,
    ClusterState,
    Group,
    UnionFind,
    compatible,
    family,
)
from claimgraph.resolve.names import ORG_KINDS, NameParts, company_word_keys, parts

def join_short_names(groups: list[Group], uf: UnionFind, states: dict[int, ClusterState],
                      join: Callable[[int, int], bool]) -> None:
    """Companies are often named by their distinctive word alone ("Karatay" for "Karatay
    Aerospace"). A company cluster whose words all occur in one name of exactly one other
    company cluster, and in no other, joins it when the two share some context; longer short
    names go first, so "Haoyun Power" joins "Xiamen Haoyun Power" before "Haoyun" looks.
    Two or more hosts (or none sharing context) leave it alone, and so does a host also written
    as one word ("Kupol-Tech", "KupolTech"): "Kupol" is part of that brand, not its short name."""
    def words_of(root: int) -> list[NameParts]:
        st = states[root]
        return [parts(f, st.type) for f in st.forms]

    roots = sorted({uf.find(i) for i in range(len(groups))})
    roots = [r for r in roots if states[r].type == "Company"]
    names: dict[int, list[frozenset[str]]] = {}
    glued: dict[int, list[frozenset[str]]] = {}  # names also written as one word
    for r in roots:
        read = [p for p in words_of(r) if p.words]
        names[r] = [frozenset(p.words) for p in read]
        brands = {p.joined for p in read if p.single}
        glued[r] = [frozenset(p.words) for p in read if not p.single and p.joined in brands]
    index: dict[str, set[int]] = collections.defaultdict(set)
    for r, sets in names.items():
        for ws in sets:
            for w in ws:
                index[w].add(r)
    order = sorted(roots, key=lambda r: (-max((len(w) for w in names[r]), default=0), r))
    for r in order:
        root = uf.find(r)
        own: set[str] = set().union(*names[r]) if names[r] else set()
        if not own or any(w.isupper() for w in own):
            continue
        rare = min(own, key=lambda w: len(index[w]))
        if len(index[rare]) > MAX_BLOCK:
            continue
        hosts = set()
        for other in index[rare]:
            o = uf.find(other)
            if o == root or states[o].type != "Company":
                continue
            if any(own < ws for ws in names[other] if ws not in glued[other]):
                hosts.add(o)
        if len(hosts) == 1:
            host = hosts.pop()
            if states[host].context & states[root].context:
                join(host, root)


#: Organisation kinds a company's short name may be typed with
_COMPANY_KINDS = frozenset({"Company", "Organization"})


@dataclass(frozen=True, slots=True)
class _CompanyName:
    """One company name read as distinctive words, the place it names, and company words."""

    distinctive: frozenset[str]
    place: frozenset[str]
    generic: frozenset[str]


def _read_company_name(words: frozenset[str], places: set[frozenset[str]]) -> _CompanyName:
    """Split a name's keys: company words ("Technology", "Systems"), the words of known places
    (a country word, or a name of ``places`` among the rest, the rest kept non-empty), and the
    distinctive words that remain ("Shenzhen Feilong Technology" → {feilong})."""
    generic = frozenset(w for w in words if w in company_word_keys()
                        or (w.isupper() and w not in COUNTRY_CONCEPTS))
    rest = words - generic
    place: set[str] = set(rest & COUNTRY_CONCEPTS)
    for size in (1, 2, 3):
        if len(rest) <= size:
            break
        for combo in itertools.combinations(sorted(rest), size):
            if frozenset(combo) in places:
                place.update(combo)
    if place >= rest:  # every word a place ("Minsk Belarus"): the words besides a country name it
        place = set(rest & COUNTRY_CONCEPTS) if rest - COUNTRY_CONCEPTS else set()
    return _CompanyName(frozenset(rest - place), frozenset(place), generic)


@functools.lru_cache(maxsize=1)
def _known_places() -> frozenset[frozenset[str]]:
    """The keys of the packaged city and country names (any language), as company words."""
    from claimgraph.nlp.gazetteer import builtin_entries

    out = set()
    for e in builtin_entries():
        if e.type in ("Location", "Country"):
            for n in (e.name, *e.aliases):
                ws = frozenset(parts(n, "Company").words)
                if ws:
                    out.add(ws)
    return frozenset(out)


def join_distinctive_words(groups: list[Group], uf: UnionFind, states: dict[int, ClusterState],
                            join: Callable[[int, int], bool]) -> None:
    """A company named by one distinctive word with a place or company words around it
    ("Feilong", "Shenzhen Feilong", "Feilong Technology") is one firm when nothing else in the
    corpus carries that word.

    Each name is read by :func:`_read_company_name`; places are the packaged cities and countries
    and the names the corpus itself types as locations. The company clusters whose names all read
    as the same distinctive words join when no other organisation has a name with one of those
    words ("Izhevsk Electromechanical Plant Kupol" keeps every other "Kupol" apart), their names
    name at most one place ("Shenzhen Feilong" and "Beijing Feilong" are two firms), one name
    carries every company word the others carry ("Feilong Power" and "Feilong Technology" may be
    two firms), and each shares some context with another of them (clusters without a shared
    name around them join nothing).
    """
    places = set(_known_places())
    for g in groups:
        if g.type in ("Location", "Country"):
            places.update(frozenset(parts(f, "Company").words) for f in g.forms)
    places.discard(frozenset())
    roots = sorted({uf.find(i) for i in range(len(groups))})
    roots = [r for r in roots if states[r].type in ORG_KINDS]
    reads: dict[int, list[_CompanyName]] = {}
    carriers: dict[str, set[int]] = collections.defaultdict(set)
    for r in roots:
        names = {frozenset(parts(f, states[r].type).words) for f in states[r].forms} - {frozenset()}
        reads[r] = [_read_company_name(ws, places) for ws in names]
        for ws in names:
            for w in ws:
                carriers[w].add(r)
    by_word: dict[frozenset[str], list[int]] = collections.defaultdict(list)
    for r in roots:
        found = {n.distinctive for n in reads[r]}
        if len(found) == 1 and states[r].type in _COMPANY_KINDS:
            word = found.pop()
            if word and not any(w.isupper() for w in word):
                by_word[word].append(r)
    for word, members in by_word.items():
        sharers = set().union(*(carriers[w] for w in word))
        if len(members) < 2 or sharers != set(members) or \
                not any(states[r].type == "Company" for r in members):
            continue
        names = [n for r in members for n in reads[r]]
        if len({n.place for n in names} - {frozenset()}) > 1:
            continue
        widest = max((n.generic for n in names), key=len)
        if not all(n.generic <= widest for n in names):
            continue
        linked = UnionFind(len(members))
        for x, y in itertools.combinations(range(len(members)), 2):
            if states[members[x]].context & states[members[y]].context:
                linked.union(x, y)
        for x in range(1, len(members)):
            if linked.find(x) != x:
                join(members[linked.find(x)], members[x])


def join_country_qualified(groups: list[Group], uf: UnionFind, states: dict[int, ClusterState],
                            join: Callable[[int, int], bool]) -> None:
    """An institution named without its country ("the Ministry of Defence") in reports that
    name that country joins the one cluster whose name adds just that country. Reports naming
    two countries with a ministry each find two hosts and decide nothing."""
    kinds = ORG_KINDS | {"Facility"}
    roots = sorted({uf.find(i) for i in range(len(groups))})
    roots = [r for r in roots if states[r].type in kinds]
    names = {r: {frozenset(parts(f, states[r].type).words) for f in states[r].forms} for r in roots}
    by_name: dict[tuple[str, frozenset[str]], set[int]] = collections.defaultdict(set)
    for r, sets in names.items():
        for ws in sets:
            by_name[(family(states[r].type), ws)].add(r)
    for r in roots:
        root = uf.find(r)
        st = states[root]
        hosts: set[int] = set()
        for ws in names[r]:
            if not ws or COUNTRY_CONCEPTS & ws:
                continue
            for code in COUNTRY_CONCEPTS:
                if code.lower() not in st.countries:
                    continue
                for other in by_name.get((family(st.type), ws | {code}), ()):
                    o = uf.find(other)
                    if o != root and compatible(states[o].type, st.type):
                        hosts.add(o)
        if len(hosts) == 1:
            join(hosts.pop(), root)
