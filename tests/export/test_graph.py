"""GEXF and GraphML exports read back with networkx."""
from __future__ import annotations

from pathlib import Path

import networkx as nx
from export_builders import small_workspace

from claimgraph.export.graph import export_graph
from claimgraph.export.scope import Scope
from claimgraph.workspace import Workspace


def test_graph_gexf_carries_types_predicates_and_weights(workspace: Workspace, tmp_path: Path) -> None:
    small_workspace(workspace)
    nodes, edges = export_graph(workspace, tmp_path / "g.gexf", "gexf")
    graph = nx.read_gexf(tmp_path / "g.gexf")
    assert graph.number_of_nodes() == nodes == 5
    assert graph.nodes["ent-fe"]["type"] == "Person"
    predicates = {d["predicate"] for _, _, d in graph.edges(data=True)}
    assert {"offers_to_build", "met_with", "co_mentioned"} <= predicates
    offer = next(d for _, _, d in graph.edges(data=True) if d["predicate"] == "offers_to_build")
    assert float(offer["weight"]) == 1.0
    assert graph.number_of_edges() == edges


def test_graph_graphml_filtered_by_type_keeps_only_people(workspace: Workspace, tmp_path: Path) -> None:
    small_workspace(workspace)
    export_graph(workspace, tmp_path / "g.graphml", "graphml", Scope(types=["Person"]))
    graph = nx.read_graphml(tmp_path / "g.graphml")
    assert {d["type"] for _, d in graph.nodes(data=True)} == {"Person"}
    assert any(d["predicate"] == "met_with" for _, _, d in graph.edges(data=True))
