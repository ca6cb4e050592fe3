"""English ministries written in lower case: "according to the defence ministry".

Many English outlets write a ministry by its portfolio in lower case, which a model trained on
capitalised names misses, so the body that states a figure or a denial goes unnamed. A ministry
is a portfolio word and "ministry" after "the"; the mention is the portfolio and "ministry", as
the capitalised form is ("Defence Ministry"). After a state's possessive ("China's foreign
ministry") the state speaks for its ministry, unless the phrase names a source ("according to
China's foreign ministry", one name: :mod:`claimgraph.nlp.public_bodies`), and without an opening ("a ministry", "ministry officials") the words describe and name nothing.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from claimgraph.model import Mention

#: Portfolios of a ministry an outlet writes in lower case (also read after a nationality by
#: :mod:`claimgraph.nlp.public_bodies`: "Chinese foreign ministry").
PORTFOLIOS = ("defence", "defense", "foreign", "interior", "foreign affairs", "internal affairs", "economy",
              "finance", "justice", "energy", "trade", "industry", "emergencies", "emergency situations",
              "unification", "national", "state", "security")


def portfolio_pattern() -> str:
    """A regular expression alternation of :data:`PORTFOLIOS`, longest first, any blanks between words."""
    return "|".join(p.replace(" ", r"[ \t]+") for p in sorted(PORTFOLIOS, key=len, reverse=True))
_MINISTRY = re.compile(
    r"\b[Tt]he\s+"
    r"(?P<name>(?:" + portfolio_pattern() + r")\s+ministry)\b(?!\s+of\b)")


def lowercase_ministries(text: str, make: Callable[[int, int, str], Mention]) -> Iterator[Mention]:
    """A PublicBody mention for each lower-case ministry the text names with "the"."""
    for m in _MINISTRY.finditer(text):
        yield make(m.start("name"), m.end("name"), m.group("name"))


__all__ = ["PORTFOLIOS", "lowercase_ministries", "portfolio_pattern"]
