"""The analyst's brief: self-contained HTML with footnoted statements, and a PDF that renders."""
from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from export_builders import small_workspace
from pypdf import PdfReader

from claimgraph.export.report import export_report
from claimgraph.export.scope import Scope
from claimgraph.model import Sighting
from claimgraph.store import records
from claimgraph.workspace import Workspace
from testkit import require


def hostile_sighting(ws: Workspace, doc: str) -> None:
    s = Sighting(id="sig-x", document_id=doc, outlet="<script>alert(1)</script>Wire",
                 url="javascript:alert(1)", published="2025-03-15")
    with ws.store.write() as tx:
        tx.upsert("sightings", [records.sighting_row(s)])


def test_report_html_footnotes_every_statement_to_its_sentence(workspace: Workspace, tmp_path: Path) -> None:
    ids = small_workspace(workspace)
    result = export_report(workspace, tmp_path)
    html = (tmp_path / "index.html").read_text(encoding="utf-8")
    assert result["claims"] == 2 and result["notes"] == 2
    assert "offers_to_build" in html and "up to 100,000 drone per year" in html
    assert "“Maxim Oreshkin said Russia offered Belarus" in html
    assert "Вячеслав Федорищев" in html and ids["ru"] in html
    assert 'src="data:image/png;base64,' in html  # charts embedded: the file stands alone
    assert 'src="http' not in html and "<link" not in html  # nothing loaded from elsewhere


def test_report_escapes_source_metadata_and_drops_unsafe_links(workspace: Workspace, tmp_path: Path) -> None:
    ids = small_workspace(workspace)
    hostile_sighting(workspace, ids["en"])
    export_report(workspace, tmp_path)
    html = (tmp_path / "index.html").read_text(encoding="utf-8")
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;" in html
    assert "javascript:" not in html


def test_report_scope_on_one_entity_keeps_its_claims_only(workspace: Workspace, tmp_path: Path) -> None:
    small_workspace(workspace)
    result = export_report(workspace, tmp_path, Scope(entities=["ent-fe"]))
    html = (tmp_path / "index.html").read_text(encoding="utf-8")
    assert result["claims"] == 1
    assert "met_with" in html and "offers_to_build" not in html


def test_report_pdf_renders_to_png_pages_with_the_text(workspace: Workspace, tmp_path: Path) -> None:
    require(shutil.which("chromium") is not None, "chromium not installed (apt-get install chromium)")
    require(shutil.which("pdftoppm") is not None, "pdftoppm not installed (apt-get install poppler-utils)")
    small_workspace(workspace)
    result = export_report(workspace, tmp_path, pdf=True)
    reader = PdfReader(result["pdf"])
    assert len(reader.pages) >= 1
    text = " ".join(page.extract_text() for page in reader.pages)
    assert "Claim ledger" in text and "Oreshkin" in text
    subprocess.run(["pdftoppm", "-png", "-r", "50", result["pdf"], str(tmp_path / "page")], check=True)
    pngs = sorted(tmp_path.glob("page*.png"))
    assert len(pngs) == len(reader.pages)
    assert all(p.stat().st_size > 1000 for p in pngs)
