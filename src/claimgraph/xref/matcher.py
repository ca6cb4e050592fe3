"""Workspace entities against a list: blocking, a cheap pre-score, LogicV2 on the best few.

The workspace side (thousands of entities) is indexed by block keys (word keys and their
consonant skeletons); the list (up to millions of entries) is streamed past that index once.
Time grows linearly with the list and memory with the workspace, never with their product.
Each entity keeps only its best ``keep`` candidates by pre-score; LogicV2 runs on those alone.
"""
from __future__ import annotations

import collections
import heapq
import logging
import math
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from claimgraph.ids import make_id
from claimgraph.model import Feature, Match
from claimgraph.resolve.cluster import skeleton
from claimgraph.resolve.names import parts
from claimgraph.xref.datasets import ListEntry
from claimgraph.xref.features import FEATURES, Subject, full_name, logic_v2

log = logging.getLogger(__name__)

MATCHABLE = ("Person", "Organization", "Company", "PublicBody", "Facility")
CANDIDATE_FLOOR = 0.5  # weaker results are not kept even as candidates
MIN_PRESCORE = 0.45  # about half of the (rarity-weighted) name words in common
MAX_POSTING = 50  # a key shared by more workspace entities (or 0.5 %) is too common to block on


def block_keys(name: str, kind: str) -> set[str]:
    """Blocking keys of one name: word keys and, for longer words, their consonant skeletons."""
    keys = set()
    for word in parts(name, kind).words:
        if len(word) < 3 and not word.isdigit():
            continue
        keys.add("w:" + word)
        skel = skeleton(word)
        if len(skel) >= 4:
            keys.add("s:" + skel)
    return keys


def _family(kind: str) -> str:
    return "P" if kind == "Person" else "O"


#: One name as the pre-score sees it: its word keys, skeleton → word, and total word weight.
NameWords = tuple[frozenset[str], dict[str, str], float]


@dataclass
class Index:
    """Block keys of the workspace entities, their name words, and how rare each word is."""

    subjects: list[Subject]
    postings: dict[str, list[int]] = field(default_factory=dict)
    words: list[list[NameWords]] = field(default_factory=list)
    weights: dict[str, float] = field(default_factory=dict)

    @classmethod
    def build(cls, subjects: Iterable[Subject]) -> Index:
        index = cls(list(subjects))
        postings: dict[str, list[int]] = collections.defaultdict(list)
        df: collections.Counter[str] = collections.Counter()
        raw: list[list[frozenset[str]]] = []
        for i, s in enumerate(index.subjects):
            keys: set[str] = set()
            word_sets = []
            for name in s.names[:12]:
                keys |= block_keys(name, s.type)
                w = frozenset(parts(name, s.type).words)
                if w:
                    word_sets.append(w)
            raw.append(word_sets)
            df.update(set().union(*word_sets) if word_sets else set())
            for key in keys:
                postings[_family(s.type) + key].append(i)
        # a key shared by many entities is no block: "systems", a frequent first name
        cap = max(MAX_POSTING, len(index.subjects) // 200)
        index.postings = {k: v for k, v in postings.items() if len(v) <= cap}
        index.weights = {w: 1.0 / (1.0 + math.log1p(n)) for w, n in df.items()}
        index.words = [[index.name_words(w) for w in sets] for sets in raw]
        return index

    def weight(self, word: str) -> float:
        """Rare words weigh more: a shared surname says more than a shared "Sergei"."""
        return self.weights.get(word, 1.0)

    def name_words(self, words: frozenset[str]) -> NameWords:
        return words, {skeleton(w): w for w in words}, sum(self.weight(w) for w in words)


def prescore(ws_words: list[NameWords], entry_words: list[NameWords], weights: dict[str, float],
             person: bool = False) -> float:
    """Best rarity-weighted share of agreeing words (same key or same skeleton) over name pairs.

    Two full personal names must agree on two words: "Vyacheslav Fedorov" is not a candidate
    for "Vyacheslav Fedorishchev", however rare "Vyacheslav" is.
    """
    best = 0.0
    for a, skel_a, wa in ws_words:
        for b, skel_b, wb in entry_words:
            common = a & b
            matched = sum(weights.get(w, 1.0) for w in common)
            count = len(common)
            for skel in skel_a.keys() & skel_b.keys():
                word = skel_a[skel]
                if word not in common and skel_b[skel] not in common:
                    matched += weights.get(word, 1.0)
                    count += 1
            if not matched or (person and count < 2 and len(a) > 1 and len(b) > 1):
                continue
            best = max(best, matched / max(wa, wb))
    return best


def candidates(index: Index, entries: Iterable[ListEntry], keep: int = 3,
               progress: collections.Counter[str] | None = None
               ) -> dict[int, list[tuple[float, str, ListEntry]]]:
    """Stream the list once; each workspace entity keeps its ``keep`` best entries."""
    best: dict[int, list[tuple[float, str, ListEntry]]] = collections.defaultdict(list)
    stats = progress if progress is not None else collections.Counter()
    postings, weights = index.postings, index.weights
    for entry in entries:
        stats["entries"] += 1
        fam = "P" if entry.schema == "Person" else "O"
        kind = "Person" if fam == "P" else "Organization"
        hits: set[int] = set()
        sets = []
        for name in entry.names[:30]:
            words = frozenset(parts(name, kind).words)
            if not words:
                continue
            sets.append(index.name_words(words))
            for key in block_keys(name, kind):
                hits.update(postings.get(fam + key, ()))
        if not hits:
            continue
        for i in hits:
            stats["pairs"] += 1
            score = prescore(index.words[i], sets, weights, fam == "P")
            if score < MIN_PRESCORE:
                continue
            heap = best[i]
            item = (score, entry.id, entry)
            if len(heap) < keep:
                heapq.heappush(heap, item)
            elif item[:2] > heap[0][:2]:
                heapq.heapreplace(heap, item)
    return best


def score_candidates(index: Index, found: dict[int, list[tuple[float, str, ListEntry]]],
                     list_name: str, list_version: str, floor: float = CANDIDATE_FLOOR
                     ) -> Iterator[Match]:
    """LogicV2 and the explaining features for each kept candidate; matches at ``floor`` or above."""
    list_key = f"{list_name}@{list_version}"
    for i in sorted(found):
        s = index.subjects[i]
        for _, _, entry in sorted(found[i], key=lambda t: (-t[0], t[1])):
            fit, _ = FEATURES[1][1](s, entry)
            if fit == 0:
                continue
            score, detail = logic_v2(s, entry, list_key)
            score = min(score * fit, full_name(s, entry)[0])
            if score < floor:
                continue
            features = [Feature("logic_v2", round(score, 3), detail)]
            features += [Feature(name, round(fn(s, entry)[0], 3), fn(s, entry)[1])
                         for name, fn in FEATURES]
            yield Match(id=make_id("match", s.id, list_name, list_version, entry.id),
                        entity_id=s.id, list_name=list_name, list_version=list_version,
                        list_entity_id=entry.id, list_entity_name=entry.name,
                        list_entity_schema=entry.schema, score=round(score, 3), features=features)


def match(subjects: Iterable[Subject], entries: Iterable[ListEntry], list_name: str,
          list_version: str, keep: int = 3, floor: float = CANDIDATE_FLOOR,
          stats: collections.Counter[str] | None = None) -> list[Match]:
    """Every match of the subjects in the streamed entries at ``floor`` or above, best first."""
    index = Index.build(subjects)
    found = candidates(index, entries, keep=keep, progress=stats)
    matches = list(score_candidates(index, found, list_name, list_version, floor))
    if stats is not None:
        stats["scored"] = sum(len(v) for v in found.values())
    return sorted(matches, key=lambda m: (-m.score, m.entity_id, m.list_entity_id))
