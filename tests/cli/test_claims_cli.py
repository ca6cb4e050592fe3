"""``claims list`` / ``claims show`` and ``origins`` on a small triangulated workspace."""
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
    assert runner.invoke(app, ["outlets", "set", "TASS", "--site", "tass.ru", "--country", "ru",
                               "--state", "-w", path]).exit_code == 0
    result = runner.invoke(app, ["triangulate", "-w", path])
    assert result.exit_code == 0, result.output
    return path


def _json(args: list[str]) -> object:
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_claims_list_json_has_the_documented_fields(ws_path: str) -> None:
    rows = _json(["claims", "list", "-w", ws_path, "--json"])
    assert isinstance(rows, list) and len(rows) == 3
    for field in ("id", "subject", "predicate", "object", "value", "unit", "time", "modality",
                  "attributed_to", "documents", "contested", "origins", "state_origins", "outlets"):
        assert field in rows[0]


def test_claims_list_contested_shows_who_says_what(ws_path: str) -> None:
    rows = _json(["claims", "list", "-w", ws_path, "--contested", "--json"])
    assert sorted(r["value"] for r in rows) == [2000, 100000]
    low = next(r for r in rows if r["value"] == 2000)
    assert low["outlets"] == ["Meduza"]
    assert low["differing"][0]["said_by"] == ["BelTA", "Copy Daily", "Reuters", "Yahoo News"]


def test_claims_list_filters_by_entity_in_either_script(ws_path: str) -> None:
    rows = _json(["claims", "list", "-w", ws_path, "--entity", "Лукашенко", "--json"])
    assert [r["predicate"] for r in rows] == ["met_with"]
    assert len(rows[0]["documents"]) == 2


def test_claims_list_since_until_uses_claim_time(ws_path: str) -> None:
    rows = _json(["claims", "list", "-w", ws_path, "--since", "2024-07", "--json"])
    assert [r["predicate"] for r in rows] == ["met_with"]
    rows = _json(["claims", "list", "-w", ws_path, "--until", "2024-04-01", "--json"])
    assert {r["predicate"] for r in rows} == {"offers_to_build"}


def test_claims_rejected_claim_leaves_the_agreement_counts(ws_path: str) -> None:
    low = next(r for r in _json(["claims", "list", "-w", ws_path, "--json"]) if r["value"] == 2000)
    ws = Workspace.open(Settings.from_env({}, workspace=ws_path))
    with ws.store.write() as tx:
        tx.upsert("judgments", [{"id": "jdg-test", "kind": "reject", "target": low["id"], "args": "{}",
                                 "made_by": "ana", "made_at": "2024-08-01T00:00:00"}])
    rows = _json(["claims", "list", "-w", ws_path, "--predicate", "offers_to_build", "--json"])
    assert [(r["value"], r["contested"]) for r in rows] == [(100000, False)]


def test_claims_show_prints_evidence_origins_and_differences(ws_path: str) -> None:
    rows = _json(["claims", "list", "-w", ws_path, "--contested", "--json"])
    high = next(r for r in rows if r["value"] == 100000)
    result = runner.invoke(app, ["claims", "show", high["claims"][-1], "-w", ws_path])
    assert result.exit_code == 0, result.output
    assert "BelTA → cites → TASS (state-affiliated)" in result.stdout
    assert "contradicts: 2,000" in result.stdout
    assert "1 independent origin(s), 1 state-affiliated; CONTESTED" in result.stdout


def test_claims_show_unknown_id_is_one_line_error(ws_path: str) -> None:
    result = runner.invoke(app, ["claims", "show", "clm-nope", "-w", ws_path])
    assert result.exit_code == 1
    assert result.output.strip().splitlines() == [
        "Error: no claim clm-nope — list claims with 'claimgraph claims list'"]


def test_origins_prints_the_chain_to_the_agency(ws_path: str) -> None:
    high = next(r for r in _json(["claims", "list", "-w", ws_path, "--json"]) if r["value"] == 100000)
    result = runner.invoke(app, ["origins", high["id"], "-w", ws_path])
    assert result.exit_code == 0, result.output
    assert "Copy Daily → copies → " in result.stdout
    assert "BelTA → cites → TASS  [RU, state-affiliated]" in result.stdout
    assert "1 independent origin(s) (TASS), 1 state-affiliated; 4 outlet(s)" in result.stdout


def test_outlets_load_csv_keeps_hand_edits(ws_path: str, tmp_path: Path) -> None:
    csv_file = tmp_path / "outlets.csv"
    csv_file.write_text("name,site,country,state_affiliated\nTASS,tass.com,RU,false\n"
                        "Meduza,meduza.io,LV,no\n", encoding="utf-8")
    assert runner.invoke(app, ["outlets", "load", str(csv_file), "-w", ws_path]).exit_code == 0
    rows = {r["name"]: r for r in _json(["outlets", "list", "-w", ws_path, "--json"])}
    assert rows["TASS"]["state_affiliated"] is True and rows["TASS"]["site"] == "tass.ru"
    assert rows["Meduza"]["state_affiliated"] is False and rows["Meduza"]["country"] == "LV"


def test_claims_list_table_reads_as_statements_with_the_reason_of_each_conflict(ws_path: str) -> None:
    result = runner.invoke(app, ["claims", "list", "-w", ws_path, "--contested"], env={"COLUMNS": "220"})
    assert result.exit_code == 0, result.output
    assert "offers to build" in result.stdout and "offers_to_build" not in result.stdout
    assert "Meduza: 2,000 (offer) — different value: up to 100,000 vs 2,000" in result.stdout


def test_origins_prints_each_chain_once_with_its_report_count(ws_path: str) -> None:
    high = next(r for r in _json(["claims", "list", "-w", ws_path, "--json"]) if r["value"] == 100000)
    result = runner.invoke(app, ["origins", high["id"], "-w", ws_path])
    lines = [x for x in result.stdout.splitlines() if x.startswith("  ")]
    assert len(lines) == len(set(lines))
