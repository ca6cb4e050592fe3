"""Who may talk to the server and how writes are protected.

- Bound to loopback, the server is open to the local user; bound to anything else it refuses to
  start without a token. With a token, every request must carry it: ``Authorization: Bearer``
  (API clients) or the cookie that ``/login?token=`` sets (the browser).
- Writes (any method but GET/HEAD/OPTIONS) must come from the same origin (Origin, else Referer)
  and, from forms, carry the CSRF token of the double-submit cookie. JSON writes need a JSON body,
  which a cross-site form cannot send.
- Every response carries a Content-Security-Policy without inline scripts: source text is
  escaped, and even a slip would not run.
"""
from __future__ import annotations

import hmac
import ipaddress
import secrets
from urllib.parse import urlsplit

from claimgraph.errors import ConfigError

TOKEN_COOKIE = "claimgraph_token"
CSRF_COOKIE = "claimgraph_csrf"
CSRF_FIELD = "csrf"
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})

CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; "
       "form-action 'self'; frame-ancestors 'none'")
HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "same-origin",
    "Cache-Control": "no-store",
}


def is_loopback(host: str) -> bool:
    """True for localhost and loopback addresses (127.0.0.0/8, ::1)."""
    if host in ("localhost", "localhost.localdomain"):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def check_exposure(host: str, token: str | None) -> None:
    """Refuse to serve beyond this machine without a token."""
    if not is_loopback(host) and not token:
        raise ConfigError(
            f"refusing to listen on {host} without a token: anyone on the network could read "
            "and change the workspace",
            hint="pass --token SECRET (or set CLAIMGRAPH_TOKEN), or bind to 127.0.0.1")


def token_ok(expected: str | None, header: str | None, cookie: str | None) -> bool:
    """Whether the request carries the server token (always true when none is set)."""
    if not expected:
        return True
    given = None
    if header and header.lower().startswith("bearer "):
        given = header[7:].strip()
    elif cookie:
        given = cookie
    return given is not None and hmac.compare_digest(given.encode(), expected.encode())


def same_origin(host: str | None, origin: str | None, referer: str | None) -> bool:
    """A write is same-origin when Origin (or, without it, Referer) names this host.

    Neither header present means a non-browser client (curl, scripts): browsers always send
    Origin on cross-site POSTs, so the check cannot be dodged from a web page.
    """
    source = origin if origin and origin != "null" else referer
    if origin == "null":
        return False
    if not source:
        return True
    return bool(host) and urlsplit(source).netloc.lower() == (host or "").lower()


def new_csrf() -> str:
    return secrets.token_urlsafe(24)


def csrf_ok(cookie: str | None, field: str | None) -> bool:
    return bool(cookie and field) and hmac.compare_digest(str(cookie).encode(), str(field).encode())
