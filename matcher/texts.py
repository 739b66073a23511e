"""What gets embedded: the text of a call (in chunks) and of a profile, and their content hashes."""

from __future__ import annotations

import hashlib

CHUNK_WORDS = 160
CHUNK_OVERLAP = 40
MAX_CHUNKS = 8  # long calls: the opening pages say what the call is about; annexes add noise


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def call_chunks(call: dict) -> list[str]:
    """Title-led chunks of a call's text. An empty description still gives one chunk: the title."""
    head = call["title"].strip()
    themes = ", ".join(call.get("themes") or [])
    words = (call.get("description") or "").split()
    if not words:
        return [f"{head}. {themes}".strip(" .") if themes else head]
    chunks = []
    step = CHUNK_WORDS - CHUNK_OVERLAP
    for start in range(0, len(words), step):
        body = " ".join(words[start:start + CHUNK_WORDS])
        chunks.append(f"{head}. {body}")
        if len(chunks) == MAX_CHUNKS or start + CHUNK_WORDS >= len(words):
            break
    return chunks


def profile_text(profile: dict) -> str:
    themes = ", ".join(profile.get("themes") or [])
    return f"{profile['mission'].strip()} {themes}".strip()
