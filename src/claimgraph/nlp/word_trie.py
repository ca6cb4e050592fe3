"""Word tries of names: each word of a name is a key, and ``""`` marks where a name ends."""
from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any


def longest_match(root: dict[str, Any], first: Iterable[str], keys_at: Callable[[int], Iterable[str]],
                  i: int, count: int, joined: Callable[[int], bool], max_words: int) -> tuple[int, Any] | None:
    """The longest name of the trie that starts at word ``i`` of ``count`` words: ``(its last word,
    the value stored at its end)``, or None. ``first`` are the keys of word ``i``, ``keys_at(j)``
    those of a later word ``j``; ``joined(j)`` says whether word ``j`` may continue a name from the
    word before it. At most ``max_words`` words are read. Keys are read in sorted order, so where
    two spellings of one word end two names the same one wins in every run."""
    nodes = [root[k] for k in sorted(first) if k in root]
    best = None
    j = i
    while nodes:
        for node in nodes:
            if "" in node:
                best = (j, node[""])
        j += 1
        if j >= count or j - i >= max_words or not joined(j):
            break
        nodes = [node[k] for node in nodes for k in sorted(keys_at(j)) if k in node]
    return best
