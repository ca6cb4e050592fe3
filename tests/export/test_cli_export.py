"""The export commands write files that the matching libraries read back."""
from __future__ import annotations

from pathlib import Path

import networkx as nx
import pyarrow.parquet as pq
from export_builders import small_workspace
from typer.testing import CliRunner

from claimgraph.cli import app
from claimgraph.workspace import Workspace

runner = CliRunner()


def test_cli_export_every_format_with_filters(workspace: Workspace, tmp_path: Path) -> None:
    small_workspace(workspace)
    ws = workspace.settings.workspace
    for args in (["gexf", "-o", str(tmp_path / "g.gexf")],
                 ["graphml", "-o", str(tmp_path / "g.graphml"), "--type", "Person"],
                 ["parquet", "-o", str(tmp_path / "pq"), "--since", "2025-07-01"],
                 ["csv", "-o", str(tmp_path / "csv")],
                 ["report", "-o", str(tmp_path / "brief"), "--entity", "ent-fe"]):
        result = runner.invoke(app, ["export", *args, "-w", ws])
        assert result.exit_code == 0, result.output
    assert nx.read_gexf(tmp_path / "g.gexf").number_of_nodes() == 5
    assert {d["type"] for _, d in nx.read_graphml(tmp_path / "g.graphml").nodes(data=True)} == {"Person"}
    assert pq.read_table(tmp_path / "pq" / "documents.parquet").num_rows == 1
    assert (tmp_path / "csv" / "judgments.csv").exists()
    assert "met_with" in (tmp_path / "brief" / "index.html").read_text(encoding="utf-8")
