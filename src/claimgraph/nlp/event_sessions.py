"""Sessions of a council: "заседание Высшего государственного совета", "заседание межправкомиссии".

A session of a council, commission or committee is its members' meeting, and news often tells it
only as the setting of what was said or signed there ("заявил по итогам заседания Высшего
госсовета", "подписали договор после заседания совета"): the session is a meeting of the report
beside the statement or the signing. A session of a forum or a parliament's plenary sitting is
no meeting of parties (the word alone stays what the lexicon makes it).
"""
from __future__ import annotations

from claimgraph.nlp.doc import Sentence

#: nouns of a sitting
SESSION_NOUNS = frozenset({"заседание", "засідання", "session", "sitting"})
#: bodies whose sitting is a meeting of their members (lemma stems, so "госсовет", "совбез" count)
COUNCIL_STEMS = ("совет", "госсовет", "совбез", "комисси", "межправкомисси", "комитет", "council", "commission",
                 "committee", "коміс", "коміт")
_COUNCIL_WORDS = frozenset({"рада"})


def _lemma(sent: Sentence, i: int) -> str:
    tok = sent.tokens[i]
    return (tok.lemma or tok.text).lower()


def council_session(sent: Sentence, i: int) -> bool:
    """Whether token ``i`` is a sitting of a council, commission or committee ("заседания Высшего
    государственного совета", "a session of the Security Council")."""
    toks = sent.tokens
    if toks[i].pos != "NOUN" or _lemma(sent, i) not in SESSION_NOUNS:
        return False
    return any(t.head == i and t.dep.split(":")[0] == "nmod" and (
        _lemma(sent, c).startswith(COUNCIL_STEMS) or _lemma(sent, c) in _COUNCIL_WORDS) for c, t in enumerate(toks))


def has_council_session(sent: Sentence) -> bool:
    """Whether the sentence tells a sitting of a council anywhere."""
    return any(council_session(sent, i) for i in range(len(sent.tokens)))


__all__ = ["COUNCIL_STEMS", "SESSION_NOUNS", "council_session", "has_council_session"]
