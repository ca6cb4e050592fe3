"""Tracing a source named by kind ("Belarusian state media", "the state news agency") to the
outlet the event's reports name.

A report of one event that says "state media reported" leans on the outlet another report of
the same event names ("BelTA, Belarus's state news agency"). The phrase is matched against the
outlets the cluster's reports cite or that carry its reports, using the outlet table: the
country the phrase gives ("Belarusian" → BY), state affiliation ("state", "government",
"propaganda"). The report itself is asked first, then the rest of its event cluster; among
several fitting outlets the one most reports name wins. When none fits, the phrase stays one
origin per event and kind, so two reports relaying "Belarusian state media" still count once.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable

from claimgraph.nlp.generic_sources import GenericSource, generic_reference
from claimgraph.triangulate.outlets import Outlet, OutletBook


def fits(outlet: Outlet | None, ref: GenericSource) -> bool:
    """Whether an outlet is what the phrase describes (unknown metadata never fits a stated one)."""
    if outlet is None:
        return not ref.country and not ref.state
    if ref.country and (outlet.country or "").upper() != ref.country:
        return False
    return not (ref.state and not outlet.state_affiliated)


class GenericSources:
    """Resolves generic attributions within event clusters."""

    def __init__(self, book: OutletBook, clusters: dict[str, str],
                 named: Callable[[str], Iterable[str]]) -> None:
        """``clusters`` maps a document to its event cluster; ``named(doc)`` gives the outlets a
        document names or is carried by."""
        self.book = book
        self.clusters = clusters
        self.named = named
        self._members: dict[str, list[str]] = {}
        for doc, cluster in sorted(clusters.items()):
            self._members.setdefault(cluster, []).append(doc)
        self._pool: dict[str, Counter[str]] = {}

    def _cluster_pool(self, cluster: str) -> Counter[str]:
        """Outlet name -> reports of the cluster that name or carry it."""
        if cluster not in self._pool:
            counts: Counter[str] = Counter()
            for doc in self._members.get(cluster, []):
                counts.update(set(self.named(doc)))
            self._pool[cluster] = counts
        return self._pool[cluster]

    def resolve(self, phrase: str, document_id: str) -> str | None:
        """The outlet a generic phrase in a document stands for, or None."""
        ref = generic_reference(phrase)
        if ref is None:
            return None
        own = [n for n in dict.fromkeys(self.named(document_id)) if generic_reference(n) is None]
        mine = [n for n in own if fits(self.book.parent(n), ref) and (ref.country or ref.state)]
        if mine:
            return mine[0]
        cluster = self.clusters.get(document_id)
        if cluster is None:
            return None
        pool = self._cluster_pool(cluster)
        best = sorted(((n, c) for n, c in pool.items()
                       if generic_reference(n) is None and (ref.country or ref.state)
                       and fits(self.book.parent(n), ref)),
                      key=lambda nc: (-nc[1], self.book.key(nc[0])))
        return best[0][0] if best else None

    def key(self, phrase: str, document_id: str) -> str:
        """The origin key of an unresolved phrase: one per event cluster and kind of source."""
        ref = generic_reference(phrase)
        scope = self.clusters.get(document_id) or f"doc:{document_id}"
        return f"generic:{scope}:{ref.key() if ref else phrase.lower()}"
