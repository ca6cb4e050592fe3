"""Groups, the unit of entity clustering: the mentions one document links to one thing, with
the context (co-occurring names, countries) that tells namesakes apart, and the union-find state
clustering keeps over them."""
from __future__ import annotations

import collections
from collections.abc import Iterable
from dataclasses import dataclass, field

from claimgraph.ids import make_id
from claimgraph.model import ENTITY_TYPES
from claimgraph.resolve.countries import COUNTRY_CONCEPTS, country_code
from claimgraph.resolve.names import (
    ORG_KINDS,
    NameParts,
    initials_fit,
    nominative,
    parts,
    token_key,
    tokens,
)
from claimgraph.resolve.products import designation

#: Organisation kinds that may merge; the plain Organization takes the more specific type.
SPECIFIC_ORG = ("Company", "PublicBody")

MAX_BLOCK = 200  # block keys shared by more clusters than this carry no information


def family(kind: str) -> str:
    """The id family of an entity type: Organization/Company/PublicBody share one, and a
    nationality belongs to its country ("китайский", "Chinese" are mentions of China)."""
    if kind == "Nationality":
        return "Country"
    return "Organization" if kind in ORG_KINDS else kind


def compatible(a: str, b: str) -> bool:
    """Types that may describe one thing: equal, a plain Organization and a specific kind, or a
    country and its nationality."""
    if a == b:
        return True
    if {a, b} == {"Country", "Nationality"}:
        return True
    return {a, b} <= ORG_KINDS and "Organization" in (a, b)


def specific(types: Iterable[str]) -> str:
    """The most specific type among a cluster's labels (Company/PublicBody over Organization,
    a country over the nationality adjectives that name it)."""
    counts = collections.Counter(types)
    ranked = sorted(counts, key=lambda t: (t in SPECIFIC_ORG or t == "Country", counts[t], t),
                    reverse=True)
    return ranked[0]


@dataclass(slots=True)
class MentionInput:
    """The fields of a stored mention that resolution reads."""

    id: str
    document_id: str
    text: str
    label: str
    normalized: str | None = None
    local_entity: str | None = None
    canonical: str | None = None


@dataclass(slots=True)
class Group:
    """The mentions of one thing within one document."""

    id: str
    document_id: str
    type: str
    mentions: list[str] = field(default_factory=list)
    forms: collections.Counter[str] = field(default_factory=collections.Counter)
    best: NameParts | None = None
    best_name: str = ""
    context: set[str] = field(default_factory=set)
    countries: set[str] = field(default_factory=set)

    @property
    def single(self) -> bool:
        """A person named by one word only (a surname, perhaps with initials)."""
        return self.type == "Person" and (self.best is None or len(self.best.words) < 2)


def build_groups(mentions: Iterable[MentionInput]) -> list[Group]:
    """Group mentions by document and local entity, and note each group's context."""
    groups: dict[tuple[str, str], Group] = {}
    for m in mentions:
        if m.label not in ENTITY_TYPES:
            continue
        form = " ".join(nominative(m.text, m.normalized).split())
        if not form:
            continue
        local = m.local_entity or f"{family(m.label)}:{parts(form, m.label).key or form.lower()}"
        gid = (m.document_id, local)
        group = groups.get(gid)
        if group is None:
            group = groups[gid] = Group(make_id("entity", "local", m.document_id, local),
                                        m.document_id, m.label)
        elif group.type != m.label:
            group.type = specific([group.type, m.label]) if compatible(group.type, m.label) \
                else group.type
        group.mentions.append(m.id)
        group.forms[form] += 1
    settle_types(list(groups.values()))
    by_doc: dict[str, list[Group]] = collections.defaultdict(list)
    for group in groups.values():
        ranked = sorted(group.forms, key=lambda f: (-len(parts(f, group.type).words),
                                                    -group.forms[f], -len(f), f))
        group.best_name = ranked[0]
        group.best = parts(ranked[0], group.type)
        if group.type in ("Country", "Nationality"):
            code = next((c for c in map(country_code, ranked) if c), None)
            if code:
                group.best = NameParts((code,), (), code)
        elif group.type == "Product":  # "Гарпия-3", "Harpy-3": one family, one variant
            found = next((d for d in map(designation, ranked) if d), None)
            if found:
                group.best = NameParts((found.key,), (), found.key, found.key)
        by_doc[group.document_id].append(group)
    for gid, doc_groups in list(by_doc.items()):
        by_doc[gid] = _link_surnames(doc_groups, groups)
    for doc_groups in by_doc.values():
        keys = {g.id: f"{family(g.type)}:{g.best.key}" for g in doc_groups if g.best}
        countries = {g.best.key for g in doc_groups
                     if g.type in ("Country", "Nationality") and g.best}
        for g in doc_groups:
            g.context = {k for gid, k in keys.items() if gid != g.id}
            g.countries = countries
    unique = {id(g): g for g in groups.values()}
    return sorted(unique.values(), key=lambda g: g.id)


#: Types a statistical model confuses with one another; the corpus may settle them.
FLUID_TYPES = ("Person", "Organization", "Location")


def settle_types(groups: list[Group], ratio: float = 3.0) -> None:
    """One name, one type across the corpus when the corpus is clear about it.

    A name typed Person in one report and Organization in four ("Nasha Niva") is an organisation:
    groups of a fluid type whose exact name (in any script) is typed otherwise at least ``ratio``
    times as often take the majority type. Countries, products and the specific organisation
    kinds are never retyped, and they count for the majority only through their family.
    """
    votes: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    keys: dict[str, str] = {}
    for g in groups:
        form = g.forms.most_common(1)[0][0]
        key = " ".join(token_key(t) for t in tokens(form))
        if not key:
            continue
        keys[g.id] = key
        votes[key][family(g.type)] += sum(g.forms.values())
    for g in groups:
        key = keys.get(g.id)
        if g.type not in FLUID_TYPES or key is None or len(votes[key]) < 2:
            continue
        (top, top_n), (_, second_n) = votes[key].most_common(2)
        if top != family(g.type) and top in FLUID_TYPES and top_n >= ratio * max(1, votes[key][family(g.type)]) \
                and top_n > second_n:
            g.type = top


def _link_surnames(doc_groups: list[Group], groups: dict[tuple[str, str], Group]) -> list[Group]:
    """Within one document, a surname alone joins the one full name that carries it."""
    full = [g for g in doc_groups if g.type == "Person" and not g.single and g.best]
    kept = []
    for g in doc_groups:
        if g.single and g.best and g.best.words:
            word = g.best.words[0]
            hosts = [h for h in full if word in h.best.words and  # type: ignore[union-attr]
                     given_fits(g.best, h.best)]  # type: ignore[arg-type]
            if len(hosts) == 1:
                host = hosts[0]
                host.mentions.extend(g.mentions)
                host.forms.update(g.forms)
                for key in [k for k, v in groups.items() if v is g]:
                    groups[key] = host
                continue
        kept.append(g)
    return kept


def given_fits(p: NameParts, host: NameParts) -> bool:
    """The first initial of ``p`` ("Y." Kovalchuk) fits a word of ``host`` other than the
    surname, compared in either script ("Yuri", "Юрий"; :func:`initials_fit`)."""
    if not p.initials:
        return True
    surname = p.words[0] if p.words else ""
    return any(initials_fit(p.initials[0], word, key) for key, word in host.written if key != surname)


class UnionFind:
    """Disjoint sets of group indexes, refusing unions across analyst not-same pairs."""

    def __init__(self, n: int, apart: Iterable[tuple[set[int], set[int]]] = ()) -> None:
        self.parent = list(range(n))
        self.apart = [(set(a), set(b)) for a, b in apart]

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def members(self, root: int, among: set[int]) -> bool:
        return any(self.find(i) == root for i in among)

    def union(self, a: int, b: int, force: bool = False) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return True
        if not force:
            for left, right in self.apart:
                if (self.members(ra, left) and self.members(rb, right)) or \
                        (self.members(rb, left) and self.members(ra, right)):
                    return False
        lo, hi = sorted((ra, rb))
        self.parent[hi] = lo
        return True


@dataclass(slots=True)
class ClusterState:
    """What one cluster knows about itself while clustering runs."""

    types: collections.Counter[str] = field(default_factory=collections.Counter)
    forms: collections.Counter[str] = field(default_factory=collections.Counter)
    context: set[str] = field(default_factory=set)
    countries: set[str] = field(default_factory=set)
    documents: set[str] = field(default_factory=set)

    def add(self, g: Group) -> None:
        self.types[g.type] += 1
        self.forms.update(g.forms)
        self.context |= g.context
        self.countries |= g.countries
        self.documents.add(g.document_id)

    @property
    def type(self) -> str:
        return specific(self.types.elements())


def disjoint(a: ClusterState | Group, b: ClusterState | Group) -> bool:
    """Both sides name other people or things, and none of them in common."""
    return bool(a.context and b.context and not (a.context & b.context))


def namesakes(a: ClusterState, b: ClusterState) -> bool:
    """Two same-named people taken for different ones.

    A person's reports usually share some other name (an employer, a place, a colleague). Two
    clusters are kept apart when each stands on at least two documents and their documents name
    no one in common: two established, unrelated identities. A single stray report is more
    likely the same person seen in a new setting than a namesake.
    """
    if len(a.documents) < 2 or len(b.documents) < 2:
        return False
    return disjoint(a, b)


def generic(p: NameParts | None) -> bool:
    """A name made of institution words only ("research and production centre for unmanned
    systems"): it describes a kind of thing, so two reports naming it may mean two of them.
    A country among the words makes it one institution again ("Academy of Sciences of Belarus")."""
    return bool(p and p.words and all(w.isupper() for w in p.words)
                and not COUNTRY_CONCEPTS.intersection(p.words))  # "… of Belarus" says which
