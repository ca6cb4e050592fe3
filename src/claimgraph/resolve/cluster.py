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
import functools
import itertools
import logging
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from claimgraph.ids import digest, make_id
from claimgraph.model import ENTITY_TYPES, Entity, Name
from claimgraph.resolve.aliases import AliasTable, builtin_aliases
from claimgraph.resolve.products import designation
from claimgraph.resolve.names import (
    ORG_KINDS,
    NameParts,
    company_word_keys,
    initial_letters,
    initials_fit,
    nominative,
    parts,
    script_of,
    token_key,
    tokens,
)

log = logging.getLogger(__name__)

#: Organisation kinds that may merge; the plain Organization takes the more specific type.
SPECIFIC_ORG = ("Company", "PublicBody")
MAX_BLOCK = 200  # block keys shared by more clusters than this carry no information
FUZZY_THRESHOLD = 0.8  # LogicV2 score at which two full names are taken as one entity
_VOWELS = re.compile(r"[aeiou]")


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


def country_code(name: str) -> str | None:
    """The ISO code of a country name in any language FtM knows ("Китай", "PRC" → "cn"), in any
    case ("Злучаных Штатаў"), or of a nationality word ("иранских", "Ukrainian" → "ir", "ua")."""
    from followthemoney.types import registry

    from claimgraph.nlp.countries import nationality_code, territory_code

    code = territory_code(name) or registry.country.clean(name) or registry.country.clean(nominative(name))
    if code:
        return code
    code = nationality_code(name.strip())
    if code:
        return code
    code = _country_names().get(" ".join(name.casefold().split()))  # "РБ", "РФ"
    if code:
        return code
    words = parts(name, "Location").words  # "Белоруссия", "белорусский" → the BY concept
    if len(words) == 1 and words[0] in COUNTRY_CONCEPTS:
        return words[0].lower()
    # "Исламская Республика Иран": the one word that names a country on its own
    codes = {registry.country.clean(nominative(t)) for t in tokens(name) if len(t) > 3} - {None}
    return codes.pop() if len(codes) == 1 else None


@functools.lru_cache(maxsize=1)
def _country_names() -> dict[str, str]:
    """Casefolded country names and abbreviations of the packaged table → ISO code."""
    from importlib import resources

    table: dict[str, str] = {}
    text = resources.files("claimgraph.data").joinpath("countries.tsv").read_text("utf-8")
    for line in text.splitlines():
        if line and not line.startswith("#"):
            code, _, names = line.partition("\t")
            for n in names.split("|"):
                table.setdefault(" ".join(n.casefold().split()), code.strip().lower())
    return table


ACRONYM_KINDS = ORG_KINDS | {"Facility"}
_ACRONYM_SKIP = frozenset(["of", "the", "and", "for", "de", "и", "по", "для", "в", "на"])


def acronym(name: str) -> str | None:
    """The name itself when it is an acronym ("ГВПК", "NASB", "OFAC"): 2–6 capitals, one word."""
    text = name.strip("«»\"' ")
    if _is_acronym(text):
        return text
    # "НАН Беларуси", "NAS of Belarus", "АП РФ": an acronym completed by a country or another
    # acronym stands for the long name with that word's initial ("НАНБ", "NASB", "АПРФ")
    words = [w for w in tokens(text) if w.lower() not in _ACRONYM_SKIP]
    if 2 <= len(words) <= 3 and _is_acronym(words[0]):
        rest = words[1:]
        if all(_is_acronym(w) or _country_word(w) for w in rest):
            return words[0] + "".join(w if _is_acronym(w) else w[0].upper() for w in rest)
    return None


def _country_word(word: str) -> bool:
    """A country's name in the packaged table or the word table ("Belarus", "Беларуси")."""
    if word.casefold() in _country_names():
        return True
    words = parts(word, "Location").words
    return len(words) == 1 and words[0] in COUNTRY_CONCEPTS


def _is_acronym(text: str) -> bool:
    return 2 <= len(text) <= 6 and text.isalpha() and text.isupper()


def initials(name: str) -> str | None:
    """The capitals of a multi-word name: "State Authority for Military Industry" → "SAMI",
    "Государственный военно-промышленный комитет" → "ГВПК" (hyphenated parts count apart)."""
    letters = []
    for word in name.replace("«", " ").replace("»", " ").split():
        if word.lower() in _ACRONYM_SKIP:
            continue
        for part in word.split("-"):
            if part[:1].isalpha():
                letters.append(part[0].upper())
    return "".join(letters) if len(letters) >= 2 else None


COUNTRY_CONCEPTS = frozenset({"RU", "BY", "US", "CN"})


def _link_surnames(doc_groups: list[Group], groups: dict[tuple[str, str], Group]) -> list[Group]:
    """Within one document, a surname alone joins the one full name that carries it."""
    full = [g for g in doc_groups if g.type == "Person" and not g.single and g.best]
    kept = []
    for g in doc_groups:
        if g.single and g.best and g.best.words:
            word = g.best.words[0]
            hosts = [h for h in full if word in h.best.words and  # type: ignore[union-attr]
                     _given_fits(g.best, h.best)]  # type: ignore[arg-type]
            if len(hosts) == 1:
                host = hosts[0]
                host.mentions.extend(g.mentions)
                host.forms.update(g.forms)
                for key in [k for k, v in groups.items() if v is g]:
                    groups[key] = host
                continue
        kept.append(g)
    return kept


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


@functools.lru_cache(maxsize=1)
def _logic() -> tuple[object, object]:
    from nomenklatura.matching import LogicV2
    from nomenklatura.matching.types import ScoringConfig

    return LogicV2, ScoringConfig.defaults()


def _proxy(kind: str, names: Iterable[str]) -> object:
    """An FtM entity for LogicV2; its id hashes its content, as LogicV2 caches by id."""
    from followthemoney import model

    schema = "Person" if kind == "Person" else "Organization" if kind in ORG_KINDS else "LegalEntity"
    names = sorted(set(names))[:12]
    proxy = model.make_entity(schema)
    proxy.id = "cg-" + digest(schema, *names)
    proxy.add("name", names)
    return proxy


def name_score(kind: str, a: Iterable[str], b: Iterable[str]) -> tuple[float, str]:
    """LogicV2's name score for two sets of name forms, with its explanation."""
    logic, config = _logic()
    result = logic.compare(_proxy(kind, a), _proxy(kind, b), config)  # type: ignore[attr-defined]
    detail = "; ".join(f"{k}: {v.detail}" for k, v in result.explanations.items()
                       if v.score > 0 and v.detail)
    return float(result.score), detail


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
        if score >= threshold:
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
    _join_short_names(groups, uf, states, join)

    # 2c'. "Feilong", "Shenzhen Feilong", "Feilong Technology": one distinctive word, one firm
    _join_distinctive_words(groups, uf, states, join)

    # 2d. "State Authority for Military Industry" in a report on Belarus → "… of Belarus"
    _join_country_qualified(groups, uf, states, join)

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


def _join_short_names(groups: list[Group], uf: UnionFind, states: dict[int, ClusterState],
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


def _join_distinctive_words(groups: list[Group], uf: UnionFind, states: dict[int, ClusterState],
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


def _join_country_qualified(groups: list[Group], uf: UnionFind, states: dict[int, ClusterState],
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
    return not p.initials or any(_given_fits(p, parts(form, "Person")) for form in st.forms)


def _given_fits(p: NameParts, host: NameParts) -> bool:
    """The first initial of ``p`` ("Y." Kovalchuk) fits a word of ``host`` other than the
    surname, compared in either script ("Yuri", "Юрий"; :func:`initials_fit`)."""
    if not p.initials:
        return True
    surname = p.words[0] if p.words else ""
    return any(initials_fit(p.initials[0], word, key) for key, word in host.written if key != surname)


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
