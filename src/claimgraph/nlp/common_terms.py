"""Capitalised words that name a kind of thing, never one entity: "LNG", "UAVs", "BYN", "the West".

Statistical models read abbreviations of commodities, weapon classes and "the media" as
organisations ("Russian LNG", "two UAVs", "СМИ"), currency codes in rate tables as firms, and the political blocs
"the West" / "Western" as a place or a people. None of them is a name an analyst looks up.
"""
from __future__ import annotations

from collections.abc import Iterable

from claimgraph.model import Mention

#: Abbreviations of goods, weapon classes and measures (singular and plural as written).
_KINDS = frozenset({
    "lng", "lpg", "cng", "uav", "uavs", "uas", "ucav", "ucavs", "ugv", "ugvs", "usv", "usvs", "fpv", "gdp",
    "mlrs", "manpads", "icbm", "icbms", "irbm", "irbms", "bpla", "бпла", "спг", "ввп",
    "пво", "ппо", "сво",  # air defence, the "special military operation": a kind of force, a war's name
    "сми", "змі", "смі",  # "the media"
})
#: ISO codes of currencies, as rate tables and prices print them.
_CURRENCIES = frozenset({"usd", "eur", "rub", "byn", "byr", "cny", "uah", "kzt", "gbp", "jpy", "chf", "try", "irr",
                         "pln", "amd", "gel", "azn", "uzs", "kgs", "tjs", "mdl", "inr"})
#: Political blocs written like places or peoples.
_BLOCS = frozenset({"west", "western", "east", "eastern"})


def is_common_term(text: str) -> bool:
    """Whether ``text`` names a kind of thing or a bloc, not an entity."""
    key = text.strip().casefold()
    return key in _KINDS or key in _CURRENCIES or key in _BLOCS


def without_common_terms(mentions: Iterable[Mention]) -> list[Mention]:
    """``mentions`` without names of kinds, currency codes and blocs (values are kept)."""
    return [m for m in mentions if m.label in ("Date", "Quantity", "Money") or not is_common_term(m.text)]


__all__ = ["is_common_term", "without_common_terms"]
