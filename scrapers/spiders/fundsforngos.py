"""fundsforNGOs: the WordPress RSS feed of grant listings (a link and a short summary per call)."""

from scrapers.mixins.rss import RssFeedMixin
from scrapers.spiders.base import FursaSpider


class FundsforngosSpider(RssFeedMixin, FursaSpider):
    name = "fundsforngos"
    paged = True
