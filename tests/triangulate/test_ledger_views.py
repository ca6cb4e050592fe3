"""Disagreements as the analyst reads them: `claims list --contested --json`, `claims show`, the
API and the ledger page all give the kind and both sides with their outlets."""
from __future__ import annotations

import json
from typing import Any

from triangulate_factory import claim, doc, put, sighting
from typer.testing import CliRunner

from claimgraph.cli import app
from claimgraph.triangulate import triangulate_workspace
from claimgraph.workspace import Workspace

HIGH = doc("The plant would make up to 100,000 drones a year, the envoy said.", published="2025-03-06")
LOW = doc("The plant is to make 2,000 drones a year at first.", published="2025-03-07")


def _build(ws: Workspace) -> None:
    put(ws, HIGH, LOW, sighting(HIGH, "Minsk Daily Wire"), sighting(LOW, "Eastern Flank Monitor"),
        claim("Plant", "capacity", doc=HIGH, value=100000, qualifier="up to", unit="drones", rate="year"),
        claim("Plant", "capacity", doc=LOW, value=2000, unit="drones", rate="year"))
    triangulate_workspace(ws)


def _sides(row: dict[str, Any]) -> dict[str, list[str]]:
    (d,) = row["disagreements"]
    assert d["kind"] == "number"
    return {s["says"]: s["outlets"] for s in d["sides"]}


WANT = {"up to 100,000 drones per year": ["Minsk Daily Wire"], "2,000 drones per year": ["Eastern Flank Monitor"]}


def test_claims_list_contested_json_and_show_give_kind_and_sides(workspace: Workspace) -> None:
    _build(workspace)
    path = workspace.settings.workspace
    runner = CliRunner()
    listed = runner.invoke(app, ["claims", "list", "-w", path, "--contested", "--json"])
    rows = json.loads(listed.stdout)
    assert len(rows) == 2 and all(r["contest_kinds"] == ["number"] for r in rows)
    assert _sides(rows[0]) == WANT
    shown = runner.invoke(app, ["claims", "show", rows[0]["id"], "-w", path])
    assert "CONTESTED (number)" in shown.stdout
    assert "Eastern Flank Monitor" in shown.stdout and "Minsk Daily Wire" in shown.stdout


def test_api_and_ledger_page_give_kind_and_sides(workspace: Workspace) -> None:
    from fastapi.testclient import TestClient

    from claimgraph.web.app import create_app

    _build(workspace)
    client = TestClient(create_app(workspace.settings))
    rows = client.get("/api/claims?contested=true").json()["items"]
    assert len(rows) == 2 and all(r["contest_kinds"] == ["number"] for r in rows)
    assert _sides(rows[0]) == WANT
    page = client.get("/claims?contested=yes").text
    assert "contested: number" in page and "Eastern Flank Monitor" in page
    detail = client.get(f"/claims/{rows[0]['id']}").text
    assert "Where outlets disagree" in detail
