"""A possessive inside a name names its owner: "China's foreign ministry" is the Chinese one."""
from __future__ import annotations

from claimgraph.resolve.names import name_key


def test_a_state_possessive_keys_as_the_state() -> None:
    assert name_key("China’s foreign ministry", "PublicBody") == name_key("Chinese foreign ministry", "PublicBody")
    assert name_key("Belarus's defence ministry", "PublicBody") == name_key("Belarusian defence ministry", "PublicBody")


def test_an_apostrophe_inside_a_surname_stays() -> None:
    assert name_key("Conor O'Sullivan", "Person") != name_key("Conor Sullivan", "Person")
