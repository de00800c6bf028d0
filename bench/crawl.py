"""Benchmark: pages/s of a govnews spider against a bare Scrapy spider that only downloads the same pages.

Usage: ``python bench/crawl.py [--pages 1000,10000] [--repeat 2] [--concurrency 16] [--profile FILE]``.

For each size N, a generated ND Soft site of N pages (``bench/crawl_site.py``: list pages of 20 entries
and article pages whose bodies are ``bench/corpus.py`` texts) is served from memory on a free
127.0.0.1 port, and two whole processes crawl it, alternating, ``--repeat`` times each (the best
run of each is kept):

- govnews: ``govnews crawl --spider sijung --start-url <first list page> --incremental`` with a
  fresh state file, ``--raw-dir`` and ``-o`` (the ND Soft skin A spider with every pipeline:
  validation, dedupe, raw pages, fsync'd journal, incremental state), walking the list pages;
- bare: ``scrapy runspider`` of :class:`BareSpider` outside the project (Scrapy's default
  settings), requesting the same URLs from a list and doing nothing with the responses.

Both run with politeness off — ``DOWNLOAD_DELAY=0``, AutoThrottle off — and the same concurrency
(``CONCURRENT_REQUESTS`` and ``CONCURRENT_REQUESTS_PER_DOMAIN``, 16 by default: the production
setting is 1 per domain) and ``CONCURRENT_ITEMS=4`` (govnews's own setting, given to the bare spider
too: Scrapy's default of 100 costs each response a hundred asyncio tasks, on both sides alike).
Wall time runs from the process start to its exit, so it includes each process's start-up; CPU time
is the process's user + system time, its threads' and its parse worker's included (steadier than
wall time on a shared machine). The server checks that each run fetched every page of the site, and govnews must
write every article. Prints a Markdown table and, last, a ``ratios:`` line (govnews pages/s ÷ bare
pages/s, by wall and by CPU time; goal >= 0.8).
``--profile FILE`` also runs the govnews crawl of the first size once under cProfile and prints
its top entries by cumulative and by own time.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import scrapy

try:
    from bench.crawl_site import BenchSite  # imported from the project root (tests)
except ImportError:  # run as a script or by `scrapy runspider`: bench/ is on sys.path
    from crawl_site import BenchSite  # type: ignore[no-redef]

ROOT = Path(__file__).resolve().parent.parent
GOAL = 0.8


class BareSpider(scrapy.Spider):
    """Downloads every URL of ``-a urls=FILE`` (one a line) and does nothing with the responses."""

    name = "bare"

    def __init__(self, urls: str = "", stats: str = "", **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.url_file = urls
        self.stats_file = stats
        self.pages = 0

    async def start(self):
        with open(self.url_file, encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    yield scrapy.Request(line.strip(), callback=self.parse)

    def parse(self, response, **kwargs: Any):
        self.pages += 1
        return ()

    def closed(self, reason: str) -> None:
        if self.stats_file:
            Path(self.stats_file).write_text(json.dumps({"pages": self.pages, "reason": reason}), encoding="utf-8")


def _common_settings(concurrency: int) -> list[str]:
    # CONCURRENT_ITEMS: govnews's own setting (crawler/settings.py), given to the bare spider too, so
    # that Scrapy's per-response cost is the same on both sides
    settings = {"DOWNLOAD_DELAY": 0, "AUTOTHROTTLE_ENABLED": "False", "CONCURRENT_REQUESTS": concurrency,
                "CONCURRENT_REQUESTS_PER_DOMAIN": concurrency, "CONCURRENT_ITEMS": 4, "LOG_LEVEL": "WARNING"}
    return [arg for k, v in settings.items() for arg in ("-s", f"{k}={v}")]


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "SCRAPY_SETTINGS_MODULE" and not k.startswith("GOVNEWS_")}
    env["PYTHONPATH"] = str(ROOT)
    return env


def _timed(cmd: list[str], cwd: Path) -> tuple[float, float]:
    """Run ``cmd`` to its end; returns (wall s, CPU s of the process)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(cmd, cwd=cwd, env=_env(), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(cmd[:4])} … exited {done.returncode}:\n{done.stderr[-2000:]}")
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def govnews_cmd(site: BenchSite, base: str, work: Path, concurrency: int) -> list[str]:
    return [sys.executable, "-m", "govnews", "crawl", "--spider", "sijung", "--start-url", site.start_url(base),
            "--incremental", "--state", str(work / "crawl_state.sqlite"), "--raw-dir", str(work / "raw"),
            "-o", str(work / "articles.jsonl"), *_common_settings(concurrency),
            # the production cap on list pages walked per run (500) would stop a walk of a site above ~10k pages
            "-s", f"GOVNEWS_MAX_LIST_PAGES={site.lists + 1}"]


def run_govnews(site: BenchSite, base: str, work: Path, concurrency: int) -> dict:
    work.mkdir(parents=True)
    site.served.clear()
    wall, cpu = _timed(govnews_cmd(site, base, work, concurrency), ROOT)
    articles = sum(1 for line in (work / "articles.jsonl").open(encoding="utf-8") if line.strip())
    _check(site, "govnews", articles_written=articles)
    return {"wall": wall, "cpu": cpu, "articles": articles}


def run_bare(site: BenchSite, base: str, work: Path, concurrency: int) -> dict:
    work.mkdir(parents=True)
    urls = work / "urls.txt"
    urls.write_text("\n".join(site.urls(base)) + "\n", encoding="utf-8")
    stats = work / "stats.json"
    site.served.clear()
    # outside the project directory, so Scrapy's defaults apply and not crawler/settings.py
    cmd = [sys.executable, "-m", "scrapy", "runspider", str(Path(__file__).resolve()), "-a", f"urls={urls}",
           "-a", f"stats={stats}", *_common_settings(concurrency)]
    wall, cpu = _timed(cmd, work)
    pages = json.loads(stats.read_text(encoding="utf-8"))["pages"]
    _check(site, "bare", pages_received=pages)
    return {"wall": wall, "cpu": cpu, "articles": 0}


def _check(site: BenchSite, who: str, articles_written: int | None = None, pages_received: int | None = None) -> None:
    missing = [path for path in site.pages if site.served[path] == 0]
    if missing:
        raise SystemExit(f"{who}: {len(missing)} of {len(site)} pages not fetched, e.g. {missing[0]}")
    if articles_written is not None and articles_written != site.articles:
        raise SystemExit(f"{who}: wrote {articles_written} articles of {site.articles}")
    if pages_received is not None and pages_received != len(site):
        raise SystemExit(f"{who}: received {pages_received} pages of {len(site)}")


def measure(n: int, repeat: int, concurrency: int, work: Path) -> dict:
    """Best-of-``repeat`` alternating runs of both spiders over an ``n``-page site."""
    site = BenchSite(n)
    runs: dict[str, list[dict]] = {"bare": [], "govnews": []}
    with site.serve() as base:
        for r in range(repeat):
            runs["bare"].append(run_bare(site, base, work / f"bare-{n}-{r}", concurrency))
            runs["govnews"].append(run_govnews(site, base, work / f"govnews-{n}-{r}", concurrency))
            print(f"  {n} pages, round {r + 1}: bare {runs['bare'][-1]['wall']:.1f} s, "
                  f"govnews {runs['govnews'][-1]['wall']:.1f} s", file=sys.stderr, flush=True)
    best = {k: min(v, key=lambda run: run["wall"]) for k, v in runs.items()}
    return {"pages": len(site), "articles": site.articles, **best}


def profile(n: int, concurrency: int, work: Path, out: Path, top: int = 25) -> None:
    """One govnews crawl of an ``n``-page site under cProfile; prints the top entries."""
    import pstats

    site = BenchSite(n)
    with site.serve() as base:
        target = work / f"profile-{n}"
        target.mkdir(parents=True)
        cmd = [sys.executable, "-m", "cProfile", "-o", str(out), "-m", "govnews",
               *govnews_cmd(site, base, target, concurrency)[3:]]
        _timed(cmd, ROOT)
    for key in ("cumulative", "tottime"):
        print(f"\ncProfile of the govnews crawl, {n} pages, by {key}:", file=sys.stderr)
        stats = pstats.Stats(str(out), stream=sys.stderr)
        stats.sort_stats(key).print_stats(top)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", default="1000,10000", help="site sizes, comma-separated (default 1000,10000)")
    parser.add_argument("--repeat", type=int, default=2, help="alternating runs of each spider; the best is kept")
    parser.add_argument("--concurrency", type=int, default=16,
                        help="CONCURRENT_REQUESTS and CONCURRENT_REQUESTS_PER_DOMAIN of both spiders (default 16)")
    parser.add_argument("--profile", type=Path, help="also profile one govnews crawl of the first size into FILE")
    args = parser.parse_args(argv)
    sizes = [int(s.replace("_", "")) for s in args.pages.split(",") if s.strip()]
    with tempfile.TemporaryDirectory(prefix="govnews-bench-crawl-") as tmp:
        rows = [measure(n, args.repeat, args.concurrency, Path(tmp)) for n in sizes]
        if args.profile:
            profile(sizes[0], args.concurrency, Path(tmp), args.profile)
    print(f"Crawl of a generated ND Soft site on 127.0.0.1, DOWNLOAD_DELAY 0, AutoThrottle off, "
          f"concurrency {args.concurrency} per domain; whole processes, best of {args.repeat} alternating runs")
    print()
    print("| pages | articles | bare wall s | bare pages/s | govnews wall s | govnews pages/s | ratio | "
          "bare CPU s | govnews CPU s | CPU ratio |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    ratios = []
    for row in rows:
        bare, ours = row["bare"], row["govnews"]
        ratio = bare["wall"] / ours["wall"]
        cpu_ratio = bare["cpu"] / ours["cpu"]
        print(f"| {row['pages']:,} | {row['articles']:,} | {bare['wall']:.1f} | {row['pages'] / bare['wall']:.0f} | "
              f"{ours['wall']:.1f} | {row['pages'] / ours['wall']:.0f} | {ratio:.2f} | {bare['cpu']:.1f} | "
              f"{ours['cpu']:.1f} | {cpu_ratio:.2f} |")
        ratios.append(f"{row['pages']:,} pages: govnews÷bare {ratio:.2f} wall, {cpu_ratio:.2f} CPU (goal >= {GOAL})")
    print()
    print("ratios: " + "; ".join(ratios))
    return 0


if __name__ == "__main__":
    sys.exit(main())
