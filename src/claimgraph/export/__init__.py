"""Exports: the workspace handed on to other tools (FtM, tables, networks, reports).

Each format is a module with a plain function over a workspace and a :class:`Scope`; the
``claimgraph export`` group in ``cli/export.py`` has one command per format.
"""
from __future__ import annotations

from claimgraph.export.scope import Scope

__all__ = ["Scope"]
