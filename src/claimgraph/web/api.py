"""The REST API: the same data as every page, as JSON, under ``/api/``."""
from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from pydantic import BaseModel, Field

from claimgraph.analysis import dashboard as dash
from claimgraph.analysis import documents, ledger, network, profile, search, timeline
from claimgraph.analysis.annotations import annotations, verdicts
from claimgraph.analysis.paging import page_of
from claimgraph.store import Store
from claimgraph.web.app import StoreDep
from claimgraph.web.judgments import KINDS, record

router = APIRouter(prefix="/api", tags=["api"])

Limit = Query(None, ge=1, le=500, description="rows per page (at most 500)")
Offset = Query(None, ge=0, description="rows to skip")


class JudgmentIn(BaseModel):
    """An analyst decision. ``args``: merge/not-same ``{"other": ID}``, split ``{"mentions": [...]}``,
    note ``{"text": ...}``, tag ``{"tag": ...}``; confirm/reject take none."""

    kind: str = Field(description=" | ".join(KINDS))
    target: str = Field(max_length=200, description="entity, claim, document or judgment id")
    args: dict[str, Any] = Field(default_factory=dict)
    user: str | None = Field(None, max_length=100)


@router.get("/", summary="Index of the API routes")
def index(request: Request) -> dict[str, Any]:
    paths = request.app.openapi().get("paths", {})
    routes = [{"path": path, "methods": ",".join(sorted(m.upper() for m in ops)),
               "summary": " / ".join(op.get("summary", "") for op in ops.values())}
              for path, ops in sorted(paths.items()) if path.startswith("/api")]
    return {"ok": True, "openapi": "/openapi.json", "read_only": request.app.state.read_only,
            "routes": routes}


@router.get("/dashboard", summary="Counts, latest documents and errors, top entities, contested claims")
def get_dashboard(store: Store = StoreDep) -> dict[str, Any]:
    return dash.dashboard(store)


@router.get("/documents", summary="Documents, newest first")
def list_documents(lang: str | None = None, outlet: str | None = None, limit: int | None = Limit,
                   offset: int | None = Offset, store: Store = StoreDep) -> dict[str, Any]:
    return documents.list_documents(store, lang, outlet, limit, offset).to_dict()


@router.get("/documents/{doc_id}", summary="One document with its spans, sightings, notes and tags")
def get_document(doc_id: str, store: Store = StoreDep) -> dict[str, Any]:
    doc = documents.get_document(store, doc_id)
    doc["annotations"] = annotations(store, [doc_id])[doc_id]
    return doc


@router.get("/entities", summary="Entities by number of mentions")
def list_entities(type: str | None = None, q: str | None = None, limit: int | None = Limit,
                  offset: int | None = Offset, store: Store = StoreDep) -> dict[str, Any]:
    return profile.list_entities(store, type, q, limit, offset).to_dict()


@router.get("/entities/{entity_id}", summary="Entity profile (merged ids resolve to the canonical one)")
def get_entity(entity_id: str, limit: int | None = Limit, offset: int | None = Offset,
               store: Store = StoreDep) -> dict[str, Any]:
    return profile.entity_profile(store, entity_id, limit, offset)


@router.get("/claims", summary="The claim ledger: claims grouped by what they say")
def list_claims(entity: str | None = None, predicate: str | None = None,
                modality: str | None = None, since: str | None = None, until: str | None = None,
                contested: bool | None = None, sort: str = "support", limit: int | None = Limit,
                offset: int | None = Offset, store: Store = StoreDep) -> dict[str, Any]:
    return ledger.claim_ledger(store, entity, predicate, modality, since, until, contested, sort,
                               limit, offset).to_dict()


@router.get("/claims/{claim_id}", summary="A ledger row: every supporting sentence and disagreeing rows")
def get_claim(claim_id: str, store: Store = StoreDep) -> dict[str, Any]:
    row = ledger.get_claim(store, claim_id)
    ids = [s["id"] for s in row.get("support", [])]
    row["annotations"] = annotations(store, [claim_id])[claim_id]
    row["verdicts"] = verdicts(store, ids)
    return row


@router.get("/timeline", summary="Event clusters and dated claims by period")
def get_timeline(start: str | None = None, end: str | None = None, period: str | None = None,
                 kind: str | None = None, limit: int | None = Limit, offset: int | None = Offset,
                 store: Store = StoreDep) -> dict[str, Any]:
    return timeline.timeline(store, start, end, period, kind, limit, offset)


@router.get("/network", summary="Entities and their ties (claims, shared sentences)")
def get_network(type: Annotated[list[str], Query()] = [], limit: Annotated[int, Query(ge=1, le=400)] = 150,  # noqa: B006
                focus: str | None = None, store: Store = StoreDep) -> dict[str, Any]:
    return network.network(store, type, limit, focus)


@router.get("/search", summary="Full-text search over documents")
def get_search(request: Request, q: str = "", lang: str | None = None, limit: int | None = Limit,
               offset: int | None = Offset, store: Store = StoreDep) -> dict[str, Any]:
    return search.search(store, q, lang, limit, offset).to_dict()


@router.get("/errors", summary="Ingest and fetch failures, newest first")
def list_errors(limit: int | None = Limit, offset: int | None = Offset,
                store: Store = StoreDep) -> dict[str, Any]:
    lim, off = page_of(limit, offset)
    total = int(store.scalar("SELECT count(*) FROM ingest_errors") or 0)
    rows = store.query("""SELECT source, reason, failed_at AS at, stage FROM ingest_errors
                          ORDER BY failed_at DESC, source LIMIT ? OFFSET ?""", [lim, off])
    return {"items": rows, "total": total, "limit": lim, "offset": off}


@router.get("/judgments", summary="Analyst judgments, newest first")
def list_judgments(target: str | None = None, kind: str | None = None, limit: int | None = Limit,
                   offset: int | None = Offset, store: Store = StoreDep) -> dict[str, Any]:
    lim, off = page_of(limit, offset)
    where, params = ["TRUE"], []
    if target:
        where.append("target = ?")
        params.append(target)
    if kind:
        where.append("kind = ?")
        params.append(kind)
    cond = " AND ".join(where)
    total = int(store.scalar(f"SELECT count(*) FROM judgments WHERE {cond}", params) or 0)
    rows = store.query(f"""SELECT id, kind, target, args, made_by AS user, made_at AS at FROM judgments
                           WHERE {cond} ORDER BY made_at DESC, id LIMIT ? OFFSET ?""",
                       [*params, lim, off])
    return {"items": rows, "total": total, "limit": lim, "offset": off}


@router.post("/judgments", status_code=201, summary="Record a judgment (merge, split, not-same, "
             "confirm, reject, undo, note, tag)")
def post_judgment(body: JudgmentIn, request: Request, store: Store = StoreDep) -> dict[str, Any]:
    settings = request.app.state.settings
    judgment = record(settings, store, body.kind, body.target, body.args, body.user)
    return {"ok": True, "judgment": judgment.to_dict()}
