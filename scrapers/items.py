"""The one item every spider yields: a call in the shape of the calls contract, plus provenance."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class CallItem:
    """`fields` holds the call's contract fields (docs/formats.md) as far as the spider could read them;
    extras such as deadline_raw or amount_raw go in the same dict and are kept as unknown fields.
    `text` is free text (conditions, summaries) the normalize pipeline may mine for missing facts."""

    source: str
    source_id: str
    fields: dict[str, Any]
    text: str = ""
    raw: dict[str, Any] | None = None
    errors: list[str] = field(default_factory=list)
