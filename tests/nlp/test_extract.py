"""The extract stage: batch extraction, the annotate command, and workspace runs."""
from __future__ import annotations

import json
import time

import pytest
from typer.testing import CliRunner

from claimgraph.cli import app
from claimgraph.ids import document_id
from claimgraph.model import Document
from claimgraph.nlp.extract import extract, extract_workspace
from claimgraph.nlp.pipeline import default_pipeline
from claimgraph.settings import Settings
from claimgraph.store.records import document_row

EN = "Belarusian Defense Minister Viktor Khrenin visited the Alabuga plant in Tatarstan."
RU = "Глава Ростеха Сергей Чемезов встретился с Вячеславом Федорищевым в Минске."


@pytest.fixture(scope="module")
def pipeline():
    return default_pipeline(Settings.from_env({}))


def _doc(text: str, lang: str | None = None) -> Document:
    return Document(id=document_id(text), text=text, lang=lang)


def test_extract_yields_one_result_per_document_in_order(pipeline) -> None:
    docs = [_doc(EN, "en"), _doc(RU, "ru"), _doc("", None)]
    results = list(extract(docs, pipeline))
    assert [r.document_id for r in results] == [d.id for d in docs]
    assert {m.text for m in results[0].mentions} >= {"Viktor Khrenin", "Tatarstan"}
    assert {m.normalized for m in results[1].mentions} >= {"Сергей Чемезов", "Вячеслав Федорищев"}


def test_extract_ids_are_stable_across_runs(pipeline) -> None:
    first = next(extract([_doc(EN, "en")], pipeline))
    second = next(extract([_doc(EN, "en")], pipeline))
    assert [m.id for m in first.mentions] == [m.id for m in second.mentions]
    assert first.to_dict() == second.to_dict()


def test_extract_detects_missing_language(pipeline) -> None:
    result = next(extract([_doc(RU)], pipeline))
    assert result.lang == "ru"


@pytest.mark.parametrize("text, lang", [
    ("", "en"),
    ("   \n\n\t ", "ru"),
    ("x" * 1_000_000, "en"),
    ("я" * 1_000_000, "ru"),
    ("Drones 🚀🛸 over Minsk 🇧🇾!! " * 200, "en"),
    ("Control\x00char\x07acters\x1b[31m in Minsk\u200b\u202e text.", "en"),
    (" ".join(str(n) for n in range(100_000)), "en"),
    ("\ud800 broken surrogate in Moscow", "en"),
    ("Mixed 中文 العربية text about Iran.", "zh"),
])
def test_extract_survives_hostile_input(pipeline, text: str, lang: str) -> None:
    started = time.perf_counter()
    result = next(extract([Document(id="doc-hostile", text=text, lang=lang)], pipeline))
    assert result.document_id == "doc-hostile"
    for m in result.mentions:
        assert text[m.start:m.end] == m.text
    assert time.perf_counter() - started < 60


def test_annotate_round_trip_with_exact_fields(tmp_path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join([
        json.dumps({"id": "a", "text": EN, "lang": "en", "published": "2024-03-05"}),
        "this line is not JSON",
        json.dumps({"id": "b", "text": RU}),
        json.dumps({"id": "c", "text": ""}),
    ]) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(app, ["annotate", "-i", str(src), "-o", str(out)])
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in lines] == ["a", "b", "c"]
    assert [r["lang"] for r in lines][:2] == ["en", "ru"]
    for record in lines:
        assert list(record) == ["id", "lang", "entities", "claims", "events", "citations"]
        for entity in record["entities"]:
            assert list(entity) == ["start", "end", "label", "text", "entity", "canonical"]
        for claim in record["claims"]:
            assert list(claim) == ["subject", "predicate", "object", "value", "unit", "qualifier", "time",
                                   "modality", "attributed_to", "evidence"]
        for event in record["events"]:
            assert list(event) == ["type", "time", "place", "participants", "evidence"]
        for citation in record["citations"]:
            assert list(citation) == ["source", "evidence"]
    text_a = EN
    assert all(text_a[e["start"]:e["end"]] == e["text"] for e in lines[0]["entities"])
    assert {"Viktor Khrenin", "Tatarstan"} <= {e["text"] for e in lines[0]["entities"]}


def test_annotate_reads_stdin_writes_stdout() -> None:
    result = CliRunner().invoke(app, ["annotate"], input=json.dumps({"id": "x", "text": EN}) + "\n")
    assert result.exit_code == 0
    record = json.loads(result.stdout.strip().splitlines()[-1])
    assert record["id"] == "x" and record["lang"] == "en"


def _add(ws, *docs: Document) -> None:
    with ws.store.write() as tx:
        tx.upsert("documents", [document_row(d) for d in docs])


def test_extract_workspace_only_new_documents_then_all(workspace) -> None:
    _add(workspace, _doc(EN, "en"), _doc(RU, "ru"))
    first = extract_workspace(workspace, workers=1)
    assert (first.documents, first.up_to_date) == (2, 0)
    mentions = workspace.store.scalar("SELECT count(*) FROM mentions")
    assert mentions == first.mentions > 0
    again = extract_workspace(workspace, workers=1)
    assert (again.documents, again.up_to_date) == (0, 2)
    rerun = extract_workspace(workspace, all=True, workers=1)
    assert rerun.documents == 2
    assert workspace.store.scalar("SELECT count(*) FROM mentions") == mentions


def test_extract_workspace_keeps_ingest_citations_and_skips_retracted(workspace) -> None:
    kept, gone = _doc(EN, "en"), _doc(RU, "ru")
    _add(workspace, kept, gone)
    with workspace.store.write() as tx:
        tx.execute("UPDATE documents SET retracted = TRUE WHERE id = ?", [gone.id])
        tx.execute("INSERT INTO citations (id, document_id, kind, source) VALUES ('cit-1', ?, 'forward', 'BelTA')",
                   [kept.id])
    report = extract_workspace(workspace, workers=1)
    assert report.documents == 1
    assert workspace.store.scalar("SELECT count(*) FROM mentions WHERE document_id = ?", [gone.id]) == 0
    assert workspace.store.scalar("SELECT count(*) FROM citations WHERE kind = 'forward'") == 1


def test_extract_command_prints_summary(workspace) -> None:
    _add(workspace, _doc(EN, "en"))
    result = CliRunner().invoke(app, ["extract", "-w", workspace.settings.workspace, "--workers", "1"])
    assert result.exit_code == 0, result.output
    assert "Extracted 1 documents" in result.output


POOL_TEXTS = [f"Report {n}: Viktor Khrenin visited the Alabuga plant in Tatarstan with {n} engineers. "
              f"Глава Ростеха Сергей Чемезов встретился с Вячеславом Федорищевым в Минске {n + 1} июля."
              for n in range(40)]


def _extracted(ws) -> dict[str, list[dict]]:
    tables = {t: ws.store.query(f"SELECT * FROM {t} ORDER BY id") for t in ("mentions", "claims", "events", "citations")}
    tables["documents"] = ws.store.query("SELECT id, extracted_version FROM documents ORDER BY id")
    return tables


@pytest.mark.slow
def test_extract_workspace_process_pool_gives_the_same_rows(tmp_path) -> None:
    from claimgraph.workspace import Workspace

    stored, reports = [], []
    for workers in (1, 2):
        ws = Workspace.open(Settings.from_env({}, workspace=str(tmp_path / f"w{workers}.duckdb")), create=True)
        _add(ws, *[_doc(t, None) for t in POOL_TEXTS])
        report = extract_workspace(ws, workers=workers)
        assert report.workers == workers and report.documents == len(POOL_TEXTS)
        stored.append(_extracted(ws))
        reports.append((report.documents, report.mentions, report.claims, report.events, report.citations))
    assert stored[0] == stored[1] and stored[0]["mentions"] and stored[0]["claims"]
    assert reports[0] == reports[1]


@pytest.mark.slow
def test_a_started_pool_serves_several_workspaces_and_reruns(tmp_path) -> None:
    from claimgraph.nlp.extract import pool
    from claimgraph.workspace import Workspace

    settings = Settings.from_env({})
    spaces = [Workspace.open(Settings.from_env({}, workspace=str(tmp_path / f"{n}.duckdb")), create=True)
              for n in ("a", "b")]
    for ws in spaces:
        _add(ws, *[_doc(t, "en" if n % 2 else None) for n, t in enumerate(POOL_TEXTS)])
    with pool(2, settings) as executor:
        first = [extract_workspace(ws, workers=2, executor=executor) for ws in spaces]
        rows = _extracted(spaces[0])
        again = extract_workspace(spaces[0], all=True, workers=2, executor=executor)
    assert [r.documents for r in first] == [len(POOL_TEXTS)] * 2 and again.documents == len(POOL_TEXTS)
    assert _extracted(spaces[0]) == rows == _extracted(spaces[1])


def test_extract_workspace_on_every_backend_replaces_rows(any_workspace) -> None:
    _add(any_workspace, _doc(EN, "en"), _doc(RU, "ru"))
    first = extract_workspace(any_workspace, workers=1)
    rows = any_workspace.store.query("SELECT id, label, canonical FROM mentions ORDER BY id")
    again = extract_workspace(any_workspace, all=True, workers=1)
    assert first.documents == again.documents == 2
    assert any_workspace.store.query("SELECT id, label, canonical FROM mentions ORDER BY id") == rows
    assert any_workspace.store.scalar("SELECT count(*) FROM documents WHERE extracted_version = ?",
                                      [first.version]) == 2


def test_extract_workspace_records_a_document_it_cannot_store_and_goes_on(workspace) -> None:
    from claimgraph.model import Mention
    from claimgraph.nlp.extract import Extraction, ExtractReport, _write_all, batch_rows
    from claimgraph.progress import NULL

    good = _doc(EN, "en")
    _add(workspace, good)
    broken = Mention("men-x", "doc-bad", 0, 4, None, "Person")  # type: ignore[arg-type] - text is required
    fine = Mention("men-y", good.id, 0, 10, "Belarusian", "Nationality")
    report = ExtractReport(version="test")
    _write_all(workspace.store, [batch_rows([Extraction("doc-bad", "en", [broken]), Extraction(good.id, "en", [fine])])],
               report, NULL)
    assert (report.documents, report.failed) == (1, 1)
    assert workspace.store.scalar("SELECT count(*) FROM ingest_errors WHERE source = 'doc-bad'") == 1
    assert workspace.store.scalar("SELECT count(*) FROM mentions WHERE document_id = ?", [good.id]) == 1
