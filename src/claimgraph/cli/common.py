"""Options, output and workspace opening shared by every command module."""
from __future__ import annotations

import json
import sys
from typing import Annotated, Any

import typer
from rich.console import Console

from claimgraph.settings import Settings
from claimgraph.workspace import Workspace

#: Progress, logs and messages go to stderr; stdout carries only results (``--json``).
console = Console(stderr=True)
out = Console(soft_wrap=True)

WorkspaceOpt = Annotated[
    str | None,
    typer.Option("-w", "--workspace", envvar="CLAIMGRAPH_WORKSPACE",
                 help="DuckDB file or postgresql:// URL [default: claimgraph.duckdb]"),
]
JsonOpt = Annotated[bool, typer.Option("--json", help="print every row as one JSON array on stdout")]
UserOpt = Annotated[
    str | None, typer.Option("--user", envvar="CLAIMGRAPH_USER", help="who makes this judgment"),
]


def settings(workspace: str | None = None, **overrides: Any) -> Settings:
    return Settings.from_env(workspace=workspace, **overrides)


def open_workspace(workspace: str | None, create: bool = False, **overrides: Any) -> Workspace:
    return Workspace.open(settings(workspace, **overrides), create=create)


def print_json(rows: Any) -> None:
    """Write rows to stdout as one JSON array (no paging, UTF-8, no ASCII escaping)."""
    sys.stdout.write(json.dumps(rows, ensure_ascii=False, default=str, indent=1))
    sys.stdout.write("\n")
    sys.stdout.flush()


def refresh_search(ws: Workspace) -> None:
    """Bring the full-text index up to date after documents changed (searches fall back to a
    slower substring match until it is)."""
    import logging

    from claimgraph.analysis.search import refresh_index

    try:
        refresh_index(ws.store)
    except Exception as exc:  # noqa: BLE001 - a stale index must not fail the command that wrote
        logging.getLogger(__name__).warning("full-text index not refreshed: %s", exc)
