"""The FastAPI application: pages, the REST API under ``/api/``, auth and error handling.

No connection outlives a request: DuckDB lets one process write a file at a time, and the CLI may
be writing while the server runs. Each request opens the store, and a request that finds the
workspace busy gets a 503 "workspace busy" answer (JSON or page) instead of a crash.
"""
from __future__ import annotations

import logging
import time
from collections.abc import Awaitable, Callable, Iterator
from typing import Any

from fastapi import Depends, FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from claimgraph.errors import ClaimgraphError, ConfigError, NotFound, WorkspaceBusy
from claimgraph.settings import Settings
from claimgraph.store import Store, open_store
from claimgraph.web import security
from claimgraph.web.render import STATIC, render
from claimgraph.workspace import Workspace

log = logging.getLogger(__name__)

#: Seconds a request waits for a writing CLI command before answering "workspace busy".
REQUEST_BUSY_TIMEOUT = 3.0


def request_store(request: Request) -> Iterator[Store]:
    """A store for this request. A DuckDB file stays open for ``serve_hold_seconds`` after the last
    request (and never much longer), so a CLI command that wants to write gets its turn."""
    settings: Settings = request.app.state.settings
    store = open_store(settings.workspace, busy_timeout=min(settings.busy_timeout, REQUEST_BUSY_TIMEOUT),
                       hold_seconds=settings.serve_hold_seconds)
    with store.session():
        yield store


StoreDep = Depends(request_store, scope="function")


def error_body(status: int, message: str, hint: str = "") -> dict[str, Any]:
    """The one JSON error shape of the API."""
    return {"ok": False, "status": status, "error": message, "hint": hint}


def _status(exc: ClaimgraphError) -> int:
    if isinstance(exc, WorkspaceBusy):
        return 503
    if isinstance(exc, NotFound):
        return 404
    if isinstance(exc, ConfigError):
        return 400
    return 500


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api") or request.url.path == "/openapi.json"


def _error_response(request: Request, status: int, message: str, hint: str = "") -> Response:
    headers = {"Retry-After": "2"} if status == 503 else None
    if _wants_json(request):
        return JSONResponse(error_body(status, message, hint), status_code=status, headers=headers)
    if not hasattr(request.state, "csrf"):
        request.state.csrf = ""
    response = render(request, "error.html", status_code=status, status=status, message=message,
                      hint=hint)
    if headers:
        response.headers.update(headers)
    return response


def create_app(settings: Settings, read_only: bool = False) -> FastAPI:
    """The web app for the workspace in ``settings`` (migrated once here, then opened per request)."""
    Workspace.open(settings)
    app = FastAPI(
        title="claimgraph", version="1",
        description="Sourced, cross-checked knowledge graph of public reports: documents, entities, "
                    "claims, events, list matches and analyst judgments.",
        docs_url=None, redoc_url=None, openapi_url="/openapi.json")
    app.state.settings = settings
    app.state.read_only = read_only

    @app.exception_handler(ClaimgraphError)
    async def _claimgraph_error(request: Request, exc: ClaimgraphError) -> Response:
        status = _status(exc)
        if status == 500:
            log.error("%s %s: %s", request.method, request.url.path, exc.one_line())
        return _error_response(request, status, " ".join(str(exc).split()), exc.hint)

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, exc: StarletteHTTPException) -> Response:
        hint = "see /api/ for the routes" if exc.status_code == 404 else ""
        return _error_response(request, exc.status_code, str(exc.detail), hint)

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> Response:
        parts = []
        for err in exc.errors()[:5]:
            where = ".".join(str(p) for p in err.get("loc", ()) if p not in ("query", "body"))
            parts.append(f"{where}: {err.get('msg')}")
        return _error_response(request, 422, "invalid request: " + "; ".join(parts),
                               "check the parameters in /openapi.json")

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> Response:
        log.exception("%s %s failed", request.method, request.url.path)
        return _error_response(request, 500, f"internal error ({type(exc).__name__})",
                               "the server log has the details")

    @app.middleware("http")
    async def _guard(request: Request, call_next: Callable[[Request], Awaitable[Response]]) -> Response:
        path = request.url.path
        public = path == "/login" or path.startswith("/static/")
        if not public and not security.token_ok(settings.token, request.headers.get("authorization"),
                                                 request.cookies.get(security.TOKEN_COOKIE)):
            request.state.csrf = ""
            response = _error_response(request, 401, "this server needs a token",
                                       "open /login?token=TOKEN once, or send 'Authorization: Bearer TOKEN'")
            response.headers.update(security.HEADERS)
            return response
        cookie = request.cookies.get(security.CSRF_COOKIE)
        request.state.csrf = cookie or security.new_csrf()
        if request.method not in security.SAFE_METHODS:
            problem = None
            if read_only:
                problem = (403, "this server is read-only", "restart 'claimgraph serve' without --read-only")
            elif not security.same_origin(request.headers.get("host"), request.headers.get("origin"),
                                          request.headers.get("referer")):
                problem = (403, "cross-site request refused", "make changes from the claimgraph pages")
            elif path.startswith("/api/") and "json" not in request.headers.get("content-type", ""):
                problem = (415, "API writes take a JSON body", "send Content-Type: application/json")
            if problem:
                response = _error_response(request, *problem)
                response.headers.update(security.HEADERS)
                return response
        started = time.perf_counter()
        response = await call_next(request)
        response.headers["Server-Timing"] = f"app;dur={(time.perf_counter() - started) * 1000:.1f}"
        response.headers.update(security.HEADERS)
        if path.startswith("/static/"):
            response.headers["Cache-Control"] = "public, max-age=3600"
        if not cookie:
            response.set_cookie(security.CSRF_COOKIE, request.state.csrf, httponly=True,
                                samesite="strict", path="/")
        return response

    @app.get("/login", include_in_schema=False)
    def login(request: Request, token: str = "", next: str = "/") -> Response:
        if settings.token and not security.token_ok(settings.token, None, token):
            return _error_response(request, 401, "wrong token",
                                   "use the token given to 'claimgraph serve'")
        response = RedirectResponse(next if next.startswith("/") and not next.startswith("//") else "/",
                                    status_code=303)
        if settings.token:
            response.set_cookie(security.TOKEN_COOKIE, token, httponly=True, samesite="strict", path="/")
        return response

    from claimgraph.web import api, pages

    app.include_router(api.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=str(STATIC)), name="static")
    return app


def serve(settings: Settings, host: str | None = None, port: int | None = None,
          token: str | None = None, read_only: bool = False) -> None:
    """Run the server until interrupted; refuses a non-loopback address without a token."""
    import uvicorn

    host = host or settings.host
    port = port or settings.port
    if token:
        settings.token = token
    security.check_exposure(host, settings.token)
    app = create_app(settings, read_only=read_only)
    uvicorn.run(app, host=host, port=port, log_level="warning")
