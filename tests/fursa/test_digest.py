"""Digests: new calls, changed deadlines and amounts, closing deadlines, in the organization's language;
nothing new means no message; only a delivered digest moves the next one's start."""

from __future__ import annotations

import datetime as dt
from urllib.parse import quote

import pytest

from fursa import api
from fursa import digest as digests
from fursa.errors import InputError
from fursa.formats import CallRecord
from fursa.store import with_store
from fursa.store.calls import SourcedCall, merge_calls
from tests import factories

MEDIA = factories.lebanon_media_call()           # LB media call, deadline 2026-12-10 (19 days after AS_OF)
EU = factories.eu_syria_civil_society_call()     # SY/TR/IQ coalitions, deadline 2027-01-15
LONG_AGO = dt.datetime(2026, 1, 1, 8, 0)
NOW = dt.datetime(2026, 11, 21, 9, 0)


@pytest.fixture
def profiles(settings, tmp_path):
    api.import_profiles(settings, factories.write_jsonl(tmp_path / "profiles.jsonl", factories.all_profiles()))


def import_now(settings, tmp_path, calls, name="calls.jsonl"):
    """Calls first seen now (a crawl that just ran)."""
    api.import_calls(settings, factories.write_jsonl(tmp_path / name, calls))


def store_seen_at(settings, calls, seen_at):
    """Calls first seen at `seen_at` (long known: not new to any digest)."""
    items = [SourcedCall(CallRecord.model_validate(c), "import", c["id"]) for c in calls]
    with_store(settings.db, lambda con: merge_calls(con, items, seen_at=seen_at, today=settings.today()))


# --- what a digest says ------------------------------------------------------------------------------

def test_first_digest_lists_new_calls_the_organization_may_apply_to(settings, profiles, tmp_path):
    import_now(settings, tmp_path, factories.all_calls())
    text = api.digest(settings, profile_id="beirut-independent-media")
    assert text.splitlines()[0] == "Fursa: 1 update(s) for Beirut Independent Media Collective"
    assert "New calls (1)" in text and MEDIA["title"] in text
    assert EU["title"] not in text  # limited to SY/TR/IQ: not a call this Lebanese group may apply to
    assert f"http://localhost:8501/?call={quote(MEDIA['id'], safe='')}" in text
    assert MEDIA["url"] in text and "Eligible" in text


def test_an_arabic_organization_gets_its_digest_in_arabic(settings, profiles, tmp_path):
    import_now(settings, tmp_path, factories.all_calls())
    text = api.digest(settings, profile_id="cso-nes-coalition")
    assert "دعوات جديدة (1)" in text and EU["title"] in text and "الموعد النهائي: 2027-01-15" in text
    html = api.digest(settings, profile_id="cso-nes-coalition", fmt="html")
    assert '<html lang="ar" dir="rtl">' in html and "افتح في فرصة" in html


def test_nothing_new_means_no_digest_and_the_cli_prints_nothing(settings, profiles, tmp_path, fursa):
    import_now(settings, tmp_path, factories.all_calls())
    assert api.digest(settings, profile_id="beirut-independent-media", mark_sent=True) is not None
    assert api.digest(settings, profile_id="beirut-independent-media") is None
    run = fursa("digest", "--profile", "beirut-independent-media")
    assert (run.code, run.stdout) == (0, "") and "nothing new" in run.stderr


def test_a_preview_does_not_move_the_next_digest(settings, profiles, tmp_path):
    import_now(settings, tmp_path, factories.all_calls())
    first = api.digest(settings, profile_id="beirut-independent-media")
    assert api.digest(settings, profile_id="beirut-independent-media") == first


def test_changed_deadline_and_amount_are_reported_after_the_last_digest(settings, profiles, tmp_path):
    import_now(settings, tmp_path, factories.all_calls())
    api.digest(settings, profile_id="beirut-independent-media", mark_sent=True)
    import_now(settings, tmp_path, [{**MEDIA, "deadline": "2026-12-20", "amount_max": 25000}], "changed.jsonl")
    text = api.digest(settings, profile_id="beirut-independent-media")
    assert "New calls" not in text and "Changed deadlines and amounts (1)" in text
    assert "Deadline: 2026-12-10 → 2026-12-20" in text and "Maximum amount: 20,000 → 25,000" in text


@pytest.mark.parametrize(("as_of", "since", "announced"), [
    ("2026-11-26", "1d", True),    # 14 days left: crossed the first reminder today
    ("2026-11-27", "1d", False),   # 13 days left: announced yesterday
    ("2026-12-07", "1d", True),    # 3 days left: the last reminder
    ("2026-11-30", None, True),    # a first digest names every deadline within 14 days
    ("2026-11-30", "1w", True),    # a weekly digest: 14 days left fell inside its week
])
def test_closing_deadlines_are_announced_when_they_cross_14_and_3_days(settings, profiles, as_of, since,
                                                                       announced):
    store_seen_at(settings, [MEDIA], LONG_AGO)
    dated = settings.model_copy(update={"as_of": dt.date.fromisoformat(as_of)})
    digest = digests.prepare(dated, profile_id="beirut-independent-media", since=since, now=NOW)
    assert [i.call["id"] for i in digest.closing] == ([MEDIA["id"]] if announced else [])
    assert digest.new == [] and digest.changed == []


@pytest.mark.parametrize(("score", "listed"), [(5.0, False), (55.0, True)])
def test_a_profile_digest_leaves_out_calls_its_ranking_finds_irrelevant(settings, profiles, tmp_path, score,
                                                                       listed):
    import_now(settings, tmp_path, [MEDIA])
    with_store(settings.db, lambda con: con.execute(
        "INSERT INTO matches (profile_id, call_id, rank, score, verdict, model, as_of, computed_at) "
        "VALUES (?, ?, 1, ?, 'eligible', 'fake', ?, ?)",
        ["beirut-independent-media", MEDIA["id"], score, settings.today(), NOW]))
    text = api.digest(settings, profile_id="beirut-independent-media")
    assert (text is not None and MEDIA["title"] in text) is listed


def test_saved_search_applies_its_filters_and_query(settings, profiles, tmp_path):
    import_now(settings, tmp_path, factories.all_calls())
    cohesion = api.save_search(settings, "cso-nes-coalition", "Cohesion", query="social cohesion",
                               filters={"countries": ["SY"]})
    water = api.save_search(settings, "cso-nes-coalition", "Water", query="water")
    assert EU["title"] in api.digest(settings, search_id=cohesion)
    assert api.digest(settings, search_id=water) is None


def test_markdown_and_html_keep_scraped_markup_inert(settings, profiles):
    hostile = {**MEDIA, "title": "[win](https://evil.example) <img src=x onerror=alert(1)> **now**"}
    store_seen_at(settings, [hostile], dt.datetime.now(dt.UTC).replace(tzinfo=None))
    markdown = api.digest(settings, profile_id="beirut-independent-media", fmt="markdown")
    assert "[win](https" not in markdown and r"\[win\]\(https\:" in markdown and r"\*\*now\*\*" in markdown
    html = api.digest(settings, profile_id="beirut-independent-media", fmt="html")
    assert "<img" not in html and "&lt;img src=x onerror=alert(1)&gt;" in html


@pytest.mark.parametrize(("text", "expected"), [
    ("7d", NOW - dt.timedelta(days=7)), ("24h", NOW - dt.timedelta(hours=24)), ("2w", NOW - dt.timedelta(weeks=2)),
    ("2026-11-01", dt.datetime(2026, 11, 1)), (None, None),
])
def test_since_reads_durations_and_dates(text, expected):
    assert digests.parse_since(text, NOW) == expected


def test_since_refuses_what_it_cannot_read():
    with pytest.raises(InputError, match="expected a duration such as 7d"):
        digests.parse_since("last tuesday", NOW)


def test_a_digest_needs_exactly_one_subject(settings, profiles):
    with pytest.raises(InputError, match="either a saved search"):
        api.digest(settings)
    with pytest.raises(InputError, match="either a saved search"):
        api.digest(settings, search_id="x", profile_id="y")


def test_cli_writes_a_markdown_digest_to_a_file(fursa, settings, profiles, tmp_path):
    import_now(settings, tmp_path, factories.all_calls())
    target = tmp_path / "digest.md"
    run = fursa("digest", "--profile", "beirut-independent-media", "--format", "markdown", "--output", target)
    assert (run.code, run.stdout) == (0, "")
    text = target.read_text(encoding="utf-8")
    assert "\n\n---\n" in text  # a rule, not a heading underline
    assert text.startswith("# Fursa\\: 1 update\\(s\\)")
