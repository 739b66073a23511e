"""Women's Peace and Humanitarian Fund (WPHF): its calls-for-proposals page and one WordPress page per call.

    <div class="calls-list">
      <div class="call-card"><h3 class="call-card__title"><a href="https://wphfund.org/calls/...">Lebanon: ...</a></h3>
        <p class="call-card__dates">Open from 2 November 2026 to 15 January 2027</p></div> ...
    </div>
    <nav class="navigation pagination"><div class="nav-links"><a class="next page-numbers" href="...?pg=2">

    a call page: <html lang="ar" dir="rtl"> <h1 class="entry-title">...</h1>
      <p class="call-window">Call for proposals open from 2 November 2026 to 15 January 2027</p>
      <div class="entry-content">...</div>

Country-specific calls are also announced on UN country-team sites; another site is one more spider with
the same mixin and its own selectors.
"""

from scrapers.mixins.call_pages import CallPagesMixin
from scrapers.spiders.base import FursaSpider


class WphfSpider(CallPagesMixin, FursaSpider):
    name = "wphf"
    site = "https://wphfund.org"
    listing_link_selector = ".calls-list .call-card__title a"
    next_page_selector = ".nav-links a.next"
    title_selector = "h1.entry-title"
    window_selector = ".call-window"
    body_selector = "article .entry-content"
    published_selector = 'meta[property="article:published_time"]::attr(content)'
    funder = "Women's Peace and Humanitarian Fund (WPHF)"
