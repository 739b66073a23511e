"""Bundled vocabulary files under data/vocab, read once per process.

Example:
    >>> load_json("themes.json")["education"]["en"][0]
    'education'
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

# Same location fursa.settings.PROJECT_DATA uses; resolved here so the normalizers stay importable without
# the settings stack (pydantic) and never depend on the environment.
VOCAB_DIR = Path(__file__).resolve().parents[2] / "data" / "vocab"


@cache
def load_json(name: str) -> Any:
    """Parsed JSON file from data/vocab; keys starting with "_" are documentation and are dropped."""
    data = json.loads((VOCAB_DIR / name).read_text(encoding="utf-8"))
    if isinstance(data, dict):
        return {k: v for k, v in data.items() if not k.startswith("_")}
    return data
