"""The command line's contract: cheap help, one-line errors, JSON on stdout."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from typer.testing import CliRunner

from claimgraph.cli import app
from claimgraph.settings import Settings
from testkit import ROOT

runner = CliRunner()


def test_cli_help_loads_no_model_and_opens_no_store() -> None:
    code = (
        "import sys; from claimgraph.cli import app\n"
        "try:\n    app(['--help'])\nexcept SystemExit:\n    pass\n"
        "heavy = [m for m in ('spacy', 'natasha', 'duckdb', 'psycopg', 'torch', 'fastapi')"
        " if m in sys.modules]\n"
        "print('HEAVY', heavy, file=sys.stderr)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=False)
    assert "Usage" in result.stdout
    assert "HEAVY []" in result.stderr


def test_cli_init_then_status_json(tmp_path: Path) -> None:
    ws = str(tmp_path / "a.duckdb")
    assert runner.invoke(app, ["init", ws]).exit_code == 0
    result = runner.invoke(app, ["status", "-w", ws, "--json"])
    assert result.exit_code == 0
    rows = {r["table"]: r["rows"] for r in json.loads(result.stdout)}
    assert rows["documents"] == 0


def test_cli_missing_workspace_is_one_line_error_with_next_step(tmp_path: Path) -> None:
    result = runner.invoke(app, ["status", "-w", str(tmp_path / "none.duckdb")])
    assert result.exit_code == 1
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1
    assert lines[0].startswith("Error: ") and "claimgraph init" in lines[0]


def test_cli_errors_json_is_an_empty_array_on_a_new_workspace(tmp_path: Path) -> None:
    ws = str(tmp_path / "b.duckdb")
    runner.invoke(app, ["init", ws])
    result = runner.invoke(app, ["errors", "-w", ws, "--json"])
    assert result.exit_code == 0
    assert json.loads(result.stdout) == []


def test_settings_every_setting_is_documented_in_the_readme() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    missing = [var for _, var, _, _ in Settings.documented() if var not in readme]
    assert missing == []


def test_settings_read_from_environment_and_overrides() -> None:
    s = Settings.from_env({"CLAIMGRAPH_MAX_FILE_MB": "5", "CLAIMGRAPH_USER": "ana"}, user="bo")
    assert s.max_file_mb == 5.0
    assert s.user == "bo"
