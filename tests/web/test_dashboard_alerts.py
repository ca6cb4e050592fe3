"""The dashboard shows what is new for the analyst's watches, and looking at it writes nothing."""
from __future__ import annotations

from fastapi.testclient import TestClient

from claimgraph.collect.watch import add_watch
from claimgraph.ids import document_id
from claimgraph.model import Document
from claimgraph.store import records
from claimgraph.web.app import create_app
from claimgraph.workspace import Workspace


def test_dashboard_alerts_list_new_documents_for_a_watch(workspace: Workspace) -> None:
    add_watch(workspace, "name", "Fedorishchev")
    text = "Governor Vyacheslav Fedorishchev met <b>officials</b> in Minsk."
    with workspace.store.write() as tx:
        tx.upsert("documents", [records.document_row(
            Document(id=document_id(text), text=text, title="Talks in Minsk", lang="en"))])
    client = TestClient(create_app(workspace.settings))
    data = client.get("/api/dashboard").json()
    assert [(a["kind"], a["id"]) for a in data["alerts"]] == [("document", document_id(text))]
    page = client.get("/").text
    assert "Watch alerts" in page and f'/documents/{document_id(text)}' in page
    assert "<b>officials</b>" not in page  # source text stays escaped
    assert workspace.store.scalar("SELECT count(*) FROM alert_log") == 0
