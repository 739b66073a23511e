"""Any feed, sitemap or listing page an analyst registers with `fursa sources add` (no code).

One spider serves every source of kind "feed", "sitemap" or "listing": `fursa crawl NAME` runs it with
`-a source_name=NAME`, and it reads the source's options from data/sources.toml:

    [[source]]
    name = "undp_jordan_calls"
    kind = "listing"
    url = "https://www.undp.org/jordan/calls-for-proposals"
    [source.options]
    link_pattern = "/jordan/calls-for-proposals/[^/]+$"   # which links on the page are calls
    follow = true                                         # false: store the feed's link and summary only

What the URL serves decides how it is read (RSS/Atom, a sitemap or sitemap index, or an HTML listing), so
a feed registered as "feed" that turns out to be a sitemap still works. Each item is followed to its
page, whose main text the normalize pipeline reads for the deadline, amounts, countries, applicants and
themes; if a page fails, the feed's own link and summary are kept. A feed shows its latest posts only,
so calls that drop out of it are not marked unavailable; a sitemap or listing is read as complete.
"""

from __future__ import annotations

import re

from fursa.errors import InputError, NotFound
from fursa.registry import find_source, load_registry
from fursa.settings import get_settings
from scrapers.items import CallItem
from scrapers.mixins.pages import ItemPagesMixin, document_kind
from scrapers.mixins.rss import RssFeedMixin
from scrapers.spiders.base import FursaSpider


class FeedSpider(ItemPagesMixin, RssFeedMixin, FursaSpider):
    name = "feed"
    paged = False

    def __init__(self, source_name: str | None = None, link_pattern: str | None = None,
                 follow: str | bool | None = None, *args, **kwargs):
        if source_name:
            self.source_name = source_name
        super().__init__(*args, **kwargs)
        options = self._registry_options()
        pattern = link_pattern if link_pattern is not None else options.get("link_pattern")
        self.link_pattern = re.compile(pattern) if pattern else None
        follow = options.get("follow", True) if follow is None else follow
        # Spider arguments (-a follow=false) arrive as strings.
        self.follow_pages = follow if isinstance(follow, bool) else str(follow).lower() not in ("0", "false", "no")

    def _registry_options(self) -> dict:
        try:
            return find_source(load_registry(get_settings().registry_path), self.source).options
        except (NotFound, InputError):  # run by hand with -a url=...: no registry entry, no options
            return {}

    def parse(self, response):
        kind = document_kind(response)
        if kind == "sitemap":
            yield from self.parse_sitemap(response)
        elif kind == "html":
            yield from self.parse_listing(response)
        else:
            # A feed shows its latest posts only: a call that scrolled out of it is not gone from the site.
            self.complete_listing = False
            for out in super().parse(response):
                if not isinstance(out, CallItem):
                    yield out
                elif self._wanted(out.fields["url"]):
                    yield self.follow(out)
