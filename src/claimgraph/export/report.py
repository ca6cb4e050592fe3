"""The analyst's brief: one self-contained HTML file (and a PDF on request) on the workspace or on
a topic or entity — key entities, a timeline chart, a network picture, the claim ledger with
agreement, contradictions and independent-origin counts, every statement footnoted to its sources
(outlet, date, link and the sentence itself)."""
from __future__ import annotations

import json
import shutil
import subprocess
import tempfile
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from jinja2 import Environment, PackageLoader, select_autoescape

from claimgraph.errors import ClaimgraphError
from claimgraph.export.charts import network_chart, timeline_chart
from claimgraph.export.graph import build_graph
from claimgraph.export.scope import Scope
from claimgraph.workspace import Workspace

CHROMIUM = ("chromium", "chromium-browser", "google-chrome")


@dataclass
class Footnotes:
    """Numbered sources: the same (document, sentence) cited twice keeps one number."""

    notes: list[dict[str, Any]] = field(default_factory=list)
    _index: dict[tuple[str, int, int], int] = field(default_factory=dict)

    def cite(self, doc: dict[str, Any], start: int, end: int, sightings: list[dict[str, Any]]) -> int:
        key = (doc["id"], start, end)
        if key not in self._index:
            text = doc.get("text") or ""
            self.notes.append({
                "n": len(self.notes) + 1, "document": doc["id"], "title": doc.get("title"),
                "published": doc.get("published"), "sentence": " ".join(text[start:end].split())[:600],
                "outlets": [{"outlet": s.get("outlet") or "unknown outlet", "url": s.get("url"),
                             "published": s.get("published")} for s in sightings] or
                           [{"outlet": "unknown outlet", "url": None, "published": None}],
            })
            self._index[key] = len(self.notes)
        return self._index[key]


def _safe_url(url: str | None) -> str | None:
    """Only http(s) links become links: source metadata is untrusted."""
    return url if url and url.startswith(("http://", "https://")) else None


def gather(ws: Workspace, scope: Scope, topic: str | None = None, max_claims: int = 300) -> dict[str, Any]:
    """Everything the brief shows, as plain data."""
    q = ws.store.query
    docs_in = scope.document_ids(ws)
    ents_in = scope.entity_ids(ws)
    documents = {d["id"]: d for d in q("SELECT id, title, published, text, lang FROM documents "
                                       "WHERE NOT coalesce(retracted, FALSE)")
                 if docs_in is None or d["id"] in docs_in}
    if topic:
        needle = topic.lower()
        documents = {k: d for k, d in documents.items()
                     if needle in (d["text"] or "").lower() or needle in (d["title"] or "").lower()}
    sightings: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for s in q("SELECT document_id, outlet, url, published FROM sightings ORDER BY published, outlet"):
        if s["document_id"] in documents:
            s["url"] = _safe_url(s["url"])
            sightings[s["document_id"]].append(s)
    notes = Footnotes()
    entities = [e for e in q("SELECT id, type, name, names, mentions FROM entities ORDER BY mentions DESC, name")
                if ents_in is None or e["id"] in ents_in]
    mentioned = {r["entity_id"] for r in q("SELECT DISTINCT entity_id, document_id FROM mentions "
                                             "WHERE entity_id IS NOT NULL") if r["document_id"] in documents}
    entities = [e for e in entities if e["id"] in mentioned][:25]
    matches: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for m in q("SELECT entity_id, list_name, list_entity_name, score FROM matches ORDER BY score DESC"):
        matches[m["entity_id"]].append(m)
    for e in entities:
        e["names"] = [n.get("name") for n in json.loads(e["names"] or "[]")][:6]
        e["matches"] = matches.get(e["id"], [])[:3]
    ledger = {r["claim_id"]: r for r in _optional(ws, "SELECT * FROM claim_ledger")}
    rejected = {r["target"] for r in q("SELECT target FROM judgments WHERE kind = 'reject'")}
    claims = [c for c in q("SELECT * FROM claims ORDER BY time_start, subject, predicate")
              if c["document_id"] in documents and c["id"] not in rejected]
    if ents_in is not None:
        claims = [c for c in claims if c["subject_entity"] in ents_in or c["object_entity"] in ents_in]
    groups: dict[str, dict[str, Any]] = {}
    for c in claims[:max_claims]:
        entry = ledger.get(c["id"], {})
        topic_key = entry.get("topic") or f"{c['subject']}|{c['predicate']}|{c['object'] or ''}"
        group = groups.setdefault(topic_key, {"subject": c["subject"], "predicate": c["predicate"],
                                              "object": c["object"], "contested": False, "origins": 0,
                                              "state_origins": 0, "reasons": [], "variants": []})
        group["contested"] = group["contested"] or bool(entry.get("contested"))
        group["origins"] = max(group["origins"], int(entry.get("origins") or 0))
        group["state_origins"] = max(group["state_origins"], int(entry.get("state_origins") or 0))
        for reason in json.loads(entry.get("reasons") or "[]") if entry.get("reasons") else []:
            text = reason if isinstance(reason, str) else json.dumps(reason, ensure_ascii=False)
            if text not in group["reasons"]:
                group["reasons"].append(text)
        doc = documents[c["document_id"]]
        n = notes.cite(doc, c["start_char"] or 0, c["end_char"] or 0, sightings.get(doc["id"], []))
        group["variants"].append({**c, "note": n, "value_text": _value(c)})
    ledger_rows = sorted(groups.values(), key=lambda g: (not g["contested"], -g["origins"], g["subject"]))
    events = [e for e in q("SELECT * FROM events ORDER BY time_start") if e["document_id"] in documents]
    for e in events:
        doc = documents[e["document_id"]]
        e["note"] = notes.cite(doc, e["start_char"] or 0, e["end_char"] or 0, sightings.get(doc["id"], []))
        e["participants"] = json.loads(e["participants"] or "[]")
    dated = [(e["time_start"], f"event: {e['type']}") for e in events if e["time_start"]]
    dated += [(c["time_start"], "claim") for c in claims if c["time_start"]]
    graph = build_graph(ws, scope)
    graph.remove_nodes_from([n for n in list(graph.nodes) if n not in mentioned])
    return {
        "title": "claimgraph brief" + (f": {topic}" if topic else ""),
        "documents": len(documents), "outlets": len({s["outlet"] for v in sightings.values() for s in v}),
        "entities": entities, "ledger": ledger_rows, "events": events[:200],
        "timeline": timeline_chart(dated), "network": network_chart(graph),
        "notes": notes.notes, "contested": sum(1 for g in ledger_rows if g["contested"]),
    }


def _optional(ws: Workspace, sql: str) -> list[dict[str, Any]]:
    try:
        return ws.store.query(sql)
    except Exception:  # noqa: BLE001 - a table a later stage adds may not exist yet
        return []


def _value(c: dict[str, Any]) -> str:
    parts = []
    if c.get("qualifier"):
        parts.append(str(c["qualifier"]))
    if c.get("value") is not None:
        v = float(c["value"])
        parts.append(f"{v:,.0f}" if v.is_integer() else f"{v:,}")
    if c.get("unit"):
        parts.append(str(c["unit"]))
    if c.get("rate"):
        parts.append(f"per {c['rate']}")
    return " ".join(parts) or (c.get("object") or "")


def render_html(data: dict[str, Any]) -> str:
    env = Environment(loader=PackageLoader("claimgraph.export", "templates"),
                      autoescape=select_autoescape(["html"]))
    return env.get_template("report.html").render(**data)


def export_report(ws: Workspace, out_dir: str | Path, scope: Scope | None = None,
                  topic: str | None = None, pdf: bool = False) -> dict[str, Any]:
    """Write ``out_dir/index.html`` (and ``report.pdf`` with ``pdf``); returns what was written."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    data = gather(ws, scope or Scope(), topic)
    html = out / "index.html"
    html.write_text(render_html(data), encoding="utf-8")
    result = {"html": str(html), "claims": sum(len(g["variants"]) for g in data["ledger"]),
              "notes": len(data["notes"]), "entities": len(data["entities"])}
    if pdf:
        result["pdf"] = str(print_pdf(html, out / "report.pdf"))
    return result


def print_pdf(html: Path, target: Path) -> Path:
    """Print the HTML brief to PDF with headless Chromium (offline, no network)."""
    browser = next((shutil.which(b) for b in CHROMIUM if shutil.which(b)), None)
    if browser is None:
        raise ClaimgraphError("no Chromium found to print the PDF",
                              hint="apt-get install chromium, or open index.html and print it")
    with tempfile.TemporaryDirectory() as profile:
        cmd = [browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
               "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
               f"--user-data-dir={profile}", "--no-pdf-header-footer",
               f"--print-to-pdf={target.resolve()}", html.resolve().as_uri()]
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=120, check=False)
    if not target.exists() or target.stat().st_size == 0:
        raise ClaimgraphError(f"Chromium could not print {html} ({done.stderr.strip()[-200:]})")
    return target
