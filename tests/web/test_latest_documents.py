"""The dashboard's "Latest documents": newest dated first, undated last, and a headline from the text
where a document has no title, never a bare id."""
from __future__ import annotations

from claimgraph.analysis.dashboard import dashboard
from claimgraph.analysis.documents import headline
from claimgraph.model import Document
from claimgraph.store.records import document_row

DOCS = [
    Document(id="doc-march", title="Russia offers Belarus a drone plant", published="2025-03-13",
             text="Russia offers Belarus a drone plant.", lang="en", ingested_at="2026-01-01T10:00:00"),
    Document(id="doc-july", published="2025-07-21", lang="ru", ingested_at="2026-01-01T09:00:00",
             text="\n\n  Самарская область и Белоруссия договорились о сотрудничестве в беспилотной сфере. "
                  "Об этом сообщил губернатор."),
    Document(id="doc-undated-new", lang="en", ingested_at="2026-02-01T10:00:00",
             text="***\nGovernor Fedorishchev met Alexander Lukashenko in Minsk.\nMore text follows."),
    Document(id="doc-undated-old", title="Tomsk centre trains operators", lang="en",
             ingested_at="2025-12-01T10:00:00", text="The Tomsk centre trained 40 operators."),
]


def test_latest_documents_are_newest_dated_first_then_undated(workspace) -> None:
    with workspace.store.write() as tx:
        tx.upsert("documents", [document_row(d) for d in DOCS])
    latest = dashboard(workspace.store)["latest_documents"]
    assert [d["id"] for d in latest] == ["doc-july", "doc-march", "doc-undated-new", "doc-undated-old"]
    assert [d["headline"] for d in latest] == [
        "Самарская область и Белоруссия договорились о сотрудничестве в беспилотной сфере. Об этом сообщил губернатор.",
        "Russia offers Belarus a drone plant",
        "Governor Fedorishchev met Alexander Lukashenko in Minsk.",
        "Tomsk centre trains operators",
    ]


def test_the_dashboard_page_shows_headlines_not_ids(workspace) -> None:
    from fastapi.testclient import TestClient

    from claimgraph.web.app import create_app

    with workspace.store.write() as tx:
        tx.upsert("documents", [document_row(d) for d in DOCS])
    page = TestClient(create_app(workspace.settings)).get("/").text
    assert "Governor Fedorishchev met Alexander Lukashenko in Minsk." in page
    assert ">doc-undated-new<" not in page and ">doc-july<" not in page
    assert page.index("Самарская область") < page.index("Russia offers Belarus") < page.index("Governor Fedorishchev")


def test_a_headline_is_cut_at_a_word_and_an_empty_text_says_so() -> None:
    long = "Word " * 60
    assert headline(None, "First sentence here. " + long, width=40) == "First sentence here."
    cut = headline(None, long, width=40)
    assert cut.endswith("…") and len(cut) <= 41 and not cut[:-1].endswith(" ")
    assert headline(None, "   \n ... \n") == "(no text)"
    assert headline("  A   title ", "text") == "A title"
