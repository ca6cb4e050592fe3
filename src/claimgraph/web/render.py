"""Server-side rendering: one autoescaping Jinja2 environment and the formatting filters.

Autoescaping is on for every template and no template marks source text ``|safe``; highlighted
text is built from segments (see :mod:`claimgraph.web.highlight`).
"""
from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import urlencode, urlsplit

import jinja2
from fastapi import Request
from fastapi.responses import HTMLResponse

HERE = Path(__file__).resolve().parent
TEMPLATES = HERE / "templates"
STATIC = HERE / "static"
VENDOR_GRAPH = STATIC / "vendor" / "cytoscape.min.js"


def safe_url(url: Any) -> str | None:
    """The URL when it is http(s), else None: ``javascript:`` and friends never become links."""
    if not url or not isinstance(url, str):
        return None
    scheme = urlsplit(url.strip()).scheme.lower()
    return url.strip() if scheme in ("http", "https") else None


def fmt_number(value: Any) -> str:
    if value is None:
        return ""
    try:
        number = float(value)
    except (TypeError, ValueError):
        return str(value)
    return f"{int(number):,}" if number.is_integer() else f"{number:,.2f}"


def fmt_value(row: dict[str, Any]) -> str:
    """"up to 100,000 units/year" from a claim's value columns."""
    if row.get("value") is None and row.get("value_min") is None:
        return ""
    if row.get("value") is None:
        number = f"{fmt_number(row.get('value_min'))}–{fmt_number(row.get('value_max'))}"
    else:
        number = fmt_number(row.get("value"))
    parts = [row.get("qualifier") or "", number, row.get("unit") or ""]
    text = " ".join(p for p in parts if p)
    return f"{text}/{row['rate']}" if row.get("rate") else text


def fmt_time(row: dict[str, Any] | None) -> str:
    """A time reference at its precision: "2024-03", "2024 – 2025", "" when unknown."""
    if not row:
        return ""
    if isinstance(row.get("time"), dict):
        row = {"time_" + k: v for k, v in row["time"].items()}
    # ``start``/``end`` on claim rows are character spans; times are always ``time_*`` here.
    start = row.get("time_start")
    end = row.get("time_end")
    precision = row.get("time_precision")
    width = {"year": 4, "month": 7, "quarter": 7, "day": 10}.get(precision or "", 10)
    if not start:
        return ""
    s = str(start)[:width]
    e = str(end)[:width] if end else s
    return s if s == e else f"{s} – {e}"


def short(text: Any, n: int = 80) -> str:
    text = " ".join(str(text or "").split())
    return text if len(text) <= n else text[: n - 1] + "…"


def url_with(request: Request, **changes: Any) -> str:
    """The current URL with some query parameters replaced (None removes one)."""
    params = [(k, v) for k, v in request.query_params.multi_items() if k not in changes]
    for k, v in changes.items():
        if v is None or v == "":
            continue
        for item in (v if isinstance(v, list) else [v]):
            params.append((k, str(item)))
    query = urlencode(params)
    return request.url.path + ("?" + query if query else "")


@cache
def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATES)), autoescape=True,
        trim_blocks=True, lstrip_blocks=True, undefined=jinja2.ChainableUndefined)
    env.filters.update(number=fmt_number, value=fmt_value, when=fmt_time, short=short,
                       safe_url=safe_url)
    return env


def render(request: Request, name: str, status_code: int = 200, **context: Any) -> HTMLResponse:
    state = request.app.state
    context.update(
        request=request, read_only=state.read_only, csrf=getattr(request.state, "csrf", ""),
        url_with=lambda **kw: url_with(request, **kw), here=request.url.path +
        ("?" + request.url.query if request.url.query else ""))
    html = environment().get_template(name).render(**context)
    return HTMLResponse(html, status_code=status_code)
