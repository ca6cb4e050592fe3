"""``events list`` / ``events show`` on a small triangulated workspace."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "triangulate"))

import scenario

from claimgraph.cli import app
from claimgraph.settings import Settings
from claimgraph.workspace import Workspace

runner = CliRunner()


@pytest.fixture
def ws_path(tmp_path: Path) -> str:
    path = str(tmp_path / "ws.duckdb")
    scenario.build(Workspace.open(Settings.from_env({}, workspace=path), create=True))
    assert runner.invoke(app, ["triangulate", "-w", path]).exit_code == 0
    return path


def _json(args: list[str]) -> list[dict]:
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_events_list_json_fields_and_order(ws_path: str) -> None:
    rows = _json(["events", "list", "-w", ws_path, "--json"])
    assert [r["type"] for r in rows] == ["announcement", "meeting", "exhibition"]
    talks = rows[1]
    assert talks["time"]["start"] == "2024-07-21" and talks["place"] == "Minsk"
    assert talks["documents"] == [scenario.TALKS_EN.id, scenario.TALKS_RU.id]
    assert set(talks) >= {"id", "type", "time", "place", "participants", "documents", "mentioned_in"}


def test_events_list_filters_by_type_and_date(ws_path: str) -> None:
    assert [r["type"] for r in _json(["events", "list", "-w", ws_path, "--type", "meeting", "--json"])] == ["meeting"]
    assert [r["type"] for r in _json(["events", "list", "-w", ws_path, "--since", "2024-08", "--json"])] == ["exhibition"]


def test_events_show_lists_every_report_with_outlet(ws_path: str) -> None:
    talks = _json(["events", "list", "-w", ws_path, "--type", "meeting", "--json"])[0]
    result = runner.invoke(app, ["events", "show", talks["id"], "-w", ws_path])
    assert result.exit_code == 0, result.output
    assert "[2024-07-21] BelTA reports" in result.stdout
    assert "[2024-07-22] TASS reports" in result.stdout


def test_events_show_unknown_id_is_one_line_error(ws_path: str) -> None:
    result = runner.invoke(app, ["events", "show", "evt-missing", "-w", ws_path])
    assert result.exit_code == 1
    assert result.output.startswith("Error: no event evt-missing — ")


def test_events_list_before_triangulate_says_what_to_run(tmp_path: Path) -> None:
    path = str(tmp_path / "empty.duckdb")
    runner.invoke(app, ["init", path])
    result = runner.invoke(app, ["events", "list", "-w", path])
    assert result.exit_code == 0
    assert "claimgraph triangulate" in result.output


def test_events_show_names_the_figures_its_reports_give_differently(tmp_path: Path) -> None:
    from test_figures import figure
    from triangulate_factory import doc, event, put, sighting, time

    path = str(tmp_path / "figures.duckdb")
    ws = Workspace.open(Settings.from_env({}, workspace=path), create=True)
    a = doc("Drones hit the Alabuga zone on Tuesday; six people were injured, officials said.")
    b = doc("Drones hit the Alabuga zone on Tuesday, and seven people were injured.")
    day = time("2024-04-02")
    put(ws, a, b, sighting(a, "Outlet One"), sighting(b, "Outlet Two"),
        event(a, "attack", day, "Alabuga", ["Alabuga"]), event(b, "attack", day, "Alabuga", ["Alabuga"]),
        figure(a, "six", "6 people"), figure(b, "seven", "7 people"))
    assert runner.invoke(app, ["triangulate", "-w", path]).exit_code == 0
    (attack,) = _json(["events", "list", "-w", path, "--json"])
    result = runner.invoke(app, ["events", "show", attack["id"], "-w", path], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    assert "count disagreement on person: " in result.output
    assert "six (Outlet One)" in result.output and "seven (Outlet Two)" in result.output
