"""Benchmark: how each stage's time and size grow from 1k to 10k to 100k articles.

Usage: ``python bench/scale.py [--sizes 1000,10000,100000] [--stages extract,load,crawl]``.

Every stage runs as a user runs it, one whole process per size, on ``bench/corpus.py`` articles
(deterministic by seed, the same first articles at every size):

- extract: ``govnews extract --jsonl ARTICLES -o FACTS`` (no flags: every core, one model);
- load: ``govnews load --articles ARTICLES --facts FACTS --db KB`` into a fresh kb, on the same
  size's extracted facts (so the facts grow with the articles as a crawl's do);
- crawl: ``govnews crawl --spider sijung --incremental`` over a generated ND Soft site of N pages on
  127.0.0.1 (``bench/crawl_site.py``, politeness off as in ``bench/crawl.py``), fresh state.

For each run: wall and CPU seconds (the process and its children and threads), CPU milliseconds per
article (per page for the crawl), peak RSS and the size of what it wrote. A step is *super-linear*
when the CPU time per article grows by more than ×1.3 from one size to the next (the machine's noise
stays within about ×1.15 on CPU time); the peak RSS and the kb's size per article are shown beside it.
One run per size: at 100k the three stages take about an hour on 2 cores, so ``make bench`` (1k and
10k, under 20 minutes) leaves this to ``make bench-scale``.

The last line prints the growth factors of the run.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CACHE = ROOT / ".bench"
BIN = Path(sys.executable).parent
STAGES = ("extract", "load", "crawl")
#: CPU time per article may grow this much from one size to the next before the step is called super-linear
SUPERLINEAR = 1.3

try:  # imported from the project root (tests)
    from bench import corpus
    from bench.crawl import _check, _env, govnews_cmd
    from bench.crawl_site import BenchSite
except ImportError:  # run as a script: bench/ is on sys.path
    import corpus  # type: ignore[no-redef]
    from crawl import _check, _env, govnews_cmd  # type: ignore[no-redef]
    from crawl_site import BenchSite  # type: ignore[no-redef]


#: runs the command given after it and prints the command's CPU seconds and peak RSS (KB) as its last line.
#: The peak RSS of a process started straight from this one would include this process's own memory: Linux
#: keeps the larger of the old and the new image's peak when a forked child calls exec, and the crawl
#: benchmark holds a whole generated site (about 1.8 GB at 100k pages). The wrapper is small when it forks.
WRAPPER = """
import resource, subprocess, sys
code = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL).returncode
u = resource.getrusage(resource.RUSAGE_CHILDREN)
print(u.ru_utime + u.ru_stime, u.ru_maxrss, file=sys.stderr)
sys.exit(code)
"""


def timed(cmd: list[str], cwd: Path = ROOT, env: dict[str, str] | None = None) -> dict[str, float]:
    """Wall s, CPU s (user + system, threads and waited-for children included) and peak RSS MB of one
    command run to its end (through :data:`WRAPPER`); a failure ends the benchmark with its last output."""
    t0 = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", WRAPPER, *cmd], cwd=cwd, env=env, stdout=subprocess.DEVNULL,
                          stderr=subprocess.PIPE)
    wall = time.perf_counter() - t0
    err = done.stderr.decode(errors="replace")
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(cmd[:4])} … exited {done.returncode}:\n{err[-2000:]}")
    cpu, rss_kb = err.strip().splitlines()[-1].split()
    return {"wall": wall, "cpu": float(cpu), "rss": int(rss_kb) / 1024}


def _size(path: Path) -> int:
    """Bytes of a file and its SQLite side files."""
    return sum(p.stat().st_size for p in path.parent.glob(path.name + "*") if p.is_file())


def _articles(n: int) -> Path:
    return corpus.write(n, CACHE / f"articles-{n}.jsonl")


def run_extract(n: int, work: Path) -> dict[str, float]:
    arts = _articles(n)
    facts = work / f"facts-{n}.jsonl"
    run = timed([str(BIN / "govnews"), "extract", "--jsonl", str(arts), "-o", str(facts)])
    lines = sum(1 for line in facts.open(encoding="utf-8") if line.strip())
    if lines != n:
        raise SystemExit(f"extract: {lines} fact lines for {n} articles in {facts}")
    return {**run, "units": n, "out": facts.stat().st_size}


def run_load(n: int, work: Path) -> dict[str, float]:
    arts = _articles(n)
    facts = work / f"facts-{n}.jsonl"
    if not facts.exists():  # the extract stage was not asked for: extract once, untimed
        subprocess.run([str(BIN / "govnews"), "extract", "--jsonl", str(arts), "-o", str(facts)],
                       check=True, stderr=subprocess.DEVNULL, cwd=ROOT)
    db = work / f"kb-{n}.db"
    for old in db.parent.glob(db.name + "*"):
        old.unlink()
    run = timed([str(BIN / "govnews"), "load", "--articles", str(arts), "--facts", str(facts), "--db", str(db)])
    text = 0
    for line in arts.open(encoding="utf-8"):
        obj = json.loads(line)
        text += len((obj.get("title") or "").encode()) + len(obj["body_text"].encode())
    return {**run, "units": n, "out": _size(db), "text": text}


def run_crawl(n: int, work: Path) -> dict[str, float]:
    site = BenchSite(n)
    target = work / f"crawl-{n}"
    target.mkdir(parents=True)
    with site.serve() as base:
        site.served.clear()
        run = timed(govnews_cmd(site, base, target, 16), env=_env())
    written = sum(1 for line in (target / "articles.jsonl").open(encoding="utf-8") if line.strip())
    _check(site, "govnews", articles_written=written)
    out = (target / "articles.jsonl").stat().st_size + sum(
        p.stat().st_size for p in (target / "raw").rglob("*") if p.is_file())
    return {**run, "units": len(site), "out": out}


def growth(rows: list[dict[str, float]]) -> list[float | None]:
    """For each run, its CPU time per unit ÷ the previous size's (``None`` for the first)."""
    per = [row["cpu"] / row["units"] for row in rows]
    return [None] + [b / a if a > 0 else float("inf") for a, b in zip(per, per[1:], strict=False)]


RUNNERS = {"extract": run_extract, "load": run_load, "crawl": run_crawl}
UNIT = {"extract": "article", "load": "article", "crawl": "page"}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000,100000", help="comma-separated sizes (default 1000,10000,100000)")
    parser.add_argument("--stages", default=",".join(STAGES), help=f"comma-separated, of {', '.join(STAGES)}")
    args = parser.parse_args(argv)
    sizes = sorted(int(x) for x in args.sizes.split(",") if x.strip())
    stages = [s for s in args.stages.split(",") if s]
    unknown = [s for s in stages if s not in RUNNERS]
    if unknown or not sizes:
        parser.error(f"unknown stage {unknown[0]!r}" if unknown else "no sizes")
    CACHE.mkdir(exist_ok=True)
    summary = []
    super_linear = []
    with tempfile.TemporaryDirectory(prefix="scale-", dir=CACHE) as tmp:
        work = Path(tmp)
        for stage in stages:
            rows = []
            for n in sizes:
                print(f"  {stage} {n:,} …", file=sys.stderr, flush=True)
                rows.append(RUNNERS[stage](n, work))
            unit = UNIT[stage]
            print()
            print(f"{stage}: one whole process per size")
            print(f"| {stage}: {unit}s | wall s | CPU s | CPU ms a {unit} | × per {unit} vs previous | peak RSS MB | output MB "
                  f"| output bytes a {unit} |")
            print("|---:|---:|---:|---:|---:|---:|---:|---:|")
            steps = []
            for i, (row, grow) in enumerate(zip(rows, growth(rows), strict=True)):
                per = 1000 * row["cpu"] / row["units"]
                if grow is not None:
                    steps.append(f"×{grow:.2f}")
                    if grow > SUPERLINEAR:
                        super_linear.append(f"{stage} {rows[i - 1]['units']:,}→{row['units']:,} ×{grow:.2f}")
                print(f"| {row['units']:,} | {row['wall']:.1f} | {row['cpu']:.1f} | {per:.2f} | "
                      f"{'' if grow is None else f'×{grow:.2f}'} | {row['rss']:.0f} | {row['out'] / 1e6:.1f} | "
                      f"{row['out'] / row['units']:.0f} |")
            extra = ""
            if stage == "load":
                extra = ", kb ÷ text " + " / ".join(f"{r['out'] / r['text']:.2f}×" for r in rows)
            rss = " / ".join(f"{r['rss']:.0f}" for r in rows)
            summary.append(f"{stage} CPU per {unit} {' '.join(steps) or '(one size)'}, peak RSS {rss} MB{extra}")
    print()
    verdict = "super-linear: " + ", ".join(super_linear) if super_linear else f"no step above ×{SUPERLINEAR}"
    print(f"ratios: sizes {' → '.join(f'{n:,}' for n in sizes)}: " + "; ".join(summary) + f"; {verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
