"""Scrapy settings for crawls against the tests' loopback servers: the project's settings with small
limits, so a timeout, a retry or an oversized body costs a second, not minutes. Used through
SCRAPY_SETTINGS_MODULE=tests.scrapers.loopback_settings, as an operator would use their own module."""

from scrapers.settings import *  # noqa: F403

SPIDER_MODULES = ["scrapers.spiders", "tests.scrapers.loopback_spiders"]
# Short, yet long enough for a loaded two-core machine running fourteen spiders in one process.
DOWNLOAD_TIMEOUT = 3
RETRY_TIMES = 2
RETRY_AFTER_MAX = 5
DOWNLOAD_MAXSIZE = 256 * 1024
DOWNLOAD_WARNSIZE = 64 * 1024
REDIRECT_MAX_TIMES = 3
AUTOTHROTTLE_ENABLED = False
DOWNLOAD_DELAY = 0
CLOSESPIDER_TIMEOUT = 60
