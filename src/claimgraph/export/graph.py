"""The entity network for Gephi and friends: GEXF or GraphML through networkx.

Nodes are resolved entities (type, mention count); edges join the subject and object entities of
claims (predicate, weight = number of supporting claims, documents) and, with a lower weight,
entities mentioned in the same sentence ("co_mentioned").
"""
from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import networkx as nx

from claimgraph.export.scope import Scope
from claimgraph.workspace import Workspace


def build_graph(ws: Workspace, scope: Scope | None = None, co_mentions: bool = True) -> nx.MultiDiGraph:
    """A directed multigraph: one edge per (subject, object, predicate), weighted by claims."""
    scope = scope or Scope()
    docs, ents = scope.document_ids(ws), scope.entity_ids(ws)
    graph = nx.MultiDiGraph()
    for e in ws.store.query("SELECT id, type, name, mentions FROM entities"):
        if ents is None or e["id"] in ents:
            graph.add_node(e["id"], label=e["name"], type=e["type"], mentions=int(e["mentions"] or 0))
    edges: dict[tuple[str, str, str], dict[str, object]] = {}
    for c in ws.store.query(
        "SELECT document_id, subject_entity, object_entity, predicate, modality FROM claims "
        "WHERE subject_entity IS NOT NULL AND object_entity IS NOT NULL"
    ):
        s, o = c["subject_entity"], c["object_entity"]
        if (docs is not None and c["document_id"] not in docs) or s == o:
            continue
        if s not in graph or o not in graph:
            continue
        edge = edges.setdefault((s, o, c["predicate"]), {"weight": 0, "documents": set()})
        edge["weight"] = int(edge["weight"]) + 1  # type: ignore[call-overload]
        edge["documents"].add(c["document_id"])  # type: ignore[union-attr]
    if co_mentions:
        by_sentence: dict[tuple[str, int], set[str]] = defaultdict(set)
        for m in ws.store.query(
            "SELECT document_id, sent_start, entity_id FROM mentions WHERE entity_id IS NOT NULL"
        ):
            if docs is None or m["document_id"] in docs:
                by_sentence[(m["document_id"], m["sent_start"] or 0)].add(m["entity_id"])
        for (doc, _), members in by_sentence.items():
            ordered = sorted(e for e in members if e in graph)
            for i, a in enumerate(ordered):
                for b in ordered[i + 1:i + 20]:  # bounded fan-out per sentence
                    edge = edges.setdefault((a, b, "co_mentioned"), {"weight": 0, "documents": set()})
                    edge["weight"] = int(edge["weight"]) + 1  # type: ignore[call-overload]
                    edge["documents"].add(doc)  # type: ignore[union-attr]
    for (s, o, predicate), data in edges.items():
        documents = sorted(data["documents"])  # type: ignore[call-overload]
        graph.add_edge(s, o, key=predicate, predicate=predicate, weight=float(data["weight"]),
                       documents=len(documents))
    return graph


def export_graph(ws: Workspace, path: str | Path, fmt: str = "gexf",
                 scope: Scope | None = None) -> tuple[int, int]:
    """Write the network as GEXF or GraphML; returns (nodes, edges)."""
    graph = build_graph(ws, scope)
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    if fmt == "gexf":
        nx.write_gexf(graph, target)
    elif fmt == "graphml":
        nx.write_graphml(graph, target)
    else:
        raise ValueError(f"unknown graph format {fmt!r}")
    return graph.number_of_nodes(), graph.number_of_edges()
