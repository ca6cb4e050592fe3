"""Every page in headless Chromium: hostile text stays text, links lead where they say, a merge
made in the browser is stored. Screenshots go to test-artifacts/screenshots/."""
from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

pytestmark = pytest.mark.browser


def _watch(page: Any) -> list[str]:
    """Collect dialogs (alert/confirm) a payload might open; dismiss them so the page goes on."""
    seen: list[str] = []

    def on_dialog(dialog: Any) -> None:
        seen.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", on_dialog)
    return seen


def _pwned(page: Any) -> Any:
    return page.evaluate("() => window.__pwned")


def test_browser_hostile_text_never_runs_on_any_page(live: Any, page: Any, shots: Path) -> None:
    server, ids, _ = live
    dialogs = _watch(page)
    urls = {
        "dashboard": "/", "documents": "/documents", "document-hostile": f"/documents/{ids['bad']}",
        "entities": "/entities", "entity-hostile": f"/entities/{ids['evil']}",
        "ledger": "/claims", "claim-hostile": f"/claims/{ids['claim_bad']}",
        "timeline": "/timeline?start=2024&end=2024", "search": "/search?q=memo",
        "errors": "/errors", "network": "/network",
    }
    for name, url in urls.items():
        response = page.goto(server.url + url)
        assert response is not None and response.status == 200, url
        page.wait_for_load_state("networkidle")
        assert _pwned(page) is None, f"a payload ran on {url}"
        page.screenshot(path=str(shots / f"hostile-{name}.png"), full_page=True)
    assert dialogs == []
    page.goto(server.url + f"/documents/{ids['bad']}")
    assert "<script>window.__pwned=1</script>" in page.inner_text(".text")
    hrefs = page.eval_on_selector_all("a[href]", "els => els.map(e => e.getAttribute('href'))")
    assert not [h for h in hrefs if h.strip().lower().startswith("javascript:")]


def test_browser_pages_render_and_click_through(live: Any, page: Any, shots: Path) -> None:
    server, ids, _ = live
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.goto(server.url + "/")
    page.screenshot(path=str(shots / "dashboard.png"), full_page=True)
    page.click("text=Kestrel Aero plans drone output")
    assert page.url.endswith(f"/documents/{ids['en']}")
    page.screenshot(path=str(shots / "document.png"), full_page=True)
    # mention → entity
    page.click(".text a.m-Company")
    assert page.url.endswith(f"/entities/{ids['kestrel']}")
    assert page.is_visible("text=Кестрел Аэро")  # names in both scripts
    assert page.is_visible("text=KESTREL AERO JSC")  # the list match with its reasons
    page.screenshot(path=str(shots / "entity.png"), full_page=True)
    # entity → claim in the ledger
    page.click("ul.claims a.ledger-link >> nth=0")
    assert "/claims/" in page.url
    assert page.is_visible("text=Supporting sentences")
    page.screenshot(path=str(shots / "claim.png"), full_page=True)
    # claim → document
    page.click("table.dense td a[href^='/documents/'] >> nth=0")
    assert "/documents/" in page.url
    for name, url in {"ledger": "/claims", "entities": "/entities", "timeline": "/timeline",
                      "timeline-2024": "/timeline?start=2024&end=2024&period=month",
                      "search": "/search?q=drones", "search-ru": "/search?q=беспилотников",
                      "documents": "/documents", "errors": "/errors",
                      "document-ru": f"/documents/{ids['ru']}"}.items():
        page.goto(server.url + url)
        page.screenshot(path=str(shots / f"{name}.png"), full_page=True)
    assert page.is_visible("text=Иван Морозов")  # Cyrillic renders as text
    assert errors == []


def test_browser_network_graph_draws_and_clicks_through(live: Any, page: Any, shots: Path) -> None:
    server, ids, _ = live
    from claimgraph.web.render import VENDOR_GRAPH

    page.goto(server.url + "/network")
    if not VENDOR_GRAPH.exists():
        assert page.is_visible("#vendor-missing")
        pytest.skip("graph library not installed (npm ci && node scripts/copy-web-assets.js)")
    page.wait_for_selector("#graph[data-ready='1']", timeout=15000)
    nodes = page.evaluate("() => window.__graph.nodes().map(n => n.id())")
    assert ids["kestrel"] in nodes and ids["morozov"] in nodes
    page.screenshot(path=str(shots / "network.png"), full_page=True)
    page.evaluate(f"() => window.__graph.getElementById({ids['morozov']!r}).emit('tap')")
    page.wait_for_url(f"**/entities/{ids['morozov']}")
    page.goto(server.url + "/network?type=Person&type=Location")
    page.wait_for_selector("#graph[data-ready='1']", timeout=15000)
    types = page.evaluate("() => window.__graph.nodes().map(n => n.data('type'))")
    assert set(types) == {"Person", "Location"}


def test_browser_merge_judgment_is_recorded(live: Any, page: Any, shots: Path) -> None:
    server, ids, ws = live
    page.goto(server.url + f"/entities/{ids['morozov']}")
    page.fill("form:has(#merge-button) input[name=other]", ids["minsk"])
    page.click("#merge-button")
    page.wait_for_url(f"**/entities/{ids['morozov']}?done=merge")
    assert page.is_visible("text=Recorded: merge")
    page.screenshot(path=str(shots / "entity-after-merge.png"), full_page=True)
    rows = ws.store.query("SELECT kind, target, args FROM judgments WHERE kind = 'merge'")
    assert len(rows) == 1 and rows[0]["target"] == ids["morozov"] and ids["minsk"] in rows[0]["args"]
