"""Disjoint sets: the smallest key is the root, whatever the order of unions."""
from __future__ import annotations

import itertools

from claimgraph.disjoint import DisjointSets


def test_disjoint_root_is_the_smallest_key_in_any_union_order() -> None:
    pairs = [("d", "b"), ("c", "a"), ("b", "c"), ("x", "y")]
    roots = set()
    for order in itertools.permutations(pairs):
        sets: DisjointSets[str] = DisjointSets()
        for a, b in order:
            sets.union(a, b)
        roots.add(tuple(sorted(sets.groups())))
        assert sets.find("d") == "a" and sets.find("y") == "x"
    assert roots == {("a", "x")}


def test_disjoint_unknown_key_is_its_own_set_and_union_reports_change() -> None:
    sets = DisjointSets(range(3))
    assert sets.find(7) == 7 and 7 not in sets
    assert sets.union(2, 1) is True and sets.union(1, 2) is False
    assert sets.groups() == {0: [0], 1: [1, 2]}
