"""The generic feed spider, callback by callback: what it reads from a feed, a sitemap and a listing page,
and what it does with an item page, a failed page and the registry's options."""

from __future__ import annotations

import gzip
import re

import pytest
import scrapy
from scrapy.http import HtmlResponse, Request, TextResponse, XmlResponse
from twisted.python.failure import Failure

from fursa.registry import Source, add_source
from scrapers.items import CallItem
from scrapers.mixins import pages
from scrapers.mixins.pages import document_kind
from scrapers.spiders.feed import FeedSpider
from tests.scrapers.conftest import FIXTURES

SITE = FIXTURES / "feed"
BASE = "http://calls.test"


def response(cls, path: str, name: str | None = None, body: bytes | None = None, meta: dict | None = None,
             headers: dict | None = None, **kwargs):
    url = BASE + path
    text = {"encoding": "utf-8"} if issubclass(cls, TextResponse) else {}
    return cls(url=url, body=body if body is not None else (SITE / name).read_bytes(), **text,
               request=Request(url, meta={"page": 1, "listing": True, **(meta or {})}, **kwargs),
               headers=headers)


def spider(**kwargs) -> FeedSpider:
    return FeedSpider(url=BASE + "/feed/", **kwargs)


def requests(out) -> list[scrapy.Request]:
    return [o for o in out if isinstance(o, scrapy.Request)]


# --- what the URL serves decides how it is read -----------------------------------------------------------

@pytest.mark.parametrize("name, cls, content_type, kind", [
    ("feed.xml", XmlResponse, "application/rss+xml", "feed"),
    ("feed.xml", HtmlResponse, "text/html", "feed"),  # an RSS feed served as text/html is still a feed
    ("atom.xml", XmlResponse, "application/atom+xml", "feed"),
    ("sitemap.xml", TextResponse, "text/plain", "sitemap"),
    ("sitemap-calls.xml", XmlResponse, "application/xml", "sitemap"),
    ("listing-1.html", HtmlResponse, "text/html", "html"),
])
def test_document_kind_reads_the_body_not_the_content_type(name, cls, content_type, kind):
    assert document_kind(response(cls, "/x", name, headers={"Content-Type": content_type})) == kind


def test_document_kind_of_a_gzipped_sitemap_file():
    body = gzip.compress((SITE / "sitemap-calls.xml").read_bytes())
    assert document_kind(response(scrapy.http.Response, "/sitemap.xml.gz", body=body)) == "sitemap"


# --- feeds -------------------------------------------------------------------------------------------------

def test_feed_items_are_followed_to_their_pages_carrying_the_feed_item():
    out = list(spider().parse(response(XmlResponse, "/feed/", "feed.xml")))
    assert len(out) == 33 and all(isinstance(o, scrapy.Request) for o in out)
    first = out[0]
    assert first.url == BASE + "/calls/nl-beirut-accountability-2027/"  # a relative <link> read against the feed
    entry = first.cb_kwargs["entry"]
    assert entry.source_id == "/?p=9001" and entry.fields["published"] == "2026-11-20"  # the guid, as written
    assert not first.meta["listing"]  # a failed page keeps the feed's item: the listing stays complete


def test_a_feed_is_a_window_of_recent_posts_so_unseen_calls_stay_available():
    s = spider()
    list(s.parse(response(XmlResponse, "/feed/", "feed.xml")))
    assert s.complete_listing is False
    listing = spider(link_pattern="/calls/[^/]+/$")
    list(listing.parse(response(HtmlResponse, "/calls/", "listing-1.html")))
    assert listing.complete_listing is True


def test_summary_only_source_stores_the_feed_items_without_fetching_pages():
    out = list(spider(follow="false").parse(response(XmlResponse, "/feed/", "feed.xml")))
    assert len(out) == 33 and all(isinstance(o, CallItem) for o in out)
    assert out[0].fields["description"] == "A new round of small grants for local accountability initiatives."


def test_link_pattern_filters_feed_items():
    out = list(spider(link_pattern="-ar/$").parse(response(XmlResponse, "/feed/", "feed.xml")))
    assert len(out) == 11 and all(r.url.endswith("-ar/") for r in out)


def test_atom_entries_use_their_alternate_link_and_id():
    (first, *_) = spider().parse(response(XmlResponse, "/feed/atom/", "atom.xml"))
    assert first.url == BASE + "/calls/nl-beirut-accountability-2027/"
    assert first.cb_kwargs["entry"].source_id == "tag:civic-grants-hub,2026:nl-beirut-accountability-2027"


# --- sitemaps ----------------------------------------------------------------------------------------------

def test_sitemap_index_asks_for_each_sitemap_as_a_listing():
    out = requests(spider().parse(response(XmlResponse, "/sitemap.xml", "sitemap.xml")))
    assert [r.url for r in out] == [BASE + "/sitemap-calls.xml", BASE + "/sitemap-pages.xml"]
    assert all(r.meta["listing"] for r in out)


def test_sitemap_pages_matching_the_pattern_are_requested_newest_first():
    out = requests(spider(link_pattern="/calls/[^/]+/$").parse(
        response(XmlResponse, "/sitemap-calls.xml", "sitemap-calls.xml")))
    assert len(out) == 33 and out[0].cb_kwargs["published"] == "2026-11-20"
    assert [r.cb_kwargs["published"] for r in out] == sorted((r.cb_kwargs["published"] for r in out), reverse=True)
    pages_only = requests(spider(link_pattern="/calls/[^/]+/$").parse(
        response(XmlResponse, "/sitemap-pages.xml", "sitemap-pages.xml")))
    assert pages_only == []  # "/", "/about/", "/calls/" and a tag page are not calls


def test_sitemap_beyond_the_page_cap_marks_the_listing_incomplete(monkeypatch):
    monkeypatch.setattr(pages, "MAX_ITEM_PAGES", 10)
    s = spider()
    out = requests(s.parse(response(XmlResponse, "/sitemap-calls.xml", "sitemap-calls.xml")))
    assert len(out) == 10 and s.listing_incomplete
    assert "only 10 read" in s.run_errors[0]["reason"]


def test_broken_sitemap_is_recorded_not_raised():
    s = spider()
    body = b'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>'
    assert requests(s.parse_sitemap(response(XmlResponse, "/sitemap.xml", body=body))) == []
    s2 = spider()
    assert list(s2.parse_sitemap(response(XmlResponse, "/sitemap.xml", body=b""))) == []
    assert s2.listing_incomplete and "not a sitemap" in s2.run_errors[0]["reason"]


# --- listing pages -----------------------------------------------------------------------------------------

def test_listing_follows_matching_links_once_with_their_title_and_the_next_page():
    out = requests(spider(link_pattern="/calls/[^/]+/$").parse(response(HtmlResponse, "/calls/", "listing-1.html")))
    item_pages, next_pages = out[:-1], out[-1:]
    assert len(item_pages) == 20 and len({r.url for r in item_pages}) == 20
    assert item_pages[0].cb_kwargs["title_hint"].startswith("Embassy of the Kingdom of the Netherlands")  # not "Read more"
    assert [r.url for r in next_pages] == [BASE + "/calls/page/2/"] and next_pages[0].meta["page"] == 2


def test_listing_without_a_link_pattern_says_how_to_register_it():
    s = spider()
    assert list(s.parse(response(HtmlResponse, "/calls/", "listing-1.html"))) == []
    assert s.listing_incomplete and "--link-pattern" in s.run_errors[0]["reason"]


# --- item pages ----------------------------------------------------------------------------------------------

PAGE = "pages/nl-beirut-accountability-2027.html"


def test_page_of_a_sitemap_item_gives_title_funder_published_and_main_text():
    (item,) = spider().parse_page(response(HtmlResponse, "/calls/nl-beirut-accountability-2027/", PAGE),
                                  title_hint="anchor text", published=None)
    f = item.fields
    assert f["title"] == "Embassy of the Kingdom of the Netherlands in Beirut: Accountability Small Grants 2027"
    assert f["funder"] == "Embassy of the Kingdom of the Netherlands in Beirut"
    assert f["published"] == "2026-11-20"  # from article:published_time
    assert f["description"].startswith("The Netherlands Embassy in Beirut funds")
    assert "Other calls" not in f["description"] and "Norway" not in f["description"]
    assert item.source_id == f["url"] == BASE + "/calls/nl-beirut-accountability-2027/"
    assert item.raw["page_chars"] > 100 and "<" not in str(item.raw)  # provenance, never the page's markup


def test_page_of_a_feed_item_keeps_the_feed_id_and_prefers_the_page_countries():
    entry = CallItem("test_feed", "guid-1", {"title": "Feed title", "url": BASE + "/calls/x/", "funder": "Feed",
                                             "description": "Teaser.", "eligible_countries": ["FR"],
                                             "published": "2026-11-01"}, text="Teaser.", raw={"link": "x"})
    (item,) = spider().parse_page(response(HtmlResponse, "/calls/x/", PAGE), entry=entry)
    assert item.source_id == "guid-1" and item.fields["title"] == "Feed title"
    assert "eligible_countries" not in item.fields  # the page names Lebanon: the pipeline reads it from there
    assert item.text == "Teaser." and item.raw["link"] == "x"


def test_failed_item_page_keeps_the_feed_item_and_records_why():
    s = spider()
    entry = CallItem("test_feed", "guid-1", {"title": "T", "url": BASE + "/calls/gone/", "funder": "F"})
    request = s.page_request(BASE + "/calls/gone/", entry=entry)
    error = scrapy.spidermiddlewares.httperror.HttpError(HtmlResponse(BASE + "/calls/gone/", status=404,
                                                                      request=request))
    failure = Failure(error)
    failure.request = request
    assert list(s.page_failed(failure)) == [entry]
    assert s.run_errors[0]["reason"].startswith("HTTP 404") and not s.listing_incomplete


def test_failed_page_of_a_sitemap_item_marks_the_listing_incomplete():
    s = spider()
    request = s.page_request(BASE + "/calls/gone/")
    failure = Failure(ConnectionRefusedError("refused"))
    failure.request = request
    assert list(s.page_failed(failure)) == []
    assert s.listing_incomplete  # so the calls of this source are not marked unavailable


# --- options from the registry -------------------------------------------------------------------------------

def test_spider_reads_link_pattern_and_follow_from_the_registry(settings, monkeypatch):
    add_source(settings.registry_path, Source(name="ngo_listing", kind="listing", url=BASE + "/calls/",
                                              options={"link_pattern": "/calls/[^/]+/$", "follow": False}))
    monkeypatch.setenv("FURSA_DATA_DIR", str(settings.data_dir))
    from fursa.settings import get_settings

    get_settings.cache_clear()
    s = FeedSpider(source_name="ngo_listing")
    assert (s.source_url, s.link_pattern.pattern, s.follow_pages) == (BASE + "/calls/", "/calls/[^/]+/$", False)


def test_spider_without_a_registry_entry_has_no_options(settings):
    s = FeedSpider(source_name="not_registered", url=BASE + "/feed/")
    assert (s.link_pattern, s.follow_pages) == (None, True)


def test_registry_kinds_of_the_generic_spider():
    for kind in ("feed", "sitemap", "listing"):
        assert Source(name="x_source", kind=kind, url=BASE).spider == "feed"


def test_bad_pattern_given_by_hand_is_refused_before_any_request():
    with pytest.raises(re.error):
        spider(link_pattern="(unclosed")
