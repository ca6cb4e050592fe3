"""Comparison features between a workspace entity and a list entry.

Each feature is a small function returning ``(score, detail)``; its docstring is the explanation
an analyst reads next to a match (``claimgraph entities show`` and docs/xref.md list them). The
decisive score is LogicV2's; the others say why it is believable or not.
"""
from __future__ import annotations

import functools
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from claimgraph.ids import digest
from claimgraph.resolve.names import ORG_KINDS, parts
from claimgraph.xref.datasets import ListEntry

Result = tuple[float, str]


@dataclass(slots=True)
class Subject:
    """A workspace entity as the matcher sees it: names, type and countries named beside it."""

    id: str
    type: str
    name: str
    names: list[str] = field(default_factory=list)
    countries: set[str] = field(default_factory=set)


def word_sets(names: Iterable[str], kind: str) -> list[frozenset[str]]:
    """The word keys of each name (romanised, spelling variants folded)."""
    out = []
    for name in names:
        words = frozenset(parts(name, kind).words)
        if words:
            out.append(words)
    return out


def name_words(s: Subject, e: ListEntry) -> Result:
    """Share of name words the two have in common after transliteration (best pair of names).

    1.0 means every word of the shorter name is in the longer one ("Федорищев" and
    "Vyacheslav Fedorishchev" share one of two words: 0.5). A cheap first filter, not a verdict.
    """
    best, pair = 0.0, ("", "")
    kind = s.type
    ws_names = [(n, frozenset(parts(n, kind).words)) for n in s.names[:12]]
    for en in e.names[:30]:
        ew = frozenset(parts(en, kind).words)
        if not ew:
            continue
        for sn, sw in ws_names:
            if not sw:
                continue
            score = len(sw & ew) / max(len(sw), len(ew))
            if score > best:
                best, pair = score, (sn, en)
    if best == 0:
        return 0.0, "no name word in common"
    return best, f"'{pair[0]}' ~ '{pair[1]}': {best:.2f} of the words agree"


def type_fit(s: Subject, e: ListEntry) -> Result:
    """Whether the kinds can be one thing: a person only matches a Person entry, an
    organisation any organisation-like entry (Company, PublicBody, Organization, LegalEntity)."""
    if s.type == "Person":
        ok = e.schema == "Person"
    else:
        ok = e.schema != "Person" and (s.type in ORG_KINDS or s.type == "Facility")
        if ok and {s.type, e.type} == {"Company", "PublicBody"}:
            return 0.5, f"our {s.type} is a {e.schema} on the list"
    if ok:
        return 1.0, f"{s.type} ~ {e.schema}"
    return 0.0, f"a {s.type} cannot be a {e.schema}"


SURNAME_CAP = 0.6


def full_name(s: Subject, e: ListEntry) -> Result:
    """Whether we know the person by more than one word. A surname alone ("Fedorishchev")
    could be anyone of that name, so such a match is capped at 0.6: a candidate to check,
    never a match on its own."""
    if s.type != "Person":
        return 1.0, "not a person"
    if any(len(parts(n, "Person").words) >= 2 for n in s.names):
        return 1.0, "full name known"
    return SURNAME_CAP, "only a surname is known"


def countries(s: Subject, e: ListEntry) -> Result:
    """Countries our documents name beside the entity that the list also gives for the entry
    (country, nationality, citizenship, jurisdiction). Disjoint countries lower LogicV2's score."""
    listed = entry_countries(e)
    if not s.countries or not listed:
        return 0.0, "no countries to compare"
    common = s.countries & listed
    if common:
        return 1.0, "shared: " + ", ".join(sorted(common))
    return 0.0, f"ours {', '.join(sorted(s.countries))} vs listed {', '.join(sorted(listed))}"


def entry_countries(e: ListEntry) -> set[str]:
    found: set[str] = set()
    for prop in ("country", "nationality", "citizenship", "jurisdiction"):
        found.update(v.lower() for v in e.properties.get(prop, []))
    return found


@functools.lru_cache(maxsize=1)
def _logic() -> tuple[object, object]:
    from nomenklatura.matching import LogicV2
    from nomenklatura.matching.types import ScoringConfig

    return LogicV2, ScoringConfig.defaults()


def _schema(kind: str) -> str:
    return "Person" if kind == "Person" else "Organization" if kind == "Organization" else \
        kind if kind in ("Company", "PublicBody") else "LegalEntity"


def subject_proxy(s: Subject) -> object:
    from followthemoney import model

    names = sorted(set(s.names))[:12]
    proxy = model.make_entity(_schema(s.type))
    proxy.id = "ws-" + digest(s.id, *names, *sorted(s.countries))
    proxy.add("name", names)
    proxy.add("country", sorted(s.countries))
    return proxy


def entry_proxy(e: ListEntry, list_key: str) -> object:
    from followthemoney import model

    schema = e.schema if e.schema in ("Person", "Company", "PublicBody", "Organization") else "LegalEntity"
    proxy = model.make_entity(schema)
    proxy.id = "list-" + digest(list_key, e.id)
    proxy.add("name", e.names[:30])
    proxy.add("weakAlias", e.weak[:10], quiet=True)
    proxy.add("country", sorted(entry_countries(e)), quiet=True)
    if schema == "Person":
        proxy.add("birthDate", e.properties.get("birthDate", []), quiet=True)
    return proxy


def logic_v2(s: Subject, e: ListEntry, list_key: str = "") -> Result:
    """nomenklatura's LogicV2: names compared across scripts and transliterations, word by word,
    using reference data on given names; qualified by countries (and dates of birth on lists)."""
    logic, config = _logic()
    result = logic.compare(subject_proxy(s), entry_proxy(e, list_key), config)  # type: ignore[attr-defined]
    details = [f"{k}: {v.detail}" for k, v in result.explanations.items()
               if v.detail and (v.score > 0 or k in ("country_mismatch",))]
    score = max(0.0, min(1.0, float(result.score)))
    return score, "; ".join(details) or "names do not correspond"


#: The features reported with every match, in the order shown.
FEATURES: list[tuple[str, Callable[[Subject, ListEntry], Result]]] = [
    ("name_words", name_words), ("type_fit", type_fit), ("full_name", full_name),
    ("countries", countries),
]


def explain() -> dict[str, str]:
    """Feature name → the explanation an analyst reads."""
    docs = {"logic_v2": " ".join((logic_v2.__doc__ or "").split()),
            "score": "The match score is LogicV2's score, times 0.5 when a Company meets a "
                     "PublicBody, capped at 0.6 when only a surname is known."}
    docs.update({name: " ".join((fn.__doc__ or "").split()) for name, fn in FEATURES})
    return docs
