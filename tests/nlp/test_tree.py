"""Walks over a dependency tree end on any head list, and a parse is made a tree where it enters."""
from __future__ import annotations

import pytest

from claimgraph.nlp import tree
from claimgraph.nlp.doc import Token
from claimgraph.nlp.parse import checked_sentence


def tokens(*spec: tuple[str, int, str] | tuple[str, int, str, str]) -> list[Token]:
    """Tokens from (text, head, dep[, pos]), laid out one character apart."""
    out, at = [], 0
    for text, head, dep, *pos in spec:
        out.append(Token(at, at + len(text), text, text.lower(), pos[0] if pos else "NOUN", dep, head))
        at += len(text) + 1
    return out


def is_forest(toks: list[Token]) -> bool:
    """Every head lies in the sentence and every token reaches a root."""
    return all(0 <= t.head < len(toks) for t in toks) and not tree.cycles(toks)


# a cycle of three: 0 → 1 → 2 → 0, and 3 hanging off it
RING = [("a", 1, "nmod"), ("b", 2, "nmod"), ("c", 0, "nmod"), ("d", 2, "amod")]


def test_ancestors_climb_to_the_root_nearest_first() -> None:
    toks = tokens(("big", 1, "amod"), ("plant", 2, "nsubj"), ("opened", 2, "root", "VERB"))
    assert tree.ancestors(toks, 0) == [1, 2]
    assert tree.ancestors(toks, 0, limit=1) == [1]
    assert tree.ancestors(toks, 2) == []
    assert tree.path_to_root(toks, 0) == [0, 1, 2]


def test_ancestors_on_a_cycle_pass_each_token_once() -> None:
    toks = tokens(*RING)
    assert tree.ancestors(toks, 0) == [1, 2]
    assert tree.ancestors(toks, 3) == [2, 0, 1]
    assert tree.ancestors(toks, 3, limit=100) == [2, 0, 1]


def test_a_self_loop_and_heads_outside_the_sentence_are_roots() -> None:
    toks = tokens(("a", 0, "root"), ("b", 7, "nmod"), ("c", -1, "nmod"), ("d", 1, "amod"))
    assert tree.head(toks, 0) is None and tree.head(toks, 1) is None and tree.head(toks, 2) is None
    assert tree.roots(toks) == [0, 1, 2]
    assert tree.ancestors(toks, 3) == [1]
    assert tree.children(toks) == [[], [3], [], []]


def test_climb_stops_where_the_condition_fails_or_the_cycle_closes() -> None:
    # "центру беспилотных систем" with the name's two nouns heading each other
    toks = tokens(("центру", 2, "iobj"), ("беспилотных", 2, "amod"), ("систем", 0, "nmod"), ("в", 4, "case"),
                  ("Томске", 4, "root"))
    inside = {0, 1, 2}
    assert tree.climb(toks, 1, lambda h: h in inside) in inside
    assert tree.climb(toks, 0, lambda h: h in inside) == 2
    assert tree.climb(toks, 3, lambda h: h in inside) == 3


def test_subtree_takes_each_token_once_even_through_a_cycle() -> None:
    toks = tokens(*RING)
    assert tree.subtree(toks, 0) == [0, 1, 2, 3]
    assert len(tree.subtree(toks, 2, limit=2)) == 2


def test_cycles_are_found_in_the_order_the_heads_lead() -> None:
    assert tree.cycles(tokens(*RING)) == [[0, 1, 2]]
    pair = tokens(("a", 1, "amod"), ("b", 0, "nsubj"), ("c", 2, "root"), ("d", 4, "x"), ("e", 3, "x"))
    assert tree.cycles(pair) == [[0, 1], [3, 4]]
    assert tree.cycles(tokens(("a", 1, "amod"), ("b", 1, "root"))) == []


def test_repair_makes_a_head_outside_the_sentence_a_root() -> None:
    toks = tokens(("a", 1, "amod"), ("b", 9, "nsubj"), ("c", -4, "root", "VERB"))
    assert tree.repair(toks) == 2
    assert [t.head for t in toks] == [1, 1, 2]
    assert is_forest(toks)


def test_repair_cuts_a_cycle_at_its_root_labelled_token() -> None:
    toks = tokens(("a", 1, "nsubj"), ("b", 2, "root", "VERB"), ("c", 0, "obj"))
    assert tree.repair(toks) == 1
    assert [t.head for t in toks] == [1, 1, 0]


def test_repair_cuts_a_cycle_at_its_longest_arc_and_never_at_a_modifier() -> None:
    # "мощность — не 5, а 50 тысяч беспилотников": мощность → 5 → беспилотников → мощность
    toks = tokens(("мощность", 3, "nsubj"), ("—", 3, "punct"), ("не", 3, "advmod"), ("5", 5, "nummod"),
                  ("тысяч", 5, "nummod"), ("беспилотников", 0, "conj"))
    tree.repair(toks)
    assert toks[5].head == 5 and toks[5].dep == "root"  # the arc of five tokens back is cut
    assert is_forest(toks)
    # a modifier never becomes the root, however long its arc
    toks = tokens(("живой", 2, "amod"), ("x", 2, "punct"), ("бог", 0, "nsubj"))
    tree.repair(toks)
    assert toks[2].head == 2 and toks[0].head == 2


def test_repair_labels_the_cut_token_root_only_when_the_sentence_has_none() -> None:
    toks = tokens(("центру", 1, "iobj"), ("систем", 0, "nmod"), ("Томске", 2, "root"))
    tree.repair(toks)
    assert toks[0].head == 0 and toks[0].dep == "iobj"
    assert [t.dep for t in toks].count("root") == 1


def test_repair_leaves_a_tree_alone() -> None:
    toks = tokens(("big", 1, "amod"), ("plant", 2, "nsubj"), ("opened", 2, "root", "VERB"))
    assert tree.repair(toks) == 0
    assert [(t.head, t.dep) for t in toks] == [(1, "amod"), (2, "nsubj"), (2, "root")]


@pytest.mark.parametrize("heads", [
    [1, 0, 3, 2, 5, 4],  # three pairs
    [1, 2, 3, 4, 5, 0],  # one ring through the whole sentence
    [5, 5, 5, 5, 5, 4],  # all hanging off a pair
    [6, -1, 40, 0, 0, 0],  # heads outside the sentence
])
def test_every_sentence_built_at_the_parse_entry_is_a_forest(heads: list[int]) -> None:
    toks = tokens(*[(f"w{i}", h, "nmod") for i, h in enumerate(heads)])
    sent = checked_sentence(toks)
    assert is_forest(sent.tokens)
    assert all(len(tree.path_to_root(sent.tokens, i)) <= len(heads) for i in range(len(heads)))
    assert sum(t.dep == "root" for t in sent.tokens) >= 1
