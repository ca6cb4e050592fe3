"""Disjoint sets (union-find) over orderable keys.

The smallest key of a set is its root, so the root, and every id derived from it, is the same
whatever order the unions came in: re-runs give the same clusters and the same ids.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable, Iterable, Iterator
from typing import Generic, TypeVar

K = TypeVar("K", bound=Hashable)


class DisjointSets(Generic[K]):
    """Union-find with path compression; a key never passed to :meth:`union` is its own set."""

    def __init__(self, keys: Iterable[K] = ()) -> None:
        self.parent: dict[K, K] = {k: k for k in keys}

    def __contains__(self, key: object) -> bool:
        return key in self.parent

    def __iter__(self) -> Iterator[K]:
        return iter(self.parent)

    def find(self, key: K) -> K:
        root = key
        while self.parent.get(root, root) != root:
            root = self.parent[root]
        while self.parent.get(key, key) != root:  # compress the path walked
            self.parent[key], key = root, self.parent[key]
        return root

    def union(self, a: K, b: K) -> bool:
        """Join the sets of ``a`` and ``b``; True when they were apart."""
        self.parent.setdefault(a, a)
        self.parent.setdefault(b, b)
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        low, high = (ra, rb) if ra < rb else (rb, ra)  # type: ignore[operator]
        self.parent[high] = low
        return True

    def groups(self) -> dict[K, list[K]]:
        """Every set by its root, members in key order."""
        out: dict[K, list[K]] = defaultdict(list)
        for key in sorted(self.parent):  # type: ignore[type-var]
            out[self.find(key)].append(key)
        return dict(out)

