"""Polite HTTP fetching: robots.txt, a per-host rate limit, retries with backoff, timeouts, size limit.

Every failure is an :class:`~claimgraph.errors.IngestError` naming the URL with a one-line reason,
so the caller records it with file errors and carries on. The transport is injectable (httpx), so
tests run against a local server and nothing leaves the machine unless the user asks it to.
"""
from __future__ import annotations

import time
import urllib.robotparser
from dataclasses import dataclass, field
from typing import Self
from urllib.parse import urlsplit

import httpx

from claimgraph import __version__
from claimgraph.errors import IngestError

USER_AGENT = f"claimgraph/{__version__} (open-source research tool; reads public reports)"
RETRY_STATUS = frozenset({429, 500, 502, 503, 504})


@dataclass(slots=True)
class Fetched:
    """A fetched page: the bytes as served, the final URL after redirects, and the headers."""

    url: str
    final_url: str
    status: int
    headers: dict[str, str]
    body: bytes
    fetched_at: float
    elapsed: float = 0.0


@dataclass
class FetchPolicy:
    """How politely and how patiently to fetch."""

    user_agent: str = USER_AGENT
    min_interval: float = 1.0  # seconds between two requests to one host
    timeout: float = 20.0  # connect/read timeout per request
    deadline: float = 60.0  # a whole response must arrive within this
    max_bytes: int = 10 * 1024 * 1024
    retries: int = 3
    backoff: float = 1.0  # first retry delay; doubles each time
    max_redirects: int = 10
    obey_robots: bool = True


@dataclass
class Fetcher:
    """Fetches URLs one at a time under a :class:`FetchPolicy`."""

    policy: FetchPolicy = field(default_factory=FetchPolicy)
    transport: httpx.BaseTransport | None = None
    _client: httpx.Client | None = None
    _last: dict[str, float] = field(default_factory=dict)
    _robots: dict[str, urllib.robotparser.RobotFileParser | None] = field(default_factory=dict)

    @property
    def client(self) -> httpx.Client:
        if self._client is None:
            self._client = httpx.Client(
                transport=self.transport, follow_redirects=True,
                max_redirects=self.policy.max_redirects,
                timeout=httpx.Timeout(self.policy.timeout),
                headers={"User-Agent": self.policy.user_agent},
            )
        return self._client

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def get(self, url: str, headers: dict[str, str] | None = None) -> Fetched:
        """Fetch one URL (304 Not Modified is returned, not raised)."""
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise IngestError(url, "not an http(s) URL")
        if self.policy.obey_robots and not self.allowed(url):
            raise IngestError(url, "disallowed by the site's robots.txt",
                              hint="respect it, or save the page by hand and ingest the file")
        delay = self.policy.backoff
        for attempt in range(self.policy.retries + 1):
            self._wait_turn(parts.netloc)
            try:
                fetched = self._once(url, headers or {})
            except IngestError:
                raise
            except httpx.TooManyRedirects as exc:
                raise IngestError(url, "redirect loop (too many redirects)") from exc
            except httpx.TimeoutException as exc:
                error = IngestError(url, f"timed out ({type(exc).__name__})")
            except httpx.TransportError as exc:
                error = IngestError(url, f"network error: {_short(exc)}",
                                    hint="check the address and the connection, then retry")
            else:
                if fetched.status in RETRY_STATUS and attempt < self.policy.retries:
                    time.sleep(_retry_after(fetched.headers, delay))
                    delay *= 2
                    continue
                if fetched.status >= 400:
                    raise IngestError(url, f"HTTP {fetched.status}" + _status_hint(fetched.status))
                return fetched
            if attempt >= self.policy.retries:
                raise error
            time.sleep(delay)
            delay *= 2
        raise IngestError(url, "gave up after retries")  # pragma: no cover - loop always returns

    def _once(self, url: str, headers: dict[str, str]) -> Fetched:
        started = time.monotonic()
        with self.client.stream("GET", url, headers=headers) as response:
            declared = response.headers.get("content-length")
            if declared and declared.isdigit() and int(declared) > self.policy.max_bytes:
                raise IngestError(url, f"page larger than {self.policy.max_bytes // 1048576} MB "
                                       f"({int(declared) // 1048576} MB declared)")
            chunks: list[bytes] = []
            size = 0
            for chunk in response.iter_bytes():
                size += len(chunk)
                if size > self.policy.max_bytes:
                    raise IngestError(url, f"page larger than {self.policy.max_bytes // 1048576} MB")
                if time.monotonic() - started > self.policy.deadline:
                    raise IngestError(url, f"page did not finish within {self.policy.deadline:.0f} s")
                chunks.append(chunk)
            return Fetched(url=url, final_url=str(response.url), status=response.status_code,
                           headers={k.lower(): v for k, v in response.headers.items()},
                           body=b"".join(chunks), fetched_at=time.time(),
                           elapsed=time.monotonic() - started)

    def _wait_turn(self, host: str) -> None:
        last = self._last.get(host)
        if last is not None:
            wait = self.policy.min_interval - (time.monotonic() - last)
            if wait > 0:
                time.sleep(wait)
        self._last[host] = time.monotonic()

    def allowed(self, url: str) -> bool:
        """Whether robots.txt lets our user agent fetch the URL (no robots.txt: allowed)."""
        parts = urlsplit(url)
        key = f"{parts.scheme}://{parts.netloc}"
        if key not in self._robots:
            parser: urllib.robotparser.RobotFileParser | None = None
            try:
                self._wait_turn(parts.netloc)
                r = self.client.get(f"{key}/robots.txt", timeout=self.policy.timeout)
                if r.status_code == 200:
                    parser = urllib.robotparser.RobotFileParser()
                    parser.parse(r.text.splitlines())
            except httpx.HTTPError:
                parser = None
            self._robots[key] = parser
        parser = self._robots[key]
        return True if parser is None else parser.can_fetch(self.policy.user_agent, url)


def _retry_after(headers: dict[str, str], default: float) -> float:
    value = headers.get("retry-after", "")
    return min(float(value), 60.0) if value.isdigit() else default


def _status_hint(status: int) -> str:
    if status in (404, 410):
        return " (the page is gone; a stored snapshot, if any, is kept)"
    if status == 429:
        return " (rate limited by the site; try again later)"
    if status >= 500:
        return " (server error; try again later)"
    return ""


def _short(exc: BaseException) -> str:
    text = str(exc).strip() or type(exc).__name__
    return text.splitlines()[0][:200]
