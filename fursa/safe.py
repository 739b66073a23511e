"""Scraped text is untrusted: it is shown as text, never as markup, and only http(s) links survive."""

from __future__ import annotations

import re
from urllib.parse import quote, urlsplit

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()<>#+\-.!|~$:=^\"'&@])")
_HTTP = re.compile(r"^https?://[^\s<>\"'\\`]+$", re.IGNORECASE)
# Kept as they are in a link; everything else (brackets, parentheses, quotes, backticks...) is
# percent-encoded, so a link can never close a Markdown link early or open an HTML attribute.
_URL_SAFE = ":/?#@!$&*+,;=%~-._"


def safe_url(url: str | None) -> str | None:
    """The URL when it is a plain http(s) link with a host, percent-encoding the characters that mean
    something to Markdown or HTML; None otherwise (javascript:, data:, relative, spaces...)."""
    if not url:
        return None
    url = url.strip()
    if not _HTTP.match(url) or any(ord(ch) < 32 or ord(ch) == 127 for ch in url):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    return quote(url, safe=_URL_SAFE)


def md_escape(text: str | None) -> str:
    """Text that Markdown renders literally: no links, no emphasis, no HTML, no LaTeX, no directives."""
    if not text:
        return ""
    return _MD_SPECIAL.sub(r"\\\1", str(text))
