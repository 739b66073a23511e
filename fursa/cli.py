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
export_app = typer.Typer(no_args_is_help=True, help="Export calls, profiles or a shortlist as JSON Lines, "
                                                   "or calls and shortlists as CSV, Excel, ICS, CommonGrants or HTML."
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

def say_summaries(summaries: list[dict]) -> None:
    """Per-source verdicts and counts of a crawl, as `fursa crawl` and `fursa demo` print them."""
    from fursa.crawl import summary_lines

    for s in summaries:
        for line in summary_lines(s):
            say(line)


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
    say_summaries(summaries)
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
    say(f"imported {file}: {counts['new']} new, {counts['updated']} updated, {counts['unchanged']} unchanged, "
        f"{counts['linked']} linked (already published by another source)")


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


# --- export formats (csv, xlsx, ics, commongrants, html) and call filters ---------------------------

class ExportFormat(str, Enum):
    jsonl = "jsonl"
    csv = "csv"
    xlsx = "xlsx"
    ics = "ics"
    commongrants = "commongrants"
    html = "html"


class DocLang(str, Enum):
    en = "en"
    ar = "ar"


FormatOpt = Annotated[ExportFormat, typer.Option(
    "--format", "-f", help="jsonl (re-importable), csv, xlsx (calls + deadlines sheets; needs --output), "
                           "ics (deadline calendar with reminders), commongrants (HHS JSON), html (printable).")]
LangOpt = Annotated[DocLang, typer.Option("--lang", help="Language of headings and labels in the document.")]
ProfileFilter = Annotated[str | None, typer.Option(
    "--profile", help="Only calls this organization may apply to (eligible, via a partner or unclear).")]
QueryOpt = Annotated[str, typer.Option("--query", "-q", help="Words that must all appear (any language).")]
DeadlineAfter = Annotated[str | None, typer.Option(help="Deadline on or after this day (YYYY-MM-DD).")]
DeadlineBefore = Annotated[str | None, typer.Option(help="Deadline on or before this day (YYYY-MM-DD).")]
DeadlineWithin = Annotated[int | None, typer.Option(min=0, metavar="DAYS",
                                                    help="Deadline between today and today + DAYS.")]
RollingOpt = Annotated[bool, typer.Option(help="Let calls without a deadline pass the deadline filters.")]
CountryOpt = Annotated[list[str] | None, typer.Option("--country", help="Open to this country (ISO code); repeat.")]
LanguageOpt = Annotated[list[str] | None, typer.Option("--language", help="Call written in (ISO 639-1); repeat.")]
ThemeOpt = Annotated[list[str] | None, typer.Option("--theme", help="Has this theme; repeat for any of several.")]
FunderOpt = Annotated[str | None, typer.Option(help="Funder name contains this.")]
MinAmountOpt = Annotated[float | None, typer.Option(min=0, help="Offers at least this much (USD).")]
MaxAmountOpt = Annotated[float | None, typer.Option(min=0, help="Smallest grant at most this much (USD).")]
VerdictOpt = Annotated[list[str] | None, typer.Option(
    "--verdict", help="eligible, partner, unclear or not_eligible (with --profile); repeat.")]


def _filters(*, deadline_after=None, deadline_before=None, deadline_within=None, include_rolling=False,
             country=None, language=None, theme=None, funder=None, min_amount=None, max_amount=None,
             verdict=None) -> dict:
    """The CLI's filter options as CallFilters fields (fursa/store/searches.py); unset ones left out."""
    fields = {"deadline_after": deadline_after, "deadline_before": deadline_before,
              "deadline_within_days": deadline_within, "include_rolling": include_rolling or None,
              "countries": country, "languages": language, "themes": theme, "funder": funder,
              "amount_min_usd": min_amount, "amount_max_usd": max_amount, "verdicts": verdict}
    return {k: v for k, v in fields.items() if v not in (None, [])}


def write_document(data: bytes, out: Path | None, fmt: str) -> None:
    """Bytes to --output (atomically) or stdout; a binary format is never written to a terminal."""
    from fursa.errors import InputError
    from fursa.exports import BINARY_FORMATS

    if out is None:
        if fmt in BINARY_FORMATS and sys.stdout.isatty():
            raise InputError(f"{fmt} is a binary format: give --output FILE (or redirect stdout to a file)")
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return
    tmp = out.with_name(out.name + ".part")
    try:
        tmp.write_bytes(data)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    tmp.replace(out)


@export_app.command("calls")
def export_calls(
    out: OutputOpt = None,
    fmt: FormatOpt = ExportFormat.jsonl,
    status: Annotated[CallStatus | None, typer.Option(help="Only calls with this status.")] = None,
    source: Annotated[str | None, typer.Option(help="Only calls from this source.")] = None,
    profile: ProfileFilter = None,
    query: QueryOpt = "",
    deadline_after: DeadlineAfter = None,
    deadline_before: DeadlineBefore = None,
    deadline_within: DeadlineWithin = None,
    include_rolling: RollingOpt = False,
    country: CountryOpt = None,
    language: LanguageOpt = None,
    theme: ThemeOpt = None,
    funder: FunderOpt = None,
    min_amount: MinAmountOpt = None,
    max_amount: MaxAmountOpt = None,
    verdict: VerdictOpt = None,
    lang: LangOpt = DocLang.en,
    title: Annotated[str, typer.Option(help="Title of the calendar, sheet or page.")] = "Fursa",
):
    """Export calls: JSON Lines by default (one call per line), or CSV, Excel, ICS, CommonGrants, HTML.

    Example:  fursa export calls --status open --output open-calls.jsonl

    Example:  fursa export calls --profile sharika-wa-lakin --deadline-within 60 --format ics -o deadlines.ics
    """
    filters = _filters(deadline_after=deadline_after, deadline_before=deadline_before,
                       deadline_within=deadline_within, include_rolling=include_rolling, country=country,
                       language=language, theme=theme, funder=funder, min_amount=min_amount,
                       max_amount=max_amount, verdict=verdict)
    data, count = api.export_calls_document(
        get_settings(), fmt.value, status=status.value if status else None, source=source, profile=profile,
        query=query, lang=lang.value, title=title, **filters)
    write_document(data, out, fmt.value)
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
def export_shortlist(
    shortlist_id: Annotated[str, typer.Argument(help="Shortlist id.")],
    out: OutputOpt = None,
    fmt: FormatOpt = ExportFormat.jsonl,
    lang: LangOpt = DocLang.en,
):
    """Export a shortlist's items with their calls: JSON Lines by default, or CSV, Excel, ICS, CommonGrants,
    or a printable HTML page for members who never open the dashboard.

    Example:  fursa export shortlist Xy3kq9Lm --output shortlist.jsonl

    Example:  fursa export shortlist Xy3kq9Lm --format html --lang ar --output shortlist.html
    """
    data, count = api.export_shortlist_document(get_settings(), shortlist_id, fmt.value, lang.value)
    write_document(data, out, fmt.value)
    say(f"exported {count} item(s)")


# --- match -------------------------------------------------------------------------------------------

@app.command()
def match(
    profile: Annotated[str | None, typer.Option("--profile", help="Profile id to rank calls for.")] = None,
    all_profiles: Annotated[bool, typer.Option("--all", help="Refresh stored matches for every profile.")] = False,
    call: Annotated[str | None, typer.Option("--call", help="Call id: rank the organizations that fit it, "
                                                           "and say who could lead.")] = None,
    as_of: Annotated[str | None, typer.Option(help="Rank as of this date (YYYY-MM-DD) instead of today.")] = None,
    top: Annotated[int, typer.Option(min=1, help="How many calls to show.")] = 10,
    as_json: JsonFlag = False,
):
    """Rank calls for an organization, with fit score, eligibility verdict, reasons and explanation.

    Example:  fursa match --profile cso-nes-coalition --top 5

    Example:  fursa match --call "eu_funding_tenders:EuropeAid/187432/DD/ACT/LB" --top 5
    """
    from matcher.encoder import load_encoder
    from matcher.service import match_profiles

    if call:  # reverse match: its own section below
        if profile or all_profiles:
            raise FursaError("give --call ID alone, or --profile ID, or --all")
        return match_call(call, as_of, top, as_json)
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
        _print_match(m)


def _print_match(m) -> None:
    """One ranked call: score and verdict, facts, the reasons for the verdict, what it shares with the profile."""
    c = m.call
    typer.echo(f"{m.rank:>2}. [{m.score:5.1f}] {m.verdict:<12} {c['title'][:90]}")
    typer.echo(f"    {c['funder'][:60]} | deadline {c['deadline'] or 'rolling'}{_amount(c)} | {c['url']}")
    for marker, ok in (("+", True), ("!", False)):
        texts = [r["text"] for r in m.reasons if r["ok"] is ok]
        if texts:
            typer.echo(f"    {marker} {'; '.join(texts)[:220]}")
    if m.explanation.get("shared_themes"):
        typer.echo(f"    shares: {', '.join(m.explanation['shared_themes'][:8])}")
    for passage in m.explanation.get("passages") or [m.explanation.get("passage")]:
        if passage:
            typer.echo(f"    > {passage[:200]}")
    if saved := m.explanation.get("similar_saved"):
        typer.echo(f"    like a call you saved: {saved['title'][:80]}")


def _amount(call: dict) -> str:
    low, high, cur = call.get("amount_min"), call.get("amount_max"), call.get("currency") or ""
    if high and low and low != high:
        return f" | {cur} {low:,.0f}–{high:,.0f}"
    if high or low:
        return f" | {cur} {(high or low):,.0f}"
    return ""


# --- eval --------------------------------------------------------------------------------------------

@app.command("eval")
def evaluate(
    calls: Annotated[Path, typer.Option("--calls", help="Calls, JSON Lines (docs/formats.md).")],
    profiles: Annotated[Path, typer.Option("--profiles", help="Profiles, JSON Lines (docs/formats.md).")],
    qrels: Annotated[Path, typer.Option("--qrels", help="Judgements: TSV with header profile_id, call_id, "
                                                       "grade (0-3); pairs not listed are grade 0.")],
    as_of: Annotated[str | None, typer.Option(help="Judge deadlines as of this date (YYYY-MM-DD).")] = None,
    as_json: JsonFlag = False,
):
    """Measure the ranking on judged data: nDCG@10, P@5, Recall@20 and expired calls in top-10s, overall and
    per profile language. The files are loaded into a temporary store; your database is not touched.

    Example:  fursa eval --calls data/eval/calls.jsonl --profiles data/eval/profiles.jsonl --qrels data/eval/qrels.tsv --as-of 2026-11-21
    """
    from matcher.encoder import load_encoder
    from matcher.evaluate import evaluate_files

    settings = load_settings(**({"as_of": as_of} if as_of else {}))
    say(f"ranking {calls} for {profiles} as of {settings.today()} (embedding every call: this takes a while)")
    report = evaluate_files(settings, lambda: load_encoder(settings.model, settings.model_offline), calls, profiles,
                            qrels)
    if as_json:
        print_json({k: v for k, v in report.items() if k != "per_profile"} | {"per_profile": report["per_profile"]})
        return
    counts = report["counts"]
    typer.echo(f"{counts['calls']} calls, {counts['profiles']} profiles, {counts['judged_pairs']} judged pairs "
               f"({counts['relevant_pairs']} relevant), as of {report['as_of']}, model {report['model']}")
    typer.echo(f"{'':<10} {'profiles':>8} {'nDCG@10':>8} {'P@5':>6} {'Recall@20':>10} {'expired@10':>11}")
    rows = [("overall", report["overall"])] + list(report["per_language"].items())
    for name, m in rows:
        cells = [f"{m[k]:.3f}" if m[k] is not None else "–" for k in ("ndcg@10", "p@5", "recall@20")]
        typer.echo(f"{name:<10} {m['profiles']:>8} {cells[0]:>8} {cells[1]:>6} {cells[2]:>10} {m['expired@10']:>11}")


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
    from fursa.crawl import health_lines

    for r in rows:
        for line in health_lines(r):
            typer.echo(line)


@sources_app.command("add")
def sources_add(
    url: Annotated[str, typer.Argument(help="URL of an RSS/Atom feed, a sitemap.xml, or a listing page of calls.")],
    name: Annotated[str, typer.Option(help="Short name: lower-case letters, digits and _.")],
    kind: Annotated[str, typer.Option(
        help="feed (RSS/Atom; a sitemap works too), sitemap, or listing (an HTML page: needs --link-pattern); "
             "all three are crawled with no code.")] = "feed",
    link_pattern: Annotated[str | None, typer.Option(
        "--link-pattern", metavar="REGEX",
        help="Regular expression searched in each absolute link URL: only matching links are calls "
             "(required for a listing page; filters a sitemap or feed).")] = None,
    follow: Annotated[bool, typer.Option(
        "--follow/--summary-only",
        help="Fetch each item's page and read its main text (default), or store the feed's link and "
             "summary only (editorial sites whose posts are copyrighted).")] = True,
    schedule: Annotated[str, typer.Option(help="hourly, daily, weekly or manual.")] = "daily",
):
    """Register a feed, sitemap or listing page in data/sources.toml; `fursa crawl NAME` then crawls it,
    follows each item to its page and reads deadline, amounts, countries and applicants from its text.

    Example:  fursa sources add https://example.org/calls/feed/ --name example_calls

    Example:  fursa sources add https://example.org/sitemap.xml --kind sitemap --link-pattern /calls/ --name ex_map

    Example:  fursa sources add https://example.org/calls/ --kind listing --link-pattern '/calls/.+' --name ex_list
    """
    source = api.register_feed(get_settings(), name, url, kind, schedule, link_pattern=link_pattern,
                               follow=follow)
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


# --- reverse match (match --call) and coalition ------------------------------------------------------

def match_call(call_id: str, as_of: str | None, top: int, as_json: bool) -> None:
    """`fursa match --call ID`: which organizations fit one call, and who could lead."""
    settings = load_settings(**({"as_of": as_of} if as_of else {}))
    result = api.match_call(settings, call_id, top=top)
    if as_json:
        print_json(result)
        return
    c = result["call"]
    typer.echo(f"{c['title'][:100]}")
    typer.echo(f"  {c['funder'][:60]} | deadline {c['deadline'] or 'rolling'}{_amount(c)} | {c['status']}")
    for n, m in enumerate(result["members"], start=1):
        lead = "  can lead" if m["can_lead"] else ""
        typer.echo(f"{n:>2}. [{m['score']:5.1f}] {m['verdict']:<12} {m['name'][:70]} ({m['profile_id']}){lead}")
        problems = [r["text"] for r in m["reasons"] if not r["ok"]]
        if problems:
            typer.echo(f"    ! {'; '.join(problems)[:160]}")
    if result["partners"] and not result["leads"]:
        say("no member can lead this call: the members marked 'partner' need a lead applicant from outside")
    elif result["leads"]:
        say(f"could lead: {', '.join(result['leads'])}"
            + (f"; as partners: {', '.join(result['partners'])}" if result["partners"] else ""))


@app.command()
def coalition(
    profiles: Annotated[list[str] | None, typer.Option("--profile", help="Member profile id; repeat.")] = None,
    all_profiles: Annotated[bool, typer.Option("--all", help="Every stored profile is a member.")] = False,
    min_score: Annotated[float | None, typer.Option(
        min=0, max=100, help="Lowest fit score that counts as a fit (default 20).")] = None,
    top: Annotated[int | None, typer.Option(min=1, help="Show only the first N calls.")] = None,
    shortlist: Annotated[str | None, typer.Option(
        metavar="NAME", help="Also save the calls as a new shortlist with this name (prints its id).")] = None,
    as_json: JsonFlag = False,
):
    """Calls that fit at least one member of a coalition, grouped by call with the members they fit.

    Example:  fursa coalition --profile sharika-wa-lakin --profile scm-citizenship-unit --top 10

    Example:  fursa coalition --all --shortlist "Coalition Q1 2027"
    """
    settings = get_settings()
    if bool(profiles) == all_profiles:
        raise FursaError("give --profile ID (repeat for each member) or --all")
    ids = None if all_profiles else list(profiles)
    if shortlist:
        shortlist_id, count = api.coalition_shortlist(settings, ids, shortlist, min_score)
        say(f"shortlist {shortlist!r} with {count} call(s); share it as ?shortlist={shortlist_id}")
        typer.echo(shortlist_id)
        return
    groups = api.coalition(settings, ids, min_score)
    shown = groups[:top] if top else groups
    if as_json:
        print_json(shown)
        return
    for g in shown:
        typer.echo(f"{g['title'][:100]}")
        typer.echo(f"    {g['funder'][:60]} | deadline {g['deadline'] or 'rolling'}{_amount(g)} | {g['id']}")
        for m in g["members"]:
            typer.echo(f"    - [{m['score']:5.1f}] {m['verdict']:<10} {m['profile_id']}"
                       + ("  can lead" if m["can_lead"] else ""))
    members = "every member" if ids is None else f"{len(ids)} member(s)"
    say(f"{len(groups)} call(s) fit at least one of {members}")


# --- saved searches ----------------------------------------------------------------------------------

search_app = typer.Typer(no_args_is_help=True, help="Saved searches: an organization's filters, sent as a "
                                                    "daily or weekly digest.\n\nExample:  fursa search list")
app.add_typer(search_app, name="search")


class Cadence(str, Enum):
    daily = "daily"
    weekly = "weekly"


@search_app.command("create")
def search_create(
    profile: Annotated[str, typer.Argument(help="Profile id of the organization the search belongs to.")],
    name: Annotated[str, typer.Argument(help="Name of the search, shown in the digest.")],
    query: QueryOpt = "",
    cadence: Annotated[Cadence, typer.Option(help="How often the digest is sent.")] = Cadence.weekly,
    to: Annotated[list[str] | None, typer.Option("--to", metavar="EMAIL", help="Recipient; repeat.")] = None,
    deadline_after: DeadlineAfter = None,
    deadline_before: DeadlineBefore = None,
    deadline_within: DeadlineWithin = None,
    include_rolling: RollingOpt = False,
    country: CountryOpt = None,
    language: LanguageOpt = None,
    theme: ThemeOpt = None,
    funder: FunderOpt = None,
    min_amount: MinAmountOpt = None,
    max_amount: MaxAmountOpt = None,
    verdict: VerdictOpt = None,
):
    """Save a search for an organization and print its id; `fursa digest --due` mails it on its cadence.

    Example:  fursa search create sharika-wa-lakin "Women's rights, Lebanon" --theme gbv --country LB --to grants@example.org
    """
    filters = _filters(deadline_after=deadline_after, deadline_before=deadline_before,
                       deadline_within=deadline_within, include_rolling=include_rolling, country=country,
                       language=language, theme=theme, funder=funder, min_amount=min_amount,
                       max_amount=max_amount, verdict=verdict)
    typer.echo(api.save_search(get_settings(), profile, name, query, filters, cadence.value, to or ()))


@search_app.command("list")
def search_list(
    profile: Annotated[str | None, typer.Option("--profile", help="Only this organization's searches.")] = None,
    as_json: JsonFlag = False,
):
    """List saved searches with their cadence, recipients and last digest.

    Example:  fursa search list --profile sharika-wa-lakin
    """
    rows = api.searches(get_settings(), profile)
    if as_json:
        print_json(rows)
        return
    for r in rows:
        last = r["last_sent_at"].strftime("%Y-%m-%d %H:%M") if r["last_sent_at"] else "never sent"
        typer.echo(f"{r['id']}  {r['profile_id']:<28} {r['cadence']:<6} {last:<16} {r['name']}")
        details = [f"query: {r['query']}"] if r["query"] else []
        details += [f"{k}: {', '.join(map(str, v)) if isinstance(v, list) else v}" for k, v in r["filters"].items()]
        details += [f"to: {', '.join(r['recipients'])}"] if r["recipients"] else []
        if details:
            typer.echo(f"    {' | '.join(map(str, details))}")


@search_app.command("delete")
def search_delete(search_id: Annotated[str, typer.Argument(help="Saved search id.")]):
    """Delete a saved search (its digests stop).

    Example:  fursa search delete Xy3kq9Lm
    """
    api.delete_search(get_settings(), search_id)
    say(f"deleted saved search {search_id}")


# --- digests -----------------------------------------------------------------------------------------

class DigestFormat(str, Enum):
    text = "text"
    markdown = "markdown"
    html = "html"


@app.command()
def digest(
    search: Annotated[str | None, typer.Option("--search", help="Saved search id.")] = None,
    profile: Annotated[str | None, typer.Option("--profile", help="Profile id (every call it may apply to).")] = None,
    due: Annotated[bool, typer.Option("--due", help="E-mail every saved search whose cadence is due (cron).")] = False,
    since: Annotated[str | None, typer.Option(
        help="Look back this far (7d, 24h, 2w or YYYY-MM-DD) instead of to the last digest.")] = None,
    fmt: Annotated[DigestFormat, typer.Option("--format", "-f", help="Printed format.")] = DigestFormat.text,
    out: OutputOpt = None,
    send: Annotated[bool, typer.Option("--send", help="E-mail it (text + HTML) instead of printing it.")] = False,
    to: Annotated[list[str] | None, typer.Option("--to", metavar="EMAIL",
                                                 help="Recipient (default: the search's); repeat.")] = None,
    mark_sent: Annotated[bool, typer.Option(
        "--mark-sent", help="Count the printed digest as delivered: the next one starts from now.")] = False,
):
    """What is new or changed since the last digest: new matching calls, changed deadlines or amounts, and
    deadlines within 14 days, in the organization's language. Nothing new: nothing printed, exit 0.

    Example:  fursa digest --profile sharika-wa-lakin --since 7d --format markdown

    Example:  fursa digest --due
    """
    from fursa.mail import DeliveryFailed

    settings = get_settings()
    if due:
        if search or profile or since or send or to or mark_sent or out:
            raise FursaError("--due takes no other option: it sends every saved search that is due")
        results = api.send_due_digests(settings)
        for r in results:
            say(f"{r['search_id']:<12} {r['status']:<8} {r['items']:>3} item(s)  {r['detail']}".rstrip())
        failed = [r for r in results if r["status"] == "failed"]
        say(f"{len(results)} digest(s) due: {sum(r['status'] == 'sent' for r in results)} sent, "
            f"{len(failed)} failed")
        if failed:
            raise DeliveryFailed(f"{len(failed)} digest(s) not delivered; they are retried on the next run")
        return
    if send:
        if out or mark_sent:
            raise FursaError("--send e-mails the digest: --output and --mark-sent do not apply")
        result = api.send_digest(settings, search, profile, since, to)
        if not result["items"]:
            say("nothing new since the last digest: nothing sent")
            return
        say(f"sent {result['items']} item(s) to {', '.join(result['recipients'])}"
            + (f"; refused: {', '.join(result['refused'])}" if result["refused"] else ""))
        return
    text = api.digest(settings, search, profile, since, fmt.value, mark_sent=mark_sent)
    if text is None:
        say("nothing new since the last digest")
        return
    with output(out) as stream:
        stream.write(text)


# --- dashboard and demo ------------------------------------------------------------------------------

@app.command()
def dashboard(
    port: Annotated[int | None, typer.Option(help="Port (default 8501 or FURSA_DASHBOARD_PORT).")] = None,
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    replay: Annotated[Path | None, typer.Option(help="Refreshes started from the dashboard replay recorded "
                                                     "responses from DIR/<source>/ (sets FURSA_REPLAY).")] = None,
):
    """Serve the Streamlit dashboard (docs/dashboard.md).

    Example:  fursa dashboard --port 8502
    """
    settings = get_settings()
    entry = Path(__file__).resolve().parent.parent / "dashboard" / "app.py"
    port = port or settings.dashboard_port
    env = os.environ.copy()
    if replay is not None:
        env["FURSA_REPLAY"] = str(replay.resolve())
    say(f"serving the dashboard on http://{'localhost' if host == '127.0.0.1' else host}:{port} (Ctrl+C to stop)")
    # No error details in the browser (the page shows a message in the user's language; the log keeps the
    # traceback), no reload on file changes, no usage statistics.
    cmd = [sys.executable, "-m", "streamlit", "run", str(entry), "--server.port", str(port),
           "--server.address", host, "--server.headless", "true", "--browser.gatherUsageStats", "false",
           "--client.showErrorDetails", "none", "--client.toolbarMode", "minimal",
           "--server.fileWatcherType", "none"]
    try:
        raise typer.Exit(subprocess.call(cmd, env=env))
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
    say_summaries(run_crawl(settings, replay=DEMO_RECORDINGS))
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
