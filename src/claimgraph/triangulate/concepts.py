"""One key per named thing across scripts and spellings, for comparing reports of one event.

Entity resolution may leave "Moscow" and "Москва", or "Tomsk" and "Томск", as two entities, and
then a Russian and an English report of one event share no participant. Here every entity id is
joined with the transliteration keys of every surface it was seen under, and places and countries
with their territory code (rigour knows country and region names in many languages), so two
entities that share a spelling key or a territory become one *concept*. Concepts are evidence for
clustering only; they never merge entities.
"""
from __future__ import annotations

import functools
import logging
from collections.abc import Iterable

from claimgraph.disjoint import DisjointSets
from claimgraph.model import Mention
from claimgraph.triangulate.keys import name_key

log = logging.getLogger(__name__)

MIN_KEY_CHARS = 4  # shorter spelling keys ("rf", "es") are too ambiguous to join entities
TERRITORY_LABELS = frozenset({"Country", "Location"})


@functools.lru_cache(maxsize=65536)
def territory_key(surface: str, label: str) -> str:
    """``t:<code>`` for a country or region name in any language ("Москва" and "Moscow": ``t:ru-mow``).

    A city the territory table only lists as a place of a country ("Minsk") gets no key: it is not
    the country.
    """
    if label not in TERRITORY_LABELS or not surface or len(surface) > 60:
        return ""
    try:
        from rigour.territories import lookup_territory

        territory = lookup_territory(surface)
    except Exception:  # a missing or broken table only costs this evidence
        log.debug("territory lookup failed for %r", surface, exc_info=True)
        return ""
    if territory is None:
        return ""
    code = str(territory.code)
    if "-" not in code and label != "Country":
        places = {p.casefold() for p in (territory.places or [])}
        if surface.casefold() in places:
            return ""
    return "t:" + code


class Concepts:
    """Maps entity ids and name keys to one stable key per named thing (the smallest joined key)."""

    def __init__(self, mentions: Iterable[Mention] = (), labels: frozenset[str] | None = None) -> None:
        self._joined: DisjointSets[str] = DisjointSets()
        for m in mentions:
            if labels is not None and m.label not in labels:
                continue
            surfaces = [s for s in (m.text, m.canonical, m.normalized) if s]
            keys = [k for k in (name_key(s) for s in surfaces) if len(k) >= MIN_KEY_CHARS]
            keys += [t for t in (territory_key(s, m.label) for s in surfaces) if t]
            base = m.entity_id or (keys[0] if keys else "")
            for k in keys:
                if base:
                    self._joined.union(base, k)

    def key(self, key: str) -> str:
        """The concept of an entity id or a name key (itself when nothing joined it)."""
        return self._joined.find(key) if key else key

    def name(self, name: str | None, label: str = "") -> str:
        """The concept of a bare name (a participant string without a mention)."""
        if not name:
            return ""
        t = territory_key(name, label) if label else ""
        k = name_key(name)
        for candidate in (k, t):
            if candidate and candidate in self._joined:
                return self._joined.find(candidate)
        return t or k
