"""A small HTTP server on 127.0.0.1 serving pages, feeds, redirects, slow and broken responses."""
from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import ClassVar

ARTICLE = """<html><head><title>Samara drone centre expands</title>
<meta property="og:site_name" content="Volga Daily">
<meta property="article:published_time" content="2025-07-22T09:00:00Z">
<script>window.__pwned = 1</script></head>
<body><nav>Home | World | Sport</nav><article><h1>Samara drone centre expands</h1>
<p>The regional research and production centre for unmanned systems in Tolyatti said on Tuesday that
it would add a second assembly line. Governor Vyacheslav Fedorishchev visited the site and spoke with
engineers about supplies of components.</p>
<p>The centre was created on the basis of the company Transport of the Future and trains operators
for schools across the region. Officials expect the new line to start work before the end of the year.</p>
</article><footer>Contacts. Advertising.</footer></body></html>"""

RUSSIAN = ("<html><head><meta charset='windows-1251'><title>Переговоры в Минске</title></head><body>"
           "<article><p>Губернатор Самарской области Вячеслав Федорищев провел переговоры с "
           "президентом Беларуси в Минске. Стороны обсудили совместное производство беспилотников и "
           "создание совместных предприятий.</p><p>По словам губернатора, предприятия региона готовы "
           "предложить белорусским партнерам конкретные проекты уже в этом году.</p></article>"
           "</body></html>")

FEED = """<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Volga Daily</title>
<link>{base}/</link>
<item><title>Samara drone centre expands</title><link>{base}/article.html</link>
<guid>a1</guid><pubDate>Tue, 22 Jul 2025 09:00:00 GMT</pubDate>
<description>The centre in Tolyatti adds a line.</description></item>
<item><title>Item whose page is gone</title><link>{base}/gone</link><guid>a2</guid>
<pubDate>Wed, 23 Jul 2025 10:00:00 GMT</pubDate>
<description>Officials in Minsk and Samara discussed joint ventures for drone components and agreed to meet again in the autumn, the feed item says in its own words.</description></item>
</channel></rss>"""


class Handler(BaseHTTPRequestHandler):
    counters: ClassVar[dict[str, int]] = {}
    posted: ClassVar[list[bytes]] = []

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        Handler.posted.append(self.rfile.read(length))
        self._send(204 if self.path == "/hook" else 404, b"")

    def log_message(self, *args: object) -> None:  # keep test output clean
        pass

    def _send(self, status: int, body: bytes, ctype: str = "text/html; charset=utf-8",
              headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        path = self.path
        Handler.counters[path] = Handler.counters.get(path, 0) + 1
        base = f"http://{self.headers['Host']}"
        if path == "/robots.txt":
            self._send(200, b"User-agent: *\nDisallow: /private/\n", "text/plain")
        elif path == "/article.html":
            self._send(200, ARTICLE.encode())
        elif path == "/cp1251.html":  # the header lies: the bytes are windows-1251
            self._send(200, RUSSIAN.encode("cp1251"), "text/html; charset=utf-8")
        elif path == "/redirect":
            self._send(302, b"", headers={"Location": "/article.html"})
        elif path == "/loop":
            self._send(302, b"", headers={"Location": "/loop"})
        elif path in ("/gone", "/private/page"):
            self._send(410 if path == "/gone" else 200, b"gone" if path == "/gone" else ARTICLE.encode())
        elif path == "/flaky":
            if Handler.counters[path] == 1:
                self._send(503, b"busy")
            else:
                self._send(200, ARTICLE.encode())
        elif path == "/rate-limited":
            self._send(429, b"slow down", headers={"Retry-After": "0"})
        elif path == "/always-busy":
            self._send(503, b"busy")
        elif path == "/slow":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            try:
                for _ in range(40):
                    self.wfile.write(b"<p>still loading</p>" * 10)
                    self.wfile.flush()
                    time.sleep(0.1)
            except OSError:
                pass
        elif path == "/huge":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(50 * 1024 * 1024))
            self.end_headers()
        elif path == "/reset":
            self.connection.close()
        elif path == "/feed.xml":
            if self.headers.get("If-None-Match") == '"v1"':
                self._send(304, b"", headers={"ETag": '"v1"'})
            else:
                self._send(200, FEED.format(base=base).encode(), "application/rss+xml",
                           headers={"ETag": '"v1"'})
        else:
            self._send(404, b"not found")


@contextmanager
def serve() -> Iterator[str]:
    Handler.counters = {}
    Handler.posted = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
