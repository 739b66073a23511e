"""The `fursa` command: data on stdout (or --output), messages on stderr, "error: ..." and never a traceback.

Happy paths go through typer's CliRunner; error paths through the real entry point `fursa.cli.main`
(the `fursa` fixture), which is what turns a FursaError into one line and an exit code.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

import pytest
import typer
from typer.testing import CliRunner

from fursa.cli import app
from fursa.registry import load_registry
from tests import factories
from tests.conftest import PROJECT_DATA
from tests.helpers import snapshot

runner = CliRunner()


def invoke(*args: str):
    result = runner.invoke(app, [str(a) for a in args])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result


@pytest.fixture
def imported(cli_env, tmp_path):
    """A store holding the EU and Lebanese calls, imported from a good file."""
    good = factories.write_jsonl(tmp_path / "good.jsonl",
                                 [factories.eu_syria_civil_society_call(), factories.lebanon_media_call()])
    result = invoke("import", "calls", good)
    assert result.exit_code == 0, result.stderr
    return good


def assert_clean_error(run, code: int, *fragments: str) -> None:
    assert run.code == code, (run.code, run.stderr)
    assert run.stdout == ""
    assert run.stderr.startswith("error: ")
    assert "Traceback" not in run.stderr
    for fragment in fragments:
        assert fragment in run.stderr, run.stderr


# --- help --------------------------------------------------------------------------------------------

def _command_paths(command, prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    """Every command path under `command` (typer vendors click, so groups are found by their .commands)."""
    paths = [prefix]
    for name, sub in (getattr(command, "commands", None) or {}).items():
        paths += _command_paths(sub, (*prefix, name))
    return paths


BUNDLED_SOURCES = [s.name for s in load_registry(PROJECT_DATA / "sources.toml")]
COMMAND_PATHS = _command_paths(typer.main.get_command(app))


def test_the_command_walk_finds_every_group_and_command():
    assert {("import", "calls"), ("import", "profiles"), ("export", "calls"), ("export", "profiles"),
            ("export", "shortlist"), ("sources",), ("sources", "add"), ("shortlist", "create"),
            ("shortlist", "add"), ("shortlist", "list"), ("crawl",), ("match",), ("dashboard",),
            ("demo",)} <= set(COMMAND_PATHS)


@pytest.mark.parametrize("path", COMMAND_PATHS, ids=lambda p: " ".join(("fursa", *p)))
def test_every_command_help_works_and_shows_an_example(path):
    result = runner.invoke(app, [*path, "--help"])
    assert result.exit_code == 0, result.output
    assert "Example:" in result.stdout
    assert f"fursa {' '.join(path)}".strip() in result.stdout  # its usage line, and so its own help


# --- import: all or nothing --------------------------------------------------------------------------

BAD_LINES = {
    "bad JSON": ('{"id": "broken", "title": "Missing brace"', ":3: invalid JSON"),
    "missing title": (json.dumps(factories.rolling_women_led_call(drop=("title",))), ":3:title:"),
    "unknown country": (json.dumps(factories.rolling_women_led_call(eligible_countries=["XX"])),
                        ":3:eligible_countries.0:"),
    "impossible date": (json.dumps(factories.rolling_women_led_call(deadline="2027-02-30")), ":3:deadline:"),
    "javascript url": (json.dumps(factories.rolling_women_led_call(url="javascript:alert(1)")), ":3:url:"),
}


@pytest.mark.parametrize("case", BAD_LINES, ids=list(BAD_LINES))
def test_import_with_one_bad_line_changes_nothing(imported, fursa, tmp_path, cli_env, case):
    before_export = invoke("export", "calls").stdout
    before_tables = snapshot(cli_env.db)
    bad_line, location = BAD_LINES[case]
    path = factories.write_jsonl(tmp_path / "batch.jsonl", [
        factories.eu_syria_civil_society_call(deadline="2027-03-01"),   # an update that must not land
        factories.expired_jordan_call(),                                 # a new call that must not land
        bad_line,
        factories.rolling_women_led_call(id="fundsforngos:other-rolling-fund"),
    ])

    run = fursa("import", "calls", path)

    assert_clean_error(run, 65, f"{path}{location}", "nothing was imported")
    assert invoke("export", "calls").stdout == before_export
    assert snapshot(cli_env.db) == before_tables


def test_importing_the_same_file_twice_reports_nothing_new(imported, tmp_path):
    before = invoke("export", "calls").stdout
    result = invoke("import", "calls", imported)
    assert result.exit_code == 0
    assert result.stdout == ""
    assert f"imported {imported}: 0 new, 0 updated, 2 unchanged" in result.stderr
    assert invoke("export", "calls").stdout == before


def test_changed_deadline_reports_one_updated(imported, tmp_path):
    path = factories.write_jsonl(tmp_path / "changed.jsonl", [
        factories.eu_syria_civil_society_call(deadline="2027-02-01"), factories.lebanon_media_call()])
    result = invoke("import", "calls", path)
    assert "0 new, 1 updated, 1 unchanged" in result.stderr


def test_import_reports_calls_linked_to_the_same_call_from_another_source(imported, tmp_path):
    # The imported EU call as a partner's list words it: its own id, title and funder, the same reference.
    reworded = factories.eu_syria_civil_society_call(
        id="partner:eu-syria", title="EU: grants for Syrian civil society (EuropeAid/187432/DD/ACT/SY)",
        funder="EU Delegation to Syria", description="Summary of the EU call.", programme=None)
    path = factories.write_jsonl(tmp_path / "partner.jsonl", [reworded])
    result = invoke("import", "calls", path, "--source", "partner_list")
    assert result.exit_code == 0, result.stderr
    assert f"imported {path}: 0 new, 0 updated, 0 unchanged, 1 linked" in result.stderr


def test_import_of_a_missing_file_is_a_clean_error(fursa, tmp_path):
    assert_clean_error(fursa("import", "calls", tmp_path / "nope.jsonl"), 65, "nope.jsonl: file not found")


# --- export ------------------------------------------------------------------------------------------

def test_export_calls_prints_json_lines_equal_to_the_import(cli_env, tmp_path):
    path = factories.write_jsonl(tmp_path / "calls.jsonl", factories.all_calls())
    invoke("import", "calls", path)
    result = invoke("export", "calls")
    assert result.exit_code == 0
    assert factories.read_jsonl(result.stdout) == sorted(factories.all_calls(), key=lambda c: c["id"])
    assert result.stderr.strip() == "exported 4 call(s)"


def test_export_calls_with_output_writes_the_file_and_nothing_on_stdout(cli_env, tmp_path):
    invoke("import", "calls", factories.write_jsonl(tmp_path / "calls.jsonl", factories.all_calls()))
    target = tmp_path / "out" / "open-calls.jsonl"
    target.parent.mkdir()
    result = invoke("export", "calls", "--status", "open", "--output", target)
    assert result.exit_code == 0
    assert result.stdout == ""
    expected = sorted((c for c in factories.all_calls() if c["id"] != factories.expired_jordan_call()["id"]),
                      key=lambda c: c["id"])
    assert factories.read_jsonl(target.read_text(encoding="utf-8")) == expected
    assert sorted(p.name for p in target.parent.iterdir()) == ["open-calls.jsonl"]  # no .part left
    assert "exported 3 call(s)" in result.stderr


def test_failed_export_leaves_no_file_behind(fursa, cli_env, tmp_path):
    cli_env.db.write_bytes(b"")
    target = tmp_path / "calls.jsonl"
    assert_clean_error(fursa("export", "calls", "--output", target), 1, "is not a DuckDB database")
    assert not target.exists()
    assert not target.with_name("calls.jsonl.part").exists()


def test_export_to_a_missing_directory_is_an_error_not_a_traceback(fursa, tmp_path):
    run = fursa("export", "calls", "--output", tmp_path / "no" / "such" / "dir.jsonl")
    assert_clean_error(run, 70, "FileNotFoundError")


def test_profiles_round_trip_through_import_and_export(cli_env, tmp_path):
    path = factories.write_jsonl(tmp_path / "profiles.jsonl", factories.all_profiles())
    result = invoke("import", "profiles", path)
    assert "3 new, 0 updated, 0 unchanged" in result.stderr
    exported = invoke("export", "profiles")
    assert factories.read_jsonl(exported.stdout) == sorted(factories.all_profiles(), key=lambda p: p["id"])


def test_profile_with_an_invalid_org_type_is_refused_with_line_and_field(fursa, cli_env, tmp_path):
    invoke("import", "profiles", factories.write_jsonl(tmp_path / "ok.jsonl", [factories.beirut_media_profile()]))
    before = snapshot(cli_env.db)
    path = factories.write_jsonl(tmp_path / "profiles.jsonl", [
        factories.nes_coalition_profile(), factories.unregistered_idlib_cbo_profile(org_type="charity")])
    assert_clean_error(fursa("import", "profiles", path), 65, f"{path}:2:org_type:", "'charity'")
    assert snapshot(cli_env.db) == before


# --- damaged or busy store ---------------------------------------------------------------------------

@pytest.mark.parametrize("content", [b"", b"this is not a database\n" * 300], ids=["zero-byte", "garbage"])
def test_damaged_database_is_a_one_line_error_and_left_untouched(fursa, cli_env, content):
    cli_env.db.write_bytes(content)
    assert_clean_error(fursa("export", "calls"), 1, f"{cli_env.db} is not a DuckDB database")
    assert cli_env.db.read_bytes() == content


def test_damaged_database_through_the_installed_command(fursa_process, tmp_path):
    db = tmp_path / "broken.duckdb"
    db.write_bytes(b"")
    run = fursa_process("export", "calls", env={"FURSA_DB": str(db)})
    assert run.code == 1
    assert run.stdout == ""
    assert run.stderr.startswith(f"error: {db} is not a DuckDB database")
    assert "Traceback" not in run.stderr
    assert db.read_bytes() == b""


def test_busy_database_is_a_one_line_error_with_exit_75(fursa, cli_env, monkeypatch):
    invoke("shortlist", "list")  # creates the store
    holder = subprocess.Popen([sys.executable, "-c", textwrap.dedent("""
        import sys, time, duckdb
        con = duckdb.connect(sys.argv[1]); print("holding", flush=True); time.sleep(30)
    """), str(cli_env.db)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "holding"
        monkeypatch.setenv("FURSA_LOCK_TIMEOUT", "0.3")
        assert_clean_error(fursa("export", "calls"), 75, f"in use by process {holder.pid}")
    finally:
        holder.kill()
        holder.wait()


def test_bad_setting_is_a_one_line_error_naming_the_variable(fursa, monkeypatch):
    monkeypatch.setenv("FURSA_AS_OF", "next tuesday")
    assert_clean_error(fursa("export", "calls"), 1, "FURSA_AS_OF")


# --- sources -----------------------------------------------------------------------------------------

def test_sources_add_writes_the_registry_in_the_data_dir(cli_env):
    result = invoke("sources", "add", "https://www.undp.org/syria/rss.xml", "--name", "undp_syria_feed")
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    assert "added source undp_syria_feed (feed)" in result.stderr
    registry = (cli_env.data_dir / "sources.toml").read_text()
    assert 'name = "undp_syria_feed"' in registry and "https://www.undp.org/syria/rss.xml" in registry
    report = json.loads(invoke("sources", "--json").stdout)
    assert [r["name"] for r in report] == sorted(BUNDLED_SOURCES + ["undp_syria_feed"])
    assert report[-1]["last_status"] is None and report[-1]["calls"] == 0


@pytest.mark.parametrize(("args", "fragment"), [
    (("javascript:alert(1)", "--name", "evil"), "url: expected an http(s) URL"),
    (("https://example.org/feed/", "--name", "Has Spaces"), "name: use lower-case letters"),
    (("https://example.org/feed/", "--name", "fundsforngos"), "a source named 'fundsforngos' already exists"),
])
def test_sources_add_refuses_bad_input_and_leaves_the_registry(fursa, cli_env, args, fragment):
    before = (cli_env.data_dir / "sources.toml").read_bytes()
    assert_clean_error(fursa("sources", "add", *args), 65, fragment)
    assert (cli_env.data_dir / "sources.toml").read_bytes() == before


def test_sources_lists_every_source_in_plain_text(cli_env):
    result = invoke("sources")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert [line.split()[0] for line in lines] == sorted(BUNDLED_SOURCES)
    assert all("never run" in line for line in lines)


# --- shortlists --------------------------------------------------------------------------------------

def test_shortlist_create_add_list_and_export(imported, tmp_path):
    created = invoke("shortlist", "create", "Coalition Q1 2027")
    shortlist_id = created.stdout.strip()
    assert created.exit_code == 0 and len(created.stdout.splitlines()) == 1 and created.stderr == ""
    eu, media = factories.eu_syria_civil_society_call()["id"], factories.lebanon_media_call()["id"]

    added = invoke("shortlist", "add", shortlist_id, eu, media)
    again = invoke("shortlist", "add", shortlist_id, eu)

    assert added.stdout == "" and added.stderr.splitlines() == [f"added: {eu}", f"added: {media}"]
    assert again.stderr.splitlines() == [f"already there: {eu}"]
    listing = json.loads(invoke("shortlist", "list", "--json").stdout)
    assert [(s["id"], s["name"], s["items"]) for s in listing] == [(shortlist_id, "Coalition Q1 2027", 2)]
    exported = factories.read_jsonl(invoke("export", "shortlist", shortlist_id).stdout)
    assert [row["call_id"] for row in exported] == [media, eu]  # soonest deadline first


def test_shortlist_add_of_an_unknown_call_is_a_clean_error(imported, fursa):
    shortlist_id = invoke("shortlist", "create", "Media partners").stdout.strip()
    assert_clean_error(fursa("shortlist", "add", shortlist_id, "eu:no-such-call"), 1,
                       "no call with id 'eu:no-such-call'")
    assert json.loads(invoke("shortlist", "list", "--json").stdout)[0]["items"] == 0


# --- demo --------------------------------------------------------------------------------------------

def test_demo_prints_the_same_per_source_counts_as_crawl(fursa, monkeypatch):
    import matcher.encoder
    import matcher.service
    from fursa import crawl

    # Distinct counts, so a line that left one out (or printed another in its place) cannot pass.
    summary = {"source": "eu_funding_tenders", "status": "partial", "seen": 21, "new": 2, "updated": 3,
               "unchanged": 4, "linked": 5, "failed": 6, "closed": 7, "not_modified": 8, "duration_s": 1.5,
               "errors": [{"url": "http://127.0.0.1/x", "status": 500, "reason": "HTTP 500 Internal Server Error"}]}
    monkeypatch.setattr(crawl, "crawl", lambda settings, names=None, **kwargs: [summary])
    monkeypatch.setattr(matcher.encoder, "load_encoder", lambda *args: None)
    monkeypatch.setattr(matcher.service, "match_profiles", lambda settings, encoder: {})
    result = fursa("demo", "--no-serve")
    assert result.code == 0, result.stderr
    lines = crawl.summary_lines(summary)
    assert len(lines) == 2 and all(line in result.stderr.splitlines() for line in lines)
    for name, key in (("new", "new"), ("updated", "updated"), ("unchanged", "unchanged"), ("linked", "linked"),
                      ("closed", "closed"), ("failed", "failed")):
        assert f"{name} {summary[key]}" in lines[0]
