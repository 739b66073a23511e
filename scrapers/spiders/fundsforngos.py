"""fundsforNGOs: the WordPress RSS feed of grant listings (a link and a short summary per call).

Its posts are copyrighted editorial text: the spider stores the feed's link and summary only and never
fetches a post, unlike the generic feed spider (scrapers/spiders/feed.py), which follows items to their pages.
"""

from scrapers.mixins.rss import RssFeedMixin
from scrapers.spiders.base import FursaSpider


class FundsforngosSpider(RssFeedMixin, FursaSpider):
    name = "fundsforngos"
    paged = True
