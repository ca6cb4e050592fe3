"""Batch rows: what a worker sends back and the parent bulk-loads, table by table."""
from __future__ import annotations

import pickle

import pyarrow as pa

from claimgraph.model import Citation, Claim, Document, Event, Mention, TimeRef
from claimgraph.nlp.extract import (
    Extraction,
    ExtractReport,
    _write_all,
    batch_rows,
    merged,
    write_rows,
)
from claimgraph.progress import NULL
from claimgraph.store.records import document_row


def _mention(doc: str, start: int, text: str, label: str = "Person", **kw: object) -> Mention:
    return Mention(Mention.make_id(doc, start, start + len(text), label), doc, start, start + len(text), text,
                   label, **kw)  # type: ignore[arg-type]


def _result(doc: str, *names: str, normalized: bool = False) -> Extraction:
    mentions = [_mention(doc, 10 * i, n, normalized=n.upper() if normalized else None) for i, n in enumerate(names)]
    claim = Claim(Claim.make_id(doc, 0, names[0], "capacity", None, 40.0), doc, names[0], "capacity", value=40.0,
                  unit="drone", time=TimeRef("2025-03-01", "2025-03-31", "month"), start=0, end=30)
    event = Event(Event.make_id(doc, 0, "visit"), doc, "visit", place="Minsk", participants=list(names))
    citation = Citation(f"cit-{doc}", doc, "attribution", source="BelTA", start=0, end=5)
    return Extraction(doc, "en", mentions, [claim], [event], [citation])


def _workspace_with(workspace, *doc_ids: str):  # type: ignore[no-untyped-def]
    with workspace.store.write() as tx:
        tx.upsert("documents", [document_row(Document(id=d, text="x" * 60, lang="en")) for d in doc_ids])
    return workspace


def _stored(ws) -> dict[str, list[dict]]:  # type: ignore[no-untyped-def]
    return {t: ws.store.query(f"SELECT * FROM {t} ORDER BY id") for t in ("mentions", "claims", "events", "citations")}


def test_batch_rows_are_arrow_tables_with_one_row_per_id() -> None:
    twice = _result("doc-a", "Khrenin", "Lukashenko")
    twice.mentions.append(_mention("doc-a", 0, "Khrenin", normalized="last wins"))
    rows = batch_rows([twice, _result("doc-b", "Oreshkin")])
    assert rows.document_ids == ["doc-a", "doc-b"]
    assert all(isinstance(t, pa.Table) for t in rows.tables.values())
    mentions = rows.tables["mentions"].to_pylist()
    assert [m["text"] for m in mentions] == ["Khrenin", "Lukashenko", "Oreshkin"]
    assert mentions[0]["normalized"] == "last wins" and mentions[0]["start_char"] == 0
    assert rows.found == [(3, 1, 1, 1), (1, 1, 1, 1)]  # as produced, before ids are merged
    claim = rows.tables["claims"].to_pylist()[0]
    assert (claim["time_start"], claim["time_precision"], claim["value"]) == ("2025-03-01", "month", 40.0)


def test_batch_rows_survive_pickling_and_keep_errors() -> None:
    failed = Extraction("doc-c", "en", errors=["ner: ValueError: x", "ner: ValueError: x"])
    rows = pickle.loads(pickle.dumps(batch_rows([_result("doc-a", "Khrenin"), failed])))
    assert rows.errors == {"doc-c": ["ner: ValueError: x"]}
    assert rows.only("doc-c").tables == {} and rows.only("doc-a").tables["mentions"].num_rows == 1


def test_merged_batches_store_what_the_batches_store_one_by_one(workspace, tmp_path) -> None:
    from claimgraph.settings import Settings
    from claimgraph.workspace import Workspace

    # a column empty in one batch is Arrow's null type there and text in the other
    batches = [batch_rows([_result("doc-a", "Khrenin")]),
               batch_rows([_result("doc-b", "Oreshkin", normalized=True)])]
    assert batches[0].tables["mentions"].schema.field("normalized").type == pa.null()
    one_by_one = _workspace_with(workspace, "doc-a", "doc-b")
    for batch in batches:
        write_rows(one_by_one.store, batch, "v1")
    together = _workspace_with(Workspace.open(Settings.from_env({}, workspace=str(tmp_path / "m.duckdb")),
                                              create=True), "doc-a", "doc-b")
    write_rows(together.store, merged(batches), "v1")
    assert _stored(together) == _stored(one_by_one)
    assert {m["text"]: m["normalized"] for m in _stored(together)["mentions"]} == {"Khrenin": None,
                                                                                  "Oreshkin": "ORESHKIN"}


def test_plain_rows_are_stored_like_arrow_tables(any_workspace, tmp_path) -> None:
    from claimgraph.settings import Settings
    from claimgraph.workspace import Workspace

    arrow = _workspace_with(Workspace.open(Settings.from_env({}, workspace=str(tmp_path / "arrow.duckdb")),
                                           create=True), "doc-a")
    write_rows(arrow.store, batch_rows([_result("doc-a", "Khrenin", "Lukashenko")]), "v1")
    plain = batch_rows([_result("doc-a", "Khrenin", "Lukashenko")])
    plain.tables = {t: data.to_pylist() for t, data in plain.tables.items()}
    write_rows(_workspace_with(any_workspace, "doc-a").store, plain, "v1")
    assert _stored(any_workspace) == _stored(arrow)


def test_a_rewrite_replaces_rows_but_keeps_ingest_citations(workspace) -> None:
    ws = _workspace_with(workspace, "doc-a")
    with ws.store.write() as tx:
        tx.execute("INSERT INTO citations (id, document_id, kind, source) VALUES ('cit-fwd', 'doc-a', 'forward', 'X')")
    write_rows(ws.store, batch_rows([_result("doc-a", "Khrenin", "Lukashenko")]), "v1")
    write_rows(ws.store, batch_rows([_result("doc-a", "Oreshkin")]), "v2")
    stored = _stored(ws)
    assert [m["text"] for m in stored["mentions"]] == ["Oreshkin"]
    assert sorted(c["kind"] for c in stored["citations"]) == ["attribution", "forward"]
    assert ws.store.scalar("SELECT extracted_version FROM documents WHERE id = 'doc-a'") == "v2"


def test_a_failed_merged_write_stores_every_other_document(workspace) -> None:
    ws = _workspace_with(workspace, "doc-a", "doc-b", "doc-c")
    broken = _result("doc-b", "Khrenin")
    broken.mentions[0].text = None  # type: ignore[assignment] - the store refuses a mention without text
    report = ExtractReport(version="v1")
    _write_all(ws.store, [batch_rows([_result("doc-a", "Khrenin")]), batch_rows([broken, _result("doc-c", "Oreshkin")])],
               report, NULL)
    assert (report.documents, report.failed, report.mentions) == (2, 1, 2)
    assert {m["document_id"] for m in _stored(ws)["mentions"]} == {"doc-a", "doc-c"}
    assert ws.store.scalar("SELECT count(*) FROM ingest_errors WHERE source = 'doc-b'") == 1
    assert ws.store.scalar("SELECT count(*) FROM documents WHERE extracted_version = 'v1'") == 2
