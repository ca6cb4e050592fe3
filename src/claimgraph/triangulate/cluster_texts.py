"""Texts of the reports of those event clusters where some report uses one of a few words.

Checks that read whole sentences (who is said to have acted, whether a thing is offered or
planned) need the full texts of a cluster's reports; a cheap SQL filter on word stems picks the
clusters worth reading first, so a large workspace is not read whole.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping

from claimgraph.store import Store

BATCH = 500  # documents fetched per query


def texts_of_clusters_mentioning(store: Store, cluster_of: Mapping[str, str], stems: Iterable[str]) -> dict[str, str]:
    """document -> text, for every document of a cluster where some document's text contains one of
    the (lower-case) ``stems``."""
    stems = list(stems)
    if not stems:
        return {}
    like = " OR ".join("lower(text) LIKE ?" for _ in stems)
    hits = {r["id"] for r in store.query(f"SELECT id FROM documents WHERE {like}", [f"%{s}%" for s in stems])}
    clusters = {cluster_of[d] for d in hits if d in cluster_of}
    wanted = sorted(d for d, c in cluster_of.items() if c in clusters)
    out: dict[str, str] = {}
    for i in range(0, len(wanted), BATCH):
        part = wanted[i:i + BATCH]
        for r in store.query(f"SELECT id, text FROM documents WHERE id IN ({', '.join('?' for _ in part)})", part):
            out[r["id"]] = r["text"] or ""
    return out
