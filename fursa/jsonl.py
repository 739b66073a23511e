"""Reading JSON Lines files all-or-nothing: every line is validated before anything is stored."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TypeVar

from pydantic import BaseModel, ValidationError

from fursa.errors import InputError

M = TypeVar("M", bound=BaseModel)
MAX_REPORTED = 20


def read_lines(path: Path) -> list[str]:
    """A user's text file as lines (a BOM is dropped); a missing, unreadable or non-UTF-8 file is an
    InputError naming it."""
    try:
        return path.read_text(encoding="utf-8-sig").splitlines()
    except FileNotFoundError as exc:
        raise InputError("file not found", str(path)) from exc
    except UnicodeDecodeError as exc:
        raise InputError(f"not UTF-8 text (byte {exc.start})", str(path)) from exc
    except OSError as exc:
        raise InputError(f"cannot read file: {exc.strerror}", str(path)) from exc


def read_jsonl(path: Path, model: type[M]) -> list[M]:
    """Parse and validate every line of `path`; raise InputError naming file:line:field on the first bad one.

    All errors found (up to 20) are listed in the message, so a person can fix a file in one pass.
    Blank lines are skipped. Duplicate ids are an error: an import must say what it means.
    """
    problems: list[str] = []
    records: list[M] = []
    seen: dict[str, int] = {}
    lines = read_lines(path)
    for number, line in enumerate(lines, start=1):
        if len(problems) >= MAX_REPORTED:
            break
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            data = json.loads(line)
        except json.JSONDecodeError as exc:
            problems.append(f"{where}: invalid JSON ({exc.msg} at column {exc.colno})")
            continue
        if not isinstance(data, dict):
            problems.append(f"{where}: expected a JSON object, got {type(data).__name__}")
            continue
        try:
            record = model.model_validate(data)
        except ValidationError as exc:
            for err in exc.errors():
                field = ".".join(str(p) for p in err["loc"]) or "(line)"
                problems.append(f"{where}:{field}: {_message(err)}")
            continue
        record_id = getattr(record, "id", None)
        if record_id in seen:
            problems.append(f"{where}:id: duplicate id {record_id!r} (first on line {seen[record_id]})")
            continue
        seen[record_id] = number
        records.append(record)
    if problems:
        more = f" (stopped after {MAX_REPORTED})" if len(problems) >= MAX_REPORTED else ""
        problems = problems[:MAX_REPORTED]
        first = problems[0]
        detail = "\n  ".join(problems)
        raise InputError(f"{len(problems)} problem(s){more}; nothing was imported:\n  {detail}",
                         first.split(": ", 1)[0])
    return records


def _message(err: dict) -> str:
    msg = err["msg"]
    if msg.startswith("Value error, "):
        msg = msg[len("Value error, "):]
    if err["type"] == "missing":
        return "required field is missing"
    if err["type"] == "literal_error":
        return f"{msg} (got {err.get('input')!r})"
    return msg


def write_jsonl(records, out) -> int:
    """Write dicts as JSON Lines to a text stream; returns the count. Non-ASCII kept readable."""
    count = 0
    for record in records:
        out.write(json.dumps(record, ensure_ascii=False, default=str) + "\n")
        count += 1
    return count
