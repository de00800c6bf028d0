"""Benchmark: crawl throughput of 1 vs 2 ``govnews crawl --redis`` workers against the local sample site.

Usage: ``python bench/crawl_workers.py [--delay S] [--workers 1,2] [--repeat N]``. Starts a
``redis-server`` (no persistence) and ``govnews sample-site`` on free 127.0.0.1 ports, runs the whole
sample crawl with each worker count (a fresh crawl name each time, so nothing is shared between
rounds), checks that the workers together wrote every article exactly once, and prints a Markdown
table: wall time from the first worker's start to the last one's exit, pages and articles per second.
``--delay`` is Scrapy's ``DOWNLOAD_DELAY`` (default 0.5 s, the polite setting where one process is
bound by waiting rather than CPU; 0 measures the CPU-bound case).
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOVNEWS = [sys.executable, "-m", "govnews"]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _wait(port: int) -> None:
    for _ in range(200):
        with socket.socket() as sock:
            if sock.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.05)
    raise SystemExit(f"nothing listens on 127.0.0.1:{port}")


def _requests(log: Path, since: int) -> int:
    text = log.read_bytes()[since:].decode("utf-8", "replace")
    return sum(1 for path in re.findall(r'"(?:GET|POST) (\S+) HTTP', text) if not path.endswith("robots.txt"))


def crawl_round(workers: int, delay: float, redis_url: str, base: str, log: Path, work: Path, job: str) -> dict:
    since = log.stat().st_size
    out = work / job / "articles.jsonl"
    start = time.monotonic()
    procs = [
        subprocess.Popen([*GOVNEWS, "crawl", "--sample", "--sample-base", base, "--redis", redis_url,
                          "--worker", f"w{i}", "--job", job, "-o", str(out), "-s", f"DOWNLOAD_DELAY={delay}",
                          "-s", "GOVNEWS_REDIS_IDLE_TIMEOUT=1"],
                         cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for i in range(1, workers + 1)
    ]
    codes = [p.wait() for p in procs]
    wall = time.monotonic() - start
    ids = []
    per_worker = []
    for path in sorted(out.parent.glob("articles.*.jsonl")):
        lines = [json.loads(line)["id"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        per_worker.append(len(lines))
        ids += lines
    if any(codes) or len(ids) != len(set(ids)):
        raise SystemExit(f"{workers} worker(s): exit codes {codes}, {len(ids)} articles, {len(set(ids))} distinct")
    pages = _requests(log, since)
    return {"workers": workers, "wall": wall, "pages": pages, "articles": len(ids), "split": per_worker}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--delay", type=float, default=0.5, help="DOWNLOAD_DELAY in seconds (default 0.5)")
    parser.add_argument("--workers", default="1,2", help="worker counts to compare (default 1,2)")
    parser.add_argument("--repeat", type=int, default=2, help="rounds per worker count; the best is kept")
    args = parser.parse_args()
    redis_server = shutil.which("redis-server")
    if redis_server is None:
        raise SystemExit("redis-server is not installed (make test installs it)")
    with tempfile.TemporaryDirectory(prefix="govnews-bench-") as tmp:
        work = Path(tmp)
        redis_port, site_port = _free_port(), _free_port()
        redis = subprocess.Popen([redis_server, "--port", str(redis_port), "--bind", "127.0.0.1", "--save", "",
                                  "--appendonly", "no", "--dir", tmp], stdout=subprocess.DEVNULL)
        log = work / "requests.log"
        site = subprocess.Popen([*GOVNEWS, "sample-site", "--port", str(site_port), "-v"], cwd=ROOT,
                                stdout=subprocess.DEVNULL, stderr=log.open("wb"))
        try:
            _wait(redis_port)
            _wait(site_port)
            rows = []
            for count in (int(n) for n in args.workers.split(",")):
                rounds = [crawl_round(count, args.delay, f"redis://127.0.0.1:{redis_port}/0",
                                      f"http://127.0.0.1:{site_port}", log, work, f"bench-{count}-{r}")
                          for r in range(args.repeat)]
                rows.append(min(rounds, key=lambda r: r["wall"]))
        finally:
            site.terminate()
            redis.terminate()
            site.wait()
            redis.wait()
    print(f"DOWNLOAD_DELAY={args.delay}, idle timeout 1 s, best of {args.repeat}")
    print("| workers | wall s | pages | pages/s | articles | articles/s | articles per worker | speed-up |")
    print("|---:|---:|---:|---:|---:|---:|---|---:|")
    first = rows[0]["wall"]
    for row in rows:
        print(f"| {row['workers']} | {row['wall']:.1f} | {row['pages']} | {row['pages'] / row['wall']:.1f} | "
              f"{row['articles']} | {row['articles'] / row['wall']:.1f} | {' + '.join(map(str, row['split']))} | "
              f"{first / row['wall']:.2f}× |")


if __name__ == "__main__":
    main()
