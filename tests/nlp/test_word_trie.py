"""Names in a word trie: the longest name wins, and the winner never depends on the order in which
a word's spellings are offered."""
from __future__ import annotations

import itertools

from claimgraph.nlp.word_trie import longest_match


def _trie() -> dict:
    return {"гродно": {"": "Гродно"}, "гродна": {"": "Гродна", "область": {"": "Гродненская область"}}}


def _always(_: int) -> bool:
    return True


def test_the_longest_name_starting_at_a_word_wins() -> None:
    keys = [["гродна"], ["область"]]
    assert longest_match(_trie(), keys[0], keys.__getitem__, 0, 2, _always, 5) == (1, "Гродненская область")


def test_two_spellings_of_one_word_give_the_same_name_in_any_order() -> None:
    results = {longest_match(_trie(), order, lambda j: (), 0, 1, _always, 5)
               for order in itertools.permutations(["гродно", "гродна", "гродн"])}
    assert len(results) == 1


def test_no_name_when_no_key_starts_one() -> None:
    assert longest_match(_trie(), ["минск"], lambda j: (), 0, 1, _always, 5) is None
