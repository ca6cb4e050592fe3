"""The REST API and the server's guards, through the real app on a real DuckDB workspace."""
from __future__ import annotations

import subprocess
import sys
import textwrap
import time
from typing import Any

import pytest
from typer.testing import CliRunner

from claimgraph.errors import ConfigError
from claimgraph.web.app import create_app
from claimgraph.web.security import check_exposure, is_loopback
from claimgraph.workspace import Workspace


def _client(ws: Workspace, **kwargs: Any) -> Any:
    from fastapi.testclient import TestClient

    return TestClient(create_app(ws.settings, **kwargs))


def _csrf(client: Any) -> str:
    client.get("/")
    return client.cookies.get("claimgraph_csrf")


def test_api_index_lists_every_route_and_openapi_documents_them(client: Any) -> None:
    index = client.get("/api/").json()
    paths = {r["path"] for r in index["routes"]}
    assert {"/api/dashboard", "/api/documents", "/api/entities/{entity_id}", "/api/claims",
            "/api/timeline", "/api/network", "/api/search", "/api/judgments"} <= paths
    spec = client.get("/openapi.json").json()
    assert "/api/claims/{claim_id}" in spec["paths"]
    assert "post" in spec["paths"]["/api/judgments"]


def test_api_routes_return_the_fixture_data(client: Any, web_ws: Any) -> None:
    _, ids = web_ws
    dash = client.get("/api/dashboard").json()
    assert dash["counts"]["documents"] == 3
    assert dash["top_entities"][0]["name"] in ("Kestrel Aero", "Ivan Morozov")
    docs = client.get("/api/documents?limit=2").json()
    assert docs["total"] == 3 and len(docs["items"]) == 2 and docs["next_offset"] == 2
    doc = client.get(f"/api/documents/{ids['en']}").json()
    assert {m["label"] for m in doc["mentions"]} >= {"Company", "Person", "Date"}
    assert [s["outlet"] for s in doc["sightings"]] == ["Daily Ledger", "Northwire"]
    entity = client.get(f"/api/entities/{ids['kestrel']}").json()
    assert {n["script"] for n in entity["names"]} == {"Latin", "Cyrillic"}
    assert entity["matches"][0]["features"][0]["detail"] == "names agree after transliteration"
    assert entity["documents"]["total"] == 3  # the merged id's mentions count too
    timeline = client.get("/api/timeline").json()
    assert timeline["period"] == "year" and timeline["buckets"][0]["bucket"] == "2024"
    graph = client.get("/api/network").json()
    assert {(e["source"], e["target"]) for e in graph["edges"]} >= {(ids["minsk"], ids["morozov"])}


def test_api_merged_entity_id_resolves_to_the_canonical_profile(client: Any, web_ws: Any) -> None:
    _, ids = web_ws
    assert client.get(f"/api/entities/{ids['kestrel_old']}").json()["id"] == ids["kestrel"]
    page = client.get(f"/entities/{ids['kestrel_old']}", follow_redirects=False)
    assert page.status_code == 307 and page.headers["location"] == f"/entities/{ids['kestrel']}"


def test_api_ledger_groups_repeats_and_marks_disagreement(client: Any, web_ws: Any) -> None:
    _, ids = web_ws
    rows = client.get("/api/claims?predicate=produces&modality=plan").json()["items"]
    assert len(rows) == 1  # the English and Russian reports say the same thing
    row = rows[0]
    assert row["documents"] == 2 and row["contested"] is True and row["value"] == 5000
    assert row["outlets"] == ["Daily Ledger", "Northwire", "Вестник"]
    detail = client.get(f"/api/claims/{ids['claim_2000']}").json()
    assert [r["value"] for r in detail["related"]] == [5000]
    assert client.get("/api/claims?contested=false&predicate=visited").json()["total"] == 1


def test_api_errors_share_one_shape(client: Any) -> None:
    for url, status in [("/api/entities/ent-missing", 404), ("/api/nothing", 404),
                        ("/api/documents?limit=0", 422)]:
        r = client.get(url)
        body = r.json()
        assert r.status_code == status
        assert set(body) == {"ok", "status", "error", "hint"} and body["ok"] is False
        assert body["status"] == status and body["error"]


def test_api_judgment_is_recorded_and_listed(client: Any, web_ws: Any) -> None:
    ws, ids = web_ws
    r = client.post("/api/judgments", json={"kind": "merge", "target": ids["morozov"],
                                            "args": {"other": ids["minsk"]}, "user": "tester"})
    assert r.status_code == 201, r.text
    rows = ws.store.query("SELECT kind, target, made_by FROM judgments WHERE kind = 'merge'")
    assert rows == [{"kind": "merge", "target": ids["morozov"], "made_by": "tester"}]
    listed = client.get(f"/api/judgments?target={ids['morozov']}").json()
    assert listed["total"] == 1
    note = client.post("/api/judgments", json={"kind": "note", "target": ids["claim_5000"],
                                               "args": {"text": "check the plant's capacity"}})
    assert note.status_code == 201
    shown = client.get(f"/api/claims/{ids['claim_5000']}").json()["annotations"]
    assert shown["notes"][0]["text"] == "check the plant's capacity"


def test_api_judgment_with_unknown_kind_or_target_is_refused(client: Any, web_ws: Any) -> None:
    bad = client.post("/api/judgments", json={"kind": "explode", "target": "x"})
    assert bad.status_code == 400 and "unknown judgment" in bad.json()["error"]
    missing = client.post("/api/judgments", json={"kind": "tag", "target": "clm-none",
                                                  "args": {"tag": "x"}})
    assert missing.status_code == 404


def test_api_get_never_writes(client: Any, web_ws: Any) -> None:
    ws, ids = web_ws
    tables = ("documents", "mentions", "entities", "claims", "events", "judgments", "matches")

    def snapshot() -> list[int]:
        return [int(ws.store.scalar(f"SELECT count(*) FROM {t}")) for t in tables]

    before = snapshot()
    for url in ("/", "/documents", f"/documents/{ids['en']}", f"/entities/{ids['kestrel']}",
                "/claims", f"/claims/{ids['claim_5000']}", "/timeline", "/network", "/errors",
                "/api/dashboard", "/api/network", "/login"):
        assert client.get(url).status_code == 200, url
    assert snapshot() == before


def test_api_token_is_required_when_set(web_ws: Any) -> None:
    ws, _ = web_ws
    ws.settings.token = "s3cret"
    client = _client(ws)
    assert client.get("/api/dashboard").status_code == 401
    assert client.get("/api/dashboard").json()["error"] == "this server needs a token"
    assert client.get("/").status_code == 401
    ok = client.get("/api/dashboard", headers={"Authorization": "Bearer s3cret"})
    assert ok.status_code == 200
    assert client.get("/api/dashboard", headers={"Authorization": "Bearer wrong"}).status_code == 401
    assert client.get("/login?token=wrong").status_code == 401
    login = client.get("/login?token=s3cret", follow_redirects=False)
    assert login.status_code == 303 and "claimgraph_token" in login.headers["set-cookie"]
    assert client.get("/").status_code == 200  # the cookie now carries the token


def test_api_read_only_server_refuses_every_write(web_ws: Any) -> None:
    ws, ids = web_ws
    client = _client(ws, read_only=True)
    r = client.post("/api/judgments", json={"kind": "confirm", "target": ids["claim_5000"]})
    assert r.status_code == 403 and r.json()["error"] == "this server is read-only"
    csrf = _csrf(client)
    form = client.post("/judgments", data={"kind": "confirm", "target": ids["claim_5000"],
                                           "csrf": csrf}, follow_redirects=False)
    assert form.status_code == 403
    assert ws.store.scalar("SELECT count(*) FROM judgments") == 0
    assert "Confirm" not in client.get(f"/claims/{ids['claim_5000']}").text


def test_api_cross_site_writes_are_refused(client: Any, web_ws: Any) -> None:
    ws, ids = web_ws
    csrf = _csrf(client)
    data = {"kind": "confirm", "target": ids["claim_5000"], "csrf": csrf, "next": "/"}
    evil = client.post("/judgments", data=data, headers={"Origin": "https://evil.example"},
                       follow_redirects=False)
    assert evil.status_code == 403 and "cross-site" in evil.text
    forged = client.post("/judgments", data={**data, "csrf": "guessed"}, follow_redirects=False)
    assert forged.status_code == 403
    assert "form expired" in forged.text
    plain = client.post("/api/judgments", content='{"kind": "confirm"}',
                        headers={"Content-Type": "text/plain"})
    assert plain.status_code == 415
    assert ws.store.scalar("SELECT count(*) FROM judgments") == 0
    ok = client.post("/judgments", data=data, headers={"Origin": "http://testserver"},
                     follow_redirects=False)
    assert ok.status_code == 303 and ok.headers["location"] == "/?done=confirm"
    assert ws.store.scalar("SELECT count(*) FROM judgments WHERE kind = 'confirm'") == 1


def test_api_responses_carry_a_script_safe_csp(client: Any) -> None:
    csp = client.get("/").headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert client.get("/api/dashboard").headers["x-content-type-options"] == "nosniff"


def test_api_non_loopback_bind_needs_a_token() -> None:
    assert is_loopback("127.0.0.1") and is_loopback("::1") and is_loopback("localhost")
    assert not is_loopback("0.0.0.0") and not is_loopback("192.168.1.5")
    with pytest.raises(ConfigError, match="refusing to listen on 0.0.0.0"):
        check_exposure("0.0.0.0", None)
    check_exposure("0.0.0.0", "token")
    from claimgraph.cli import app

    result = CliRunner().invoke(app, ["serve", "--host", "0.0.0.0", "-w", "unused.duckdb"],
                                env={"CLAIMGRAPH_TOKEN": ""})
    assert result.exit_code == 1
    assert "Error: refusing to listen on 0.0.0.0 without a token" in result.output


def test_api_busy_workspace_answers_503_not_a_crash(web_ws: Any, tmp_path: Any) -> None:
    ws, _ = web_ws
    ws.settings.busy_timeout = 0.3
    client = _client(ws)
    holder = subprocess.Popen([sys.executable, "-c", textwrap.dedent(f"""
        import duckdb, sys, time
        c = duckdb.connect({ws.settings.workspace!r})
        print("held", flush=True)
        sys.stdin.readline()
        """)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        api = client.get("/api/dashboard")
        assert api.status_code == 503 and "busy" in api.json()["error"]
        page = client.get("/")
        assert page.status_code == 503 and "Workspace busy" in page.text
    finally:
        assert holder.stdin is not None
        holder.stdin.close()
        holder.wait(10)
    time.sleep(0.1)
    assert client.get("/api/dashboard").status_code == 200
