"""A refresh from the dashboard: `fursa crawl` then `fursa match --all` in a detached child process.

The dashboard never crawls in its own process (no thread holds the DuckDB file): it starts
`python -m dashboard.refresh STATE_FILE`, which runs the two commands one after the other, appends their
output to a log under the database's folder (logs/refresh-<db>.log) and records its progress in a small
JSON state file beside it. The Crawls page reads only those two files, so every page keeps working while
the store is locked for the short merges (see docs/architecture.md).

Demo data is refreshed from the bundled recordings: the refresh replays FURSA_REPLAY when it is set,
and otherwise data/demo/recorded when the store holds exactly the demo's organizations (docs/dashboard.md).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

from fursa.settings import PROJECT_DATA, Settings

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEMO_RECORDINGS = PROJECT_DATA / "demo" / "recorded"
DEMO_PROFILES = PROJECT_DATA / "demo" / "profiles.jsonl"
STEPS = ("crawl", "match")
# `fursa crawl` exits 1 when some sources failed; what the others fetched is stored, so ranking still runs.
CRAWL_PARTIAL_EXIT = 1
STARTUP_GRACE = dt.timedelta(seconds=30)
# The runners this process started, by state file: polled so that they are reaped when they exit.
_children: dict[Path, subprocess.Popen] = {}


@dataclass
class RefreshState:
    started_at: str
    replay: str | None
    log: str
    pid: int | None = None                       # the runner's, once it has started
    step: str = "starting"                       # starting | crawl | match | done
    finished_at: str | None = None
    exit_codes: dict[str, int] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return self.finished_at is not None and self.exit_codes.get("match") == 0

    def progress(self) -> float:
        done = len(self.exit_codes)
        return 1.0 if self.finished_at else (done + 0.5) / len(STEPS)


def paths(settings: Settings) -> tuple[Path, Path]:
    """The state file and the log of this database's refreshes."""
    folder = settings.db.resolve().parent / "logs"
    stem = settings.db.stem
    return folder / f"refresh-{stem}.json", folder / f"refresh-{stem}.log"


def demo_profile_ids() -> set[str]:
    lines = DEMO_PROFILES.read_text(encoding="utf-8").splitlines()
    return {json.loads(line)["id"] for line in lines if line.strip()}


def replay_dir(settings: Settings, profile_ids: set[str]) -> Path | None:
    """Where the refresh replays recorded responses from, or None for the live sites."""
    if settings.replay is not None:
        return settings.replay
    if profile_ids and profile_ids == demo_profile_ids() and DEMO_RECORDINGS.is_dir():
        return DEMO_RECORDINGS
    return None


def commands(replay: Path | None) -> list[tuple[str, list[str]]]:
    """The steps of a refresh; tests replace this function with quick stand-ins."""
    fursa = [sys.executable, "-m", "fursa.cli"]
    crawl = [*fursa, "crawl", *(["--replay", str(replay)] if replay else [])]
    return [("crawl", crawl), ("match", [*fursa, "match", "--all"])]


def child_env(settings: Settings) -> dict[str, str]:
    """The child sees the same store, data and date as this dashboard, whatever its working directory."""
    env = {**os.environ, "FURSA_DB": str(settings.db.resolve()), "FURSA_DATA_DIR": str(settings.data_dir.resolve())}
    if settings.as_of:
        env["FURSA_AS_OF"] = settings.as_of.isoformat()
    return env


def _now() -> str:
    return dt.datetime.now().isoformat(timespec="seconds")


def _write(state_file: Path, state: RefreshState) -> None:
    tmp = state_file.with_suffix(".tmp")
    tmp.write_text(json.dumps(asdict(state)), encoding="utf-8")
    tmp.replace(state_file)  # readers never see half a file


def read_state(settings: Settings) -> RefreshState | None:
    state_file, _ = paths(settings)
    try:
        state = RefreshState(**json.loads(state_file.read_text(encoding="utf-8")))
    except (OSError, ValueError, TypeError):
        return None
    if state.finished_at is None and not _alive(state_file, state):
        state.finished_at = _now()
        state.exit_codes.setdefault(state.step, -1)  # killed: the runner never wrote its end
    return state


def _alive(state_file: Path, state: RefreshState) -> bool:
    child = _children.get(state_file)
    if child is not None and state.pid in (None, child.pid):
        return child.poll() is None  # ours: poll() knows, and reaps it once it has exited (no zombie)
    if state.pid is None:  # started by another dashboard process, whose runner has not written yet
        return dt.datetime.now() - dt.datetime.fromisoformat(state.started_at) < STARTUP_GRACE
    try:
        os.kill(state.pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def running(settings: Settings) -> RefreshState | None:
    state = read_state(settings)
    return state if state is not None and state.finished_at is None else None


def start(settings: Settings, replay: Path | None) -> RefreshState:
    """Start a refresh unless one is running; returns its state at once (the work goes on detached).

    Only this function writes the state file before the runner starts, and only the runner after.
    """
    if current := running(settings):
        return current
    state_file, log = paths(settings)
    state_file.parent.mkdir(parents=True, exist_ok=True)
    state = RefreshState(started_at=_now(), replay=str(replay) if replay else None, log=str(log))
    _write(state_file, state)
    with log.open("w", encoding="utf-8") as out:
        out.write(f"# refresh started {state.started_at} ({'replay ' + str(replay) if replay else 'live sources'})\n")
        out.flush()
        _children[state_file] = subprocess.Popen(
            [sys.executable, "-m", "dashboard.refresh", str(state_file), json.dumps(commands(replay))],
            cwd=PROJECT_ROOT, env=child_env(settings), stdin=subprocess.DEVNULL, stdout=out,
            stderr=subprocess.STDOUT, start_new_session=True,
        )
    return state


def tail(path: str | Path, lines: int = 40) -> str:
    try:
        with open(path, "rb") as f:
            f.seek(0, os.SEEK_END)
            f.seek(max(0, f.tell() - 64_000))
            text = f.read().decode("utf-8", errors="replace")
    except OSError:
        return ""
    return "\n".join(text.splitlines()[-lines:])


def run(state_file: Path, steps: list[tuple[str, list[str]]]) -> int:
    """The detached runner: each step's output goes to our stdout (the log), its exit code to the state."""
    state = RefreshState(**json.loads(state_file.read_text(encoding="utf-8")))
    state.pid = os.getpid()
    for name, cmd in steps:
        state.step = name
        _write(state_file, state)
        shown = ["fursa", *cmd[3:]] if cmd[1:3] == ["-m", "fursa.cli"] else cmd
        print(f"# {_now()} {name}: {' '.join(shown)}", flush=True)
        started = time.monotonic()
        code = subprocess.call(cmd, cwd=PROJECT_ROOT, stdin=subprocess.DEVNULL)
        print(f"# {name} finished with exit code {code} in {time.monotonic() - started:.0f} s", flush=True)
        state.exit_codes[name] = code
        if code != 0 and not (name == "crawl" and code == CRAWL_PARTIAL_EXIT):
            break
    state.step, state.finished_at = "done", _now()
    _write(state_file, state)
    return 0 if state.ok else 1


if __name__ == "__main__":
    sys.exit(run(Path(sys.argv[1]), [tuple(step) for step in json.loads(sys.argv[2])]))
