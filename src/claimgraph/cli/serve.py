"""``serve``: the web UI and REST API over a workspace."""
from __future__ import annotations

from typing import Annotated

import typer

from claimgraph.cli.common import WorkspaceOpt, console, settings


def serve(
    workspace: WorkspaceOpt = None,
    host: Annotated[str | None, typer.Option(help="address to bind [default: 127.0.0.1]")] = None,
    port: Annotated[int | None, typer.Option(help="port to listen on [default: 8000]")] = None,
    token: Annotated[str | None, typer.Option(
        envvar="CLAIMGRAPH_TOKEN", help="require this token on every request (needed off loopback)")] = None,
    read_only: Annotated[bool, typer.Option("--read-only", help="disable every change")] = False,
) -> None:
    """Serve the web UI and REST API (OpenAPI at /openapi.json)."""
    from claimgraph.web.app import serve as run
    from claimgraph.web.security import check_exposure

    cfg = settings(workspace, token=token, host=host, port=port)
    check_exposure(cfg.host, cfg.token)
    console.print(f"Serving {cfg.workspace} on http://{cfg.host}:{cfg.port}/"
                  f"{' (read-only)' if read_only else ''} — Ctrl-C to stop")
    run(cfg, read_only=read_only)


def register(app: typer.Typer) -> None:
    app.command()(serve)
