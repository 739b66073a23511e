"""EU Funding & Tenders (SEDIA search API) spider against our own fixture pages in the real format."""

from __future__ import annotations

import json
import re

import pytest
import scrapy
from scrapy.exceptions import DropItem

from scrapers.items import CallItem
from scrapers.spiders.eu_funding_tenders import EuFundingTendersSpider, multipart_body
from tests.scrapers.conftest import fixture_response

API = "https://api.tech.ec.europa.eu/search-api/prod/rest/search"


@pytest.fixture(scope="module")
def parsed():
    spider = EuFundingTendersSpider(url=API)
    response = fixture_response("eu_funding_tenders", "search-page-1.json", f"{API}?pageNumber=1",
                                meta={"page": 1})
    out = list(spider.parse(response))
    items = {o.source_id: o for o in out if isinstance(o, CallItem)}
    requests = [o for o in out if isinstance(o, scrapy.Request)]
    return items, requests


@pytest.fixture(scope="module")
def topic(parsed):
    return parsed[0]["CERV-2027-CHILD-PROT"].fields


@pytest.fixture(scope="module")
def lebanon(parsed):
    return parsed[0]["EuropeAid/187432/DD/ACT/LB"].fields


def test_parses_every_result_of_the_page(parsed):
    assert set(parsed[0]) == {"CERV-2027-CHILD-PROT", "EuropeAid/187432/DD/ACT/LB", "EuropeAid/186999/DH/ACT/Multi"}


def test_asks_for_the_next_page_while_results_remain(parsed):
    (request,) = parsed[1]
    assert "pageNumber=2" in request.url and request.method == "POST"


def test_request_is_multipart_json_with_open_and_forthcoming_statuses():
    body, content_type = multipart_body({"query": {"a": 1}})
    assert content_type.startswith("multipart/form-data; boundary=")
    assert b'name="query"' in body and b'{"a": 1}' in body


def test_title_is_unwrapped_from_the_metadata_list(topic):
    assert topic["title"] == "Protecting children from violence in &amp; around schools"


def test_topic_url_is_the_human_page_not_the_json(topic):
    assert topic["url"].endswith("/topic-details/CERV-2027-CHILD-PROT")


def test_topic_funder_defaults_to_the_commission(topic):
    assert topic["funder"] == "European Commission"


def test_europeaid_funder_is_the_contracting_authority(lebanon):
    assert lebanon["funder"] == "European Union Delegation to Lebanon"


def test_deadline_keeps_date_time_and_offset(topic):
    assert topic["deadline"] == "2027-04-14"
    assert topic["deadline_time"] == "17:00"
    assert topic["deadline_utc_offset"] == "+0200"


def test_published_is_the_opening_date(lebanon):
    assert lebanon["published"] == "2026-10-02"


def test_topic_amounts_come_from_its_own_action_in_budget_overview(topic):
    assert (topic["amount_min"], topic["amount_max"], topic["currency"]) == (75000, 400000, "EUR")
    assert topic["total_budget"] == 4_500_000


def test_europeaid_budget_is_the_total_not_the_grant_size(lebanon):
    assert lebanon["total_budget"] == 2_400_000
    assert "amount_min" not in lebanon


def test_europeaid_country_comes_from_the_reference_suffix(lebanon):
    assert lebanon["eligible_countries"] == ["LB"]


def test_stale_status_is_kept_as_source_status_only(parsed):
    multi = parsed[0]["EuropeAid/186999/DH/ACT/Multi"].fields
    assert multi["source_status"] == "open"
    assert multi["deadline"] == "2026-11-02"


def test_budget_zero_means_not_published(parsed):
    multi = parsed[0]["EuropeAid/186999/DH/ACT/Multi"].fields
    assert "total_budget" not in multi and "currency" not in multi


def test_item_without_description_or_deadline_survives():
    spider = EuFundingTendersSpider(url=API)
    response = fixture_response("eu_funding_tenders", "search-page-2.json", f"{API}?pageNumber=2",
                                meta={"page": 2})
    (item,) = [o for o in spider.parse(response) if isinstance(o, CallItem)]
    assert item.fields["deadline"] is None
    assert item.fields["title"] == "Water governance in Basra"


def test_truncated_json_is_recorded_not_raised():
    spider = EuFundingTendersSpider(url=API)
    response = scrapy.http.TextResponse(url=API, body=b'{"results": [{"metadata"', encoding="utf-8",
                                        request=scrapy.Request(API, meta={"page": 1}))
    assert list(spider.parse(response)) == []
    assert spider.listing_incomplete
    assert "not a SEDIA search response" in spider.run_errors[0]["reason"]


def test_pipelines_turn_markup_into_text_and_read_grant_range(parsed, run_pipelines):
    records = {r.id: r for r in run_pipelines(list(parsed[0].values()))}
    lb = records["eu_funding_tenders:EuropeAid/187432/DD/ACT/LB"]
    assert "<p>" not in lb.description and "Lebanese media outlets" in lb.description
    assert (lb.amount_min, lb.amount_max, lb.currency) == (150000, 600000, "EUR")
    assert "local_ngo" in lb.eligible_applicants
    topic = records["eu_funding_tenders:CERV-2027-CHILD-PROT"]
    assert topic.title == "Protecting children from violence in & around schools"


def test_pipelines_read_countries_of_a_regional_call_from_french_text(parsed, run_pipelines):
    records = {r.id: r for r in run_pipelines(list(parsed[0].values()))}
    multi = records["eu_funding_tenders:EuropeAid/186999/DH/ACT/Multi"]
    assert set(multi.eligible_countries) == {"LB", "SY", "JO"}
    assert "women_led_org" in multi.eligible_applicants
    assert multi.language == "fr"


def test_raw_payload_is_kept_for_audit(parsed):
    item = parsed[0]["EuropeAid/187432/DD/ACT/LB"]
    assert json.dumps(item.raw)  # serializable
    assert item.raw["reference"] == "187432PROSPECTSEN"


def test_zero_max_contribution_means_not_stated():
    overview = {"budgetTopicActionMap": {"1": [{"action": "X-1 - grants", "budgetYearMap": {"2027": 10},
                                                "minContribution": 75000, "maxContribution": 0}]}}
    result = {"reference": "r", "metadata": {"type": ["1"], "identifier": ["X-1"], "title": ["t"],
                                             "budgetOverview": [json.dumps(overview)]}}
    fields = EuFundingTendersSpider(url=API).parse_result(result).fields
    assert (fields["amount_min"], fields["amount_max"]) == (75000, None)


# --- types 1, 2 and 8; open and forthcoming; budgets and countries of the right action and reference ----

@pytest.fixture(scope="module")
def more():
    spider = EuFundingTendersSpider(url=API)
    response = fixture_response("eu_funding_tenders", "search-more.json", f"{API}?pageNumber=1", meta={"page": 1})
    items = [o for o in spider.parse(response) if isinstance(o, CallItem)]
    return spider, {i.source_id: i for i in items}


def test_search_asks_for_grant_europeaid_and_cascade_calls_open_or_forthcoming():
    request = EuFundingTendersSpider(url=API)._page_request(1)
    parts = dict(re.findall(rb'name="(\w+)"; filename="blob"\r\nContent-Type: application/json\r\n\r\n(.*?)\r\n',
                            request.body))
    must = json.loads(parts[b"query"])["bool"]["must"]
    assert {"terms": {"type": ["1", "2", "8"]}} in must
    assert {"terms": {"status": ["31094501", "31094502"]}} in must
    assert "apiKey=SEDIA" in request.url and "pageSize=100" in request.url


def test_topic_budget_is_its_own_action_summed_over_budget_lines(more):
    fields = more[1]["HORIZON-CL2-2027-01-DEMOCRACY-03"].fields
    # not DEMOCRACY-01 (listed first) nor DEMOCRACY-030 (same prefix); 6 M in 2027 plus 1.5 M in 2028
    assert fields["total_budget"] == 7_500_000
    assert (fields["amount_min"], fields["amount_max"], fields["currency"]) == (None, 2_000_000, "EUR")
    assert fields["expected_grants"] == 3


def test_forthcoming_topic_is_kept_with_its_status(more):
    fields = more[1]["HORIZON-CL2-2027-01-DEMOCRACY-03"].fields
    assert (fields["source_status"], fields["deadline"], fields["programme"]) == (
        "forthcoming", "2027-04-22", "Reshaping democracies (2027)")
    assert {"LB", "JO", "FR"} <= set(fields["eligible_countries"])


@pytest.mark.parametrize(("identifier", "countries"), [
    ("EuropeAid/188105/DD/ACT/SY", ["SY"]),
    ("EuropeAid/188240/DD/ACT/TR", ["TR"]),
    ("EuropeAid/188411/DD/ACT/AF", ["AF"]),
    ("EuropeAid/188302/DH/ACT/Multi", ["IQ", "JO", "LB"]),
])
def test_europeaid_countries_from_the_reference_or_a_regional_title(more, identifier, countries):
    assert more[1][identifier].fields["eligible_countries"] == countries


@pytest.mark.parametrize(("identifier", "countries"), [
    ("EuropeAid/170001/DD/ACT/UK", ["GB"]),
    ("EuropeAid/170002/DD/ACT/lb", ["LB"]),
    ("EuropeAid/170003/DD/ACT/LB-JO", ["LB", "JO"]),
    ("EuropeAid/170004/DD/ACT/MULTI", ["SY"]),
    ("EuropeAid/170005/DD/ACT/XX", ["SY"]),
])
def test_europeaid_suffix_variants(identifier, countries):
    result = {"reference": "r", "metadata": {"type": ["2"], "identifier": [identifier], "title": ["Syria call"]}}
    assert EuFundingTendersSpider(url=API).parse_result(result).fields["eligible_countries"] == countries


def test_europeaid_forthcoming_without_deadline_or_budget(more):
    fields = more[1]["EuropeAid/188411/DD/ACT/AF"].fields
    assert (fields["source_status"], fields["deadline"], "total_budget" in fields) == ("forthcoming", None, False)


def test_cascade_call_is_parsed_as_its_own_type(more):
    fields = more[1]["SHEVOICE-OC1"].fields
    assert (fields["call_type"], fields["funder"], fields["programme"]) == ("cascade_funding", "SheVoice consortium",
                                                                           "SHEVOICE")
    assert fields["url"].endswith("/competitive-calls-cs/7422")
    assert (fields["total_budget"], fields["currency"], fields["deadline_utc_offset"]) == (600_000, "EUR", "+0100")


def test_pipelines_read_the_cascade_grant_range_and_countries_from_its_text(more, run_pipelines):
    (record,) = run_pipelines([more[1]["SHEVOICE-OC1"]])
    assert (record.amount_min, record.amount_max, record.currency) == (5000, 20000, "EUR")
    assert set(record.eligible_countries) == {"IQ", "JO", "LB"}
    assert "women_led_org" in record.eligible_applicants


def test_result_without_metadata_object_is_dropped_by_validation_not_raised(more, run_pipelines):
    broken = more[1]["broken-1"]
    assert broken.fields["title"] == ""
    with pytest.raises(DropItem):
        run_pipelines([broken])
    assert None not in more[1]  # no identifier and no reference: nothing to name the call by


def test_an_unreadable_record_is_reported_and_the_rest_of_the_page_kept():
    spider = EuFundingTendersSpider(url=API)
    good = {"reference": "g", "metadata": {"type": ["2"], "identifier": ["EuropeAid/1/DD/ACT/LB"], "title": ["ok"]}}
    bad = {"reference": "b", "metadata": {"type": ["2"], "identifier": ["EuropeAid/2/DD/ACT/LB"],
                                          "deadlineDate": [20270101]}}
    body = json.dumps({"totalResults": 2, "pageSize": 100, "results": [bad, good]}).encode()
    response = scrapy.http.TextResponse(url=API, body=body, encoding="utf-8",
                                        request=scrapy.Request(API, meta={"page": 1, "listing": True}))
    assert [i.source_id for i in spider.parse(response)] == ["EuropeAid/1/DD/ACT/LB"]
    assert spider.listing_incomplete and spider.run_errors[0]["reason"].startswith("item dropped: unreadable record")
