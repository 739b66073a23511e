"""EU Funding & Tenders Portal, through its SEDIA search API.

The portal's own search posts a multipart form (parts `query`, `languages`, `sort`, each JSON) to
`.../search-api/prod/rest/search?apiKey=SEDIA&text=***&pageSize=100&pageNumber=N` and pages through
`totalResults`. Types: 1 = grant topics, 2 = EuropeAid/NDICI calls (the most valuable for our users),
8 = cascade funding. Statuses: 31094501 forthcoming, 31094502 open, 31094503 closed.

Quirks of the format: every metadata value is wrapped in a list; `budgetOverview` and `actions` are JSON
inside strings; "open" statuses go stale (the deadline decides); a EuropeAid reference ends in the
country code of the delegation's call ("EuropeAid/186571/DD/ACT/ZA") or "Multi".
"""

from __future__ import annotations

import datetime as dt
import json
import re
import uuid
from typing import Any
from urllib.parse import urlencode

import scrapy

from fursa.normalize.countries import find_countries
from fursa.normalize.text import html_to_text
from scrapers.items import CallItem
from scrapers.spiders.base import FursaSpider

TYPES = ("1", "2", "8")
STATUS_FORTHCOMING, STATUS_OPEN, STATUS_CLOSED = "31094501", "31094502", "31094503"
STATUS_NAMES = {STATUS_FORTHCOMING: "forthcoming", STATUS_OPEN: "open", STATUS_CLOSED: "closed"}
PAGE_SIZE = 100
MAX_PAGES = 100  # 10,000 results: the API's own ceiling
PORTAL = "https://ec.europa.eu/info/funding-tenders/opportunities/portal/screen/opportunities"
_EUROPEAID_SUFFIX = re.compile(r"/([A-Z]{2}|Multi|MULTI)$")


def first(metadata: dict, key: str, default: Any = None) -> Any:
    """SEDIA wraps every metadata value in a list: {"title": ["Staff exchanges"]}."""
    values = metadata.get(key) or []
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


class EuFundingTendersSpider(FursaSpider):
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
        try:
            data = json.loads(response.text)
            results = data["results"]
        except (ValueError, KeyError, TypeError) as exc:
            self.listing_incomplete = True
            from scrapers.extensions import record_error

            record_error(self, url=response.url, status=response.status,
                         reason=f"not a SEDIA search response ({type(exc).__name__}: {str(exc)[:120]})")
            return
        for result in results:
            item = self.parse_result(result)
            if item is not None:
                yield item
        page = response.meta["page"]
        total = int(data.get("totalResults") or 0)
        size = int(data.get("pageSize") or PAGE_SIZE)  # the server's word on paging beats our request
        if results and page * size < total and page < MAX_PAGES:
            yield self._page_request(page + 1)

    def parse_result(self, result: dict) -> CallItem | None:
        metadata = result.get("metadata") or {}
        source_id = self._parse_source_id(result, metadata)
        if not source_id:
            return None
        call_type = first(metadata, "type", "1")
        conditions = html_to_text(first(metadata, "topicConditions", ""))
        fields: dict[str, Any] = {
            "title": self._parse_title(result, metadata),
            "funder": self._parse_funder(metadata, call_type),
            "url": self._parse_url(result, metadata, call_type, source_id),
            "language": self._parse_language(result, metadata),
            "description": first(metadata, "descriptionByte", "") or result.get("summary") or "",
            "published": self._parse_published(metadata),
            **self._parse_deadline(metadata),
            **self._parse_amounts(metadata, call_type, source_id),
            "eligible_countries": self._parse_eligible_countries(source_id, call_type, conditions),
            "themes": [],
            "source_status": STATUS_NAMES.get(first(metadata, "status", ""), "unknown"),
            "call_type": {"1": "grant", "2": "europeaid", "8": "cascade_funding"}.get(call_type, call_type),
            "programme": first(metadata, "callTitle") or first(metadata, "programmeDivision"),
            "keywords": [k for k in metadata.get("keywords", []) if k != source_id][:20],
        }
        if conditions:
            fields["conditions"] = conditions
        return CallItem(source=self.source, source_id=source_id, fields=fields, text=conditions, raw=result)

    def _parse_source_id(self, result: dict, metadata: dict) -> str | None:
        """metadata.identifier ["EuropeAid/186571/DD/ACT/ZA"] or ["HORIZON-CL2-2027-01-DEMOCRACY-03"]."""
        return first(metadata, "identifier") or result.get("reference")

    def _parse_title(self, result: dict, metadata: dict) -> str:
        """metadata.title ["Civil Society ..."]; the envelope's `summary` when the title is missing."""
        return first(metadata, "title") or result.get("summary") or result.get("content") or ""

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
        raw = [d for d in metadata.get("deadlineDate", []) if d]
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
        """Type 1: budgetOverview (JSON in a string) maps actions to yearly budgets, sometimes with
        minContribution/maxContribution per grant: read the action whose name starts with this topic.
        Types 2/8: budget ["5164000"] + currency ["EUR"]; "0" means not published. The per-grant range of
        those is stated in the description text and left to the normalize pipeline."""
        out: dict[str, Any] = {}
        if call_type == "1":
            try:
                overview = json.loads(first(metadata, "budgetOverview", "") or "{}")
            except ValueError:
                return out
            for actions in (overview.get("budgetTopicActionMap") or {}).values():
                for action in actions:
                    if not str(action.get("action", "")).startswith(source_id):
                        continue
                    total = sum(float(v) for v in (action.get("budgetYearMap") or {}).values() if v)
                    if total:
                        out["total_budget"] = total
                    # 0 or absent means "not stated", not a grant of zero.
                    low, high = action.get("minContribution") or None, action.get("maxContribution") or None
                    if low or high:
                        out["amount_min"], out["amount_max"] = low, high
            if out:
                out["currency"] = "EUR"
            return out
        budget = first(metadata, "budget")
        try:
            total = float(budget) if budget not in (None, "") else 0.0
        except (TypeError, ValueError):
            total = 0.0
        if total > 0:
            out["total_budget"] = total
            out["currency"] = (first(metadata, "currency") or "EUR").upper()
        return out

    def _parse_eligible_countries(self, source_id: str, call_type: str, conditions: str) -> list[str]:
        """A EuropeAid reference ends in the call's country ("EuropeAid/186571/DD/ACT/LB" -> LB); "Multi"
        and grant topics name their countries in the conditions text, read by the normalizers."""
        if call_type == "2":
            match = _EUROPEAID_SUFFIX.search(source_id)
            if match and match.group(1).upper() != "MULTI":
                return [match.group(1).upper()]
        return find_countries(conditions) if conditions else []
