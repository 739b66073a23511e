"""Writing a demo recording folder (data/demo/recorded/<source>/): files, manifest.json, PROVENANCE.md.

Shared by the generators of this folder. `--check` renders everything again in memory and compares it with
what is on disk, so a hand edit of a recording (instead of its generator) is caught.

Example (from a generator):

    from recording import run
    sys.exit(run("grants_gov", build_files, __doc__))
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]
RECORDED = REPO_ROOT / "data" / "demo" / "recorded"


def render(content: object) -> str:
    if isinstance(content, str):
        return content
    return json.dumps(content, ensure_ascii=False, indent=1) + "\n"


def run(source: str, build: Callable[[], dict[str, object]], doc: str | None, argv: list[str] | None = None) -> int:
    """Write (or with --check, compare) every file `build()` returns for data/demo/recorded/<source>/."""
    parser = argparse.ArgumentParser(description=(doc or "").split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="compare the recorded files with a fresh render")
    args = parser.parse_args(argv)
    folder = RECORDED / source
    files = {name: render(content) for name, content in build().items()}
    if args.check:
        stale = [name for name, text in files.items()
                 if not (folder / name).exists() or (folder / name).read_text(encoding="utf-8") != text]
        for name in stale:
            print(f"{folder / name} differs from a fresh render (re-run the script)")
        print("check: OK" if not stale else f"check: {len(stale)} file(s) stale")
        return 1 if stale else 0
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
        print(f"wrote {(folder / name).relative_to(REPO_ROOT)}")
    return 0
