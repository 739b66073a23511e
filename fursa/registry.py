"""The source registry: data/sources.toml lists every source Fursa crawls.

A source is crawled by the spider of the same name, or, for `kind = "feed"`, `"sitemap"` or `"listing"`, by
the generic feed spider, so an analyst adds a feed, a sitemap or a listing page with `fursa sources add`
and no code.

    [[source]]
    name = "eu_funding_tenders"
    kind = "sedia"
    url = "https://api.tech.ec.europa.eu/search-api/prod/rest/search"
    schedule = "daily"
    enabled = true

A source's `options` reach its spider as spider arguments (`scrapy crawl NAME -a KEY=VALUE`), which are
strings: a string stays as written, true/false become "true"/"false", a number its digits, a list its
items joined with commas (so no item may hold a comma), a table its JSON.

    options = { keywords = ["Syria", "Lebanon"] }     # grants_gov: -a keywords=Syria,Lebanon
"""

from __future__ import annotations

import json
import re
import tomllib
from pathlib import Path
from typing import Any, Literal

import duckdb
import tomli_w
from pydantic import BaseModel, Field, ValidationError, field_validator

from fursa.errors import InputError, NotFound

# Kinds crawled by the generic feed spider with no code: an RSS/Atom feed, a sitemap, or a listing page
# whose call links match `options.link_pattern`. The spider reads what the URL actually serves.
GENERIC_SPIDERS = {"feed": "feed", "sitemap": "feed", "listing": "feed"}
_NAME = re.compile(r"^[a-z][a-z0-9_]{1,48}$")
_OPTION = re.compile(r"^[a-z][a-z0-9_]*$")
# Spider arguments the crawl sets itself (the URL, or the replay server's; the source's name), or that
# would rename the spider: no option may take their place.
RESERVED_OPTIONS = {"url", "source_name", "name"}


def _argument(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    if isinstance(value, list):
        items = [_argument(item) for item in value]
        if any("," in item for item in items):
            raise ValueError("a list option's items are joined with commas, so none may hold a comma")
        return ",".join(items)
    return str(value)


class Source(BaseModel):
    name: str
    kind: str
    url: str
    schedule: Literal["hourly", "daily", "weekly", "manual"] = "daily"
    enabled: bool = True
    options: dict[str, Any] = Field(default_factory=dict)

    @field_validator("name")
    @classmethod
    def _slug(cls, value: str) -> str:
        if not _NAME.match(value):
            raise ValueError("use lower-case letters, digits and _ (e.g. 'undp_syria_feed')")
        return value

    @field_validator("url")
    @classmethod
    def _http(cls, value: str) -> str:
        if not re.match(r"^https?://", value):
            raise ValueError("expected an http(s) URL")
        return value

    @field_validator("options")
    @classmethod
    def _spider_arguments(cls, value: dict[str, Any]) -> dict[str, Any]:
        for key, option in value.items():
            if not _OPTION.match(key):
                raise ValueError(f"option {key!r}: use lower-case letters, digits and _ (a spider argument name)")
            if key in RESERVED_OPTIONS:
                raise ValueError(f"option {key!r} is set by the crawl itself; use another name")
            try:
                _argument(option)
            except ValueError as exc:
                raise ValueError(f"option {key!r}: {exc}") from None
        return value

    @property
    def spider(self) -> str:
        return GENERIC_SPIDERS.get(self.kind, self.name)

    @property
    def spider_args(self) -> dict[str, str]:
        """The options as the spider receives them: Scrapy spider arguments are strings."""
        return {key: _argument(value) for key, value in self.options.items()}


def load_registry(path: Path) -> list[Source]:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise InputError(f"source registry {path} does not exist") from exc
    except tomllib.TOMLDecodeError as exc:
        raise InputError(f"{path}: not valid TOML: {exc}") from exc
    sources = []
    for index, entry in enumerate(data.get("source", []), start=1):
        try:
            sources.append(Source.model_validate(entry))
        except ValidationError as exc:
            err = exc.errors()[0]
            raise InputError(err["msg"], f"{path}:source #{index}:{'.'.join(map(str, err['loc']))}") from exc
    names = [s.name for s in sources]
    if dupes := sorted({n for n in names if names.count(n) > 1}):
        raise InputError(f"{path}: source names must be unique, repeated: {', '.join(dupes)}")
    return sources


def find_source(sources: list[Source], name: str) -> Source:
    for source in sources:
        if source.name == name:
            return source
    raise NotFound(f"no source named {name!r}; `fursa sources` lists them")


def add_source(path: Path, source: Source) -> None:
    """Append a source to the registry file; refuses a name already taken.

    The file's existing text (comments, layout, keys Fursa does not know) is kept as written: the new
    source is added as one more [[source]] block at the end.
    """
    sources = load_registry(path) if path.exists() else []
    if any(s.name == source.name for s in sources):
        raise InputError(f"a source named {source.name!r} already exists in {path}")
    existing = path.read_text(encoding="utf-8").rstrip() + "\n\n" if path.exists() else ""
    entry = source.model_dump(exclude_defaults=False)
    options = entry.pop("options")
    block = "[[source]]\n" + tomli_w.dumps(entry)
    if options:
        block += "\n" + tomli_w.dumps({"source": {"options": options}})
    text = existing + block
    try:
        appended = [Source.model_validate(e) for e in tomllib.loads(text).get("source", [])]
    except (tomllib.TOMLDecodeError, ValidationError):
        appended = None
    if appended != [*sources, source]:  # e.g. an inline `source = [...]` array cannot take a [[source]]
        text = tomli_w.dumps({"source": [s.model_dump(exclude_defaults=False) for s in [*sources, source]]})
    tmp = path.with_suffix(".toml.tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(path)  # atomic: a crash never leaves half a registry


def sync_sources(con: duckdb.DuckDBPyConnection, sources: list[Source]) -> None:
    """Mirror the registry into the store so runs and health can be joined to it."""
    for s in sources:
        con.execute(
            """
            INSERT INTO sources VALUES (?, ?, ?, ?, ?, ?, current_timestamp)
            ON CONFLICT (name) DO UPDATE SET kind = excluded.kind, url = excluded.url,
                schedule = excluded.schedule, enabled = excluded.enabled, options = excluded.options,
                updated_at = excluded.updated_at
            """,
            [s.name, s.kind, s.url, s.schedule, s.enabled, json.dumps(s.options)],
        )
