"""Crawl benchmark: a generated WordPress feed on a loopback server, crawled cold, then unchanged.

The site is the demo's fundsforNGOs feed (scripts/demo_data/feeds.py renders it) repeated to N calls,
PER_PAGE posts a page, with ETag / Last-Modified on every page. Prints pages/s and calls/s of the cold
crawl, then the unchanged re-crawl twice: answered 304 Not Modified (conditional requests), and with
validators off (every page downloaded again; content hashes find nothing changed). Rows added by the
re-crawls must be 0. Politeness delays are off: this measures Fursa, not the site's patience.

    .venv/bin/python bench/crawl.py [N]
"""

from __future__ import annotations

import dataclasses
import importlib.util
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from fursa.crawl import crawl  # noqa: E402
from fursa.replay import ReplayServer  # noqa: E402
from fursa.settings import load_settings  # noqa: E402
from fursa.store import open_store  # noqa: E402

N = int(sys.argv[1]) if len(sys.argv) > 1 else 380  # 19 full pages: under the feed spider's 20-page cap
PER_PAGE = 20  # WordPress default
AS_OF = "2026-11-21"
FAST = {"DOWNLOAD_DELAY": 0, "AUTOTHROTTLE_ENABLED": False, "ROBOTSTXT_OBEY": False}


def demo_feeds():
    spec = importlib.util.spec_from_file_location("demo_feeds", ROOT / "scripts" / "demo_data" / "feeds.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look themselves up there
    spec.loader.exec_module(module)
    return module


def write_site(folder: Path, n: int) -> int:
    """N calls as a paged WordPress feed; returns the number of pages (the last one is empty)."""
    feeds = demo_feeds()
    site = dataclasses.replace(feeds.FUNDSFORNGOS, per_page=PER_PAGE)
    base = feeds.FUNDSFORNGOS_CALLS
    calls = [dataclasses.replace(c, post_id=1_000_000 + i, slug=f"{c.slug}-{i}", title=f"{c.title} ({i})")
             for i, c in ((i, base[i % len(base)]) for i in range(n))]
    pages = feeds.paginate(site, calls)
    routes = []
    for number, page in enumerate(pages, start=1):
        name = f"feed-{number}.xml"
        (folder / name).write_text(feeds.render_feed(site, page, number, feeds.published_at(base[0])),
                                   encoding="utf-8")
        routes.append(feeds.route({"paged": str(number)} if number > 1 else {}, name))
    # The first page's route has no query: it must come last, or it would answer every page.
    (folder / "manifest.json").write_text(feeds.manifest_json(routes[1:] + routes[:1]), encoding="utf-8")
    return len(pages)


def count_calls(db: Path) -> int:
    with open_store(db) as con:
        return con.execute("SELECT count(*) FROM calls").fetchone()[0]


def timed_crawl(settings) -> tuple[float, dict]:
    start = time.perf_counter()
    [summary] = crawl(settings, ["fundsforngos"], extra_settings=FAST)
    return time.perf_counter() - start, summary


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        (root / "site").mkdir()
        (root / "data").mkdir()
        n_pages = write_site(root / "site", N)
        settings = load_settings(db=root / "bench.duckdb", data_dir=root / "data", as_of=AS_OF)
        with ReplayServer(root / "site", validators=True) as server:
            settings.registry_path.write_text(
                f'[[source]]\nname = "fundsforngos"\nkind = "wordpress_rss"\nurl = "{server.base_url}/feed/"\n')
            print(f"site: {N} calls on {n_pages} feed pages ({PER_PAGE} a page), loopback, no politeness delay")
            wall, cold = timed_crawl(settings)
            rows = count_calls(settings.db)
            print(f"cold crawl:                 {wall:6.2f} s ({cold['duration_s']:5.2f} s in the spider)  "
                  f"{n_pages / cold['duration_s']:6.1f} pages/s  {cold['seen'] / cold['duration_s']:6.1f} calls/s  "
                  f"new {cold['new']}  status {cold['status']}")
            wall, warm = timed_crawl(settings)
            added = count_calls(settings.db) - rows
            print(f"unchanged, 304s:            {wall:6.2f} s ({warm['duration_s']:5.2f} s in the spider)  "
                  f"not modified {warm['not_modified']}/{n_pages} pages  unchanged {warm['unchanged']}  "
                  f"rows added {added}")
            server.validators = False
            wall, full = timed_crawl(settings)
            added = count_calls(settings.db) - rows
            print(f"unchanged, no validators:   {wall:6.2f} s ({full['duration_s']:5.2f} s in the spider)  "
                  f"not modified {full['not_modified']}/{n_pages} pages  unchanged {full['unchanged']}  "
                  f"rows added {added}")
        print("(wall time includes starting the crawl worker: Python, Scrapy and the language model)")


if __name__ == "__main__":
    main()
