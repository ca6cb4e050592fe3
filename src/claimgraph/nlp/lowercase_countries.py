"""Country names some outlets write in lower case on purpose: "sanctions against russia".

Several Ukrainian outlets write the aggressor's name without a capital in English. Such a word is
still the country. Only country names of five letters or more that are no English common noun
("turkey", "china", "chad") count, and never inside an address or a tag.
"""
from __future__ import annotations

import re
from collections.abc import Callable

from claimgraph.model import Mention

_LOWER_WORD = re.compile(r"(?<![\w#@/.\-])([a-z]{5,})(?![\w@/\-]|\.[a-z])")
#: Country names that are also English words.
_COMMON_NOUNS = frozenset({"turkey", "china", "chad", "georgia", "jordan", "guinea", "japan", "niger", "wales",
                           "chile", "panama", "jersey", "monaco", "malta", "samoa", "congo", "sudan", "nauru"})


def lowercase_countries(text: str, is_country: Callable[[str], bool], make: Callable[[int, int, str], Mention],
                        taken: list[Mention]) -> list[Mention]:
    """Country mentions for lower-case country names no other mention covers."""
    spans = [(m.start, m.end) for m in taken]
    out: list[Mention] = []
    for m in _LOWER_WORD.finditer(text):
        word = m.group(1)
        if word in _COMMON_NOUNS or not is_country(word):
            continue
        if not any(s < m.end() and m.start() < e for s, e in spans):
            out.append(make(m.start(), m.end(), word))
    return out


__all__ = ["lowercase_countries"]
