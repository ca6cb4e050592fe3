"""Surnames with a lower-case particle kept whole: "Ursula von der Leyen", "von der Leyen".

A statistical model often stops a name at its particle ("Ursula von der" + "Leyen" read as a
place) or leaves the particle out when the surname stands alone ("wrote von der Leyen"). The
particle and the capitalised word after it belong to the person's name. English text only: in
German or Dutch "von" and "van" are also plain prepositions ("von Russland").
"""
from __future__ import annotations

import re
from dataclasses import replace

from claimgraph.model import Mention

_PARTICLES = r"(?:von der|van der|van den|von dem|von|van|de la|del|della|dos|das|du|de)"
#: A person's span that ends in a particle, then the surname ("Ursula von der" + " Leyen").
_ENDS_IN_PARTICLE = re.compile(r"\s" + _PARTICLES + r"$")
_SURNAME_AFTER = re.compile(r"[ \t]+([A-Z][\w'’-]+)")
#: Particles before a surname standing alone: "wrote von der Leyen".
_PARTICLE_BEFORE = re.compile(r"(?<![\w-])(?:von der|van der|van den|von dem|von|van)[ \t]+$")
_NAMES = frozenset({"Person", "Location", "Organization", "Country", "Facility", "Nationality"})


def _as_person(m: Mention, start: int, end: int, text: str) -> Mention:
    return replace(m, id=Mention.make_id(m.document_id, start, end, "Person"), start=start, end=end,
                   text=text[start:end], label="Person", normalized=text[start:end])


def with_particle_names(mentions: list[Mention], text: str) -> list[Mention]:
    """``mentions`` with names cut at a particle made whole, and the surname read apart dropped."""
    out: list[Mention] = []
    swallowed: set[tuple[int, int]] = set()
    for m in sorted(mentions, key=lambda x: (x.start, x.end)):
        if (m.start, m.end) in swallowed:
            continue
        if m.label == "Person" and _ENDS_IN_PARTICLE.search(m.text):
            after = _SURNAME_AFTER.match(text, m.end)
            if after:
                swallowed |= {(o.start, o.end) for o in mentions if o is not m and o.label in _NAMES
                              and after.start(1) <= o.start < after.end(1)}
                out.append(_as_person(m, m.start, after.end(1), text))
                continue
        if m.label in _NAMES and m.label != "Country" and " " not in m.text and m.text[:1].isupper():
            before = _PARTICLE_BEFORE.search(text, max(0, m.start - 12), m.start)
            if before and not any(o.start < m.start and o.end > before.start() for o in mentions if o is not m):
                out.append(_as_person(m, before.start(), m.end, text))
                continue
        out.append(m)
    return out


__all__ = ["with_particle_names"]
