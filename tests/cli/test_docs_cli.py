"""``claimgraph ingest`` and ``claimgraph docs``: exit codes, one-line rejections, JSON fields."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimgraph.cli import app

runner = CliRunner()

WIRE = ("The holding said on Friday that its plant near Minsk will build frames for reconnaissance drones "
        "under a contract with a Russian partner, with the first deliveries due by the end of the summer.")
OTHER = ("Вчера в Гродно прошла выставка промышленных беспилотников, на которой местные предприятия "
         "показали новые модели и подписали несколько соглашений о сотрудничестве.")


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(f"Title: Frames for drones\nOutlet: Wire One\nDate: 2024-05-10\n"
                                  f"URL: https://wire-one.example/frames\n\n{WIRE}\n", encoding="utf-8")
    (folder / "b.md").write_text(f"---\ntitle: Копия\noutlet: Paper Two\ndate: 2024-05-11\n---\n{WIRE}\n",
                                 encoding="utf-8")
    (folder / "c.txt").write_bytes(f"Дата: 2024-04-02\n\n{OTHER}\n".encode("cp1251"))
    (folder / "bad.pdf").write_bytes(b"%PDF-1.4\n1 0 obj garbage")
    return folder


def ingest(ws: str, *args: str) -> object:
    return runner.invoke(app, ["ingest", *args, "-w", ws])


def docs(ws: str, *args: str) -> object:
    return runner.invoke(app, ["docs", *args, "-w", ws])


def test_ingest_reports_rejections_on_stderr_and_exits_zero(tmp_path: Path, corpus: Path) -> None:
    ws = str(tmp_path / "ws.duckdb")
    result = ingest(ws, str(corpus))
    assert result.exit_code == 0
    assert f"{corpus / 'bad.pdf'}: damaged or truncated PDF" in result.stderr
    assert "new documents" in result.stdout


def test_ingest_strict_exits_one_on_any_rejection(tmp_path: Path, corpus: Path) -> None:
    ws = str(tmp_path / "ws.duckdb")
    assert ingest(ws, "--strict", str(corpus / "a.txt")).exit_code == 0
    assert ingest(ws, "--strict", str(corpus)).exit_code == 1


def test_docs_list_json_fields_and_filters(tmp_path: Path, corpus: Path) -> None:
    ws = str(tmp_path / "ws.duckdb")
    ingest(ws, str(corpus))
    rows = json.loads(docs(ws, "list", "--json").stdout)
    assert [set(r) for r in rows] == [{"id", "title", "lang", "published", "outlet", "url", "sightings"}] * 2
    first = rows[0]
    assert (first["title"], first["outlet"], first["url"], first["sightings"]) == (
        "Frames for drones", "Wire One", "https://wire-one.example/frames", 2)
    assert [r["lang"] for r in json.loads(docs(ws, "list", "--json", "--lang", "ru").stdout)] == ["ru"]
    assert len(json.loads(docs(ws, "list", "--json", "--outlet", "paper two").stdout)) == 1
    assert len(json.loads(docs(ws, "list", "--json", "--since", "2024-05-01").stdout)) == 1
    assert len(json.loads(docs(ws, "list", "--json", "--limit", "1").stdout)) == 1


def test_docs_show_by_prefix_has_sightings_and_text(tmp_path: Path, corpus: Path) -> None:
    ws = str(tmp_path / "ws.duckdb")
    ingest(ws, str(corpus))
    doc_id = json.loads(docs(ws, "list", "--json", "--lang", "en").stdout)[0]["id"]
    shown = json.loads(docs(ws, "show", doc_id[4:12], "--json").stdout)
    assert shown["id"] == doc_id and shown["text"] == WIRE
    assert sorted(s["outlet"] for s in shown["sightings"]) == ["Paper Two", "Wire One"]
    plain = docs(ws, "show", doc_id)
    assert plain.exit_code == 0 and "Wire One" in plain.stdout and WIRE[:40] in plain.stdout


def test_docs_unknown_id_is_one_error_line(tmp_path: Path, corpus: Path) -> None:
    ws = str(tmp_path / "ws.duckdb")
    ingest(ws, str(corpus))
    result = docs(ws, "show", "ffff0000")
    assert result.exit_code == 1
    assert result.stderr.strip().splitlines() == [
        "Error: no document ffff0000 — list ids with 'claimgraph docs list'"]


def test_docs_edit_and_rm_survive_reingest(tmp_path: Path, corpus: Path) -> None:
    ws = str(tmp_path / "ws.duckdb")
    ingest(ws, str(corpus))
    rows = {r["lang"]: r["id"] for r in json.loads(docs(ws, "list", "--json").stdout)}
    edited = docs(ws, "edit", rows["en"], "--published", "2024-05-09", "--title", "Frames deal", "--user", "ana")
    assert edited.exit_code == 0
    assert docs(ws, "rm", rows["ru"]).exit_code == 0
    (corpus / "a.txt").write_text((corpus / "a.txt").read_text(encoding="utf-8").replace(
        "Date: 2024-05-10", "Date: 2024-05-12"), encoding="utf-8")
    (corpus / "d.txt").write_text(f"Outlet: Paper Three\n\n{WIRE}\n", encoding="utf-8")
    ingest(ws, str(corpus))
    [row] = json.loads(docs(ws, "list", "--json").stdout)
    assert (row["id"], row["published"], row["title"], row["sightings"]) == (
        rows["en"], "2024-05-09", "Frames deal", 3)
    judgments = json.loads(runner.invoke(app, ["status", "-w", ws, "--json"]).stdout)
    assert {r["table"]: r["rows"] for r in judgments}["judgments"] == 2


def test_docs_edit_needs_a_change(tmp_path: Path, corpus: Path) -> None:
    ws = str(tmp_path / "ws.duckdb")
    ingest(ws, str(corpus))
    doc_id = json.loads(docs(ws, "list", "--json").stdout)[0]["id"]
    result = docs(ws, "edit", doc_id)
    assert result.exit_code == 1 and "give --published, --outlet or --title" in result.stderr
