"""A loopback HTTP server that replays recorded source responses, for the offline demo and tests.

A recording folder holds the responses and a manifest.json of routes, matched in order:

    {"routes": [{"method": "POST", "path": "/search-api/prod/rest/search",
                 "query": {"pageNumber": "2"}, "file": "search-page-2.json",
                 "content_type": "application/json", "status": 200}]}

A route may also give "headers" (e.g. Retry-After) and "body_contains" (a substring the request body
must hold). Unmatched requests get 404, as a real site would. The server binds 127.0.0.1 only.
"""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qsl, urlsplit, urlunsplit


class _Handler(BaseHTTPRequestHandler):
    server: ReplayServer  # type: ignore[assignment]

    def log_message(self, format, *args):  # noqa: A002 - quiet: the crawl logs what matters
        pass

    def _serve(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        parts = urlsplit(self.path)
        query = dict(parse_qsl(parts.query))
        self.server.requests.append({"method": self.command, "path": parts.path, "query": query})
        route = self.server.match(self.command, parts.path, query, body)
        if route is None:
            self.send_response(404)
            self.send_header("Content-Type", "text/plain")
            self.end_headers()
            self.wfile.write(b"not recorded")
            return
        payload = (self.server.folder / route["file"]).read_bytes() if route.get("file") else b""
        self.send_response(int(route.get("status", 200)))
        self.send_header("Content-Type", route.get("content_type", "application/octet-stream"))
        for name, value in (route.get("headers") or {}).items():
            self.send_header(name, str(value))
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(payload)

    do_GET = do_POST = do_HEAD = _serve


class ReplayServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, folder: Path):
        self.folder = Path(folder)
        manifest = json.loads((self.folder / "manifest.json").read_text(encoding="utf-8"))
        self.routes: list[dict] = manifest["routes"]
        self.requests: list[dict] = []
        super().__init__(("127.0.0.1", 0), _Handler)
        self._thread: threading.Thread | None = None

    def match(self, method: str, path: str, query: dict, body: bytes) -> dict | None:
        for route in self.routes:
            route_method = route.get("method", "GET")
            if route_method != method and not (method == "HEAD" and route_method == "GET"):
                continue
            if route["path"] != path:
                continue
            if any(query.get(k) != str(v) for k, v in (route.get("query") or {}).items()):
                continue
            if route.get("body_contains") and route["body_contains"].encode() not in body:
                continue
            return route
        return None

    @property
    def base_url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host}:{port}"

    def rebase(self, url: str) -> str:
        """The same path and query, on this server: how a source's real URL is pointed here."""
        parts = urlsplit(url)
        return urlunsplit(("http", f"127.0.0.1:{self.server_address[1]}", parts.path, parts.query, ""))

    def __enter__(self) -> ReplayServer:
        self._thread = threading.Thread(target=self.serve_forever, name="fursa-replay", daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.shutdown()
        self.server_close()
