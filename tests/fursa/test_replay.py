"""The loopback replay server: routes matched in order, 404 for the rest, headers sent, 127.0.0.1 only;
response sequences, delays, inline bodies in a given charset, and ETag / Last-Modified revalidation."""

from __future__ import annotations

import json
import time
import urllib.error
import urllib.request

import pytest

from fursa.replay import ReplayServer

ROUTES = [
    {"method": "POST", "path": "/search-api/prod/rest/search", "query": {"pageNumber": "2"},
     "body_contains": "NDICI", "file": "search-page-2.json", "content_type": "application/json"},
    {"method": "POST", "path": "/search-api/prod/rest/search", "query": {"pageNumber": 1},
     "file": "search-page-1.json", "content_type": "application/json"},
    {"method": "GET", "path": "/feed/", "query": {"paged": "2"}, "status": 429,
     "headers": {"Retry-After": 120}},
    {"path": "/feed/", "file": "feed.xml", "content_type": "application/rss+xml"},
]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """One server for the module (stopping one takes half a second); `requests` is reset per test."""
    tmp_path = tmp_path_factory.mktemp("recording")
    (tmp_path / "search-page-1.json").write_text('{"page": 1}')
    (tmp_path / "search-page-2.json").write_text('{"page": 2}')
    (tmp_path / "feed.xml").write_text("<rss><channel><title>منح</title></channel></rss>", encoding="utf-8")
    (tmp_path / "manifest.json").write_text(json.dumps({"routes": ROUTES}))
    with ReplayServer(tmp_path) as running:
        yield running


@pytest.fixture(autouse=True)
def _fresh_request_log(server):
    server.requests.clear()


def fetch(server, path, method="GET", body=None):
    request = urllib.request.Request(server.base_url + path, method=method, data=body)
    try:
        with urllib.request.urlopen(request, timeout=5) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, dict(exc.headers), exc.read()


def test_binds_loopback_only(server):
    assert server.server_address[0] == "127.0.0.1"
    assert server.base_url.startswith("http://127.0.0.1:")


def test_routes_are_matched_by_method_path_query_and_body_in_order(server):
    path = "/search-api/prod/rest/search"
    assert fetch(server, path + "?pageNumber=2", "POST", b'{"programme": "NDICI"}')[2] == b'{"page": 2}'
    # Same query, body lacks the marker: the first route is skipped.
    assert fetch(server, path + "?pageNumber=2", "POST", b'{"programme": "Erasmus"}')[0] == 404
    status, headers, body = fetch(server, path + "?pageNumber=1&pageSize=50", "POST", b"{}")
    assert (status, headers["Content-Type"], body) == (200, "application/json", b'{"page": 1}')


def test_unmatched_requests_get_404(server):
    assert fetch(server, "/search-api/prod/rest/search?pageNumber=1")[0] == 404   # GET, route is POST
    assert fetch(server, "/search-api/prod/rest/search?pageNumber=3", "POST", b"{}")[0] == 404
    assert fetch(server, "/not/recorded")[0] == 404


def test_route_status_and_headers_are_sent(server):
    status, headers, body = fetch(server, "/feed/?paged=2")
    assert (status, headers["Retry-After"], body) == (429, "120", b"")


def test_route_without_method_serves_get_and_head(server):
    status, headers, body = fetch(server, "/feed/")
    assert status == 200 and headers["Content-Type"] == "application/rss+xml"
    assert body.decode("utf-8") == "<rss><channel><title>منح</title></channel></rss>"
    status, headers, body = fetch(server, "/feed/", "HEAD")
    assert (status, body) == (200, b"")
    assert headers["Content-Length"] == str(len("<rss><channel><title>منح</title></channel></rss>".encode()))


def test_requests_are_recorded_in_order(server):
    fetch(server, "/feed/?paged=2")
    fetch(server, "/nowhere")
    assert [(r["method"], r["path"], r["query"]) for r in server.requests] == [
        ("GET", "/feed/", {"paged": "2"}), ("GET", "/nowhere", {})]
    assert server.requests[0]["at"] <= server.requests[1]["at"]


def test_rebase_points_a_real_url_at_the_server(server):
    port = server.server_address[1]
    assert server.rebase("https://api.tech.ec.europa.eu/search-api/prod/rest/search?apiKey=SEDIA") == (
        f"http://127.0.0.1:{port}/search-api/prod/rest/search?apiKey=SEDIA")


def fetch_with(server, path, headers):
    request = urllib.request.Request(server.base_url + path, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=5) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, dict(exc.headers), exc.read()


def test_a_sequence_is_served_in_turn_and_its_last_response_repeats(server):
    server.set_routes([{"path": "/flaky", "responses": [{"status": 500}, {"status": 503, "headers": {"Retry-After": 1}},
                                                        {"status": 200, "body": "ok"}]}])
    try:
        got = [fetch(server, "/flaky") for _ in range(4)]
    finally:
        server.set_routes(ROUTES)
    assert [g[0] for g in got] == [500, 503, 200, 200]
    assert got[1][1]["Retry-After"] == "1"
    assert got[3][2] == b"ok"


def test_inline_body_is_encoded_in_the_route_charset_and_a_delay_is_waited(server):
    server.set_routes([{"path": "/ar", "body": "منح", "charset": "windows-1256", "delay": 0.3,
                        "content_type": "text/html; charset=utf-8"}])
    try:
        start = time.monotonic()
        status, headers, body = fetch(server, "/ar")
        waited = time.monotonic() - start
    finally:
        server.set_routes(ROUTES)
    assert (status, body) == (200, "منح".encode("windows-1256"))
    assert headers["Content-Type"] == "text/html; charset=utf-8"  # the wrong header, as asked
    assert waited >= 0.3


def test_validated_route_answers_304_to_its_own_etag_or_date_and_200_otherwise(server):
    server.set_routes([{"path": "/feed/", "file": "feed.xml", "validators": True}])
    try:
        status, headers, body = fetch(server, "/feed/")
        etag, modified = headers["ETag"], headers["Last-Modified"]
        assert status == 200 and body
        assert fetch_with(server, "/feed/", {"If-None-Match": etag})[:3:2] == (304, b"")
        assert fetch_with(server, "/feed/", {"If-Modified-Since": modified})[0] == 304
        assert fetch_with(server, "/feed/", {"If-None-Match": '"stale"'})[0] == 200
    finally:
        server.set_routes(ROUTES)
    assert [r["headers"].get("If-None-Match") for r in server.requests] == [None, etag, None, '"stale"']
