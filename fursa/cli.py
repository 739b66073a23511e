"""The `fursa` command: a thin layer over fursa.api, matcher and the crawl.

Data goes to stdout (or --output FILE); messages and progress go to stderr; --json prints one JSON
document. Every error is a one-line message and a non-zero exit, never a traceback.
"""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
from contextlib import contextmanager
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from fursa import api
from fursa.errors import FursaError
from fursa.settings import get_settings, load_settings

app = typer.Typer(
    name="fursa", no_args_is_help=True, add_completion=False, pretty_exceptions_enable=False,
    help="Fursa (فرصة): find, rank and shortlist calls for proposals for civil-society organizations.\n\n"
         "Example:  fursa demo",
)
import_app = typer.Typer(no_args_is_help=True, help="Import calls or profiles from JSON Lines (all or nothing)."
                                                   "\n\nExample:  fursa import calls my-calls.jsonl")
export_app = typer.Typer(no_args_is_help=True, help="Export calls, profiles or a shortlist as JSON Lines."
                                                   "\n\nExample:  fursa export calls --output calls.jsonl")
sources_app = typer.Typer(invoke_without_command=True,
                          help="Show each source's health, or add a feed.\n\nExample:  fursa sources")
shortlist_app = typer.Typer(no_args_is_help=True, help="Create shortlists and add calls to them."
                                                      "\n\nExample:  fursa shortlist create \"Coalition Q1 2027\"")
app.add_typer(import_app, name="import")
app.add_typer(export_app, name="export")
app.add_typer(sources_app, name="sources")
app.add_typer(shortlist_app, name="shortlist")

JsonFlag = Annotated[bool, typer.Option("--json", help="Print one JSON document to stdout.")]
OutputOpt = Annotated[Path | None, typer.Option("--output", "-o", help="Write to FILE instead of stdout.")]
DEMO_RECORDINGS = Path(__file__).resolve().parent.parent / "data" / "demo" / "recorded"
DEMO_PROFILES = Path(__file__).resolve().parent.parent / "data" / "demo" / "profiles.jsonl"
# The demo's recordings were captured on this date; ranking "as of" it keeps their deadlines meaningful.
DEMO_AS_OF = "2026-11-21"


def say(message: str) -> None:
    typer.echo(message, err=True)


@contextmanager
def output(path: Path | None):
    if path is None:
        yield sys.stdout
        return
    tmp = path.with_name(path.name + ".part")
    try:
        with tmp.open("w", encoding="utf-8") as out:
            yield out
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    tmp.replace(path)  # a failed export never leaves half a file under the real name


def print_json(data) -> None:
    typer.echo(json.dumps(data, ensure_ascii=False, indent=2, default=str))


# --- crawl -------------------------------------------------------------------------------------------

@app.command()
def crawl(
    names: Annotated[list[str] | None, typer.Argument(help="Sources to crawl (default: every enabled one).")] = None,
    replay: Annotated[Path | None, typer.Option(help="Serve recorded responses from DIR/<source>/ instead of "
                                                     "the live sites (offline demo and tests).")] = None,
    as_json: JsonFlag = False,
):
    """Crawl sources into the store and print per-source counts.

    Example:  fursa crawl eu_funding_tenders --replay data/demo/recorded
    """
    from fursa.crawl import crawl as run_crawl

    settings = get_settings()
    say(f"crawling {', '.join(names) if names else 'all enabled sources'} into {settings.db} ...")
    summaries = run_crawl(settings, names or None, replay=replay)
    for s in summaries:
        if "error" in s and "seen" not in s:
            say(f"  {s['source']:<24} {s['status']:<8} {s['error']}")
        else:
            say(f"  {s['source']:<24} {s['status']:<8} seen {s.get('seen', 0):>5}  new {s.get('new', 0):>5}  "
                f"updated {s.get('updated', 0):>4}  unchanged {s.get('unchanged', 0):>5}  "
                f"failed {s.get('failed', 0):>3}  closed {s.get('closed', 0):>3}")
    if as_json:
        print_json(summaries)
    if any(s["status"] in ("failed", "broken") for s in summaries):
        say("some sources failed: `fursa sources` shows why")
        raise typer.Exit(1)


# --- import / export ---------------------------------------------------------------------------------

@import_app.command("calls")
def import_calls(
    file: Annotated[Path, typer.Argument(help="JSON Lines file of calls (docs/formats.md).")],
    source: Annotated[str, typer.Option(help="Source name recorded for these calls.")] = "import",
):
    """Import calls; one bad line rejects the whole file and names file:line:field.

    Example:  fursa import calls my-calls.jsonl
    """
    counts = api.import_calls(get_settings(), file, source)
    say(f"imported {file}: {counts['new']} new, {counts['updated']} updated, {counts['unchanged']} unchanged")


@import_app.command("profiles")
def import_profiles(file: Annotated[Path, typer.Argument(help="JSON Lines file of profiles (docs/formats.md).")]):
    """Import organization profiles; one bad line rejects the whole file.

    Example:  fursa import profiles data/demo/profiles.jsonl
    """
    counts = api.import_profiles(get_settings(), file)
    say(f"imported {file}: {counts['new']} new, {counts['updated']} updated, {counts['unchanged']} unchanged")


class CallStatus(str, Enum):
    open = "open"
    closed = "closed"
    unavailable = "unavailable"


@export_app.command("calls")
def export_calls(
    out: OutputOpt = None,
    status: Annotated[CallStatus | None, typer.Option(help="Only calls with this status.")] = None,
    source: Annotated[str | None, typer.Option(help="Only calls from this source.")] = None,
):
    """Export calls as JSON Lines (one call per line).

    Example:  fursa export calls --status open --output open-calls.jsonl
    """
    with output(out) as stream:
        count = api.export_calls(get_settings(), stream, status.value if status else None, source)
    say(f"exported {count} call(s)")


@export_app.command("profiles")
def export_profiles(out: OutputOpt = None):
    """Export organization profiles as JSON Lines.

    Example:  fursa export profiles > profiles.jsonl
    """
    with output(out) as stream:
        count = api.export_profiles(get_settings(), stream)
    say(f"exported {count} profile(s)")


@export_app.command("shortlist")
def export_shortlist(shortlist_id: Annotated[str, typer.Argument(help="Shortlist id.")], out: OutputOpt = None):
    """Export a shortlist's items (with their calls' facts) as JSON Lines.

    Example:  fursa export shortlist Xy3kq9Lm --output shortlist.jsonl
    """
    with output(out) as stream:
        count = api.export_shortlist(get_settings(), shortlist_id, stream)
    say(f"exported {count} item(s)")


# --- match -------------------------------------------------------------------------------------------

@app.command()
def match(
    profile: Annotated[str | None, typer.Option("--profile", help="Profile id to rank calls for.")] = None,
    all_profiles: Annotated[bool, typer.Option("--all", help="Refresh stored matches for every profile.")] = False,
    as_of: Annotated[str | None, typer.Option(help="Rank as of this date (YYYY-MM-DD) instead of today.")] = None,
    top: Annotated[int, typer.Option(min=1, help="How many calls to show.")] = 10,
    as_json: JsonFlag = False,
):
    """Rank calls for an organization, with fit score, eligibility verdict, reasons and explanation.

    Example:  fursa match --profile cso-nes-coalition --top 5
    """
    from matcher.encoder import load_encoder
    from matcher.service import match_profiles

    if bool(profile) == all_profiles:
        raise FursaError("give either --profile ID or --all")
    settings = load_settings(**({"as_of": as_of} if as_of else {}))
    encoder = load_encoder(settings.model, settings.model_offline)
    results = match_profiles(settings, encoder, None if all_profiles else [profile], top=top)
    if all_profiles:
        say(f"stored matches for {len(results)} profile(s) as of {settings.today()}")
        if as_json:
            print_json({pid: [m.as_dict() for m in ms] for pid, ms in results.items()})
        return
    matches = results[profile]
    if as_json:
        print_json({"profile_id": profile, "as_of": settings.today().isoformat(),
                    "matches": [m.as_dict() for m in matches]})
        return
    for m in matches:
        c = m.call
        amount = _amount(c)
        typer.echo(f"{m.rank:>2}. [{m.score:5.1f}] {m.verdict:<12} {c['title'][:90]}")
        typer.echo(f"    {c['funder'][:60]} | deadline {c['deadline'] or 'rolling'}{amount} | {c['url']}")
        problems = [r["text"] for r in m.reasons if not r["ok"]]
        if problems:
            typer.echo(f"    ! {'; '.join(problems)[:160]}")
        if m.explanation["shared_themes"]:
            typer.echo(f"    themes: {', '.join(m.explanation['shared_themes'])}")


def _amount(call: dict) -> str:
    low, high, cur = call.get("amount_min"), call.get("amount_max"), call.get("currency") or ""
    if high and low and low != high:
        return f" | {cur} {low:,.0f}–{high:,.0f}"
    if high or low:
        return f" | {cur} {(high or low):,.0f}"
    return ""


# --- sources -----------------------------------------------------------------------------------------

@sources_app.callback()
def sources(ctx: typer.Context, as_json: JsonFlag = False):
    """Each source's health: last run, last success, counts and errors.

    Example:  fursa sources --json
    """
    if ctx.invoked_subcommand:
        return
    rows = api.sources_report(get_settings())
    if as_json:
        print_json(rows)
        return
    for r in rows:
        state = r["last_status"] or "never run"
        last_ok = r["last_success"].strftime("%Y-%m-%d %H:%M") if r["last_success"] else "never"
        typer.echo(f"{r['name']:<24} {state:<10} last success {last_ok:<16} calls {r['calls']:>5} "
                   f"(open {r['open_calls']:>5})  {'enabled' if r['enabled'] else 'disabled'}")
        for err in (r["errors"] or [])[:3]:
            typer.echo(f"    ! {err.get('reason')} {err.get('url') or ''}".rstrip())


@sources_app.command("add")
def sources_add(
    url: Annotated[str, typer.Argument(help="Feed URL (RSS or Atom).")],
    name: Annotated[str, typer.Option(help="Short name: lower-case letters, digits and _.")],
    kind: Annotated[str, typer.Option(help="Source kind; 'feed' is crawled with no code.")] = "feed",
    schedule: Annotated[str, typer.Option(help="hourly, daily, weekly or manual.")] = "daily",
):
    """Register a new feed source in data/sources.toml; `fursa crawl NAME` then crawls it.

    Example:  fursa sources add https://example.org/calls/feed/ --name example_calls
    """
    source = api.register_feed(get_settings(), name, url, kind, schedule)
    say(f"added source {source.name} ({source.kind}) -> {source.url}; crawl it with `fursa crawl {source.name}`")


# --- shortlists --------------------------------------------------------------------------------------

@shortlist_app.command("create")
def shortlist_create(name: Annotated[str, typer.Argument(help="Shortlist name.")],
                     description: Annotated[str, typer.Option(help="What it is for.")] = ""):
    """Create a shortlist and print its id (share it as ?shortlist=<id> in the dashboard).

    Example:  fursa shortlist create "Coalition Q1 2027"
    """
    typer.echo(api.new_shortlist(get_settings(), name, description))


@shortlist_app.command("add")
def shortlist_add(
    shortlist_id: Annotated[str, typer.Argument(help="Shortlist id.")],
    call_ids: Annotated[list[str], typer.Argument(help="Call ids to add.")],
    owner: Annotated[str | None, typer.Option(help="Profile id of the member who owns the items.")] = None,
):
    """Add calls to a shortlist (adding one twice keeps one item).

    Example:  fursa shortlist add Xy3kq9Lm "eu_funding_tenders:EuropeAid/187432/DD/ACT/LB"
    """
    settings = get_settings()
    for call_id in call_ids:
        added = api.add_to_shortlist(settings, shortlist_id, call_id, owner)
        say(f"{'added' if added else 'already there'}: {call_id}")


@shortlist_app.command("list")
def shortlist_list(as_json: JsonFlag = False):
    """List shortlists with their item counts.

    Example:  fursa shortlist list
    """
    rows = api.shortlists(get_settings())
    if as_json:
        print_json(rows)
        return
    for r in rows:
        typer.echo(f"{r['id']}  {r['items']:>3} item(s)  {r['name']}")


# --- dashboard and demo ------------------------------------------------------------------------------

@app.command()
def dashboard(
    port: Annotated[int | None, typer.Option(help="Port (default 8501 or FURSA_DASHBOARD_PORT).")] = None,
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
):
    """Serve the Streamlit dashboard.

    Example:  fursa dashboard --port 8502
    """
    settings = get_settings()
    entry = Path(__file__).resolve().parent.parent / "dashboard" / "app.py"
    port = port or settings.dashboard_port
    say(f"serving the dashboard on http://{'localhost' if host == '127.0.0.1' else host}:{port} (Ctrl+C to stop)")
    cmd = [sys.executable, "-m", "streamlit", "run", str(entry), "--server.port", str(port),
           "--server.address", host, "--server.headless", "true", "--browser.gatherUsageStats", "false"]
    try:
        raise typer.Exit(subprocess.call(cmd, env=os.environ.copy()))
    except KeyboardInterrupt:
        raise typer.Exit(0) from None


@app.command()
def demo(
    serve: Annotated[bool, typer.Option(help="Serve the dashboard when the data is ready.")] = True,
    port: Annotated[int | None, typer.Option(help="Dashboard port.")] = None,
):
    """Import the sample organizations, crawl the bundled recordings offline, rank, and serve the dashboard.

    Example:  fursa demo --no-serve
    """
    from fursa.crawl import crawl as run_crawl
    from matcher.encoder import load_encoder
    from matcher.service import match_profiles

    os.environ.setdefault("FURSA_AS_OF", DEMO_AS_OF)
    settings = load_settings()
    get_settings.cache_clear()
    say(f"[1/3] importing sample organizations into {settings.db}")
    api.import_profiles(settings, DEMO_PROFILES)
    say("[2/3] crawling the bundled recordings (offline, loopback replay)")
    for s in run_crawl(settings, replay=DEMO_RECORDINGS):
        say(f"      {s['source']:<22} {s['status']:<8} seen {s.get('seen', 0)} new {s.get('new', 0)}")
    say(f"[3/3] ranking calls for every organization as of {settings.today()} (first run embeds every call)")
    results = match_profiles(settings, load_encoder(settings.model, settings.model_offline))
    say(f"      {sum(len(v) for v in results.values())} matches for {len(results)} organization(s)")
    if serve:
        dashboard(port=port, host="127.0.0.1")


def main() -> None:
    logging.basicConfig(level=os.environ.get("FURSA_LOG_LEVEL", "WARNING"),
                        format="%(levelname)s %(name)s: %(message)s")
    try:
        app()
    except FursaError as exc:
        typer.echo(f"error: {exc}", err=True)
        sys.exit(exc.exit_code)
    except KeyboardInterrupt:
        typer.echo("interrupted", err=True)
        sys.exit(130)
    except Exception as exc:  # the promise is no traceback: say what happened, keep details for debugging
        if os.environ.get("FURSA_DEBUG"):
            raise
        typer.echo(f"error: unexpected {type(exc).__name__}: {exc} (set FURSA_DEBUG=1 for details)", err=True)
        sys.exit(70)


if __name__ == "__main__":
    main()
