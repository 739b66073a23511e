from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from scrapy.http import Request, TextResponse

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
TODAY = dt.date(2026, 11, 21)


def fixture_response(spider: str, name: str, url: str, meta: dict | None = None,
                     encoding: str = "utf-8") -> TextResponse:
    body = (FIXTURES / spider / name).read_bytes()
    request = Request(url, meta=meta or {})
    return TextResponse(url=url, body=body, encoding=encoding, request=request)


@pytest.fixture
def run_pipelines():
    """Items through the real clean → normalize → validate chain, as a crawl does."""
    from scrapers.pipelines.clean import CleanPipeline
    from scrapers.pipelines.normalize import NormalizePipeline
    from scrapers.pipelines.validate import ValidatePipeline

    def run(items):
        validate = ValidatePipeline()
        validate.open_spider()
        out = []
        for item in items:
            item = NormalizePipeline(TODAY).process_item(CleanPipeline().process_item(item))
            out.append(validate.process_item(item).fields["_record"])
        return out

    return run
