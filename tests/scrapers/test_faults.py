"""Faults, each served by a real HTTP server on 127.0.0.1, crawled by `fursa crawl` in one run.

Every fault has its own source (and so its own spider); the run also crawls a healthy source. Sources
that need a history are crawled once healthy (phase 1), then the server's routes change and every
source is crawled together (phase 2). For each fault the tests check that the other sources finished,
that nothing stored was lost, and that the run record and what `fursa crawl` printed name the URL and
the reason. Small timeouts come from tests/scrapers/loopback_settings.py.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

import pytest

from fursa.replay import ReplayServer
from fursa.store import open_store
from scrapers.pipelines.validate import mis_decoded
from tests.scrapers.conftest import FIXTURES

FURSA = Path(sys.executable).with_name("fursa")
EU_PATH = "/search-api/prod/rest/search"
ARABIC_TITLES = ["منح صغيرة لمنظمات المجتمع المدني في لبنان", "صندوق دعم المبادرات الشبابية في الأردن"]
LIMIT = 256 * 1024  # DOWNLOAD_MAXSIZE in loopback_settings


def rss(items: list[tuple[str, str, str]], *, declaration: str | None = "UTF-8", host: str = "calls.example.org") -> str:
    """A minimal RSS 2.0 feed; items are (guid, title, description) and link to https://host/<guid>/."""
    head = f'<?xml version="1.0" encoding="{declaration}"?>' if declaration else '<?xml version="1.0"?>'
    entries = "".join(
        f"<item><title>{escape(title)}</title><link>https://{host}/{guid}/</link>"
        f"<guid isPermaLink=\"false\">{guid}</guid><description>{escape(text)}</description></item>"
        for guid, title, text in items)
    return f"{head}<rss version=\"2.0\"><channel><title>Test calls</title>{entries}</channel></rss>"


def english_items(prefix: str, n: int = 2) -> list[tuple[str, str, str]]:
    """Calls that differ from source to source (same facts on two sources would make them one call)."""
    base = 10 + sum(map(ord, prefix)) % 90
    return [(f"{prefix}-{i}", f"{prefix.title()} Foundation: small grants, round {i}",
             f"Deadline: 15 March 2027. Grants up to EUR {base + i},000 for civil society organisations "
             "in Lebanon.") for i in range(1, n + 1)]


def arabic_items() -> list[tuple[str, str, str]]:
    return [(f"ar-{i}", title, "آخر موعد للتقديم: 15 آذار 2027. منح للمنظمات المحلية في لبنان والأردن.")
            for i, title in enumerate(ARABIC_TITLES, start=1)]


def listing_html(links: list[str], *, redesigned: bool = False) -> str:
    if redesigned:  # the same calls behind new markup the spider's selectors no longer find
        cards = "".join(f'<div class="card"><a class="card-link" href="{href}">Call</a></div>' for href in links)
        return f"<html><body><main>{cards}</main></body></html>"
    return "<html><body><ul>" + "".join(f'<li><a class="call" href="{h}">Call</a></li>' for h in links) + "</ul></body></html>"


def call_page(n: int) -> str:
    return (f"<html><body><h1>Community grants round {n}</h1><p class=\"funder\">Example Foundation</p>"
            f"<p class=\"deadline\">Deadline: 15 March 2027</p><div class=\"body\">Support to local "
            f"organisations in Jordan, round {n}.</div></body></html>")


RSS = "application/rss+xml; charset=UTF-8"
HTML = "text/html; charset=utf-8"

# Source name -> (kind, path on the server). Kind "feed" is the generic RSS spider; the others name a spider.
SOURCES = {
    "healthy": ("feed", "/healthy/feed/"),
    "flaky": ("feed", "/flaky/feed/"),
    "throttled": ("feed", "/throttled/feed/"),
    "throttled_long": ("feed", "/throttled-long/feed/"),
    "slow": ("feed", "/slow/feed/"),
    "eu_funding_tenders": ("sedia", EU_PATH),
    "arabic_declared": ("feed", "/arabic-declared/feed/"),
    "arabic_undeclared": ("feed", "/arabic-undeclared/feed/"),
    "oversized": ("feed", "/oversized/feed/"),
    "redirect_loop": ("feed", "/loop/a"),
    "loopback_gone": ("pages", "/gone/"),
    "loopback_redesign": ("pages", "/redesign/"),
    "fields_gone": ("feed", "/fields-gone/feed/"),
    "robots_blocked": ("feed", "/private/feed/"),
}
SEEDED = ["healthy", "eu_funding_tenders", "oversized", "loopback_gone", "loopback_redesign", "fields_gone"]


def common_routes() -> list[dict]:
    return [
        {"path": "/robots.txt", "body": "User-agent: *\nDisallow: /private/\n", "content_type": "text/plain"},
        {"path": "/healthy/feed/", "body": rss(english_items("healthy")), "content_type": RSS},
        {"path": "/gone/", "body": listing_html(["calls/1.html", "calls/2.html"]), "content_type": HTML},
        {"path": "/gone/calls/1.html", "body": call_page(1), "content_type": HTML},
        {"method": "POST", "path": EU_PATH, "query": {"pageNumber": "1"}, "file": "search-page-1.json",
         "content_type": "application/json"},
    ]


def phase1_routes() -> list[dict]:
    return common_routes() + [
        {"method": "POST", "path": EU_PATH, "query": {"pageNumber": "2"}, "file": "search-page-2.json",
         "content_type": "application/json"},
        {"path": "/oversized/feed/", "body": rss(english_items("oversized", 1)), "content_type": RSS},
        {"path": "/gone/calls/2.html", "body": call_page(2), "content_type": HTML},
        {"path": "/redesign/", "body": listing_html(["calls/1.html", "calls/2.html"]), "content_type": HTML},
        {"path": "/redesign/calls/1.html", "body": call_page(1), "content_type": HTML},
        {"path": "/redesign/calls/2.html", "body": call_page(2), "content_type": HTML},
        {"path": "/fields-gone/feed/", "body": rss(english_items("fields", 3)), "content_type": RSS},
    ]


def phase2_routes() -> list[dict]:
    def good_feed(prefix: str) -> dict:  # a feed of its own per source: the same calls on two would be linked
        return {"body": rss(english_items(prefix)), "content_type": RSS}

    without_titles = rss(english_items("fields", 3)).replace("<title>Fields", "<summary>Fields").replace(
        "</title><link>", "</summary><link>")
    return common_routes() + [
        {"path": "/flaky/feed/", "responses": [{"status": 500}, {"status": 500}, good_feed("flaky")]},
        {"path": "/throttled/feed/", "responses": [{"status": 429, "headers": {"Retry-After": "1"}},
                                                   good_feed("throttled")]},
        {"path": "/throttled-long/feed/", "status": 503, "headers": {"Retry-After": "600"}},
        {"path": "/slow/feed/", "delay": 6, **good_feed("slow")},
        {"method": "POST", "path": EU_PATH, "query": {"pageNumber": "2"}, "file": "search-page-2.truncated.json",
         "content_type": "application/json"},
        # windows-1256 bytes under a UTF-8 header; the XML declaration tells the truth.
        {"path": "/arabic-declared/feed/", "body": rss(arabic_items(), declaration="windows-1256"),
         "charset": "windows-1256", "content_type": RSS},
        # windows-1256 bytes under a Latin-1 header, and no declaration at all.
        {"path": "/arabic-undeclared/feed/", "body": rss(arabic_items(), declaration=None, host="ar.example.org"),
         "charset": "windows-1256", "content_type": "text/xml; charset=iso-8859-1"},
        {"path": "/oversized/feed/", "file": "oversized.xml", "content_type": RSS},
        {"path": "/loop/a", "status": 302, "headers": {"Location": "/loop/b"}},
        {"path": "/loop/b", "status": 302, "headers": {"Location": "/loop/a"}},
        {"path": "/gone/calls/2.html", "status": 404, "body": "not found", "content_type": HTML},
        {"path": "/redesign/", "body": listing_html(["calls/1.html", "calls/2.html"], redesigned=True),
         "content_type": HTML},
        {"path": "/fields-gone/feed/", "body": without_titles, "content_type": RSS},
        {"path": "/private/feed/", **good_feed("private")},
    ]


@dataclass
class Crawl:
    code: int
    summaries: dict[str, dict]
    stderr: str


@dataclass
class Scenario:
    db: Path
    server: ReplayServer
    first: Crawl
    second: Crawl
    before: dict[str, tuple]  # call id -> (status, title) after phase 1
    phase2_requests: list[dict]
    env: dict[str, str]

    def run(self, source: str) -> dict:
        with open_store(self.db) as con:
            cur = con.execute("SELECT * FROM crawl_runs WHERE source = ? ORDER BY id DESC LIMIT 1", [source])
            row = dict(zip([d[0] for d in cur.description], cur.fetchone(), strict=True))
        row["errors"] = json.loads(row["errors"])
        return row

    def fault(self, source: str) -> dict:
        """The error a fault left in the run record (the first line is the run's verdict)."""
        return self.run(source)["errors"][1]

    def calls(self, source: str) -> dict[str, tuple]:
        with open_store(self.db) as con:
            rows = con.execute(
                "SELECT c.id, c.status, c.title, c.status_changed_at FROM calls c JOIN call_sources s "
                "ON s.call_id = c.id WHERE s.source = ?", [source]).fetchall()
        return {r[0]: r[1:] for r in rows}

    def requests_to(self, path: str) -> list[dict]:
        return [r for r in self.phase2_requests if r["path"] == path]

    def printed(self, source: str) -> list[str]:
        """The lines `fursa crawl` printed for a source: its summary line and its error lines."""
        lines = self.second.stderr.splitlines()
        start = next(i for i, line in enumerate(lines) if line.split()[:1] == [source])
        block = [lines[start]]
        for line in lines[start + 1:]:
            if not line.startswith("      "):
                break
            block.append(line)
        return block


def fursa_crawl(env: dict, *names: str) -> Crawl:
    proc = subprocess.run([str(FURSA), "crawl", "--json", *names], capture_output=True, text=True, env=env,
                          timeout=120, cwd=env["FURSA_CWD"])
    summaries = {s["source"]: s for s in json.loads(proc.stdout)} if proc.stdout.strip() else {}
    return Crawl(proc.returncode, summaries, proc.stderr)


@pytest.fixture(scope="module")
def scenario(tmp_path_factory) -> Scenario:
    root = tmp_path_factory.mktemp("faults")
    site = root / "site"
    site.mkdir()
    for name in ("search-page-1.json", "search-page-2.json"):
        (site / name).write_bytes((FIXTURES / "eu_funding_tenders" / name).read_bytes())
    page2 = (FIXTURES / "eu_funding_tenders" / "search-page-2.json").read_bytes()
    (site / "search-page-2.truncated.json").write_bytes(page2[: len(page2) // 2])
    big = rss(english_items("oversized", 1)).replace("</channel>", "<!--" + "x" * (2 * LIMIT) + "--></channel>")
    (site / "oversized.xml").write_text(big, encoding="utf-8")
    (site / "manifest.json").write_text(json.dumps({"routes": phase1_routes()}))
    data = root / "data"
    data.mkdir()
    with ReplayServer(site) as server:
        # Feeds are read as feeds: their items' links point at hosts that do not exist.
        (data / "sources.toml").write_text("".join(
            f'[[source]]\nname = "{name}"\nkind = "{kind}"\nurl = "{server.base_url}{path}"\n'
            + ("options = { follow = false }\n" if kind == "feed" else "") + "\n"
            for name, (kind, path) in SOURCES.items()), encoding="utf-8")
        (root / "cwd").mkdir()
        env = {k: v for k, v in os.environ.items() if not k.startswith("FURSA_")}
        env.update(FURSA_DB=str(root / "fursa.duckdb"), FURSA_DATA_DIR=str(data), FURSA_AS_OF="2026-11-21",
                   SCRAPY_SETTINGS_MODULE="tests.scrapers.loopback_settings", FURSA_CWD=str(root / "cwd"))
        first = fursa_crawl(env, *SEEDED)
        with open_store(root / "fursa.duckdb") as con:
            before = {r[0]: r[1:] for r in con.execute("SELECT id, status, title FROM calls").fetchall()}
        server.set_routes(phase2_routes())
        server.requests.clear()
        second = fursa_crawl(env)
        requests = list(server.requests)
    return Scenario(root / "fursa.duckdb", server, first, second, before, requests, env)


# --- every fault, and the rest of the crawl ------------------------------------------------------------------

def test_phase_one_stores_the_seeded_sources(scenario):
    assert scenario.first.code == 0, scenario.first.stderr
    assert {s: scenario.first.summaries[s]["status"] for s in SEEDED} == dict.fromkeys(SEEDED, "ok")
    assert len(scenario.before) == 2 + 4 + 1 + 2 + 2 + 3


def test_a_healthy_source_finishes_beside_every_fault_and_nothing_stored_is_lost(scenario):
    assert scenario.second.summaries["healthy"]["status"] == "ok"
    assert set(scenario.second.summaries) == set(SOURCES)
    with open_store(scenario.db) as con:
        after = {r[0] for r in con.execute("SELECT id FROM calls").fetchall()}
    assert set(scenario.before) <= after
    # Exit code 1: some sources failed or broke, and the summary says which.
    assert scenario.second.code == 1
    assert "some sources failed" in scenario.second.stderr


def test_500s_then_success_is_retried_and_stored(scenario):
    assert scenario.second.summaries["flaky"]["status"] == "ok"
    assert scenario.second.summaries["flaky"]["new"] == 2
    assert [r["path"] for r in scenario.requests_to("/flaky/feed/")] == ["/flaky/feed/"] * 3


def test_429_with_retry_after_waits_as_asked_then_succeeds(scenario):
    assert (scenario.second.summaries["throttled"]["status"], scenario.second.summaries["throttled"]["new"]) == ("ok", 2)
    first, second = scenario.requests_to("/throttled/feed/")
    assert second["at"] - first["at"] >= 1.0
    assert "Fursa/" in first["headers"]["User-Agent"]  # identifies itself


def test_a_retry_after_beyond_the_limit_gives_up_at_once_and_says_why(scenario):
    run = scenario.run("throttled_long")
    assert run["status"] == "failed"
    assert len(scenario.requests_to("/throttled-long/feed/")) == 1
    error = scenario.fault("throttled_long")
    assert (error["status"], error["url"].endswith("/throttled-long/feed/")) == (503, True)
    assert "retry after 600 s" in error["reason"]
    assert any("retry after 600 s" in line and "/throttled-long/feed/" in line
               for line in scenario.printed("throttled_long"))


def test_a_response_slower_than_the_timeout_fails_after_bounded_retries(scenario):
    run = scenario.run("slow")
    assert run["status"] == "failed"
    assert len(scenario.requests_to("/slow/feed/")) == 3  # 1 + RETRY_TIMES
    error = scenario.fault("slow")
    assert error["url"].endswith("/slow/feed/")
    assert error["reason"] == "timed out after 3 s (2 retries)"
    assert any("timed out" in line for line in scenario.printed("slow"))


def test_truncated_json_keeps_what_was_read_and_marks_nothing_unavailable(scenario):
    run = scenario.run("eu_funding_tenders")
    assert run["status"] == "partial"
    assert (run["seen"], run["unchanged"]) == (3, 3)
    error = scenario.fault("eu_funding_tenders")
    assert "pageNumber=2" in error["url"]
    assert "JSONDecodeError" in error["reason"]
    # The call only page 2 listed is still stored, and still open: the listing was cut short.
    page2 = [cid for cid in scenario.before if cid.endswith("EuropeAid/187769/DD/ACT/IQ")]
    assert page2 and scenario.calls("eu_funding_tenders")[page2[0]][0] == "open"
    assert any("pageNumber=2" in line for line in scenario.printed("eu_funding_tenders"))


def test_windows_1256_under_a_wrong_utf8_header_is_decoded_by_its_declaration(scenario):
    assert scenario.run("arabic_declared")["status"] == "ok"
    titles = sorted(t for _, t, _ in scenario.calls("arabic_declared").values())
    assert titles == sorted(ARABIC_TITLES)


def test_windows_1256_under_a_latin1_header_is_decoded_or_refused_never_stored_garbled(scenario):
    run = scenario.run("arabic_undeclared")
    titles = [t for _, t, _ in scenario.calls("arabic_undeclared").values()]
    assert all(mis_decoded(t) is None for t in titles)
    if run["status"] == "ok":
        assert sorted(titles) == sorted(ARABIC_TITLES)
    else:  # refused: the run names the page and the reason, and stored nothing garbled
        assert titles == []
        assert any("undecodable" in e["reason"] or "mojibake" in e["reason"] for e in run["errors"])


def test_an_oversized_body_is_not_read_and_the_stored_call_is_kept(scenario):
    run = scenario.run("oversized")
    assert run["status"] == "failed"
    error = scenario.fault("oversized")
    assert error["url"].endswith("/oversized/feed/")
    assert f"larger than the {LIMIT:,} byte limit" in error["reason"]
    assert [s for s, _, _ in scenario.calls("oversized").values()] == ["open"]


def test_a_redirect_loop_is_cut_and_named(scenario):
    run = scenario.run("redirect_loop")
    assert run["status"] == "failed"
    error = scenario.fault("redirect_loop")
    assert error["url"].endswith("/loop/a")
    assert error["reason"].startswith("redirect loop: ") and error["reason"].endswith("/loop/b -> " + error["url"])
    assert [r["path"] for r in scenario.phase2_requests if r["path"].startswith("/loop/")] == ["/loop/a", "/loop/b"]
    assert any("redirect loop" in line for line in scenario.printed("redirect_loop"))


def test_a_404_for_a_known_call_marks_it_unavailable_never_deletes_it(scenario):
    run = scenario.run("loopback_gone")
    assert run["status"] == "partial"
    error = scenario.fault("loopback_gone")
    assert (error["status"], error["url"].endswith("/gone/calls/2.html")) == (404, True)
    calls = {cid.rsplit(":", 1)[-1]: (status, changed) for cid, (status, _, changed) in
             scenario.calls("loopback_gone").items()}
    assert calls["1"][0] == "open"
    assert calls["2"][0] == "unavailable" and calls["2"][1] is not None
    assert any("404" in line and "/gone/calls/2.html" in line for line in scenario.printed("loopback_gone"))


def test_an_empty_listing_after_a_redesign_marks_the_source_broken_and_keeps_its_calls(scenario):
    run = scenario.run("loopback_redesign")
    assert run["status"] == "broken"
    assert "listing returned no calls" in run["errors"][0]["reason"]
    assert sorted(s for s, _, _ in scenario.calls("loopback_redesign").values()) == ["open", "open"]


def test_items_that_lose_their_required_fields_mark_the_source_broken_and_keep_its_calls(scenario):
    run = scenario.run("fields_gone")
    assert run["status"] == "broken"
    assert "only 0 of 3 items" in run["errors"][0]["reason"]
    assert sorted(s for s, _, _ in scenario.calls("fields_gone").values()) == ["open"] * 3


def test_robots_txt_is_obeyed(scenario):
    run = scenario.run("robots_blocked")
    assert run["status"] == "failed"
    assert scenario.fault("robots_blocked")["reason"] == "Forbidden by robots.txt"
    assert scenario.requests_to("/private/feed/") == []


def test_fursa_sources_shows_each_sources_health_last_success_and_why_it_failed(scenario):
    proc = subprocess.run([str(FURSA), "sources", "--json"], capture_output=True, text=True, env=scenario.env,
                          timeout=60, cwd=scenario.env["FURSA_CWD"])
    assert proc.returncode == 0, proc.stderr
    health = {row["name"]: row for row in json.loads(proc.stdout)}
    assert set(health) == set(SOURCES)
    assert (health["healthy"]["health"], health["healthy"]["failures_in_a_row"]) == ("ok", 0)
    oversized = health["oversized"]
    assert (oversized["health"], oversized["failures_in_a_row"], oversized["calls"]) == ("failed", 1, 1)
    assert oversized["last_success"] is not None  # phase 1
    assert "larger than" in oversized["errors"][1]["reason"]
    assert health["slow"]["last_success"] is None
    redesign = health["loopback_redesign"]
    assert (redesign["health"], redesign["listed"], redesign["open_calls"]) == ("broken", 2, 2)

    text = subprocess.run([str(FURSA), "sources"], capture_output=True, text=True, env=scenario.env, timeout=60,
                          cwd=scenario.env["FURSA_CWD"]).stdout
    block = text[text.index("oversized"):].splitlines()[:6]
    assert block[0].split()[:2] == ["oversized", "failed"] and "last success 20" in block[0]
    assert any("larger than" in line and "/oversized/feed/" in line for line in block)
