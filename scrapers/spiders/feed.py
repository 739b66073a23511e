"""Any RSS or Atom feed an analyst registers with `fursa sources add --kind feed URL --name NAME`.

One spider serves every `kind = "feed"` source: `fursa crawl NAME` runs it with `-a source_name=NAME`.
"""

from scrapers.mixins.rss import RssFeedMixin
from scrapers.spiders.base import FursaSpider


class FeedSpider(RssFeedMixin, FursaSpider):
    name = "feed"
    paged = False

    def __init__(self, source_name: str | None = None, *args, **kwargs):
        if source_name:
            self.source_name = source_name
        super().__init__(*args, **kwargs)
