"""The bundled sample corpus says what its README says: formats, encodings, copies and broken files."""
from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from claimgraph.ingest import ingest_paths
from claimgraph.workspace import Workspace

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
TASS_WIRE_START = "МИНСК, 21 июля. /ТАСС/."
BELTA_WIRE_START = "MINSK, 21 July (BelTA)"


def test_sample_corpus_json_files_parse() -> None:
    export = json.loads((SAMPLES / "telegram" / "bespilotny_dozor" / "result.json").read_text("utf-8"))
    assert export["type"] == "public_channel"
    assert sum(1 for m in export["messages"] if m.get("forwarded_from")) >= 3
    lines = (SAMPLES / "jsonl" / "bulk-2025.jsonl").read_text("utf-8").splitlines()
    assert all({"text", "title", "url", "published", "outlet", "lang"} <= json.loads(line).keys() for line in lines)


def test_sample_corpus_is_utf8_except_the_encoded_russian_files() -> None:
    deliberate = {"text/samara-kurier-2025-02-11-largest-drone-maker.txt": "koi8-r",
                  "html/tomsk-observer-2024-12-06-nas-delegation.html": "cp1251"}
    for path in SAMPLES.rglob("*"):
        rel = path.relative_to(SAMPLES).as_posix()
        if not path.is_file() or rel.startswith(("broken/", "pdf/")):
            continue
        data = path.read_bytes()
        if rel in deliberate:
            with pytest.raises(UnicodeDecodeError):
                data.decode("utf-8")
            assert "Федорищев" in data.decode(deliberate[rel]) or "Томск" in data.decode(deliberate[rel])
        else:
            data.decode("utf-8")


def test_sample_corpus_pdfs_have_a_text_layer() -> None:
    from pypdf import PdfReader

    pdfs = sorted((SAMPLES / "pdf").glob("*.pdf"))
    assert len(pdfs) == 2
    for path in pdfs:
        assert path.stat().st_size < 100_000
        text = " ".join(page.extract_text() for page in PdfReader(path).pages)
        assert "Fedorishchev" in text or "Федорищев" in text


def test_sample_corpus_outlets_csv_has_the_outlet_columns() -> None:
    with (SAMPLES / "outlets.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert rows and set(rows[0]) == {"name", "site", "country", "state_affiliated"}
    assert {r["state_affiliated"] for r in rows} <= {"true", "false"}
    assert {"ТАСС", "РИА Новости", "BelTA", "Наша Ніва"} <= {r["name"] for r in rows}


def test_sample_corpus_ingests_wires_as_one_document_with_many_sightings(workspace: Workspace) -> None:
    report = ingest_paths(workspace, [str(SAMPLES)])
    rows = workspace.store.query(
        "SELECT d.id, d.text, count(s.id) AS n FROM documents d JOIN sightings s ON s.document_id = d.id"
        " GROUP BY d.id, d.text")
    tass = sorted(r["n"] for r in rows if r["text"].startswith(TASS_WIRE_START))
    belta = sorted(r["n"] for r in rows if r["text"].startswith(BELTA_WIRE_START))
    assert tass == [1, 4]  # the wire in four places, and the Tolyatti near-copy on its own
    assert belta == [3]
    failures = {r["source"].rsplit("/", 1)[-1] for r in workspace.store.query("SELECT source FROM ingest_errors")}
    assert failures == {"truncated-report.pdf", "scanner-output.txt"}
    assert report is not None


def test_sample_corpus_ingests_the_encoded_files_readably(workspace: Workspace) -> None:
    ingest_paths(workspace, [str(SAMPLES / "text"), str(SAMPLES / "html")])
    texts = [r["text"] for r in workspace.store.query("SELECT text FROM documents")]
    assert any(t.startswith("Губернатор Самарской области Вячеслав Федорищев") for t in texts)  # KOI8-R
    assert any(t.startswith("Делегация Национальной академии наук Беларуси") for t in texts)  # windows-1251
