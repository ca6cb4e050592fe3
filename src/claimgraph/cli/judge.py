"""``judge``: an analyst's decisions on entities and claims, recorded and re-applied on every run."""
from __future__ import annotations

from typing import Annotated, Any

import typer

from claimgraph.cli.common import (
    JsonOpt,
    UserOpt,
    WorkspaceOpt,
    console,
    open_workspace,
    out,
    print_json,
)

judge_app = typer.Typer(help="Record decisions: merge, split, not-same, undo, confirm, reject.",
                        no_args_is_help=True)


def _record(workspace: str | None, user: str | None, kind: str, target: str,
            args: dict[str, Any] | None = None, apply: bool = True) -> None:
    from claimgraph.resolve import record_judgment, resolve_entity_id, resolve_workspace

    ws = open_workspace(workspace)
    judgment = record_judgment(ws, kind, target, args, user=user or ws.settings.user)
    console.print(f"Recorded {judgment.kind} {judgment.target} as {judgment.id} "
                  f"(by {judgment.user} at {judgment.at})")
    if apply and kind in ("merge", "split", "not-same", "undo"):
        resolve_workspace(ws)
        now = resolve_entity_id(ws, target)
        if now and now != target:
            console.print(f"{target} now resolves to {now}")
    out.print(judgment.id, markup=False, highlight=False)


@judge_app.command()
def merge(a: Annotated[str, typer.Argument(help="entity id")],
          b: Annotated[str, typer.Argument(help="entity id")],
          workspace: WorkspaceOpt = None, user: UserOpt = None) -> None:
    """Two entities are one: the merged entity keeps the smaller id; the other id keeps resolving."""
    _record(workspace, user, "merge", a, {"other": b})


@judge_app.command()
def split(entity: Annotated[str, typer.Argument(help="entity id")],
          mentions: Annotated[list[str], typer.Option("--mentions", "-m",
                                                      help="mention ids to take out (repeat)")],
          workspace: WorkspaceOpt = None, user: UserOpt = None) -> None:
    """Take mentions out of an entity into a new one (ids from 'entities show ID')."""
    _record(workspace, user, "split", entity, {"mentions": list(mentions)})


@judge_app.command("not-same")
def not_same(a: Annotated[str, typer.Argument(help="entity id")],
             b: Annotated[str, typer.Argument(help="entity id")],
             workspace: WorkspaceOpt = None, user: UserOpt = None) -> None:
    """Two entities must never be merged by resolution."""
    _record(workspace, user, "not-same", a, {"other": b})


@judge_app.command()
def undo(judgment: Annotated[str, typer.Argument(help="judgment id")],
         workspace: WorkspaceOpt = None, user: UserOpt = None) -> None:
    """Switch an earlier judgment off (it stays on record)."""
    _record(workspace, user, "undo", judgment)


@judge_app.command()
def confirm(claim: Annotated[str, typer.Argument(help="claim id")],
            workspace: WorkspaceOpt = None, user: UserOpt = None) -> None:
    """Mark a claim as checked and right."""
    _record(workspace, user, "confirm", claim)


@judge_app.command()
def reject(claim: Annotated[str, typer.Argument(help="claim id")],
           workspace: WorkspaceOpt = None, user: UserOpt = None) -> None:
    """Mark a claim as wrongly extracted or false; it stays stored but is flagged rejected."""
    _record(workspace, user, "reject", claim)


@judge_app.command("list")
def list_(workspace: WorkspaceOpt = None, json_: JsonOpt = False) -> None:
    """Every judgment on record, oldest first, with whether it is still in force."""
    from claimgraph.resolve.judgments import effective, load_judgments

    ws = open_workspace(workspace)
    judgments = load_judgments(ws)
    active = {j.id for j in effective(judgments)}
    rows = [{"id": j.id, "kind": j.kind, "target": j.target,
             "args": {k: v for k, v in j.args.items() if k != "snapshot"},
             "user": j.user, "at": j.at, "active": j.id in active or j.kind == "undo"}
            for j in judgments]
    if json_:
        print_json(rows)
        return
    if not rows:
        console.print("No judgments recorded.")
    for r in rows:
        flag = "" if r["active"] else " (undone)"
        out.print(f"{r['at']}  {r['id']}  {r['kind']} {r['target']} {r['args'] or ''} "
                  f"by {r['user']}{flag}", markup=False, highlight=False)


def register(app: typer.Typer) -> None:
    app.add_typer(judge_app, name="judge")
