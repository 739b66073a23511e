"""NormalizePipeline: fills the facts a spider could not read directly from its free text.

Spiders set what their format states explicitly; this pipeline infers the rest (language, deadline,
amounts, countries, applicant types, themes) with the shared normalizers, and adds a USD equivalent.
A fact that cannot be read stays null with its raw text kept: never today's date, never a guess.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging

from fursa.normalize.amounts import find_amount, to_usd
from fursa.normalize.applicants import find_applicant_types, find_themes
from fursa.normalize.countries import find_countries
from fursa.normalize.dates import find_deadline, is_rolling
from fursa.normalize.text import detect_language
from scrapers.items import CallItem

# Loading the language model and the date parser's Arabic and French data takes seconds of CPU. Done by
# the first item in the reactor thread, it would stall every download of the crawl (all spiders share
# that thread) and could fire their timeouts; WarmUpPipeline has it done in a thread instead.
_WARM_UP_SAMPLES = (
    "Deadline: 15 March 2027. Grants of up to EUR 20,000 for civil society organisations in Lebanon.",
    "آخر موعد للتقديم: 15 آذار 2027. منح تصل إلى 20,000 دولار للمنظمات المحلية في الأردن.",
    "Date limite : 15 mars 2027. Subventions jusqu'à 20 000 EUR pour les associations au Liban.",
)
_warmed_up: asyncio.Future | None = None
log = logging.getLogger(__name__)


class NormalizePipeline:
    def __init__(self, today: dt.date, crawler=None):
        self.today = today
        self.crawler = crawler
        self.reparse_unchanged = bool(crawler and crawler.settings.getbool("FURSA_REPARSE_UNCHANGED"))

    @classmethod
    def from_crawler(cls, crawler):
        from scrapers.pipelines.store import crawl_today

        return cls(crawl_today(crawler.settings), crawler)

    def _known_unchanged(self, item: CallItem, spider) -> bool:
        """A call read from a page the server answered 304 Not Modified, which the store already holds:
        nothing about it can have changed, so it is not normalized again (FURSA_REPARSE_UNCHANGED
        turns this off, e.g. after the normalizers improved)."""
        spider = spider if spider is not None else (self.crawler and self.crawler.spider)
        return (getattr(item, "not_modified", False) and not self.reparse_unchanged
                and item.source_id in getattr(spider, "stored_ids", ()))

    def process_item(self, item: CallItem, spider=None) -> CallItem:
        if self._known_unchanged(item, spider):
            item.unchanged_link = True
            return item
        f = item.fields
        corpus = "\n".join(p for p in (f.get("title"), f.get("description"), item.text) if p)
        if not f.get("language"):
            f["language"] = detect_language(corpus) or "en"
        languages = [f["language"]] if f["language"] in ("en", "fr", "ar") else None
        if "deadline" not in f:
            found = find_deadline(corpus, languages=languages)
            if found is not None:
                f["deadline"] = found.value.isoformat() if found.value else None
                f.setdefault("deadline_raw", found.raw)
                if found.time:
                    f.setdefault("deadline_time", found.time.strftime("%H:%M"))
                if found.tz:
                    f.setdefault("deadline_tz", found.tz)
            else:
                f["deadline"] = None
            f.setdefault("rolling", f["deadline"] is None and is_rolling(corpus))
        if "amount_min" not in f and "amount_max" not in f:
            amount = find_amount(corpus)
            if amount is not None:
                f["amount_min"], f["amount_max"] = amount.min, amount.max
                f.setdefault("currency", amount.currency)
                f.setdefault("amount_raw", amount.raw)
        if f.get("currency") and (f.get("amount_max") or f.get("amount_min")):
            on = self.today
            for key in ("amount_min", "amount_max"):
                if f.get(key) is not None:
                    f[f"{key}_usd"] = to_usd(f[key], f["currency"], on)
        if not f.get("eligible_countries"):
            f["eligible_countries"] = find_countries(corpus)
        if not f.get("eligible_applicants"):
            f["eligible_applicants"] = find_applicant_types(corpus)
        themes = list(f.get("themes") or [])
        for theme in find_themes(corpus):
            if theme not in themes:
                themes.append(theme)
        f["themes"] = themes
        return item



def _warm_up() -> None:
    pipeline = NormalizePipeline(dt.date.today())
    try:
        for text in _WARM_UP_SAMPLES:
            pipeline.process_item(CallItem("warm-up", "0", {"title": text[:40], "description": text}, text=text))
    except Exception:  # a normalizer bug shows on real items, with their source; never stop a crawl here
        log.exception("warming up the normalizers failed")


class WarmUpPipeline:
    """Runs just before NormalizePipeline. The first item that needs normalizing starts loading the
    normalizers' models in a thread; it and the items after it wait for that without blocking the
    reactor. A crawl whose calls all come from unchanged (304) pages never loads them at all."""

    async def process_item(self, item: CallItem, spider=None) -> CallItem:
        global _warmed_up
        if not getattr(item, "not_modified", False):
            if _warmed_up is None:
                _warmed_up = asyncio.ensure_future(asyncio.to_thread(_warm_up))
            await asyncio.shield(_warmed_up)
        return item
