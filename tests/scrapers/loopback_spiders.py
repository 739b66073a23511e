"""Spiders used only by the loopback crawl tests: an HTML listing of links, one page per call.

    listing:   <ul><li><a class="call" href="calls/1.html">...</a></li>...</ul>
    call page: <h1>Title</h1><p class="funder">Funder</p><p class="deadline">Deadline: 15 March 2027</p>
               <div class="body">Description</div>

A request for a call page carries meta={"source_id": ...}, so a 404 on it retires that call.
The registry maps a source to the spider of its name, hence one small subclass per test source.
"""

from __future__ import annotations

import scrapy

from scrapers.items import CallItem
from scrapers.spiders.base import FursaSpider


def source_id_of(url: str) -> str:
    return url.rstrip("/").rsplit("/", 1)[-1].removesuffix(".html")


class CallPagesSpider(FursaSpider):
    name = "loopback_pages"

    async def start(self):
        yield scrapy.Request(self.source_url, callback=self.parse, errback=self.on_error, meta={"listing": True})

    def parse(self, response):
        for href in response.css("a.call::attr(href)").getall():
            url = response.urljoin(href)
            yield scrapy.Request(url, callback=self.parse_call, errback=self.on_error,
                                 meta={"source_id": source_id_of(url)})

    def parse_call(self, response):
        fields = {
            "title": response.css("h1::text").get(""),
            "funder": response.css("p.funder::text").get(""),
            "url": response.url,
            "description": " ".join(response.css("div.body ::text").getall()),
        }
        deadline = response.css("p.deadline::text").get()
        return CallItem(source=self.source, source_id=response.meta["source_id"], fields=fields,
                        text=deadline or "")


class GoneCallSpider(CallPagesSpider):
    name = "loopback_gone"


class RedesignSpider(CallPagesSpider):
    name = "loopback_redesign"
