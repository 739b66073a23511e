"""EU Funding & Tenders Portal, through its SEDIA search API.

The portal's own search posts a multipart form (parts `query`, `languages`, `sort`, each JSON) to
`.../search-api/prod/rest/search?apiKey=SEDIA&text=***&pageSize=100&pageNumber=N` and pages through
`totalResults`. Types: 1 = grant topics, 2 = EuropeAid/NDICI calls (the most valuable for our users),
8 = cascade funding. Statuses: 31094501 forthcoming, 31094502 open, 31094503 closed.

Quirks of the format: every metadata value is wrapped in a list; `budgetOverview` and `actions` are JSON
inside strings; a call's topics share one budget overview (each topic reads its own action); "open"
statuses go stale (the deadline decides); a EuropeAid reference ends in the country code of the
delegation's call ("EuropeAid/186571/DD/ACT/ZA") or, for a regional call, "Multi" (its countries are
then named in its title and text).
"""

from __future__ import annotations

import datetime as dt
import json
import re
import uuid
from typing import Any
from urllib.parse import urlencode

import scrapy

from fursa.normalize.countries import find_countries, to_country_codes
from fursa.normalize.text import html_to_text
from scrapers.items import CallItem
from scrapers.mixins.json_api import JsonApiMixin
from scrapers.mixins.records import read_record
from scrapers.spiders.base import FursaSpider

TYPES = ("1", "2", "8")
STATUS_FORTHCOMING, STATUS_OPEN, STATUS_CLOSED = "31094501", "31094502", "31094503"
STATUS_NAMES = {STATUS_FORTHCOMING: "forthcoming", STATUS_OPEN: "open", STATUS_CLOSED: "closed"}
PAGE_SIZE = 100
MAX_PAGES = 100  # 10,000 results: the API's own ceiling
PORTAL = "https://ec.europa.eu/info/funding-tenders/opportunities/portal/screen/opportunities"
# The last part of a EuropeAid reference: the country of the call ("LB"; the EU writes UK and EL for GB and
# GR), several joined ("LB-JO"), or a word for a regional call ("Multi").
_EUROPEAID_SUFFIX = re.compile(r"^EuropeAid/[^/]+(?:/[^/]+)*/([A-Za-z]+(?:[-_+][A-Za-z]{2})*)$", re.I)


def many(metadata: dict, key: str) -> list:
    """SEDIA wraps every metadata value in a list: {"keywords": ["a", "b"]}; a bare value is one item."""
    values = metadata.get(key)
    if values in (None, ""):
        return []
    return values if isinstance(values, list) else [values]


def first(metadata: dict, key: str, default: Any = None) -> Any:
    """The first of a metadata list: {"title": ["Staff exchanges"]} -> "Staff exchanges"."""
    values = many(metadata, key)
    return values[0] if values else default


def parse_sedia_datetime(value: str | None) -> dt.datetime | None:
    """'2023-05-11T02:00:00.000+0200' (or without the millis) -> aware datetime."""
    if not value:
        return None
    try:
        return dt.datetime.strptime(value, "%Y-%m-%dT%H:%M:%S.%f%z")
    except ValueError:
        try:
            return dt.datetime.strptime(value, "%Y-%m-%dT%H:%M:%S%z")
        except ValueError:
            return None


def multipart_body(parts: dict[str, Any]) -> tuple[bytes, str]:
    """Encode JSON parts the way the portal's browser client does (each part a JSON blob)."""
    boundary = f"----fursa{uuid.uuid4().hex}"
    chunks = []
    for name, value in parts.items():
        chunks.append(
            f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"; filename="blob"\r\n'
            f"Content-Type: application/json\r\n\r\n{json.dumps(value)}\r\n"
        )
    chunks.append(f"--{boundary}--\r\n")
    return "".join(chunks).encode("utf-8"), f"multipart/form-data; boundary={boundary}"


class EuFundingTendersSpider(JsonApiMixin, FursaSpider):
    name = "eu_funding_tenders"
    funder_default = "European Commission"

    def _page_request(self, page: int) -> scrapy.Request:
        query = {"bool": {"must": [{"terms": {"type": list(TYPES)}},
                                   {"terms": {"status": [STATUS_FORTHCOMING, STATUS_OPEN]}}]}}
        body, content_type = multipart_body(
            {"query": query, "languages": ["en", "fr"], "sort": {"order": "DESC", "field": "startDate"}}
        )
        params = urlencode({"apiKey": "SEDIA", "text": "***", "pageSize": PAGE_SIZE, "pageNumber": page})
        return scrapy.Request(
            f"{self.source_url}?{params}", method="POST", body=body,
            headers={"Content-Type": content_type, "Accept": "application/json"},
            callback=self.parse, errback=self.on_error, meta={"page": page, "listing": True},
            dont_filter=True,
        )

    async def start(self):
        yield self._page_request(1)

    def parse(self, response):
        """{"totalResults": 510841, "pageNumber": 1, "pageSize": 100, "results": [{...}, ...]}"""
        data = self.load_json(response, "SEDIA search")
        results = data.get("results") if data is not None else None
        if data is not None and not isinstance(results, list):
            self._bad_response(response, "not a SEDIA search response (no results list)")
        if not isinstance(results, list):
            self.listing_incomplete = True  # every page of this search is the listing
            return
        for result in results:
            item = read_record(self, self.parse_result, result, url=response.url) if isinstance(result, dict) else None
            if item is not None:
                yield item
        page = response.meta.get("page", 1)
        total = int(_number(data.get("totalResults")) or 0)
        size = int(_number(data.get("pageSize")) or PAGE_SIZE)  # the server's word on paging beats our request
        if results and page * size < total and page < MAX_PAGES:
            yield self._page_request(page + 1)
        elif results and page * size < total:
            self.listing_capped(response.url, MAX_PAGES)

    def parse_result(self, result: dict) -> CallItem | None:
        metadata = result.get("metadata") if isinstance(result.get("metadata"), dict) else {}
        source_id = self._parse_source_id(result, metadata)
        if not source_id:
            return None
        call_type = str(first(metadata, "type", "1"))
        conditions = html_to_text(first(metadata, "topicConditions", "") or "")
        title = self._parse_title(result, metadata)
        description = self._parse_description(result, metadata)
        fields: dict[str, Any] = {
            "title": title,
            "funder": self._parse_funder(metadata, call_type),
            "url": self._parse_url(result, metadata, call_type, source_id),
            "language": self._parse_language(result, metadata),
            "description": description,
            "published": self._parse_published(metadata),
            **self._parse_deadline(metadata),
            **self._parse_amounts(metadata, call_type, source_id),
            "eligible_countries": self._parse_eligible_countries(
                source_id, call_type, f"{title}\n{html_to_text(description)}", conditions),
            "themes": [],
            "source_status": STATUS_NAMES.get(str(first(metadata, "status", "")), "unknown"),
            "call_type": {"1": "grant", "2": "europeaid", "8": "cascade_funding"}.get(call_type, call_type),
            "programme": first(metadata, "callTitle") or first(metadata, "projectAcronym"),
            "keywords": [k for k in many(metadata, "keywords") if k != source_id][:20],
        }
        if conditions:
            fields["conditions"] = conditions
        return CallItem(source=self.source, source_id=str(source_id), fields=fields, text=conditions, raw=result)

    def _parse_source_id(self, result: dict, metadata: dict) -> str | None:
        """metadata.identifier ["EuropeAid/186571/DD/ACT/ZA"] or ["HORIZON-CL2-2027-01-DEMOCRACY-03"]."""
        return first(metadata, "identifier") or result.get("reference")

    def _parse_title(self, result: dict, metadata: dict) -> str:
        """metadata.title ["Civil Society ..."]; the envelope's `summary` when the title is missing."""
        return first(metadata, "title") or result.get("summary") or result.get("content") or ""

    def _parse_description(self, result: dict, metadata: dict) -> str:
        """descriptionByte ["<p>...</p>"] (HTML, often Word-pasted; [] or [""] when missing); the summary
        otherwise. Markup is turned into text by the clean pipeline."""
        return first(metadata, "descriptionByte", "") or result.get("summary") or ""

    def _parse_funder(self, metadata: dict, call_type: str) -> str:
        """caName ["European Union Delegation to Lebanon"] for types 2 and 8; the Commission otherwise."""
        return first(metadata, "caName") or self.funder_default

    def _parse_url(self, result: dict, metadata: dict, call_type: str, source_id: str) -> str:
        """The page a person opens: topic-details/<identifier> for topics, the envelope url otherwise
        (result.url of a topic points at the machine-readable topicDetails JSON)."""
        if call_type == "1":
            return f"{PORTAL}/topic-details/{source_id}"
        return result.get("url") or first(metadata, "url") or f"{PORTAL}/prospect-details/{result.get('reference')}"

    def _parse_language(self, result: dict, metadata: dict) -> str | None:
        """metadata.language ["en"]; the portal lists one result per translation, so this is reliable."""
        return (first(metadata, "language") or result.get("language") or "").lower() or None

    def _parse_published(self, metadata: dict) -> str | None:
        """startDate ["2026-04-24T10:00:34.000+0000"]: the opening date."""
        when = parse_sedia_datetime(first(metadata, "startDate"))
        return when.date().isoformat() if when else None

    def _parse_deadline(self, metadata: dict) -> dict[str, Any]:
        """deadlineDate ["2027-02-15T17:00:00.000+0100"] (two entries for two-stage calls: the first is the
        one an applicant must meet now). Kept with its time and UTC offset."""
        raw = [d for d in many(metadata, "deadlineDate") if d]
        parsed = [p for p in (parse_sedia_datetime(d) for d in raw) if p]
        if not parsed:
            return {"deadline": None, "deadline_raw": raw[0] if raw else None}
        deadline = min(parsed)
        return {
            "deadline": deadline.date().isoformat(),
            "deadline_at": deadline.isoformat(),
            "deadline_time": deadline.strftime("%H:%M"),
            "deadline_utc_offset": deadline.strftime("%z"),
            "deadlines": [p.isoformat() for p in sorted(parsed)],
        }

    def _parse_amounts(self, metadata: dict, call_type: str, source_id: str) -> dict[str, Any]:
        """Type 1: budgetOverview (JSON in a string) maps budget lines to actions, each with yearly budgets
        and sometimes minContribution/maxContribution per grant: this topic's action is read (see
        topic_actions). Types 2/8: budget ["5164000"] + currency ["EUR"]; "0" means not published. The
        per-grant range of those is stated in the description and left to the normalize pipeline."""
        out: dict[str, Any] = {}
        if call_type == "1":
            try:
                overview = json.loads(first(metadata, "budgetOverview", "") or "{}")
            except (TypeError, ValueError):
                return out
            actions = topic_actions(overview, source_id) if isinstance(overview, dict) else []
            total = sum(_number(v) or 0 for a in actions for v in (a.get("budgetYearMap") or {}).values())
            if total:
                out["total_budget"] = total
            for action in actions:
                # 0 or absent means "not stated", not a grant of zero.
                low, high = _number(action.get("minContribution")), _number(action.get("maxContribution"))
                if low and high and low > high:
                    low = None
                if low or high:
                    out["amount_min"], out["amount_max"] = low, high
                    break
            if grants := sum(int(_number(a.get("expectedGrants")) or 0) for a in actions):
                out["expected_grants"] = grants
            if out:
                out["currency"] = "EUR"
            return out
        total = _number(first(metadata, "budget"))
        if total:
            out["total_budget"] = total
            out["currency"] = str(first(metadata, "currency") or "EUR").upper()
        return out

    def _parse_eligible_countries(self, source_id: str, call_type: str, text: str, conditions: str) -> list[str]:
        """A EuropeAid reference ends in its call's country ("EuropeAid/186571/DD/ACT/LB" -> LB; the EU
        writes UK and EL for GB and GR), sometimes several ("…/ACT/LB-JO"). A regional call ("…/Multi")
        names its countries in its title and text ("Actions au Liban, en Syrie et en Jordanie"); a grant
        topic in its conditions. What names nothing is left to the normalize pipeline."""
        match = _EUROPEAID_SUFFIX.match(source_id) if call_type == "2" else None
        if match:
            codes = re.split(r"[-_+]", match.group(1))
            if all(len(code) == 2 for code in codes):
                found, unmapped = to_country_codes(codes)
                if found and not unmapped:
                    return found
            return find_countries(text)
        return find_countries(conditions) if conditions else []


def topic_actions(overview: dict, source_id: str) -> list[dict]:
    """The budget overview's actions for this topic, in every budget line:

        {"budgetTopicActionMap": {"5120411": [
            {"action": "CERV-2027-CHILD-OTHER - CERV-PJG CERV Project Grants", "budgetYearMap": {"2027": 999}},
            {"action": "CERV-2027-CHILD-PROT - CERV-PJG CERV Project Grants", "budgetYearMap": {"2027": "4500000"},
             "minContribution": 75000, "maxContribution": 400000, "expectedGrants": 12}]}}

    A call's topics share one overview, so the first action is often another topic's; the action's name
    before " - " must be the identifier itself ("X-1" is not "X-10")."""
    found = []
    for actions in (overview.get("budgetTopicActionMap") or {}).values():
        for action in actions if isinstance(actions, list) else []:
            if isinstance(action, dict) and str(action.get("action", "")).split(" - ")[0].strip() == source_id:
                found.append(action)
    return found


def _number(value: Any) -> float | None:
    """4500000, "4500000" or "4 500 000" -> 4500000.0; None for anything else and for 0."""
    try:
        number = float(str(value).replace(" ", "").replace(",", "")) if value not in (None, "") else 0.0
    except (TypeError, ValueError):
        return None
    return number if number > 0 else None
