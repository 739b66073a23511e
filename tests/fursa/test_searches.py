"""Saved searches through the API and the CLI: create with filters and recipients, list, delete, refusals."""

from __future__ import annotations

import json

import pytest

from fursa import api
from fursa.errors import NotFound
from tests import factories


@pytest.fixture
def profiles(settings, tmp_path):
    api.import_profiles(settings, factories.write_jsonl(tmp_path / "profiles.jsonl", factories.all_profiles()))


def test_api_saves_lists_and_deletes_a_search(settings, profiles):
    sid = api.save_search(settings, "beirut-independent-media", "Media", query="accountability",
                          filters={"countries": ["LB"], "amount_max_usd": 50000}, cadence="daily",
                          recipients=["a@example.org"])
    (saved,) = api.searches(settings)
    assert (saved["id"], saved["profile_id"], saved["filters"], saved["recipients"], saved["cadence"]) == (
        sid, "beirut-independent-media", {"countries": ["LB"], "amount_max_usd": 50000.0}, ["a@example.org"],
        "daily")
    assert api.searches(settings, "cso-nes-coalition") == []
    api.delete_search(settings, sid)
    assert api.searches(settings) == []
    with pytest.raises(NotFound):
        api.delete_search(settings, sid)


def test_cli_creates_a_search_from_filter_options(fursa, profiles):
    created = fursa("search", "create", "cso-nes-coalition", "الفضاء المدني", "--theme", "civic_space",
                    "--country", "SY", "--country", "IQ", "--deadline-within", "60", "--min-amount", "10000",
                    "--verdict", "eligible", "--cadence", "daily", "--to", "grants@example.org", "-q", "cohesion")
    assert created.code == 0, created.stderr
    sid = created.stdout.strip()
    (saved,) = json.loads(fursa("search", "list", "--json").stdout)
    assert saved["id"] == sid and saved["name"] == "الفضاء المدني" and saved["query"] == "cohesion"
    assert saved["filters"] == {"deadline_within_days": 60, "amount_min_usd": 10000.0, "countries": ["SY", "IQ"],
                                "themes": ["civic_space"], "verdicts": ["eligible"]}
    listing = fursa("search", "list", "--profile", "cso-nes-coalition").stdout
    assert sid in listing and "daily" in listing and "never sent" in listing and "countries: SY, IQ" in listing
    deleted = fursa("search", "delete", sid)
    assert deleted.code == 0 and fursa("search", "list").stdout == ""


@pytest.mark.parametrize(("args", "code", "fragment"), [
    (("nobody", "Media"), 1, "no profile with id 'nobody'"),
    (("beirut-independent-media", "Media", "--to", "not-an-address"), 65, "not an e-mail address"),
    (("beirut-independent-media", "Media", "--country", "Lebanon"), 65, "unknown ISO 3166"),
    (("beirut-independent-media", "Media", "--deadline-before", "soon"), 65, "filter deadline_before"),
])
def test_cli_refuses_bad_searches_with_one_line(fursa, profiles, args, code, fragment):
    run = fursa("search", "create", *args)
    assert run.code == code and run.stderr.startswith("error: ") and fragment in run.stderr, run.stderr
    assert "Traceback" not in run.stderr and json.loads(fursa("search", "list", "--json").stdout) == []


def test_cli_deleting_an_unknown_search_is_a_clean_error(fursa, profiles):
    run = fursa("search", "delete", "nope")
    assert run.code == 1 and "no saved search with id 'nope'" in run.stderr
