"""Scraped text is untrusted: it is shown as text, never as markup, and only http(s) links survive."""

from __future__ import annotations

import re

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()<>#+\-.!|~$:])")
_HTTP = re.compile(r"^https?://[^\s<>\"']+$", re.IGNORECASE)


def safe_url(url: str | None) -> str | None:
    """The URL when it is a plain http(s) link, else None (javascript:, data:, relative, spaces...)."""
    if not url:
        return None
    url = url.strip()
    return url if _HTTP.match(url) else None


def md_escape(text: str | None) -> str:
    """Text that Markdown renders literally: no links, no emphasis, no HTML, no LaTeX."""
    if not text:
        return ""
    return _MD_SPECIAL.sub(r"\\\1", text)
