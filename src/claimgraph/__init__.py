"""claimgraph: a sourced, cross-checked knowledge graph from public reports.

The stages are importable for notebooks; heavy modules load on first use, so ``import claimgraph``
loads no model and opens no database::

    from claimgraph import Settings, Workspace, ingest_paths, extract_workspace
    ws = Workspace.open(Settings.from_env(workspace="ws.duckdb"), create=True)
    ingest_paths(ws, ["reports/"])
    extract_workspace(ws)
"""
from __future__ import annotations

import importlib
from typing import Any

__version__ = "0.1.0"

_LAZY = {
    "Settings": "claimgraph.settings",
    "Workspace": "claimgraph.workspace",
    "ClaimgraphError": "claimgraph.errors",
    "ingest_paths": "claimgraph.ingest",
    "extract": "claimgraph.nlp.extract",
    "extract_workspace": "claimgraph.nlp.extract",
    "resolve_workspace": "claimgraph.resolve",
    "triangulate_workspace": "claimgraph.triangulate",
}

__all__ = ["ClaimgraphError", "Workspace", "__version__", "extract", "extract_workspace",
           "ingest_paths", "resolve_workspace", "triangulate_workspace"]


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'claimgraph' has no attribute {name!r}")
    return getattr(importlib.import_module(module), name)
