"""Bounded walks over a sentence's dependency tree, and the check that makes a parse a tree.

A token's ``head`` is the index of its syntactic head in the sentence; a token that is its own
head is a root. Parsers do not always keep to that: Natasha's parser picks each token's head on
its own and can return heads that form a cycle, and a head may point outside the sentence.
:func:`repair` turns any head list into a forest where the parse enters the pipeline. Every rule
still walks the tree through the helpers here, which remember the tokens they visited and stop at a
step cap, so no walk can loop even over a parse that was never checked.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol


class _Headed(Protocol):
    head: int
    dep: str
    pos: str


def head(tokens: Sequence[_Headed], i: int) -> int | None:
    """The head of token ``i``; None for a root or a head outside the sentence."""
    h = tokens[i].head
    return h if 0 <= h < len(tokens) and h != i else None


def ancestors(tokens: Sequence[_Headed], i: int, limit: int | None = None) -> list[int]:
    """The heads above token ``i``, nearest first, at most ``limit`` of them; the walk ends at a root,
    at a head outside the sentence, or where it would come back to a token already passed."""
    out: list[int] = []
    seen = {i}
    cap = len(tokens) if limit is None else min(limit, len(tokens))
    while len(out) < cap:
        h = head(tokens, i)
        if h is None or h in seen:
            break
        out.append(h)
        seen.add(h)
        i = h
    return out


def path_to_root(tokens: Sequence[_Headed], i: int) -> list[int]:
    """Token ``i`` and every head above it."""
    return [i, *ancestors(tokens, i)]


def climb(tokens: Sequence[_Headed], i: int, keep: Callable[[int], bool]) -> int:
    """The highest token reached from ``i`` by going up while ``keep(head)`` holds: the head token of a
    name whose words all belong to it ("the token of a mention whose head lies outside it")."""
    for h in ancestors(tokens, i):
        if not keep(h):
            break
        i = h
    return i


def children(tokens: Sequence[_Headed]) -> list[list[int]]:
    """The dependents of every token, in sentence order; a root and a head outside the sentence give none."""
    out: list[list[int]] = [[] for _ in tokens]
    for i in range(len(tokens)):
        h = head(tokens, i)
        if h is not None:
            out[h].append(i)
    return out


def roots(tokens: Sequence[_Headed]) -> list[int]:
    """Tokens that are their own head or whose head lies outside the sentence."""
    return [i for i in range(len(tokens)) if head(tokens, i) is None]


def subtree(tokens: Sequence[_Headed], i: int, kids: list[list[int]] | None = None,
            limit: int | None = None) -> list[int]:
    """Token ``i`` and everything below it, in sentence order; each token is taken once, at most
    ``limit`` of them (all of the sentence by default)."""
    kids = children(tokens) if kids is None else kids
    cap = len(tokens) if limit is None else min(limit, len(tokens))
    seen = {i}
    stack = [i]
    while stack and len(seen) < cap:
        for c in kids[stack.pop()]:
            if c not in seen and len(seen) < cap:
                seen.add(c)
                stack.append(c)
    return sorted(seen)


def cycles(tokens: Sequence[_Headed]) -> list[list[int]]:
    """Every cycle of heads, each as the tokens on it in the order the heads lead."""
    state = [0] * len(tokens)  # 0 unseen, 1 on the current path, 2 done
    out = []
    for start in range(len(tokens)):
        path = []
        i: int | None = start
        while i is not None and state[i] == 0:
            state[i] = 1
            path.append(i)
            i = head(tokens, i)
        if i is not None and state[i] == 1:
            out.append(path[path.index(i):])
        for k in path:
            state[k] = 2
    return out


#: relations of words that modify another and never head a sentence
_MODIFIERS = frozenset({"amod", "det", "case", "punct", "nummod", "advmod", "mark", "cc", "aux", "cop", "flat",
                        "fixed", "compound", "goeswith", "discourse", "expl", "clf", "dep"})


def repair(tokens: Sequence[_Headed]) -> int:
    """Make the heads of a sentence a forest; returns how many heads changed.

    A head outside the sentence becomes the token itself (a root). A cycle is cut at one of its
    tokens, which becomes a root: the one labelled ``root`` if any, else, among those not labelled
    as a modifier or function word ("amod", "case", "punct" …) where there are such, the one with
    the longest arc to its head (a parser's long attachments are its likeliest errors), the first
    on a tie. When the sentence then has no token labelled ``root``, the first token made a root
    takes the label.
    """
    cut: list[int] = []
    for i, tok in enumerate(tokens):
        if not 0 <= tok.head < len(tokens):
            tok.head = i
            cut.append(i)
    for ring in cycles(tokens):
        ordered = sorted(ring)
        k = next((k for k in ordered if tokens[k].dep == "root"), None)
        if k is None:
            heads = [k for k in ordered if tokens[k].dep.split(":")[0] not in _MODIFIERS] or ordered
            k = max(heads, key=lambda k: (abs(tokens[k].head - k), -k))
        tokens[k].head = k
        cut.append(k)
    if cut and not any(t.dep == "root" for t in tokens):
        tokens[cut[0]].dep = "root"
    return len(cut)


__all__ = ["ancestors", "children", "climb", "cycles", "head", "path_to_root", "repair", "roots", "subtree"]
