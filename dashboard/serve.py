"""A real `fursa dashboard` process on a free loopback port, for browser tests and screenshots.

Example:
    with served(Path("/tmp/dash-demo.duckdb")) as url:
        page.goto(url)
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
FURSA = Path(sys.executable).with_name("fursa")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_healthy(url: str, timeout: float = 60.0, proc: subprocess.Popen | None = None) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc is not None and proc.poll() is not None:
            raise RuntimeError(f"the dashboard exited with code {proc.returncode} before serving")
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    raise TimeoutError(f"the dashboard did not answer on {url} within {timeout:g} s")


@contextmanager
def served(db: Path, *, env: dict[str, str] | None = None, log: Path | None = None,
           timeout: float = 60.0) -> Iterator[str]:
    """Serve the dashboard on `db`; yields its base URL and stops the process (and its children) after."""
    port = free_port()
    cmd = [str(FURSA)] if FURSA.exists() else [sys.executable, "-m", "fursa.cli"]
    out = log.open("w", encoding="utf-8") if log else subprocess.DEVNULL
    proc = subprocess.Popen(
        [*cmd, "dashboard", "--port", str(port), "--host", "127.0.0.1"],
        cwd=PROJECT_ROOT, env={**os.environ, "FURSA_DB": str(db), **(env or {})},
        stdout=out, stderr=subprocess.STDOUT, start_new_session=True,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        wait_healthy(url, timeout, proc)
        yield url
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGTERM)  # its own session: the streamlit child goes too
            try:
                proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait()
        if log:
            out.close()
