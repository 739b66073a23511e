"""Shared fixtures: a fresh file database, settings pointing at it, and ways to run the `fursa` command.

Nothing here is autouse: a test that reads settings or runs the CLI asks for `clean_env` (directly or
through `settings` / `cli_env`), which removes every FURSA_* variable and any ./fursa.toml from play.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from fursa.settings import PROJECT_DATA, Settings, get_settings, load_settings
from tests.factories import AS_OF

FURSA_SCRIPT = Path(sys.executable).with_name("fursa")


@dataclass
class Run:
    """What one `fursa ...` invocation did."""

    code: int
    stdout: str
    stderr: str


@pytest.fixture
def clean_env(monkeypatch, tmp_path) -> None:
    """No FURSA_* variable from the outer shell, no stray fursa.toml in the working directory."""
    for name in list(os.environ):
        if name.startswith("FURSA_"):
            monkeypatch.delenv(name)
    workdir = tmp_path / "cwd"
    workdir.mkdir()
    monkeypatch.chdir(workdir)
    get_settings.cache_clear()
    yield
    get_settings.cache_clear()


@pytest.fixture
def data_dir(tmp_path) -> Path:
    """A private data dir holding a copy of the repo's source registry (so tests may add sources)."""
    folder = tmp_path / "data"
    folder.mkdir()
    shutil.copy(PROJECT_DATA / "sources.toml", folder / "sources.toml")
    return folder


@pytest.fixture
def db_path(tmp_path) -> Path:
    return tmp_path / "fursa.duckdb"


@pytest.fixture
def settings(clean_env, db_path, data_dir) -> Settings:
    return load_settings(db=db_path, as_of=AS_OF, data_dir=data_dir)


@pytest.fixture
def cli_env(settings, monkeypatch) -> Settings:
    """The same settings, given to the CLI the way a person would: FURSA_* environment variables."""
    monkeypatch.setenv("FURSA_DB", str(settings.db))
    monkeypatch.setenv("FURSA_DATA_DIR", str(settings.data_dir))
    monkeypatch.setenv("FURSA_AS_OF", AS_OF)
    get_settings.cache_clear()
    return settings


@pytest.fixture
def fursa(cli_env, monkeypatch, capsys):
    """Run `fursa ARGS...` in-process through the real entry point (`fursa.cli.main`, which turns
    FursaError into "error: ..." and an exit code); returns a Run with separate stdout and stderr."""
    from fursa.cli import main

    def run(*args: str) -> Run:
        capsys.readouterr()
        monkeypatch.setattr(sys, "argv", ["fursa", *map(str, args)])
        get_settings.cache_clear()
        try:
            main()
            code = 0
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
        out, err = capsys.readouterr()
        return Run(code, out, err)

    return run


@pytest.fixture
def fursa_process(cli_env):
    """Run the installed `fursa` console script in a child process (for what only a real process shows)."""

    def run(*args: str, env: dict[str, str] | None = None, timeout: float = 60) -> Run:
        cmd = [str(FURSA_SCRIPT)] if FURSA_SCRIPT.exists() else [sys.executable, "-m", "fursa.cli"]
        proc = subprocess.run([*cmd, *map(str, args)], capture_output=True, text=True, timeout=timeout,
                              env={**os.environ, **(env or {})})
        return Run(proc.returncode, proc.stdout, proc.stderr)

    return run
