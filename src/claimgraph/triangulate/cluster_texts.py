"""Texts of the reports of those event clusters where some report uses one of a few words.

Checks that read whole sentences (who is said to have acted, whether a thing is offered or
planned) need the full texts of a cluster's reports; a cheap SQL filter on word stems picks the
clusters worth reading first, so a large workspace is not read whole. Several checks are served by
one scan and one fetch: each gets the texts of its own clusters.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from claimgraph.store import Store

BATCH = 500  # documents fetched per query


def full_texts(store: Store, ids: Iterable[str]) -> dict[str, str]:
    """document -> full text, for the given documents."""
    wanted = sorted(set(ids))
    out: dict[str, str] = {}
    for i in range(0, len(wanted), BATCH):
        part = wanted[i:i + BATCH]
        for r in store.query(f"SELECT id, text FROM documents WHERE id IN ({', '.join('?' for _ in part)})", part):
            out[r["id"]] = r["text"] or ""
    return out


def texts_for_checks(store: Store, cluster_of: Mapping[str, str],
                     stem_groups: Sequence[Iterable[str]]) -> list[dict[str, str]]:
    """For each group of (lower-case) stems, document -> text for every document of a cluster where
    some document's text contains one of that group's stems. One scan decides every group, and each
    wanted text is fetched once."""
    groups = [list(stems) for stems in stem_groups]
    asked = [(g, stems) for g, stems in enumerate(groups) if stems]
    if not asked:
        return [{} for _ in groups]
    columns = ", ".join(f"({' OR '.join('lower(text) LIKE ?' for _ in stems)}) AS g{g}" for g, stems in asked)
    params = [f"%{s}%" for _, stems in asked for s in stems]
    clusters: list[set[str]] = [set() for _ in groups]
    for r in store.query(f"SELECT id, {columns} FROM documents", params):
        cluster = cluster_of.get(r["id"])
        if cluster is not None:
            for g, _ in asked:
                if r[f"g{g}"]:
                    clusters[g].add(cluster)
    members = [sorted(d for d, c in cluster_of.items() if c in wanted) for wanted in clusters]
    texts = full_texts(store, (d for docs in members for d in docs))
    return [{d: texts[d] for d in docs if d in texts} for docs in members]


def texts_of_clusters_mentioning(store: Store, cluster_of: Mapping[str, str], stems: Iterable[str]) -> dict[str, str]:
    """document -> text, for every document of a cluster where some document's text contains one of
    the (lower-case) ``stems``."""
    return texts_for_checks(store, cluster_of, [stems])[0]
