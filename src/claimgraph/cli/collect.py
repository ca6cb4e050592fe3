"""``feeds``, ``watch`` and ``alerts``: following sources and hearing about what is new."""
from __future__ import annotations

from typing import Annotated

import typer

from claimgraph.cli.common import JsonOpt, WorkspaceOpt, console, open_workspace, out, print_json

feeds_app = typer.Typer(help="Follow RSS/Atom feeds: add, list, poll once, or watch.", no_args_is_help=True)
watch_app = typer.Typer(help="Watch names, entities or topics; see 'claimgraph alerts'.", no_args_is_help=True)

_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}


def parse_every(value: str) -> float:
    """'15m' → 900 seconds ('30s', '2h', '1d'; a bare number is minutes)."""
    value = value.strip().lower()
    try:
        if value[-1] in _UNITS:
            return float(value[:-1]) * _UNITS[value[-1]]
        return float(value) * 60
    except (ValueError, IndexError) as exc:
        raise typer.BadParameter(f"{value!r} is not a period like 30s, 15m or 2h") from exc


@feeds_app.command("add")
def feeds_add(url: str, workspace: WorkspaceOpt = None) -> None:
    """Follow a feed by URL."""
    from claimgraph.collect.feeds import add_feed

    add_feed(open_workspace(workspace), url)
    console.print(f"Following {url}")


@feeds_app.command("list")
def feeds_list(workspace: WorkspaceOpt = None, json_: JsonOpt = False) -> None:
    """List followed feeds."""
    from claimgraph.collect.feeds import list_feeds

    rows = list_feeds(open_workspace(workspace))
    if json_:
        print_json(rows)
        return
    for r in rows:
        out.print(f"{r['url']}  {r['title'] or ''}  items={r['items']}  polled={r['polled_at'] or 'never'}",
                  markup=False, highlight=False)


@feeds_app.command("rm")
def feeds_rm(url: str, workspace: WorkspaceOpt = None) -> None:
    """Stop following a feed (its documents stay)."""
    from claimgraph.collect.feeds import remove_feed

    remove_feed(open_workspace(workspace), url)


def _print_poll(report: object) -> None:
    r = report  # PollReport
    console.print(f"{r.feeds} feed(s): {r.new_items} new item(s), {r.not_modified} not modified, "  # type: ignore[attr-defined]
                  f"{len(r.failures)} error(s)")  # type: ignore[attr-defined]
    for f in r.failures:  # type: ignore[attr-defined]
        console.print(f"  {f.source}: {f.reason}", markup=False, highlight=False)


@feeds_app.command("poll")
def feeds_poll(workspace: WorkspaceOpt = None) -> None:
    """Poll every followed feed once (conditional requests; new items only)."""
    from claimgraph.collect.feeds import poll

    _print_poll(poll(open_workspace(workspace)))


@feeds_app.command("watch")
def feeds_watch(
    workspace: WorkspaceOpt = None,
    every: Annotated[str, typer.Option(help="time between polls: 30s, 15m, 2h")] = "15m",
) -> None:
    """Poll the feeds again and again until Ctrl-C."""
    from claimgraph.collect.feeds import watch_feeds

    seconds = parse_every(every)
    console.print(f"Polling every {every}; Ctrl-C to stop.")
    watch_feeds(open_workspace(workspace), seconds, _print_poll)
    console.print("Stopped.")


@watch_app.command("add")
def watch_add(
    name: Annotated[str | None, typer.Argument(help="a name to find in text and entity names")] = None,
    entity: Annotated[str | None, typer.Option("--entity", help="an entity id")] = None,
    query: Annotated[str | None, typer.Option("--query", help="text to find")] = None,
    type_: Annotated[str | None, typer.Option("--type", help="entity type, e.g. Facility")] = None,
    country: Annotated[str | None, typer.Option("--country", help="country the entity is in")] = None,
    workspace: WorkspaceOpt = None,
) -> None:
    """Add a watch: a NAME, --entity ID, or --query TEXT [--type T] [--country C]."""
    from claimgraph.collect.watch import add_watch

    ws = open_workspace(workspace)
    if entity:
        w = add_watch(ws, "entity", entity)
    elif name and not (type_ or country):
        w = add_watch(ws, "name", name)
    else:
        w = add_watch(ws, "query", query or name, type_, country)
    out.print(w.id)


@watch_app.command("list")
def watch_list(workspace: WorkspaceOpt = None, json_: JsonOpt = False) -> None:
    """List watches."""
    from claimgraph.collect.watch import list_watches

    rows = [{"id": w.id, "kind": w.kind, "value": w.value, "type": w.entity_type,
             "country": w.country, "created_at": w.created_at, "last_look": w.last_look}
            for w in list_watches(open_workspace(workspace))]
    if json_:
        print_json(rows)
        return
    for r in rows:
        extra = " ".join(f"{k}={r[k]}" for k in ("type", "country") if r[k])
        out.print(f"{r['id']}  {r['kind']}  {r['value'] or ''} {extra}", markup=False, highlight=False)


@watch_app.command("rm")
def watch_rm(watch_id: str, workspace: WorkspaceOpt = None) -> None:
    """Remove a watch (by id or unique prefix)."""
    from claimgraph.collect.watch import remove_watch

    remove_watch(open_workspace(workspace), watch_id)


def alerts(
    workspace: WorkspaceOpt = None,
    json_: JsonOpt = False,
    since: Annotated[str | None, typer.Option(help="ISO time; default: each watch's last look")] = None,
    webhook: Annotated[str | None, typer.Option(help="also POST the alerts to this URL")] = None,
    smtp: Annotated[str | None, typer.Option(help="also mail them through HOST[:PORT]")] = None,
    mail_to: Annotated[str | None, typer.Option(help="recipient for --smtp")] = None,
) -> None:
    """What new documents, claims or list matches touch a watch since the last look."""
    from claimgraph.collect.delivery import post_webhook, send_mail
    from claimgraph.collect.watch import alerts as compute

    found = compute(open_workspace(workspace), since=since)
    if found and webhook:
        post_webhook(webhook, found)
    if found and smtp:
        if not mail_to:
            raise typer.BadParameter("--smtp needs --mail-to")
        send_mail(smtp, mail_to, found)
    if json_:
        print_json([a.to_dict() for a in found])
        return
    if not found:
        console.print("Nothing new.")
    for a in found:
        out.print(f"{a.at[:19]}  {a.kind:<8} {a.id}  {a.summary}", markup=False, highlight=False)


def register(app: typer.Typer) -> None:
    app.add_typer(feeds_app, name="feeds")
    app.add_typer(watch_app, name="watch")
    app.command()(alerts)
