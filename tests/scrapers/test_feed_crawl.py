"""The analyst's flow with no code: register a feed, crawl it, get every call's facts right.

tests/fixtures/feed/ is a fictional grants site (33 calls in English, French and Arabic) served on loopback:
the RSS feed, an Atom feed, a sitemap index and a paged listing all lead to the same call pages, whose
sidebars and footers carry other dates, amounts and countries that must not be read. EXPECTED below is what
each page states; every variant must give exactly that for every call.
"""

from __future__ import annotations

import json
from typing import NamedTuple

import pytest

from fursa.crawl import crawl
from fursa.replay import ReplayServer
from fursa.store import open_store
from fursa.store.calls import iter_calls
from tests.scrapers.conftest import FIXTURES

SITE = FIXTURES / "feed"
FAST = {"DOWNLOAD_DELAY": 0, "AUTOTHROTTLE_ENABLED": False}  # politeness delays only: the loopback is ours


class Facts(NamedTuple):
    language: str
    deadline: str | None
    time: str | None
    tz: str | None
    rolling: bool
    amount_min: float | None
    amount_max: float | None
    currency: str | None
    countries: tuple[str, ...] | str  # a string names a rule, see ALL_BUT_SYRIA
    applicants: tuple[str, ...]


ALL_BUT_SYRIA = "every country but SY"
LEVANT = ("JO", "LB", "PS", "SY")
MENA = ("DZ", "BH", "DJ", "EG", "IR", "IQ", "IL", "JO", "KW", "LB", "LY", "MA", "OM", "PS", "QA", "SA", "SY", "TN",
        "AE", "YE")
MIDDLE_EAST = ("BH", "EG", "IR", "IQ", "IL", "JO", "KW", "LB", "OM", "PS", "QA", "SA", "SY", "TR", "AE", "YE")
NORTH_AFRICA = ("DZ", "EG", "LY", "MA", "SD", "TN")
SOUTHERN_NEIGHBOURHOOD = ("DZ", "EG", "IL", "JO", "LB", "LY", "MA", "PS", "SY", "TN")
NGO = ("local_ngo",)

EXPECTED: dict[str, Facts] = {
    # slug: language, deadline, time, zone, rolling, min, max, currency, countries, applicant types
    # Donor named in the text ("The Netherlands Embassy in Beirut funds"): not an eligible country.
    "nl-beirut-accountability-2027": Facts("en", "2027-01-15", "17:00", "Europe/Brussels", False, 50000, 100000, "USD",
                                           ("LB",), NGO),
    "levant-womens-fund-core-support": Facts("en", "2027-02-28", None, None, False, None, 30000, "USD", LEVANT,
                                             ("women_led_org",)),
    # The time comes before the date.
    "iraq-civic-space-community-media": Facts("en", "2027-01-31", "12:00", "Europe/Brussels", False, 20000, 60000,
                                              "EUR", ("IQ",), ("media_org",)),
    "afghan-education-access-fund": Facts("en", "2027-03-20", None, None, False, None, 25000, "USD", ("AF", "PK"),
                                          ("local_ngo", "cbo")),
    "global-defenders-emergency-support": Facts("en", None, None, None, True, None, 10000, "USD", ALL_BUT_SYRIA, ()),
    "mena-digital-rights-programme": Facts("en", "2027-03-01", "23:59", "+03:00", False, 15000, 40000, "USD", MENA,
                                           NGO),
    "turkiye-refugee-livelihoods-window": Facts("en", "2027-02-15", "23:59", "Europe/Istanbul", False, 500000,
                                                1500000, "TRY", ("TR",), NGO),
    "jordan-youth-micro-grants": Facts("en", None, None, None, True, None, 8000, "JOD", ("JO",), ("cbo",)),
    # A 10-digit allocation reference must not become a date; "outside Syria ... not eligible" keeps Syria.
    "syria-crossline-reserve-allocation": Facts("en", "2026-12-10", "16:00", "Asia/Damascus", False, 200000, 500000,
                                                "USD", ("SY",), NGO),
    # "Deadline: TBC (expected March 2027)": no date, and not rolling either.
    "middle-east-peacebuilding-grants": Facts("en", None, None, None, False, 100000, 300000, "EUR",
                                              tuple(c for c in MIDDLE_EAST if c != "IR"), ()),
    "disability-inclusion-small-grants": Facts("en", "2027-03-05", "17:00", "America/New_York", False, 10000, 20000,
                                               "GBP", ("LB", "JO", "IQ"), NGO),
    "ambassade-france-liban-associations": Facts("fr", "2026-12-15", "12:00", "Asia/Beirut", False, None, 30000, "EUR",
                                                 ("LB",), NGO),
    "appel-afrique-du-nord-migrations": Facts("fr", "2027-01-31", None, None, False, 10000, 50000, "EUR",
                                              NORTH_AFRICA, NGO),
    # The 1.5 million envelope is the total, not the grant.
    "fonds-societe-civile-irakienne": Facts("fr", "2027-02-28", "17:00", "Europe/Brussels", False, 15000, 60000, "EUR",
                                            ("IQ",), NGO),
    "programme-levant-medias-independants": Facts("fr", "2027-03-01", None, None, False, None, 150000, "EUR",
                                                  ("LB", "JO", "SY"), ("media_org",)),
    "microprojets-afghanistan-appel-permanent": Facts("fr", None, None, None, True, 5000, 20000, "USD", ("AF",),
                                                      ("cbo",)),
    "initiative-mediterranee-jeunes-emploi": Facts("fr", "2027-04-15", "23:59", "Europe/Paris", False, None, 45000,
                                                   "EUR", tuple(c for c in SOUTHERN_NEIGHBOURHOOD if c != "LY"), ()),
    # "1.234.567,50 €" is the envelope; the grant ceiling is "80 000 €".
    "fonds-urgence-turquie-syrie": Facts("fr", "2027-01-30", "17:00", "Europe/Brussels", False, None, 80000, "EUR",
                                         ("TR", "SY"), NGO),
    "jordanie-droits-travailleurs-migrants": Facts("fr", "2027-03-10", None, None, False, 20000, 80000, "EUR", ("JO",),
                                                   NGO),
    "monde-entier-defenseurs-droits": Facts("fr", None, None, None, True, None, 5000, "EUR", ("*",), ()),
    "irak-jordanie-education-filles": Facts("fr", "2027-02-20", "12:00", "Asia/Baghdad", False, 50000, 120000, "USD",
                                            ("IQ", "JO"), NGO),
    "liban-cohesion-sociale": Facts("fr", "2027-04-05", None, None, False, None, 100000, "EUR", ("LB",), NGO),
    # A bare "دينار" on a call for Jordan is the Jordanian dinar; "تصل ... إلى" makes it a ceiling.
    "jordan-youth-initiatives-fund-ar": Facts("ar", "2026-12-31", None, None, False, None, 8000, "JOD", ("JO",),
                                              ("cbo",)),
    "iraq-feminist-organisations-grants-ar": Facts("ar", "2026-12-31", None, None, False, 50000, 50000, "USD", ("IQ",),
                                                   ("women_led_org",)),
    "middle-east-human-rights-programme-ar": Facts("ar", "2027-01-20", "23:59", "Asia/Beirut", False, 10000, 25000,
                                                   "USD", MIDDLE_EAST, NGO),
    # The embassy in Beirut is the donor; the call is for Syria.
    "syria-civil-society-small-grants-ar": Facts("ar", "2027-02-15", None, None, False, None, 20000, "EUR", ("SY",),
                                                 NGO),
    "lebanon-recovery-fund-ar": Facts("ar", None, None, None, True, None, 300_000_000, "LBP", ("LB",), NGO),
    "turkiye-livelihoods-support-ar": Facts("ar", "2027-02-28", "17:00", "Europe/Istanbul", False, 500000, 1000000,
                                            "TRY", ("TR",), NGO),
    "levant-regional-grants-ar": Facts("ar", "2027-01-15", None, None, False, 15000, 15000, "USD", LEVANT, NGO),
    "afghanistan-education-fund-ar": Facts("ar", "2027-03-31", None, None, False, None, 25000, "USD", ("AF",), ()),
    "north-africa-emergency-response-ar": Facts("ar", "2027-04-30", "23:59", "UTC", False, None, 100000, "EUR",
                                                NORTH_AFRICA, NGO),
    "iraq-lebanon-call-for-proposals-ar": Facts("ar", "2027-03-15", None, None, False, 10000, 40000, "EUR",
                                                ("IQ", "LB"), NGO),
    "syria-independent-media-grant-ar": Facts("ar", "2026-12-31", "23:59", "Asia/Damascus", False, 12500, 12500, "USD",
                                              ("SY", "TR"), ("media_org",)),
}


def facts_of(call: dict) -> Facts:
    countries = call["eligible_countries"]
    if "SY" not in countries and len(countries) > 240:
        countries = ALL_BUT_SYRIA
    return Facts(call["language"], call["deadline"], call.get("deadline_time"), call.get("deadline_tz"),
                 bool(call.get("rolling")), call["amount_min"], call["amount_max"], call["currency"],
                 countries if isinstance(countries, str) else tuple(countries), tuple(call["eligible_applicants"]))


def check_every_call(calls: list[dict]) -> None:
    by_slug = {call["url"].rstrip("/").rsplit("/", 1)[-1]: call for call in calls}
    assert sorted(by_slug) == sorted(EXPECTED)
    wrong = {slug: (facts_of(by_slug[slug]), want) for slug, want in EXPECTED.items()
             if facts_of(by_slug[slug]) != want}
    assert wrong == {}, "\n".join(f"{slug}:\n  got  {got}\n  want {want}" for slug, (got, want) in wrong.items())
    for call in calls:
        # The sidebar's and footer's facts never reach a call, and the title is not repeated as the description.
        leaks = ("900,000", "900 000", "٩٠٠٬٠٠٠", "Norway", "Norvège", "النرويج", "2030")
        assert [leak for leak in leaks if leak in call["description"]] == []
        assert not call["description"].startswith(call["title"])
        assert call["url"].startswith("http://127.0.0.1:") and call["published"].startswith("2026-11-")


def test_sources_add_then_crawl_reads_every_call_of_a_trilingual_feed(fursa, settings):
    """The analyst's commands, verbatim: nothing registered by code, the crawl settings of a real crawl."""
    with ReplayServer(SITE) as server:
        added = fursa("sources", "add", "--kind", "feed", f"{server.base_url}/feed/", "--name", "test_feed")
        assert added.code == 0, added.stderr
        crawled = fursa("crawl", "test_feed", "--json")
        assert crawled.code == 0, crawled.stderr
        followed = {r["path"] for r in server.requests if r["path"].startswith("/calls/")}
    (summary,) = json.loads(crawled.stdout)
    assert (summary["status"], summary["seen"], summary["new"]) == ("ok", 33, 33)
    assert len(followed) == 33  # every item was followed to its own page

    exported = fursa("export", "calls", "--source", "test_feed")
    calls = [json.loads(line) for line in exported.stdout.splitlines()]
    check_every_call(calls)
    dinars = next(c for c in calls if "jordan-youth-initiatives-fund-ar" in c["url"])
    assert dinars["amount_raw"] == "تصل قيمة المنحة إلى ٨٬٠٠٠ دينار" and 11000 < dinars["amount_max_usd"] < 11600
    assert "Deadline: TBC" in next(c for c in calls if "peacebuilding" in c["url"])["deadline_raw"]


@pytest.mark.parametrize("path, kind, pattern", [
    ("/feed/atom/", "feed", None),
    ("/sitemap.xml", "sitemap", "/calls/[^/]+/$"),  # the index also lists /about/ and tag pages
    ("/calls/", "listing", "/calls/[^/]+/$"),  # two pages; tag and "Read more" links too
])
def test_atom_sitemap_and_listing_variants_read_the_same_facts(fursa, settings, path, kind, pattern):
    with ReplayServer(SITE) as server:
        args = ["sources", "add", "--kind", kind, f"{server.base_url}{path}", "--name", f"test_{kind}"]
        added = fursa(*args, *(["--link-pattern", pattern] if pattern else []))
        assert added.code == 0, added.stderr
        (summary,) = crawl(settings, [f"test_{kind}"], extra_settings=FAST)
    assert (summary["status"], summary["seen"]) == ("ok", 33)
    with open_store(settings.db) as con:
        check_every_call(list(iter_calls(con, source=f"test_{kind}")))
