"""The downloader middlewares on their own: Retry-After parsing and the choice of a page's encoding.
(Retries, 304s and refused pages against a real server: test_faults.py and test_incremental.py.)"""

from __future__ import annotations

import email.utils
import time

import pytest
from scrapy.exceptions import IgnoreRequest
from scrapy.http import HtmlResponse, Request, XmlResponse

from scrapers.middlewares import CharsetMiddleware, choose_encoding, retry_after_seconds

ARABIC = "<html><body><h1>الصندوق العربي لحقوق الإنسان: منح لدعم المدافعين والمدافعات</h1></body></html>"


def test_retry_after_reads_seconds_and_http_dates():
    assert retry_after_seconds(b"120") == 120
    assert 55 <= retry_after_seconds(email.utils.formatdate(time.time() + 60, usegmt=True)) <= 60
    assert retry_after_seconds(email.utils.formatdate(time.time() - 60, usegmt=True)) == 0
    assert retry_after_seconds(None) is None
    assert retry_after_seconds("soon") is None


def html(body: bytes, content_type: str) -> HtmlResponse:
    return HtmlResponse(url="https://x.org/", body=body, headers={"Content-Type": content_type},
                        request=Request("https://x.org/"))


@pytest.mark.parametrize("content_type", ["text/html; charset=utf-8", "text/html; charset=iso-8859-1"])
def test_windows_1256_under_a_wrong_header_is_read_by_its_meta_charset(content_type):
    body = ARABIC.replace("<html>", '<html><head><meta charset="windows-1256"></head>').encode("windows-1256")
    encoding, how = choose_encoding(html(body, content_type))
    assert (encoding, how) == ("cp1256", "declared in the page")


def test_windows_1256_with_no_declaration_at_all_is_detected():
    encoding, how = choose_encoding(html(ARABIC.encode("windows-1256"), "text/html; charset=iso-8859-1"))
    assert encoding == "cp1256" and how == "detected"


def test_a_correct_declaration_is_kept():
    assert choose_encoding(html(ARABIC.encode(), "text/html; charset=utf-8")) == ("utf-8", "declared")


def test_the_middleware_redecodes_the_response_the_spider_gets():
    body = ARABIC.replace("<html>", '<html><head><meta charset="windows-1256"></head>').encode("windows-1256")
    response = CharsetMiddleware().process_response(Request("https://x.org/"), html(body, "text/html; charset=utf-8"))
    assert response.css("h1::text").get() == "الصندوق العربي لحقوق الإنسان: منح لدعم المدافعين والمدافعات"


def test_a_page_nothing_reads_cleanly_is_refused_with_the_reason():
    # UTF-8 declared, invalid UTF-8 throughout, and Latin-1 mojibake under every other reading.
    body = ARABIC.encode("utf-8").decode("latin-1").encode("utf-8")[:-40] + b"\xff\xfe\xfa" * 20
    request = Request("https://x.org/feed/")
    response = XmlResponse(url=request.url, body=body, headers={"Content-Type": "text/xml; charset=utf-8"},
                           request=request)
    with pytest.raises(IgnoreRequest, match="undecodable text"):
        CharsetMiddleware().process_response(request, response)
    assert request.meta["fursa_error"].startswith("undecodable text: the page is not valid utf-8")


def test_the_project_settings_are_polite_and_bounded():
    from scrapy.settings import Settings

    s = Settings()
    s.setmodule("scrapers.settings")
    assert s.getbool("ROBOTSTXT_OBEY") and s.getbool("AUTOTHROTTLE_ENABLED")
    assert s.getint("CONCURRENT_REQUESTS_PER_DOMAIN") <= 2
    assert s["USER_AGENT"].startswith("Fursa/") and "+https://" in s["USER_AGENT"]
    assert 0 < s.getint("RETRY_TIMES") <= 3 and {429, 503} <= set(map(int, s.getlist("RETRY_HTTP_CODES")))
    assert 0 < s.getfloat("DOWNLOAD_TIMEOUT") <= 60 and 0 < s.getfloat("RETRY_AFTER_MAX") <= 300
    assert 0 < s.getint("DOWNLOAD_WARNSIZE") < s.getint("DOWNLOAD_MAXSIZE") <= 50 * 1024 * 1024
    assert 0 < s.getint("REDIRECT_MAX_TIMES") <= 5 and 0 < s.getint("CLOSESPIDER_TIMEOUT")
    middlewares = s.getdict("DOWNLOADER_MIDDLEWARES")
    assert middlewares["scrapy.downloadermiddlewares.retry.RetryMiddleware"] is None
    assert {"scrapers.middlewares.RetryAfterMiddleware", "scrapers.middlewares.CharsetMiddleware",
            "scrapers.middlewares.ConditionalRequestMiddleware"} <= set(middlewares)
    assert not s.getbool("HTTPCACHE_ENABLED")  # it would hide a 5xx behind a kept page
