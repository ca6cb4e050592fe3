"""Triangulation: same-event clusters, claim alignment and independent origins.

``triangulate_workspace(ws)`` runs the whole stage on a workspace; the modules below are plain
functions over domain objects and can be used on their own (``cluster_reports``,
``align_claims``, ``CitationGraph``).
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from claimgraph.triangulate.stage import TriangulateReport, triangulate_workspace

__all__ = ["TriangulateReport", "triangulate_workspace"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from claimgraph.triangulate import stage

        return getattr(stage, name)
    raise AttributeError(name)
