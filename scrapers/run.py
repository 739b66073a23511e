"""The crawl worker: runs several spiders in one Scrapy process and writes their summaries as JSON.

Run by `fursa crawl` in a child process, so the Twisted reactor gets a fresh process every time and the
caller (CLI or dashboard) never blocks on it:

    python -m scrapers.run JOBS.json SUMMARY.json
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

os.environ.setdefault("SCRAPY_SETTINGS_MODULE", "scrapers.settings")


def main(jobs_path: str, summary_path: str) -> int:
    from scrapy.crawler import CrawlerProcess
    from scrapy.spiderloader import SpiderLoader
    from scrapy.utils.project import get_project_settings

    spec = json.loads(Path(jobs_path).read_text(encoding="utf-8"))
    settings = get_project_settings()
    settings.setdict(spec.get("settings", {}), priority="cmdline")
    loader = SpiderLoader.from_settings(settings)
    process = CrawlerProcess(settings, install_root_handler=True)
    crawlers = []
    summaries = []
    failures: dict[str, str] = {}  # source -> why its crawler stopped (e.g. the store stayed locked at start)
    for job in spec["jobs"]:
        try:
            spider_cls = loader.load(job["spider"])
        except KeyError:
            summaries.append({"source": job["source"], "status": "failed",
                              "error": f"no spider named {job['spider']!r}"})
            continue
        crawler = process.create_crawler(spider_cls)
        crawlers.append((job, crawler))
        # The source's registry options, as strings (fursa.registry.Source.spider_args), like `-a KEY=VALUE`.
        kwargs = {**job.get("args", {}), "url": job["url"]}
        if job["spider"] != job["source"]:
            kwargs["source_name"] = job["source"]
        process.crawl(crawler, **kwargs).addErrback(
            lambda failure, source=job["source"]: failures.__setitem__(source, failure.getErrorMessage()[:300]))
    if crawlers:
        process.start()
    for job, crawler in crawlers:
        summary = getattr(crawler.spider, "crawl_summary", None) if crawler.spider else None
        why = failures.get(job["source"])
        summaries.append(summary or {"source": job["source"], "status": "failed",
                                     "error": f"the spider stopped before storing its calls: {why}" if why
                                     else "the spider stopped before storing its calls (see the log)"})
    Path(summary_path).write_text(json.dumps(summaries, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:3]))
