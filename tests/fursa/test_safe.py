"""Scraped links and text stay inert: only http(s) links, Markdown shown literally."""

from __future__ import annotations

import re

import pytest

from dashboard.fmt import FSI, PDI, auto
from fursa.safe import md_escape, safe_url


@pytest.mark.parametrize("url", [
    "javascript:alert(1)", "JAVASCRIPT:alert(1)", " javascript:alert(1)", "data:text/html,<script>", "vbscript:x",
    "//evil.example/x", "/relative/path", "https://", "https://exa mple.org", "https://example.org/\nx",
    "https://example.org/\"onmouseover=\"x", "", None, "ftp://example.org/file",
])
def test_unsafe_or_non_http_links_are_dropped(url):
    assert safe_url(url) is None


def test_http_links_survive_with_markdown_and_html_characters_encoded():
    assert safe_url("https://example.org/calls?id=7&lang=ar#top") == "https://example.org/calls?id=7&lang=ar#top"
    sneaky = safe_url("https://example.org/)[x](javascript:alert(1)")
    assert sneaky.startswith("https://example.org/") and "(" not in sneaky and "[" not in sneaky
    assert safe_url("https://minah.example.org/منح") == "https://minah.example.org/%D9%85%D9%86%D8%AD"


def test_markdown_specials_are_escaped_so_links_images_and_html_stay_text():
    escaped = md_escape("<img src=x onerror=alert(1)> [click](javascript:alert(1)) **bold** :red[x] $x$")
    assert re.search(r"(?<!\\)[<>\[\]()*:$=]", escaped) is None  # every special character backslashed
    assert escaped.replace("\\", "") == "<img src=x onerror=alert(1)> [click](javascript:alert(1)) **bold** :red[x] $x$"
    assert md_escape(None) == ""


def test_table_cells_are_isolated_so_each_takes_its_own_direction():
    assert auto("دعم الإعلام 2027") == f"{FSI}دعم الإعلام 2027{PDI}"
    assert auto(None) == ""
