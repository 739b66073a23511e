"""data/sources.toml and the spiders match one to one, and every enabled source can be demonstrated offline."""

from __future__ import annotations

import json

import pytest
from scrapy.settings import Settings
from scrapy.spiderloader import SpiderLoader

from fursa.cli import DEMO_RECORDINGS
from fursa.registry import GENERIC_SPIDERS, load_registry
from fursa.settings import PROJECT_DATA

REGISTRY = load_registry(PROJECT_DATA / "sources.toml")


@pytest.fixture(scope="module")
def spiders() -> set[str]:
    settings = Settings()
    settings.setmodule("scrapers.settings")
    return set(SpiderLoader.from_settings(settings).list())


def test_every_registered_source_has_its_spider(spiders):
    missing = {s.name for s in REGISTRY if s.kind not in GENERIC_SPIDERS} - spiders
    assert not missing, f"registered without a spider: {sorted(missing)}"


def test_every_spider_is_registered(spiders):
    registered = {s.name for s in REGISTRY}
    unregistered = spiders - registered - set(GENERIC_SPIDERS.values())
    assert not unregistered, f"spiders missing from data/sources.toml: {sorted(unregistered)}"


def test_feed_sources_resolve_to_the_generic_spider(spiders):
    assert {s.spider for s in REGISTRY if s.kind in GENERIC_SPIDERS} <= spiders


@pytest.mark.parametrize("source", [s for s in REGISTRY if s.enabled], ids=lambda s: s.name)
def test_every_enabled_source_has_a_demo_recording(source):
    manifest = DEMO_RECORDINGS / source.name / "manifest.json"
    routes = json.loads(manifest.read_text(encoding="utf-8"))["routes"]
    assert routes and all((manifest.parent / r["file"]).exists() for r in routes if r.get("file"))
