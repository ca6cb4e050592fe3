"""The feeds / watch / alerts commands, end to end against a local server."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from local_server import Handler, serve
from typer.testing import CliRunner

from claimgraph.cli import app
from claimgraph.cli.collect import parse_every

runner = CliRunner()


def run(*args: str) -> str:
    result = runner.invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return result.stdout


@pytest.mark.parametrize(("text", "seconds"), [("15m", 900), ("30s", 30), ("2h", 7200), ("5", 300)])
def test_cli_collect_parse_every(text: str, seconds: float) -> None:
    assert parse_every(text) == seconds


def test_cli_collect_watch_then_alerts_json_and_webhook(tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    ws = str(tmp_path / "w.duckdb")
    monkeypatch.setenv("CLAIMGRAPH_WORKSPACE", ws)
    run("init", ws)
    watch_id = run("watch", "add", "Fedorishchev").strip()
    assert json.loads(run("watch", "list", "--json"))[0]["id"] == watch_id
    with serve() as base:
        run("feeds", "add", f"{base}/feed.xml")
        assert json.loads(run("feeds", "list", "--json"))[0]["url"] == f"{base}/feed.xml"
        run("feeds", "poll")
        rows = json.loads(run("alerts", "--json", "--webhook", f"{base}/hook"))
        assert [r["kind"] for r in rows] == ["document"]
        assert set(rows[0]) == {"watch", "kind", "id", "at", "summary"}
        assert json.loads(Handler.posted[0])["alerts"][0]["id"] == rows[0]["id"]
    assert json.loads(run("alerts", "--json")) == []
    run("watch", "rm", watch_id)
    assert json.loads(run("watch", "list", "--json")) == []


def test_cli_collect_ingest_urls_file_fetches_each_url(tmp_path: Path) -> None:
    ws = str(tmp_path / "u.duckdb")
    with serve() as base:
        listing = tmp_path / "urls.txt"
        listing.write_text(f"# pages to follow\n{base}/article.html\n\n{base}/gone  # removed later\n",
                           encoding="utf-8")
        result = runner.invoke(app, ["ingest", "--urls", str(listing), "-w", ws, "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)[0]
    assert report["documents_new"] == 1
    assert [f["source"] for f in report["failures"]] == [f"{base}/gone"]
    errors = json.loads(runner.invoke(app, ["errors", "-w", ws, "--json"]).stdout)
    assert errors[0]["source"] == f"{base}/gone" and "HTTP 410" in errors[0]["reason"]
