"""An acronym a report defines in parentheses after a name is that name's kind everywhere:
"the Main Intelligence Directorate (HUR)" makes every "HUR" of the report a public body.

The acronym need not spell the name's initials (a transliterated "HUR" for a translated name), but
it is written in capitals right after the name, alone in its parenthesis.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from claimgraph.model import Mention

_DEFINED = re.compile(r"[ \t]*\([“\"']?([A-Z][A-Z0-9&]{1,7})[”\"']?\)")
_KINDS = frozenset({"PublicBody", "Organization", "Company", "Facility"})


def with_defined_acronyms(text: str, mentions: list[Mention], make: Callable[[int, int, str], Mention],
                          others: Sequence[Mention] = ()) -> list[Mention]:
    """``mentions`` with each defined acronym marked, or retyped, as its name's kind at every occurrence.

    ``others`` (rule mentions) may define acronyms too and are never overlapped.
    """
    kinds: dict[str, str] = {}
    for m in [*mentions, *others]:
        hit = _DEFINED.match(text, m.end) if m.label in _KINDS and " " in m.text.strip() else None
        if hit:
            kinds.setdefault(hit.group(1), m.label)
    if not kinds:
        return mentions
    out = [make(m.start, m.end, kinds[m.text]) if m.text in kinds and m.label != kinds[m.text] else m
           for m in mentions]
    spans = sorted((m.start, m.end) for m in [*out, *others])
    pattern = re.compile(r"(?<![\w-])(" + "|".join(re.escape(a) for a in sorted(kinds, key=len, reverse=True))
                         + r")(?![\w-])")
    for hit in pattern.finditer(text):
        if not any(s < hit.end() and hit.start() < e for s, e in spans):
            out.append(make(hit.start(), hit.end(), kinds[hit.group(1)]))
    return out


__all__ = ["with_defined_acronyms"]
