"""Ingest runs against a real store: duplicates, copies, re-runs, corrections and hostile files."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from claimgraph.ingest import edit_document, ingest_paths, retract_document
from claimgraph.ingest.catalog import list_documents, show_document
from claimgraph.workspace import Workspace

from .builders import OTHER, REWRITE, WIRE, article, snapshot
from .pdfs import encrypted_pdf, text_pdf

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "ingest"


def test_run_exact_duplicates_are_one_document_with_every_outlet(any_workspace: Workspace,
                                                                  tmp_path: Path) -> None:
    article(tmp_path, "a.txt", WIRE, outlet="Agency One", date="2024-03-01")
    article(tmp_path, "b.txt", "  " + WIRE.replace(" ", "  \n", 3), outlet="Paper Two", date="2024-03-02")
    article(tmp_path, "c.txt", WIRE, outlet="Site Three")
    report = ingest_paths(any_workspace, [str(tmp_path)])
    assert (report.files, report.documents_new, report.sightings_new, report.duplicates) == (3, 1, 3, 2)
    [doc] = list_documents(any_workspace)
    assert doc["sightings"] == 3 and doc["published"] == "2024-03-01"
    outlets = {s["outlet"] for s in show_document(any_workspace, doc["id"])["sightings"]}
    assert outlets == {"Agency One", "Paper Two", "Site Three"}


def test_run_near_duplicate_is_linked_to_the_earlier_document(any_workspace: Workspace,
                                                              tmp_path: Path) -> None:
    article(tmp_path, "1-wire.txt", WIRE, outlet="Agency One", date="2024-03-01")
    article(tmp_path, "2-rewrite.txt", REWRITE, outlet="Paper Two", date="2024-03-02")
    article(tmp_path, "3-other.txt", OTHER, outlet="Paper Two", date="2024-03-02")
    report = ingest_paths(any_workspace, [str(tmp_path)])
    assert (report.documents_new, report.copies) == (3, 1)
    rows = any_workspace.store.query("SELECT c.document_id, c.target_document_id, c.similarity, d.published "
                                     "FROM citations c JOIN documents d ON d.id = c.document_id "
                                     "WHERE c.kind = 'copy'")
    [copy] = rows
    assert copy["published"] == "2024-03-02"
    target = any_workspace.store.scalar("SELECT published FROM documents WHERE id = ?",
                                        [copy["target_document_id"]])
    assert target == "2024-03-01"
    assert 0.5 < copy["similarity"] < 1.0


def test_run_copies_are_found_across_runs_and_ordered_by_date(workspace: Workspace, tmp_path: Path) -> None:
    # the later-published rewrite arrives first; the wire text it copies arrives in a later run
    article(tmp_path / "first", "rewrite.txt", REWRITE, outlet="Paper Two", date="2024-03-05")
    ingest_paths(workspace, [str(tmp_path / "first")])
    article(tmp_path / "second", "wire.txt", WIRE, outlet="Agency One", date="2024-03-01")
    report = ingest_paths(workspace, [str(tmp_path / "second")])
    assert report.copies == 1
    [copy] = workspace.store.query("SELECT * FROM citations WHERE kind = 'copy'")
    published = {r["id"]: r["published"] for r in workspace.store.query("SELECT id, published FROM documents")}
    assert published[copy["document_id"]] == "2024-03-05"
    assert published[copy["target_document_id"]] == "2024-03-01"


def test_run_twice_changes_nothing(any_workspace: Workspace, tmp_path: Path) -> None:
    for name in ("header.txt", "frontmatter.md", "page.html", "feed.rss", "result.json", "bulk.jsonl",
                 "text_koi8r.txt"):
        (tmp_path / name).write_bytes((FIXTURES / name).read_bytes())
    article(tmp_path, "copy.txt", REWRITE)
    article(tmp_path, "wire.txt", WIRE)
    first = ingest_paths(any_workspace, [str(tmp_path)])
    before = snapshot(any_workspace)
    second = ingest_paths(any_workspace, [str(tmp_path)])
    assert snapshot(any_workspace) == before
    assert first.documents_new == 14 and first.copies == 1
    assert (second.documents_new, second.sightings_new, second.unchanged) == (0, 0, 9)


def test_run_touched_file_is_not_read_again(workspace: Workspace, tmp_path: Path) -> None:
    path = article(tmp_path, "a.txt", WIRE, outlet="Agency One")
    ingest_paths(workspace, [str(path)])
    before = snapshot(workspace)
    os.utime(path, (1_700_000_000, 1_700_000_000))
    report = ingest_paths(workspace, [str(path)])
    assert report.unchanged == 1 and report.sightings_new == 0
    after = snapshot(workspace)
    assert after["documents"] == before["documents"] and after["sightings"] == before["sightings"]


def test_run_hostile_files_are_recorded_and_the_batch_goes_on(workspace: Workspace, tmp_path: Path) -> None:
    article(tmp_path / "old", "kept.txt", OTHER, outlet="Paper Two")
    ingest_paths(workspace, [str(tmp_path / "old")])
    stored = snapshot(workspace)["documents"]
    bad = tmp_path / "new"
    bad.mkdir()
    (bad / "empty.txt").write_bytes(b"")
    (bad / "image.pdf").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    (bad / "locked.pdf").write_bytes(encrypted_pdf(["Secret hangar plan for the new engines."]))
    (bad / "broken.json").write_bytes(b'{"messages": [ {"id": 1, "text": "cut')
    (bad / "script.html").write_bytes(b"<html><head><script>alert('x')</script></head><body></body></html>")
    (bad / "report.pdf").write_bytes(text_pdf([["A readable report about engine supply chains."]]))
    report = ingest_paths(workspace, [str(tmp_path / "new"), str(tmp_path / "missing")])
    assert report.documents_new == 1
    reasons = {Path(f.source).name: f.reason for f in report.failures}
    assert set(reasons) == {"empty.txt", "image.pdf", "locked.pdf", "broken.json", "script.html", "missing"}
    assert "password" in reasons["locked.pdf"] and "PNG" in reasons["image.pdf"]
    assert workspace.store.scalar("SELECT count(*) FROM ingest_errors") == 6
    assert set(stored) <= set(snapshot(workspace)["documents"])


def test_run_folders_leave_out_code_data_and_readmes(workspace: Workspace, tmp_path: Path) -> None:
    article(tmp_path / "in", "report.txt", WIRE)
    for name in ("README.md", "make_corpus.py", "outlets.csv", "watch.ftm.json", ".hidden.txt", "notes.txt~"):
        article(tmp_path / "in", name, OTHER)
    article(tmp_path / "in" / ".git", "HEAD.txt", OTHER)
    report = ingest_paths(workspace, [str(tmp_path / "in")])
    assert (report.files, report.documents_new) == (1, 1)
    named = ingest_paths(workspace, [str(tmp_path / "in" / "outlets.csv")])
    assert named.documents_new == 1  # a file named on its own is always read


def test_run_globs_expand_and_an_empty_pattern_is_one_failure(workspace: Workspace, tmp_path: Path) -> None:
    article(tmp_path / "in", "a.txt", WIRE)
    article(tmp_path / "in" / "deep", "b.txt", OTHER)
    article(tmp_path / "in", "c.md", REWRITE)
    report = ingest_paths(workspace, [str(tmp_path / "in" / "**" / "*.txt"), str(tmp_path / "none-*.pdf")])
    assert (report.files, report.documents_new) == (2, 2)
    [failure] = report.failures
    assert failure.reason == "no file matches this pattern"


def test_run_large_cluster_of_near_copies_links_each_to_an_earlier_one(workspace: Workspace,
                                                                        tmp_path: Path) -> None:
    import json

    lines = [json.dumps({"text": WIRE.replace("Minsk", f"Minsk (post {n})"), "outlet": "Channel"})
             for n in range(300)]
    (tmp_path / "posts.jsonl").write_text("\n".join(lines), encoding="utf-8")
    report = ingest_paths(workspace, [str(tmp_path / "posts.jsonl")])
    assert (report.documents_new, report.copies) == (300, 299)
    order = workspace.store.query("SELECT count(DISTINCT document_id) AS n FROM citations WHERE kind = 'copy'")
    assert order == [{"n": 299}]


@pytest.mark.slow
def test_run_worker_processes_store_the_same_as_one_process(tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    from claimgraph.ingest import run
    from claimgraph.settings import Settings

    for name in ("page.html", "feed.rss", "result.json", "text_cp1251.txt", "frontmatter.md"):
        (tmp_path / "in" / name).parent.mkdir(exist_ok=True)
        (tmp_path / "in" / name).write_bytes((FIXTURES / name).read_bytes())
    article(tmp_path / "in", "wire.txt", WIRE)
    article(tmp_path / "in", "zz-copy.txt", REWRITE)
    snapshots = []
    for workers in (1, 2):
        monkeypatch.setattr(run, "POOL_MIN_FILES", 0)  # use the pool even for a handful of files
        ws = Workspace.open(Settings.from_env({}, workspace=str(tmp_path / f"w{workers}.duckdb"),
                                              workers=workers), create=True)
        report = ingest_paths(ws, [str(tmp_path / "in")])
        assert report.copies == 1 and not report.failures
        snapshots.append(snapshot(ws))
    assert snapshots[0] == snapshots[1]


def test_run_file_over_the_size_limit_is_rejected(tmp_path: Path) -> None:
    from claimgraph.settings import Settings

    ws = Workspace.open(Settings.from_env({}, workspace=str(tmp_path / "ws.duckdb"), max_file_mb=0.001),
                        create=True)
    path = article(tmp_path / "in", "big.txt", OTHER * 20)
    report = ingest_paths(ws, [str(path)])
    [failure] = report.failures
    assert "over the 0.001 MB limit" in failure.reason and report.documents_new == 0


def test_run_outlet_option_names_every_sighting(workspace: Workspace, tmp_path: Path) -> None:
    article(tmp_path, "a.txt", WIRE, outlet="Written In File")
    ingest_paths(workspace, [str(tmp_path)], outlet="Analyst Named")
    assert workspace.store.query("SELECT outlet FROM sightings") == [{"outlet": "Analyst Named"}]


def test_run_telegram_forward_becomes_a_citation(workspace: Workspace, tmp_path: Path) -> None:
    (tmp_path / "result.json").write_bytes((FIXTURES / "result.json").read_bytes())
    ingest_paths(workspace, [str(tmp_path)])
    [cite] = workspace.store.query("SELECT * FROM citations")
    assert (cite["kind"], cite["source"]) == ("forward", "Оборонный дайджест")
    forwarded = workspace.store.query("SELECT message_id, channel FROM sightings WHERE forwarded_from IS NOT NULL")
    assert forwarded == [{"message_id": "3", "channel": "Заводской канал"}]


def test_run_removed_document_stays_removed_after_reingest(workspace: Workspace, tmp_path: Path) -> None:
    path = article(tmp_path, "a.txt", WIRE, outlet="Agency One")
    ingest_paths(workspace, [str(path)])
    [doc] = list_documents(workspace)
    retract_document(workspace, doc["id"][:10], user="ana")
    article(tmp_path, "a.txt", WIRE, outlet="Agency One", title="Changed file, same text")
    article(tmp_path, "b.txt", WIRE, outlet="Another Outlet")
    ingest_paths(workspace, [str(tmp_path)])
    assert list_documents(workspace) == []
    assert workspace.store.scalar("SELECT retracted FROM documents WHERE id = ?", [doc["id"]])
    [judgment] = workspace.store.query("SELECT kind, made_by FROM judgments")
    assert judgment == {"kind": "doc-rm", "made_by": "ana"}


def test_run_edited_metadata_wins_over_later_ingests(workspace: Workspace, tmp_path: Path) -> None:
    article(tmp_path, "a.txt", WIRE)
    ingest_paths(workspace, [str(tmp_path)])
    [doc] = list_documents(workspace)
    edit_document(workspace, doc["id"], published="2024-02-29", outlet="Agency One", title="Fixed title")
    article(tmp_path, "b.txt", WIRE, outlet="Paper Two", date="2024-03-09", title="Other title")
    ingest_paths(workspace, [str(tmp_path)])
    [listed] = list_documents(workspace)
    assert (listed["published"], listed["title"], listed["outlet"]) == ("2024-02-29", "Fixed title", "Agency One")
    outlets = sorted(s["outlet"] for s in show_document(workspace, doc["id"])["sightings"])
    assert outlets == ["Agency One", "Paper Two"]
