"""Verbs of a title-case headline read into a name: "Kremlin Denies …", "Pentagon Says …".

A headline capitalises every word, so a name tagger may run a speaker's name on into the verb that
follows it. Within a headline line, a name stops before a capitalised third-person form of a speech
verb; the verb is no part of the name. Verbs whose "-s" form is also a noun in names ("States",
"Reports", "Notes") are left alone.
"""
from __future__ import annotations

import re

from claimgraph.nlp.lexicon import SPEECH_VERBS

#: speech verbs whose third-person form also reads as a plural noun in names
_NOUN_LIKE = frozenset({"state", "report", "note", "claim", "call", "comment", "promise", "pledge", "estimate",
                        "write", "stress", "add", "believe"})
_TITLE_SHARE = 0.6  # share of a line's longer words that start in capitals for it to be a title-case headline
_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def _third_person(verb: str) -> set[str]:
    if verb.endswith("y") and verb[-2:-1] not in "aeiou":
        return {verb[:-1] + "ies"}
    if verb.endswith(("s", "sh", "ch", "x")):
        return {verb + "es"}
    return {verb + "s"}


_FORMS = frozenset(f for v in SPEECH_VERBS["en"] - _NOUN_LIKE for f in _third_person(v))


def is_title_case_line(text: str, at: int) -> bool:
    """Whether the line holding ``at`` is a headline in title case (no closing stop, most words capitalised)."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    line = text[start:end if end != -1 else len(text)].strip()
    if not line or line[-1] in ".!?…":
        return False
    words = [w for w in _WORD.findall(line) if len(w) > 3]
    return len(words) >= 2 and sum(w[0].isupper() for w in words) >= _TITLE_SHARE * len(words)


def name_end_before_verb(text: str, start: int, end: int) -> int:
    """Where a name spanning ``text[start:end]`` on a title-case headline ends: before its first
    capitalised speech verb after the first word ("Kremlin Denies" → "Kremlin"); else ``end``."""
    words = list(_WORD.finditer(text, start, end))
    for w in words[1:]:
        if w.group()[0].isupper() and w.group().casefold() in _FORMS and is_title_case_line(text, start):
            return len(text[start:w.start()].rstrip()) + start
    return end
