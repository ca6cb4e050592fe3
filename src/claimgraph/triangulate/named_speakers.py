"""Speakers a claim's own sentence names where extraction gave the claim no attribution.

"Кирби заявил: «…»", "Ранее советник президента США Джейк Салливан выступил с утверждением, что
…", "White House: North Korea delivered …": the statement is the speaker's, though the claim
read from the sentence carries no attribution and would go back to the outlet the report cites.
Within one event cluster, a speaker other reports quote by name (or a government whose account
the event has, named as a headline's "White House:" or by its officials: "US officials",
"американские власти") that the sentence names, and no other such speaker, is the claim's
origin: one speaker's statement is one origin however many outlets relay it. Governments named
together by their officials ("American and Ukrainian officials say") are each an origin of the
claim, whether or not the event's other reports give their accounts.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claimgraph.triangulate.origins import Origin

_WORD = re.compile(r"[^\W\d_]+(?:['’]s)?", re.UNICODE)
#: A seat of government opening a headline or a quote: "White House: …", "Кремль: …".
SEAT_COLON = re.compile(r"(white house|белый дом|білий дім|kremlin|кремль)\s*:", re.IGNORECASE)
SEAT_CODES = {"white house": "US", "белый дом": "US", "білий дім": "US", "kremlin": "RU", "кремль": "RU"}
#: A government named by its country and a word of its officials ("US officials", "американские
#: власти", "іранська влада"), by the country's code.
GOVERNMENT_ADJECTIVES = {
    "US": r"american|u\.s\.|us|американск\w*|американськ\w*",
    "RU": r"russian|российск\w*|російськ\w*",
    "CN": r"chinese|китайск\w*|китайськ\w*",
    "IR": r"iranian|иранск\w*|іранськ\w*",
    "KP": r"north korean|северокорейск\w*|північнокорейськ\w*",
    "KR": r"south korean|южнокорейск\w*|південнокорейськ\w*",
    "UA": r"ukrainian|украинск\w*|українськ\w*",
    "BY": r"belarusian|белорусск\w*|білоруськ\w*",
    "JP": r"japanese|японск\w*|японськ\w*",
}
_OFFICIALS = (r"authorities|officials|government|administration|intelligence|leaders|leadership|руководств\w*|керівництв\w*|власт\w*|чиновник\w*|правительств\w*|"
              r"администраци\w*|разведк\w*|влад\w*|посадовц\w*|посадовці\w*|уряд\w*|адміністраці\w*|розвідк\w*")
GOVERNMENTS = [(code, re.compile(rf"(?<!\w)(?:{adjective})\s+(?:{_OFFICIALS})(?!\w)", re.IGNORECASE))
               for code, adjective in GOVERNMENT_ADJECTIVES.items()]
_ANY_ADJECTIVE = "|".join(f"(?:{adjective})" for adjective in GOVERNMENT_ADJECTIVES.values())
_AND = r"(?:\s*,\s*|\s+(?:and|и|і|та|й)\s+)"
#: Several governments named together by their officials ("American and Ukrainian officials").
COORDINATED = re.compile(rf"(?<!\w)(?:(?:{_ANY_ADJECTIVE}){_AND})+(?:{_ANY_ADJECTIVE})\s+(?:{_OFFICIALS})(?!\w)",
                         re.IGNORECASE)
#: Words of a body's name, not a person's ("National Security Council", "МИД Ирана").
BODY_WORDS = ("council", "ministry", "department", "office", "house", "service", "committee", "agency", "command",
              "forces", "совет", "министерств", "ведомств", "служб", "комитет", "агентств", "рада", "міністерств",
              "відомств", "комітет", "мид", "мзс", "mfa", "ministerstw", "ministerium", "pentagon", "пентагон")
MIN_STEM = 4  # a shorter surname stem is too often part of another word


def surname_index(speakers: Iterable[tuple[str, Origin]], stem: Callable[[str], str]) -> dict[str, Origin]:
    """Surname stem -> the origin of the speaker named, for speakers named in full ("Jake
    Sullivan", "Джон Кирби"; ``speakers``: (name as quoted, the origin it leads to)); a stem two
    speakers share names neither."""
    found: dict[str, Origin] = {}
    shared: set[str] = set()
    for name, origin in speakers:
        words = name.split()
        tail = len(words) - next((i for i, w in enumerate(reversed(words)) if not w[:1].isupper()), len(words))
        if len(words) - tail < 2 or any(w.casefold().startswith(BODY_WORDS) for w in words[tail:]):
            continue  # no first and last name closing it ("the spokesman"), or a body ("МИД Ирана")
        key = stem(words[-1])
        if len(key) < MIN_STEM:
            continue
        if key in found and found[key].key != origin.key:
            shared.add(key)
        found.setdefault(key, origin)
    return {k: v for k, v in found.items() if k not in shared}


def named_speaker(sentence: str, by_surname: Mapping[str, Origin], officials: Mapping[str, Origin],
                  stem: Callable[[str], str]) -> Origin | None:
    """The one speaker the sentence names (by a surname of ``by_surname``; a seat opening a
    headline, or a government named by its officials, whose official account ``officials`` holds
    by country), or None."""
    named = {by_surname[k].key: by_surname[k] for w in _WORD.findall(sentence)
             if w[:1].isupper() and (k := stem(w)) in by_surname}
    codes = [SEAT_CODES[m.group(1).lower()] for m in SEAT_COLON.finditer(sentence)]
    codes += [code for code, pattern in GOVERNMENTS if pattern.search(sentence)]
    for code in codes:
        account = officials.get(code)
        if account is not None:
            named[account.key] = account
    return next(iter(named.values())) if len(named) == 1 else None


def coordinated_governments(sentence: str) -> list[str]:
    """The countries (codes) whose officials a sentence names together as one speaker ("American
    and Ukrainian officials have said", "американские и украинские власти"); empty for one."""
    m = COORDINATED.search(sentence)
    if m is None:
        return []
    phrase = m.group(0)
    codes = [code for code, adjective in GOVERNMENT_ADJECTIVES.items()
             if re.search(rf"(?<!\w)(?:{adjective})(?!\w)", phrase, re.IGNORECASE)]
    return codes if len(codes) >= 2 else []


_NAME_WORDS = re.compile(r"(?:the\s+)?((?:[^\W\d_][\w.'’-]*)(?:\s+[^\W\d_][\w.'’-]*){0,2})", re.UNICODE)
MAX_STATES = 6  # states named together as one speaker, at most
_JOINERS = frozenset({"and", "or", "и", "или", "і", "та", "й", "або"})


def speaking_together(sentence: str, speaker: str, code_of: Callable[[str], str | None]) -> list[str]:
    """The states (codes) a sentence names as speaking together with ``speaker`` ("The US and South
    Korea accused …", "Washington, Seoul and Tokyo said …"): the speaker's state and those of the
    names joined to it, in order; empty when no other state is joined. ``code_of`` reads a name as
    a state speaking ("South Korea" -> KR), or None."""
    at = sentence.find(speaker) if speaker else -1
    first = code_of(speaker) if at >= 0 else None
    if first is None:
        return []
    codes, pos, listed = [first], at + len(speaker), False
    for _ in range(MAX_STATES):
        joint = re.match(_AND, sentence[pos:])
        if joint is None:
            break
        listed = listed or "," not in joint.group(0)  # a list closes with "and": "A, B and others"
        name = _NAME_WORDS.match(sentence, pos + joint.end())
        words = name.group(1).split() if name is not None else []
        words = words[:next((i for i, w in enumerate(words) if w.casefold() in _JOINERS), len(words))]
        found = next(((n, code) for n in range(len(words), 0, -1)
                      if (code := code_of(" ".join(words[:n]))) is not None), None)
        if name is None or found is None:
            break
        n, code = found
        codes.append(code)
        pos = name.start(1) + len(" ".join(words[:n]))
    # "according to the United States, North Korea has …": a comma alone joins no speaker
    return list(dict.fromkeys(codes)) if listed and len(set(codes)) > 1 else []
