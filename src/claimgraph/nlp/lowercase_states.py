"""States a Ukrainian outlet writes in lower case on purpose: "війська росії", "кордон з білоруссю".

Many Ukrainian outlets write the aggressor states without a capital, in every case form. Such a
word is still the country. Only the states the convention is kept for count, and only words of
five letters or more, so that a common word that happens to fold to a country's name ("роси",
dew) stays a word.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from claimgraph.model import Mention

#: Territory codes of the states written in lower case on purpose.
LOWERCASE_STATES = frozenset({"ru", "by"})
_LOWER_WORD = re.compile(r"(?<![\w#@/.\-«])([а-яіїєґ]{5,})(?![\w@/\-])")


def lowercase_states(text: str, code_of: Callable[[str], str | None], make: Callable[[int, int, str], Mention],
                     taken: Iterable[Mention]) -> list[Mention]:
    """Country mentions for the lower-case state names no ``taken`` mention covers."""
    spans = [(m.start, m.end) for m in taken]
    out: list[Mention] = []
    for m in _LOWER_WORD.finditer(text):
        if code_of(m.group(1)) not in LOWERCASE_STATES:
            continue
        if not any(s < m.end() and m.start() < e for s, e in spans):
            out.append(make(m.start(), m.end(), m.group(1)))
    return out


__all__ = ["LOWERCASE_STATES", "lowercase_states"]
