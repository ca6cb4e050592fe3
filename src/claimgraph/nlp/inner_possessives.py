"""An English name with a possessive inside is two names: "Treasury’s Office of Foreign Assets
Control" is the Treasury and its office, "Ukraine’s Center for Countering Disinformation" the
country and its centre.

The statistical model reads the owner, the possessive and the owned name as one span. The owned
part keeps the span's type (its head word decided it); the owner is a country when it names one,
a kind its own words tell ("Treasury"), or an organisation.
"""
from __future__ import annotations

import re
from collections.abc import Callable

from claimgraph.model import Mention

_INNER = re.compile(r"['’]s[ \t]+(?=[A-Z])")
_SPLIT_LABELS = frozenset({"PublicBody", "Organization", "Company", "Facility", "Location"})


def split_owner(mentions: list[Mention], text: str, owner_label: Callable[[str], str],
                make: Callable[[int, int, str], Mention]) -> list[Mention]:
    """``mentions`` with every name holding an inner possessive cut into owner and owned name."""
    out: list[Mention] = []
    for m in mentions:
        cut = _INNER.search(text, m.start, m.end) if m.label in _SPLIT_LABELS else None
        if cut is None or cut.start() <= m.start or cut.end() >= m.end:
            out.append(m)
            continue
        owner = text[m.start:cut.start()]
        out.append(make(m.start, cut.start(), owner_label(owner)))
        out.append(make(cut.end(), m.end, m.label))
    return out


__all__ = ["split_owner"]
