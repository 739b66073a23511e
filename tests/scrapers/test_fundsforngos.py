"""fundsforNGOs (WordPress RSS) spider: a link and a short summary per call, facts read from the summary."""

from __future__ import annotations

import pytest

from scrapers.items import CallItem
from scrapers.spiders.fundsforngos import FundsforngosSpider
from tests.scrapers.conftest import fixture_response

FEED = "https://www2.fundsforngos.org/feed/"


@pytest.fixture(scope="module")
def parsed():
    spider = FundsforngosSpider(url=FEED)
    out = list(spider.parse(fixture_response("fundsforngos", "feed.xml", FEED, meta={"page": 1})))
    return [o for o in out if isinstance(o, CallItem)], [o for o in out if not isinstance(o, CallItem)]


@pytest.fixture(scope="module")
def embassy(parsed):
    return parsed[0][0]


def test_items_with_non_http_links_are_skipped(parsed):
    assert [i.source_id for i in parsed[0]] == ["https://www2.fundsforngos.org/?p=700101",
                                                "https://www2.fundsforngos.org/?p=700103"]


def test_next_page_is_requested(parsed):
    (request,) = parsed[1]
    assert request.url == FEED + "?paged=2"


def test_funder_is_the_title_prefix(embassy):
    assert embassy.fields["funder"] == "Embassy of the Netherlands in Amman"


def test_description_is_the_summary_never_the_full_post(embassy):
    assert embassy.fields["description"].startswith("Deadline: 15 January 2027")
    assert "must never be stored" not in embassy.fields["description"]


def test_country_categories_become_codes(embassy):
    assert embassy.fields["eligible_countries"] == ["JO", "IQ"]


def test_published_from_pubdate(embassy):
    assert embassy.fields["published"] == "2026-11-03"


def test_pipelines_read_deadline_amount_and_applicants_from_summary(parsed, run_pipelines):
    embassy, rolling = run_pipelines(parsed[0])
    assert embassy.deadline.isoformat() == "2027-01-15"
    assert (embassy.amount_max, embassy.currency) == (60000, "EUR")
    assert "local_ngo" in embassy.eligible_applicants
    assert rolling.deadline is None
    assert rolling.model_extra["rolling"] is True
    assert (rolling.amount_min, rolling.amount_max, rolling.currency) == (5000, 15000, "USD")
    assert "women_led_org" in rolling.eligible_applicants


def test_empty_feed_yields_nothing_and_stops_paging():
    spider = FundsforngosSpider(url=FEED)
    out = list(spider.parse(fixture_response("fundsforngos", "empty.xml", FEED + "?paged=2", meta={"page": 2})))
    assert out == []


def test_items_are_never_followed_to_their_copyrighted_posts(parsed):
    items, requests = parsed
    links = {item.fields["url"] for item in items}
    assert requests and all("paged=" in r.url and r.url not in links for r in requests)
    assert not hasattr(FundsforngosSpider, "parse_page")  # not the generic spider's page-following mixin
