"""A loopback HTTP server that replays recorded source responses, for the offline demo and tests.

A recording folder holds the responses and a manifest.json of routes, matched in order:

    {"routes": [{"method": "POST", "path": "/search-api/prod/rest/search",
                 "query": {"pageNumber": "2"}, "file": "search-page-2.json",
                 "content_type": "application/json", "status": 200}]}

A route may also give "headers" (e.g. Retry-After, Location) and "body_contains" (a substring the
request body must hold). Unmatched requests get 404, as a real site would. The server binds 127.0.0.1
only. For fault tests, a route may describe its response further:

- "body": the body as text (encoded with "charset", default utf-8) instead of a "file";
- "delay": seconds to wait before answering (a server slower than the crawl's timeout);
- "responses": a list of such responses served in turn, the last one repeating ("500, 500, then 200");
- "validators": true (or `ReplayServer(..., validators=True)` for every route): send an ETag and a
  Last-Modified, and answer 304 Not Modified to a request that presents them.

`requests` logs every request (method, path, query, the conditional and User-Agent headers, and the
monotonic time it arrived); `set_routes` swaps the routes between two crawls of one test.
"""

from __future__ import annotations

import email.utils
import hashlib
import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qsl, urlsplit, urlunsplit

LOGGED_HEADERS = ("If-None-Match", "If-Modified-Since", "User-Agent")
# Recordings do not change while they are served: one Last-Modified for every validated response.
RECORDED_AT = email.utils.formatdate(1_700_000_000, usegmt=True)


class _Handler(BaseHTTPRequestHandler):
    server: ReplayServer  # type: ignore[assignment]

    def log_message(self, format, *args):  # noqa: A002 - quiet: the crawl logs what matters
        pass

    def _serve(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        parts = urlsplit(self.path)
        query = dict(parse_qsl(parts.query))
        self.server.requests.append({
            "method": self.command, "path": parts.path, "query": query, "at": time.monotonic(),
            "headers": {h: self.headers[h] for h in LOGGED_HEADERS if self.headers.get(h) is not None},
        })
        response = self.server.respond(self.command, parts.path, query, body)
        if response is None:
            self._send(404, {"Content-Type": "text/plain"}, b"not recorded")
            return
        if response.get("delay"):
            time.sleep(float(response["delay"]))
        payload = self.server.payload(response)
        headers = {"Content-Type": response.get("content_type", "application/octet-stream"),
                   **{k: str(v) for k, v in (response.get("headers") or {}).items()}}
        if response.get("validators", self.server.validators) and int(response.get("status", 200)) == 200:
            etag = '"' + hashlib.sha256(payload).hexdigest()[:32] + '"'
            headers.update({"ETag": etag, "Last-Modified": RECORDED_AT})
            if self.headers.get("If-None-Match") == etag or (
                    self.headers.get("If-None-Match") is None and self.headers.get("If-Modified-Since") == RECORDED_AT):
                self._send(304, {"ETag": etag, "Last-Modified": RECORDED_AT}, b"")
                return
        self._send(int(response.get("status", 200)), headers, payload)

    def _send(self, status: int, headers: dict[str, str], payload: bytes) -> None:
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        if self.command != "HEAD" and status != 304:
            self.wfile.write(payload)

    do_GET = do_POST = do_HEAD = _serve


class ReplayServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, folder: Path, *, validators: bool = False):
        self.folder = Path(folder)
        manifest = json.loads((self.folder / "manifest.json").read_text(encoding="utf-8"))
        self.validators = validators
        self.requests: list[dict] = []
        self._lock = threading.Lock()
        self.set_routes(manifest["routes"])
        super().__init__(("127.0.0.1", 0), _Handler)
        self._thread: threading.Thread | None = None

    def set_routes(self, routes: list[dict]) -> None:
        """Serve these routes from now on; sequences start again from their first response."""
        with self._lock:
            self.routes = routes
            self._served = [0] * len(routes)

    def match(self, method: str, path: str, query: dict, body: bytes) -> dict | None:
        index = self._match_index(method, path, query, body)
        return None if index is None else self.routes[index]

    def _match_index(self, method: str, path: str, query: dict, body: bytes) -> int | None:
        for index, route in enumerate(self.routes):
            route_method = route.get("method", "GET")
            if route_method != method and not (method == "HEAD" and route_method == "GET"):
                continue
            if route["path"] != path:
                continue
            if any(query.get(k) != str(v) for k, v in (route.get("query") or {}).items()):
                continue
            if route.get("body_contains") and route["body_contains"].encode() not in body:
                continue
            return index
        return None

    def respond(self, method: str, path: str, query: dict, body: bytes) -> dict | None:
        """The response a request gets: its route, or the route's next response in a sequence."""
        with self._lock:
            index = self._match_index(method, path, query, body)
            if index is None:
                return None
            route = self.routes[index]
            sequence = route.get("responses")
            if not sequence:
                return route
            step = min(self._served[index], len(sequence) - 1)
            self._served[index] += 1
            return {**{k: v for k, v in route.items() if k != "responses"}, **sequence[step]}

    def payload(self, response: dict) -> bytes:
        if response.get("file"):
            return (self.folder / response["file"]).read_bytes()
        return str(response.get("body", "")).encode(response.get("charset", "utf-8"))

    def handle_error(self, request, client_address) -> None:
        # A crawler that timed out has closed its end: nothing to report.
        pass

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
