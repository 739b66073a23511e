"""`fursa sources add` for the generic feed spider: kinds and options land in the registry, mistakes are
one-line errors before anything is written."""

from __future__ import annotations

import pytest

from fursa.registry import find_source, load_registry


def registered(settings, name):
    return find_source(load_registry(settings.registry_path), name)


def test_listing_page_is_stored_with_its_link_pattern(fursa, settings):
    run = fursa("sources", "add", "https://ngo.example.org/calls/", "--name", "ngo_calls", "--kind", "listing",
                "--link-pattern", "/calls/[^/]+/$")
    assert run.code == 0, run.stderr
    source = registered(settings, "ngo_calls")
    assert (source.kind, source.spider, source.options) == ("listing", "feed", {"link_pattern": "/calls/[^/]+/$"})
    assert "fursa crawl ngo_calls" in run.stderr


def test_summary_only_feed_is_stored_with_follow_false(fursa, settings):
    assert fursa("sources", "add", "https://news.example.org/feed/", "--name", "news_feed", "--summary-only").code == 0
    assert registered(settings, "news_feed").options == {"follow": False}


def test_plain_feed_has_no_options(fursa, settings):
    assert fursa("sources", "add", "https://ngo.example.org/feed/", "--name", "plain_feed").code == 0
    source = registered(settings, "plain_feed")
    assert (source.kind, source.options) == ("feed", {})


@pytest.mark.parametrize("args, message", [
    (["--kind", "listing"], "needs --link-pattern"),
    (["--kind", "sitemap", "--link-pattern", "(unclosed"], "not a regular expression"),
])
def test_mistakes_are_one_line_errors_and_nothing_is_written(fursa, settings, args, message):
    before = settings.registry_path.read_text(encoding="utf-8")
    run = fursa("sources", "add", "https://ngo.example.org/calls/", "--name", "bad_source", *args)
    assert run.code == 65
    assert run.stderr.startswith("error:") and message in run.stderr and len(run.stderr.strip().splitlines()) == 1
    assert settings.registry_path.read_text(encoding="utf-8") == before
