"""The dashboard's refresh: a detached runner, its state and log files, and where it crawls from."""

from __future__ import annotations

import json
import os
import signal
import sys
import time

import pytest

from dashboard import refresh
from fursa.settings import load_settings


def wait_finished(settings, timeout: float = 30.0) -> refresh.RefreshState:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        state = refresh.read_state(settings)
        if state is not None and state.finished_at:
            return state
        time.sleep(0.1)
    raise AssertionError("the refresh did not finish")


def steps(*scripts: str) -> list[tuple[str, list[str]]]:
    return [(name, [sys.executable, "-c", code]) for name, code in zip(("crawl", "match"), scripts, strict=False)]


def test_replay_is_the_setting_when_given(settings, tmp_path):
    assert refresh.replay_dir(load_settings(db=settings.db, replay=tmp_path), set()) == tmp_path


def test_a_store_with_exactly_the_demo_organizations_replays_the_demo_recordings(settings):
    demo = refresh.demo_profile_ids()
    assert len(demo) == 8
    assert refresh.replay_dir(settings, demo) == refresh.DEMO_RECORDINGS
    assert refresh.replay_dir(settings, demo | {"our-own-ngo"}) is None
    assert refresh.replay_dir(settings, set()) is None


def test_the_steps_are_fursa_crawl_then_fursa_match(settings):
    (crawl_name, crawl), (match_name, match) = refresh.commands(refresh.DEMO_RECORDINGS)
    assert (crawl_name, match_name) == ("crawl", "match")
    assert crawl[-3:] == ["crawl", "--replay", str(refresh.DEMO_RECORDINGS)]
    assert match[-2:] == ["match", "--all"]
    assert refresh.commands(None)[0][1][-1] == "crawl"


def test_the_child_sees_the_same_store_and_date(settings):
    env = refresh.child_env(settings)
    assert env["FURSA_DB"] == str(settings.db.resolve())
    assert env["FURSA_AS_OF"] == settings.as_of.isoformat()


def test_a_refresh_runs_detached_and_records_each_step_and_its_log(settings, monkeypatch):
    monkeypatch.setattr(refresh, "commands", lambda replay: steps("print('crawled 3 sources')",
                                                                   "print('ranked 8 profiles')"))
    started = refresh.start(settings, None)
    assert started.finished_at is None
    state = wait_finished(settings)
    assert state.ok and state.exit_codes == {"crawl": 0, "match": 0}
    log = refresh.tail(state.log)
    assert "crawled 3 sources" in log and "ranked 8 profiles" in log
    state_file, log_file = refresh.paths(settings)
    assert state_file.parent == log_file.parent == settings.db.parent / "logs"
    assert refresh.running(settings) is None


def test_ranking_still_runs_when_some_sources_failed_but_not_after_a_crash(settings, monkeypatch):
    monkeypatch.setattr(refresh, "commands", lambda replay: steps("raise SystemExit(1)", "print('ranked')"))
    refresh.start(settings, None)
    partial = wait_finished(settings)
    assert partial.exit_codes == {"crawl": 1, "match": 0} and partial.ok
    monkeypatch.setattr(refresh, "commands", lambda replay: steps("raise SystemExit(2)", "print('ranked')"))
    refresh.start(settings, None)
    failed = wait_finished(settings)
    assert failed.exit_codes == {"crawl": 2} and not failed.ok


def test_a_second_start_while_running_does_not_start_another(settings, monkeypatch):
    monkeypatch.setattr(refresh, "commands", lambda replay: steps("import time; time.sleep(1.5)", "pass"))
    first = refresh.start(settings, None)
    second = refresh.start(settings, None)
    assert second.started_at == first.started_at
    assert wait_finished(settings).ok


@pytest.mark.skipif(not hasattr(os, "killpg"), reason="needs POSIX process groups")
def test_a_killed_refresh_reads_as_failed_not_as_running_forever(settings, monkeypatch):
    monkeypatch.setattr(refresh, "commands", lambda replay: steps("import time; time.sleep(30)", "pass"))
    refresh.start(settings, None)
    state_file, _ = refresh.paths(settings)
    deadline = time.monotonic() + 15
    while json.loads(state_file.read_text())["pid"] is None and time.monotonic() < deadline:
        time.sleep(0.1)
    os.killpg(json.loads(state_file.read_text())["pid"], signal.SIGKILL)
    state = wait_finished(settings)
    assert not state.ok and state.exit_codes.get("crawl") == -1
