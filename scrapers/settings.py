"""Scrapy settings: polite by default, bounded everywhere, nothing cached forever.

Each value below changes a Scrapy default that is wrong for crawling funders' sites on a small machine
(see shared notes on reliability): AutoThrottle on, few requests per domain, short timeouts, retries that
honour Retry-After, a size cap against oversized or compressed-bomb responses, conditional requests
(ETag / Last-Modified) instead of Scrapy's HTTP cache, and a check that pages decode cleanly.

A deployment (or a test) may use its own settings module: `SCRAPY_SETTINGS_MODULE=mysettings fursa crawl`,
where mysettings.py starts with `from scrapers.settings import *`.
"""

BOT_NAME = "fursa"
SPIDER_MODULES = ["scrapers.spiders"]
NEWSPIDER_MODULE = "scrapers.spiders"

USER_AGENT = "Fursa/0.1 (+https://github.com/fursa-org/fursa; grant matcher for civil society)"
ROBOTSTXT_OBEY = True

CONCURRENT_REQUESTS = 8
CONCURRENT_REQUESTS_PER_DOMAIN = 2
DOWNLOAD_DELAY = 0.5
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 0.5
AUTOTHROTTLE_MAX_DELAY = 30
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0

DOWNLOAD_TIMEOUT = 30
DOWNLOAD_MAXSIZE = 20 * 1024 * 1024
DOWNLOAD_WARNSIZE = 5 * 1024 * 1024
CLOSESPIDER_TIMEOUT = 30 * 60
REDIRECT_MAX_TIMES = 5

RETRY_ENABLED = True
RETRY_TIMES = 3
RETRY_HTTP_CODES = [500, 502, 503, 504, 522, 524, 408, 429]
RETRY_AFTER_MAX = 120  # seconds; a longer Retry-After counts the request as failed

DOWNLOADER_MIDDLEWARES = {
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
    "scrapers.middlewares.RetryAfterMiddleware": 550,
    # Responses travel from high numbers to low: decompression (590) and redirects (600) come first,
    # then the conditional-request check (580), then the charset check (560), then retries (550).
    "scrapers.middlewares.CharsetMiddleware": 560,
    "scrapers.middlewares.ConditionalRequestMiddleware": 580,
}

SPIDER_MIDDLEWARES = {"scrapers.middlewares.NotModifiedItemsMiddleware": 550}

ITEM_PIPELINES = {
    "scrapers.pipelines.clean.CleanPipeline": 100,
    "scrapers.pipelines.normalize.WarmUpPipeline": 150,
    "scrapers.pipelines.normalize.NormalizePipeline": 200,
    "scrapers.pipelines.validate.ValidatePipeline": 300,
    "scrapers.pipelines.dedupe.DedupePipeline": 400,
    "scrapers.pipelines.store.StorePipeline": 900,
}

EXTENSIONS = {"scrapers.extensions.RunReport": 500}

# Scrapy's HTTP cache stays off: even its RFC2616 policy serves a kept page when the server answers 5xx
# or times out, which would hide a failing source. ConditionalRequestMiddleware revalidates instead.
HTTPCACHE_ENABLED = False
HTTPCACHE_POLICY = "scrapy.extensions.httpcache.RFC2616Policy"  # never the default cache-5xx-forever policy

REQUEST_FINGERPRINTER_IMPLEMENTATION = "2.7"
TWISTED_REACTOR = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"
FEED_EXPORT_ENCODING = "utf-8"
LOG_LEVEL = "INFO"

# Fursa's own: the database and the date that stands for "today" come from fursa.settings unless set here.
FURSA_DB = None
FURSA_AS_OF = None
# Where pages with an ETag / Last-Modified are kept for conditional requests (fursa crawl sets it beside
# the database); None turns conditional requests off.
FURSA_HTTP_CACHE_DIR = None
# Calls read from a 304 page that the store already holds are counted unchanged without being normalized
# again; True normalizes them anyway (after the normalizers improved, say).
FURSA_REPARSE_UNCHANGED = False
# A crawl with fewer than this share of items carrying every required field marks its source broken.
FURSA_MIN_VALID_RATIO = 0.9
