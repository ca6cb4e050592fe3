"""CSV and Parquet exports read back with DuckDB and pyarrow."""
from __future__ import annotations

from pathlib import Path

import duckdb
import pyarrow.parquet as pq
from export_builders import small_workspace

from claimgraph.export.scope import Scope
from claimgraph.export.tables import TABLES, export_tables
from claimgraph.workspace import Workspace


def test_tables_parquet_has_one_file_per_table_with_every_row(workspace: Workspace, tmp_path: Path) -> None:
    small_workspace(workspace)
    written = export_tables(workspace, tmp_path, "parquet")
    assert set(written) == set(TABLES)
    assert pq.read_table(tmp_path / "mentions.parquet").num_rows == 5
    cols = pq.read_table(tmp_path / "mentions.parquet").column_names
    assert {"document_id", "start", "end", "text", "label", "entity_id"} <= set(cols)
    assert pq.read_table(tmp_path / "claims.parquet").to_pylist()[0]["value"] == 100000


def test_tables_csv_reads_back_in_duckdb_with_cyrillic(workspace: Workspace, tmp_path: Path) -> None:
    small_workspace(workspace)
    export_tables(workspace, tmp_path, "csv")
    con = duckdb.connect()
    names = {r[0] for r in con.execute(
        f"SELECT name FROM read_csv_auto('{tmp_path / 'entities.csv'}')").fetchall()}
    assert "Вячеслав Федорищев" in names
    assert con.execute(f"SELECT count(*) FROM read_csv_auto('{tmp_path / 'documents.csv'}')"
                       ).fetchone() == (2,)


def test_tables_scope_by_period_keeps_only_documents_of_that_period(
        workspace: Workspace, tmp_path: Path) -> None:
    ids = small_workspace(workspace)
    written = export_tables(workspace, tmp_path, "parquet", Scope(since="2025-07-01"))
    assert written["documents"] == 1
    docs = pq.read_table(tmp_path / "documents.parquet").column("id").to_pylist()
    assert docs == [ids["ru"]]
    assert written["claims"] == 1
