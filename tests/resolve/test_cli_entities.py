"""``resolve``, ``entities`` and ``judge`` on the command line."""
from __future__ import annotations

import json

from resolve_builders import add_doc
from typer.testing import CliRunner

from claimgraph.cli import app
from claimgraph.workspace import Workspace

runner = CliRunner()


def seeded(ws: Workspace) -> str:
    add_doc(ws, "Вячеслав Федорищев осмотрел цех. Федорищев остался доволен.",
            [("Вячеслав Федорищев", "Person", None, "p"), ("Федорищев", "Person", None, "p")])
    add_doc(ws, "Vyacheslav Fedorishchev toured the Kupol workshop.",
            [("Vyacheslav Fedorishchev", "Person"), ("Kupol", "Company")], lang="en")
    url = ws.settings.workspace
    assert runner.invoke(app, ["resolve", "-w", url]).exit_code == 0
    return url


def test_entities_list_json_has_the_documented_fields(workspace: Workspace) -> None:
    url = seeded(workspace)
    result = runner.invoke(app, ["entities", "list", "-w", url, "--json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert [set(r) for r in rows] == [{"id", "type", "name", "names", "mentions", "matches"}] * 2
    person = rows[0]
    assert person["type"] == "Person" and person["mentions"] == 3
    assert {n["script"] for n in person["names"]} == {"Latin", "Cyrillic"}


def test_entities_list_filters_by_type_and_any_spelling(workspace: Workspace) -> None:
    url = seeded(workspace)
    by_type = json.loads(runner.invoke(app, ["entities", "list", "-w", url, "--json",
                                             "--type", "Company"]).stdout)
    assert [r["name"] for r in by_type] == ["Kupol"]
    by_name = json.loads(runner.invoke(app, ["entities", "list", "-w", url, "--json",
                                             "--name", "Fedorištšev"]).stdout)
    assert [r["type"] for r in by_name] == ["Person"]


def test_entities_show_gives_names_by_script_and_sentences(workspace: Workspace) -> None:
    url = seeded(workspace)
    rows = json.loads(runner.invoke(app, ["entities", "list", "-w", url, "--json"]).stdout)
    result = runner.invoke(app, ["entities", "show", rows[0]["id"], "-w", url, "--json"])
    profile = json.loads(result.stdout)
    assert set(profile["names"]) == {"Latin", "Cyrillic"}
    assert any("осмотрел цех" in m["sentence"] for m in profile["mentions"])
    text = runner.invoke(app, ["entities", "show", rows[0]["id"], "-w", url])
    assert "Mentions (3)" in text.stdout


def test_judge_merge_on_the_cli_keeps_the_old_id_resolving(workspace: Workspace) -> None:
    url = seeded(workspace)
    rows = json.loads(runner.invoke(app, ["entities", "list", "-w", url, "--json"]).stdout)
    a, b = sorted(r["id"] for r in rows)
    result = runner.invoke(app, ["judge", "merge", b, a, "-w", url, "--user", "ana"])
    assert result.exit_code == 0, result.output
    shown = json.loads(runner.invoke(app, ["entities", "show", b, "-w", url, "--json"]).stdout)
    assert shown["id"] == a and shown["requested"] == b
    listed = json.loads(runner.invoke(app, ["judge", "list", "-w", url, "--json"]).stdout)
    assert [(j["kind"], j["user"], j["active"]) for j in listed] == [("merge", "ana", True)]


def test_judge_unknown_entity_is_one_error_line(workspace: Workspace) -> None:
    url = seeded(workspace)
    result = runner.invoke(app, ["judge", "not-same", "ent-x", "ent-y", "-w", url])
    assert result.exit_code == 1
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("Error: no entity ent-x")
