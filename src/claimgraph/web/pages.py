"""The HTML pages: each calls the same :mod:`claimgraph.analysis` functions as the API."""
from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Form, Query, Request
from fastapi.responses import RedirectResponse, Response

from claimgraph.analysis import dashboard as dash
from claimgraph.analysis import documents, ledger, profile, search, timeline
from claimgraph.analysis.annotations import annotations, verdicts
from claimgraph.errors import NotFound
from claimgraph.model import ENTITY_TYPES, MODALITIES, PREDICATES
from claimgraph.store import Store
from claimgraph.web import security
from claimgraph.web.app import StoreDep
from claimgraph.web.highlight import segments
from claimgraph.web.judgments import record
from claimgraph.web.render import VENDOR_GRAPH, render

router = APIRouter(include_in_schema=False)


def _int(value: str | None) -> int | None:
    try:
        return int(value) if value not in (None, "") else None
    except ValueError:
        return None


@router.get("/")
def dashboard_page(request: Request, store: Store = StoreDep) -> Response:
    return render(request, "dashboard.html", data=dash.dashboard(store), title="Dashboard")


@router.get("/documents")
def documents_page(request: Request, lang: str | None = None, outlet: str | None = None,
                   offset: str | None = None, store: Store = StoreDep) -> Response:
    page = documents.list_documents(store, lang or None, outlet or None, 50, _int(offset))
    return render(request, "documents.html", page=page, lang=lang, outlet=outlet, title="Documents")


@router.get("/documents/{doc_id}")
def document_page(request: Request, doc_id: str, store: Store = StoreDep) -> Response:
    doc = documents.get_document(store, doc_id)
    segs = segments(doc["text"] or "", doc["mentions"], doc["claims"], doc["citations"])
    notes = annotations(store, [doc_id])[doc_id]
    return render(request, "document.html", doc=doc, segments=segs, notes=notes,
                  title=doc.get("title") or doc_id)


@router.get("/entities")
def entities_page(request: Request, type: str | None = None, q: str | None = None,
                  offset: str | None = None, store: Store = StoreDep) -> Response:
    page = profile.list_entities(store, type or None, q or None, 50, _int(offset))
    return render(request, "entities.html", page=page, type=type, q=q, types=ENTITY_TYPES,
                  title="Entities")


@router.get("/entities/{entity_id}")
def entity_page(request: Request, entity_id: str, offset: str | None = None,
                store: Store = StoreDep) -> Response:
    current = profile.canonical_id(store, entity_id)
    if current != entity_id:  # a merged id: keep old links working
        return RedirectResponse(f"/entities/{current}", status_code=307)
    data = profile.entity_profile(store, entity_id, 20, _int(offset))
    mentions = profile.entity_mentions(store, entity_id, 200)
    return render(request, "entity.html", e=data, mentions=mentions, graph=_radial(data),
                  title=data["name"])


def _radial(entity: dict[str, Any]) -> dict[str, Any]:
    """Positions for the small neighbour graph on the profile (SVG, no script needed)."""
    import math

    ties = entity["neighbours"][:12]
    cx, cy, r = 210, 150, 110
    nodes = []
    for i, t in enumerate(ties):
        angle = 2 * math.pi * i / max(1, len(ties)) - math.pi / 2
        nodes.append({**t, "x": round(cx + r * math.cos(angle), 1), "y": round(cy + r * math.sin(angle), 1),
                      "w": min(6, 1 + (t["claims"] * 3 + t["sentences"]) // 2)})
    return {"cx": cx, "cy": cy, "nodes": nodes}


@router.get("/claims")
def ledger_page(request: Request, entity: str | None = None, predicate: str | None = None,
                modality: str | None = None, since: str | None = None, until: str | None = None,
                contested: str | None = None, sort: str = "support", offset: str | None = None,
                store: Store = StoreDep) -> Response:
    flag = {"yes": True, "no": False}.get(contested or "")
    page = ledger.claim_ledger(store, entity or None, predicate or None, modality or None,
                               since or None, until or None, flag, sort, 50, _int(offset))
    entity_name = None
    if entity and entity.startswith("ent-"):
        entity_name = store.scalar("SELECT name FROM entities WHERE id = ?", [entity])
    return render(request, "ledger.html", page=page, predicates=PREDICATES, modalities=MODALITIES,
                  f={"entity": entity or "", "predicate": predicate or "", "modality": modality or "",
                     "since": since or "", "until": until or "", "contested": contested or "",
                     "sort": sort}, entity_name=entity_name, title="Claim ledger")


@router.get("/claims/{claim_id}")
def claim_page(request: Request, claim_id: str, store: Store = StoreDep) -> Response:
    row = ledger.get_claim(store, claim_id)
    ids = [s["id"] for s in row.get("support", [])]
    return render(request, "claim.html", c=row, notes=annotations(store, [claim_id])[claim_id],
                  verdicts=verdicts(store, ids), title="Claim")


@router.get("/timeline")
def timeline_page(request: Request, start: str | None = None, end: str | None = None,
                  period: str | None = None, kind: str | None = None, offset: str | None = None,
                  store: Store = StoreDep) -> Response:
    data = timeline.timeline(store, start or None, end or None, period or None, kind or None, 50,
                             _int(offset))
    return render(request, "timeline.html", t=data, chart=_bars(data["buckets"]), kind=kind,
                  title="Timeline")


def _bars(buckets: list[dict[str, Any]]) -> dict[str, Any]:
    """Bar geometry for the timeline chart (SVG attributes, so no inline style is needed)."""
    if not buckets:
        return {"bars": [], "width": 0}
    top = max(b["events"] + b["claims"] for b in buckets) or 1
    step = max(8, min(60, 900 // len(buckets)))
    bars = []
    for i, b in enumerate(buckets):
        h_claims = round(110 * b["claims"] / top, 1)
        h_events = round(110 * b["events"] / top, 1)
        ye = round(130 - h_claims - h_events, 1)
        bars.append({**b, "x": i * step, "w": step - 2, "hc": h_claims, "he": h_events,
                     "yc": round(130 - h_claims, 1), "ye": ye, "total": b["events"] + b["claims"],
                     "yt": round(ye - 3, 1), "label": i % max(1, len(buckets) // 12) == 0})
    # a count over each bar where there is room for it, so the chart reads without hovering
    return {"bars": bars, "width": len(buckets) * step, "counts": step >= 24}


@router.get("/network")
def network_page(request: Request, type: Annotated[list[str], Query()] = [],  # noqa: B006
                 focus: str | None = None, limit: int = Query(150, ge=1, le=400)) -> Response:
    return render(request, "network.html", types=ENTITY_TYPES, chosen=type, focus=focus or "",
                  limit=limit, has_vendor=VENDOR_GRAPH.exists(), title="Network")


@router.get("/search")
def search_page(request: Request, q: str = "", lang: str | None = None, offset: str | None = None,
                store: Store = StoreDep) -> Response:
    page = search.search(store, q, lang or None, 20, _int(offset)) if q.strip() else None
    return render(request, "search.html", page=page, q=q, title="Search")


@router.get("/errors")
def errors_page(request: Request, offset: str | None = None, store: Store = StoreDep) -> Response:
    off = max(0, _int(offset) or 0)
    total = int(store.scalar("SELECT count(*) FROM ingest_errors") or 0)
    rows = store.query("""SELECT source, reason, failed_at AS at, stage FROM ingest_errors
                          ORDER BY failed_at DESC, source LIMIT 100 OFFSET ?""", [off])
    return render(request, "errors.html", rows=rows, total=total, offset=off, title="Ingest errors")


def _refuse(request: Request, message: str) -> Response:
    return render(request, "error.html", status_code=403, status=403, message=message,
                  hint="reload the page and try again")


@router.post("/judgments")
def judgment_form(request: Request, kind: str = Form(...), target: str = Form(...),
                  csrf: str = Form(""), next: str = Form("/"), other: str = Form(""),
                  mentions: Annotated[list[str], Form()] = [], text: str = Form(""),  # noqa: B006
                  tag: str = Form(""), store: Store = StoreDep) -> Response:
    """Form posts from the pages: CSRF-checked, then back to the page with a message."""
    if not security.csrf_ok(request.cookies.get(security.CSRF_COOKIE), csrf):
        return _refuse(request, "the form expired or came from another site")
    args: dict[str, Any] = {}
    if kind in ("merge", "not-same"):
        other = other.strip()
        if other and not other.startswith("ent-"):
            found = store.scalar("SELECT id FROM entities WHERE lower(name) = ? ORDER BY mentions DESC",
                                 [other.lower()])
            if not found:
                raise NotFound(f"no entity named {other!r}", hint="paste the other entity's id (ent-…)")
            other = found
        args["other"] = other
    elif kind == "split":
        args["mentions"] = mentions
    elif kind == "note":
        args["text"] = text
    elif kind == "tag":
        args["tag"] = tag
    judgment = record(request.app.state.settings, store, kind, target, args, None)
    back = next if next.startswith("/") and not next.startswith("//") else "/"
    sep = "&" if "?" in back else "?"
    return RedirectResponse(f"{back}{sep}done={judgment.kind}", status_code=303)
