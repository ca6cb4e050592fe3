"""The ``claimgraph`` command line: a thin layer over the library, one module per group.

Importing this module loads no model and opens no store; each command imports what it needs.
"""
from __future__ import annotations

import importlib
import logging
import os

import typer
from typer.core import TyperGroup

from claimgraph.errors import ClaimgraphError


class _Group(TyperGroup):
    """Turns a ClaimgraphError anywhere below into one ``Error: …`` line and exit code 1."""

    def invoke(self, ctx: typer.Context) -> object:  # type: ignore[override]
        try:
            return super().invoke(ctx)
        except ClaimgraphError as exc:
            typer.echo(f"Error: {exc.one_line()}", err=True)
            raise typer.Exit(1) from exc


app = typer.Typer(
    cls=_Group,
    name="claimgraph",
    help="Turn public reports into a sourced, cross-checked knowledge graph.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)

#: Command modules; each exposes ``register(app)``.
COMMAND_MODULES = [
    "claimgraph.cli.workspace",
    "claimgraph.cli.ingest",
    "claimgraph.cli.docs",
    "claimgraph.cli.demo",
    "claimgraph.cli.resolve",
    "claimgraph.cli.judge",
    "claimgraph.cli.entities",
    "claimgraph.cli.xref",
    "claimgraph.cli.export",
    "claimgraph.cli.collect",
    "claimgraph.cli.extract",
    "claimgraph.cli.gazetteer",
    "claimgraph.cli.triangulate",
    "claimgraph.cli.claims",
    "claimgraph.cli.events",
    "claimgraph.cli.serve",
]


def _register() -> None:
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(app)


_register()


def main() -> None:
    """Entry point: run the app, print ClaimgraphErrors as one line on stderr, exit non-zero."""
    logging.basicConfig(
        level=os.environ.get("CLAIMGRAPH_LOG", "WARNING").upper(),
        format="%(levelname)s %(name)s: %(message)s",
    )
    app()
