"""RSS 2.0 and Atom feeds (WordPress and most CMSs): one call per item, paging by `?paged=N`.

    <item>
      <title>Embassy of X in Amman: Small Grants 2027</title>
      <link>https://site/post/</link>
      <pubDate>Mon, 05 Oct 2026 09:12:44 +0000</pubDate>
      <category><![CDATA[Jordan]]></category>
      <guid isPermaLink="false">https://site/?p=123</guid>
      <description><![CDATA[Deadline: 15 January 2027 The Embassy ...]]></description>
      <content:encoded><![CDATA[<p>...</p>]]></content:encoded>
    </item>

Feeds hold summaries: facts (deadline, amount, countries) are inferred from the text by the normalize
pipeline. Only the summary is stored as the description, with the link to the original: full posts of
editorial sites are copyrighted.
"""

from __future__ import annotations

import email.utils
import re
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

import scrapy
from scrapy.selector import Selector

from fursa.normalize.countries import to_country_codes
from fursa.normalize.text import html_to_text
from scrapers.extensions import record_error
from scrapers.items import CallItem

_FUNDER_SPLIT = re.compile(r"\s*[:–—|]\s+")
MAX_FEED_PAGES = 20  # ?paged=N pages per crawl: a longer feed is read as an incomplete listing


def with_page(url: str, page: int) -> str:
    parts = urlsplit(url)
    query = [(k, v) for k, v in parse_qsl(parts.query) if k != "paged"]
    if page > 1:
        query.append(("paged", str(page)))
    return urlunsplit(parts._replace(query=urlencode(query)))


class RssFeedMixin:
    """Mix into a FursaSpider; set `paged = True` for WordPress feeds that page with ?paged=N."""

    paged = False
    # Category labels that are not countries or themes on WordPress grant sites.
    ignored_categories = ("latest funds for ngos", "uncategorized", "featured")

    async def start(self):
        yield self._feed_request(1)

    def _feed_request(self, page: int) -> scrapy.Request:
        return scrapy.Request(with_page(self.source_url, page), callback=self.parse, errback=self.on_error,
                              meta={"page": page, "listing": True})

    def parse(self, response):
        selector = Selector(text=response.text, type="xml")
        selector.remove_namespaces()
        items = selector.xpath("//channel/item | //feed/entry")
        if not items and not selector.xpath("//channel | //feed"):
            self.listing_incomplete = True
            record_error(self, url=response.url, status=response.status, reason="not an RSS or Atom feed")
            return
        channel_title = html_to_text(selector.xpath("//channel/title/text() | //feed/title/text()").get(""))
        for node in items:
            item = self.parse_entry(node, channel_title, base_url=response.url)
            if item is not None:
                yield item
        page = response.meta["page"]
        if self.paged and items:
            if page < MAX_FEED_PAGES:
                yield self._feed_request(page + 1)
            else:
                self.listing_capped(response.url, MAX_FEED_PAGES)

    def parse_entry(self, node: Selector, channel_title: str, base_url: str | None = None) -> CallItem | None:
        link = self._parse_url(node, base_url)
        if not link:
            return None
        title = self._parse_title(node)
        summary = self._parse_description(node)
        categories = self._parse_categories(node)
        countries, _unmapped = to_country_codes(categories)
        fields = {
            "title": title,
            "url": link,
            "funder": self._parse_funder(title, channel_title),
            "description": summary,
            "published": self._parse_published(node),
            "categories": categories,
        }
        if countries:
            fields["eligible_countries"] = countries
        return CallItem(source=self.source, source_id=self._parse_source_id(node, link), fields=fields,
                        text=summary, raw={"title": title, "link": link, "categories": categories,
                                           "summary": summary})

    def _parse_source_id(self, node: Selector, link: str) -> str:
        """<guid isPermaLink="false">https://site/?p=123</guid> (Atom: <id>); the link when absent."""
        return (node.xpath("normalize-space(guid | id)").get() or link).strip()

    def _parse_title(self, node: Selector) -> str:
        """<title>Funder: What it funds</title> (entities and stray tags removed)."""
        return " ".join(html_to_text(node.xpath("string(title)").get("")).split())

    def _parse_url(self, node: Selector, base_url: str | None = None) -> str | None:
        """<link>https://...</link> in RSS; <link rel="alternate" href="..."/> in Atom. http(s) only; a
        relative link ("/calls/x/", as some CMSs and Atom's xml:base write them) is read against the feed."""
        link = (node.xpath("normalize-space(link[not(@href)])").get()
                or node.xpath("link[not(@rel) or @rel='alternate']/@href").get() or "").strip()
        if base_url and link and not re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*:", link):
            link = urljoin(base_url, link)
        return link if re.match(r"^https?://", link) else None

    def _parse_description(self, node: Selector) -> str:
        """<description><![CDATA[short summary]]></description> (Atom: <summary>). Never content:encoded."""
        return html_to_text(node.xpath("string(description | summary)").get(""))

    def _parse_published(self, node: Selector) -> str | None:
        """<pubDate>Mon, 05 Oct 2026 09:12:44 +0000</pubDate> (RFC 822) or Atom <published>/<updated> ISO."""
        text = node.xpath("normalize-space(pubDate | published | updated)").get("")
        if not text:
            return None
        try:
            return email.utils.parsedate_to_datetime(text).date().isoformat()
        except (TypeError, ValueError):
            match = re.match(r"^(\d{4}-\d{2}-\d{2})", text)
            return match.group(1) if match else None

    def _parse_categories(self, node: Selector) -> list[str]:
        """<category><![CDATA[Jordan]]></category> ... (Atom: <category term="..."/>)."""
        values = node.xpath("category/text() | category/@term").getall()
        return [v.strip() for v in values if v.strip() and v.strip().lower() not in self.ignored_categories]

    def _parse_funder(self, title: str, channel_title: str) -> str:
        """Grant sites title posts "Funder: what it funds"; else the feed's own name stands in."""
        head = _FUNDER_SPLIT.split(title, maxsplit=1)
        if len(head) == 2 and 3 <= len(head[0]) <= 90:
            return head[0]
        return channel_title or urlsplit(self.source_url).hostname or "unknown"
