"""One statement told under a body's name and under the name of the person who speaks for it.

"China criticised the president's remarks … Foreign ministry spokesman Lin Jian called them
groundless", "Минобороны опровергло сообщения … Представитель ведомства Иван Петров заявил": a
person holding a post at a body (a ``holds_role`` claim of the report: "spokesman of the Chinese
foreign ministry") speaks for it, and for the state the body belongs to. Two announcements of one
day (or one of them undated), one by the body or its state and one by its officeholder, are the
same statement told twice; they merge into the first.
"""
from __future__ import annotations

from claimgraph.model import Event
from claimgraph.nlp.countries import territory_code
from claimgraph.nlp.doc import AnalyzedDoc

#: how many earlier statements a later one is compared with, so a hostile document stays linear
WINDOW = 30


def _stem(name: str) -> str:
    """A name's last word cut to a stem that case endings leave alone ("Цзяня" and "Цзянь")."""
    words = name.split()
    return words[-1].lower()[:4] if words else ""


def _codes(name: str) -> set[str]:
    """The states a name or one of its words names ("Министерство иностранных дел Китая" → CN)."""
    codes = {territory_code(name)} | {territory_code(w) for w in name.split() if w[:1].isupper()}
    return {c for c in codes if c}


def offices(doc: AnalyzedDoc) -> dict[str, list[str]]:
    """Person stem → the bodies (not states) the report says the person holds a post at."""
    out: dict[str, list[str]] = {}
    for c in doc.claims:
        # a post at a state itself (a president, a minister of a country) is no body's voice: the
        # state's offices speak apart
        if c.predicate == "holds_role" and c.object and len(_stem(c.subject)) >= 3 and territory_code(c.object) is None:
            out.setdefault(_stem(c.subject), []).append(c.object)
    return out


def _speaks_for(person: str, party: str, posts: dict[str, list[str]]) -> bool:
    """Whether ``person`` holds a post at ``party`` or at a body of the state ``party`` names (a body
    named without its state, "the foreign ministry", is taken to be that state's)."""
    bodies = posts.get(_stem(person), [])
    if not bodies:
        return False
    code = territory_code(party)
    party_codes = _codes(party)
    return any(party == b or _stem(party) == _stem(b) or (code is not None and (code in _codes(b) or _generic(b)))
               or bool(party_codes & _codes(b)) for b in bodies)


def _generic(body: str) -> bool:
    """An office named by common words alone ("Министерство иностранных дел", "the foreign ministry"):
    whose it is the name does not tell."""
    words = body.split()
    return (bool(words) and not _codes(body) and words[0].lower() in _OFFICE_WORDS
            and all(w.islower() for w in words[1:]))


#: words an office's name begins with
_OFFICE_WORDS = frozenset({"ministry", "foreign", "defence", "defense", "department", "office", "министерство",
                           "мид", "ведомство", "міністерство", "мзс"})


def _same_side(p: str, side: list[str], posts: dict[str, list[str]]) -> bool:
    """``p`` is one of ``side``, names its state, or speaks for one of it."""
    return p in side or any(_codes(p) & _codes(q) or _speaks_for(p, q, posts) for q in side)


def _one_voice(a: Event, b: Event, posts: dict[str, list[str]]) -> bool:
    if a.type != "announcement" or b.type != "announcement" or not a.participants or not b.participants:
        return False
    if a.time and b.time and (a.time.start, a.time.end) != (b.time.start, b.time.end):
        return False
    linked = any(_speaks_for(p, q, posts) for p in b.participants for q in a.participants) or any(
        _speaks_for(p, q, posts) for p in a.participants for q in b.participants)
    return linked and (all(_same_side(p, a.participants, posts) for p in b.participants)
                       or all(_same_side(p, b.participants, posts) for p in a.participants))


def merge_voices(doc: AnalyzedDoc, events: list[Event]) -> list[Event]:
    """Merge a statement by a body's officeholder into the body's statement of that day, and the other
    way round (the first told stays the evidence)."""
    posts = offices(doc)
    if not posts:
        return events
    out: list[Event] = []
    for e in events:
        target = next((o for o in reversed(out[-WINDOW:]) if _one_voice(o, e, posts)), None)
        if target is None:
            out.append(e)
            continue
        target.time = target.time or e.time
        target.participants += [p for p in e.participants if p not in target.participants]
    return out


__all__ = ["merge_voices", "offices"]
