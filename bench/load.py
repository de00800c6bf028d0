"""Benchmark: ``govnews load`` against a raw ``executemany`` of the same rows, and the kb's size.

Usage: ``python bench/load.py [--articles N[,N…]] [--base B] [--repeat R]``.

The facts come from ``govnews extract`` over ``B`` synthetic articles (``bench/corpus.py``, cached
under ``.bench/``); an N-article load repeats them under new ids and URLs. For each N it times, in
one process, :func:`kb.load.load_files` (articles then facts, as ``govnews load`` runs it) into a
fresh kb (schema applied, untimed), then copies every row that load wrote (the data tables, the
morpheme vocabulary ``morphemes`` among them, and the two FTS indexes it fills; the contentless
``articles_fts`` gets the bigram text of each article, computed untimed) into another fresh kb with one ``executemany`` per table, articles and facts each
in one transaction: the limit of the same work. The two alternate ``R`` times and the best time of
each step is kept (the machines are shared and noisy; the ratio of CPU times, steadier, is printed
too). Goals: load ÷ raw facts/s >= 0.5; kb size (search indexes included, after a WAL checkpoint)
<= 3× the raw text (title + body, UTF-8). It prints the largest tables and indexes (dbstat) and,
last, the ratios.
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
CACHE = ROOT / ".bench"
BIN = Path(sys.executable).parent


def base_files(base: int) -> tuple[Path, Path]:
    """(articles, facts) of ``base`` corpus articles, extracted once and cached."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import corpus

    articles = corpus.write(base, CACHE / f"articles-{base}.jsonl")
    facts = CACHE / f"facts-{base}.jsonl"
    if not facts.exists() or facts.stat().st_mtime < articles.stat().st_mtime:
        subprocess.run([str(BIN / "govnews"), "extract", "--jsonl", str(articles), "-o", str(facts)],
                       check=True, stderr=subprocess.DEVNULL, cwd=ROOT)
    return articles, facts


def scaled_files(n: int, base: int) -> tuple[Path, Path, int, int]:
    """(articles, facts, fact count, raw text bytes) for an ``n``-article load."""
    arts_path, facts_path = base_files(base)
    arts = [json.loads(line) for line in arts_path.open(encoding="utf-8")]
    facts = [json.loads(line) for line in facts_path.open(encoding="utf-8")]
    out_a = CACHE / f"load-articles-{n}.jsonl"
    out_f = CACHE / f"load-facts-{n}.jsonl"
    n_facts = text_bytes = 0
    with out_a.open("w", encoding="utf-8") as fa, out_f.open("w", encoding="utf-8") as ff:
        for i in range(n):
            a = dict(arts[i % base])
            f = dict(facts[i % base])
            a["id"] = f["id"] = f"load-{i}"
            a["url"] = f"http://127.0.0.1/bench/load/{i}"
            fa.write(json.dumps(a, ensure_ascii=False) + "\n")
            ff.write(json.dumps(f, ensure_ascii=False) + "\n")
            n_facts += sum(len(f[k]) for k in ("districts", "awards", "programs", "job_counts"))
            text_bytes += len((a.get("title") or "").encode()) + len(a["body_text"].encode())
    return out_a, out_f, n_facts, text_bytes


def _fresh(path: Path):
    from sqlite_utils import Database

    for p in path.parent.glob(path.name + "*"):
        os.unlink(p)
    return Database(path)


def time_load(arts: Path, facts: Path, path: Path) -> tuple[float, float, float]:
    """(articles s, facts s, CPU s) of ``load_files``' two steps into a fresh kb at ``path`` (its schema
    made first, untimed, as for the raw inserts)."""
    from kb.load import iter_jsonl, load_articles, load_facts
    from kb.schema import ensure_schema

    db = _fresh(path)
    ensure_schema(db)
    db.conn.commit()
    c0, t0 = time.process_time(), time.perf_counter()
    load_articles(db, iter_jsonl(arts))
    t1 = time.perf_counter()
    report = load_facts(db, iter_jsonl(facts))
    t2, c2 = time.perf_counter(), time.process_time()
    assert not report.errors, report.errors[:3]
    db.close()
    return t1 - t0, t2 - t1, c2 - c0


def raw_rows(path: Path) -> tuple[dict[str, list[tuple]], dict[str, list[tuple]]]:
    """Every row the load wrote: the data tables, and the rows of the two FTS indexes it fills
    (``articles_fts`` is contentless: its rows, the bigram text of each article, are computed here)."""
    from sqlite_utils import Database

    from kb.schema import DATA_TABLES
    from kb.search import bigram_text

    db = Database(path)
    tables = [t for t in DATA_TABLES if db[t].exists()]
    rows = {t: db.execute(f"select * from [{t}]").fetchall() for t in tables}
    fts = {
        "articles_fts": [
            (rowid, bigram_text(title), bigram_text(body))
            for rowid, title, body in db.execute("select rowid, title, body_text from articles")
        ],
        "programs_fts": db.execute("select rowid, * from programs_fts").fetchall(),
    }
    db.close()
    return rows, fts


def time_raw(rows: dict[str, list[tuple]], fts: dict[str, list[tuple]], path: Path) -> tuple[float, float, float]:
    """(articles s, facts s, CPU s) of one ``executemany`` per table of the same rows into a fresh kb,
    each group in one transaction (the article search tokens' FTS triggers fire as in a load)."""
    from kb.schema import ensure_schema

    raw = _fresh(path)
    ensure_schema(raw)
    raw.conn.commit()
    conn = raw.conn
    article_tables = {"sources", "articles", "article_revisions"}
    timings = {"articles": 0.0, "facts": 0.0}
    cpu = time.process_time()
    for group in ("articles", "facts"):
        t = time.perf_counter()
        with conn:
            for table, table_rows in rows.items():
                if (table in article_tables) != (group == "articles") or not table_rows:
                    continue
                marks = ",".join("?" * len(table_rows[0]))
                conn.executemany(f"insert or replace into [{table}] values ({marks})", table_rows)
            if group == "articles":
                conn.executemany("insert into articles_fts (rowid, title, body_text) values (?, ?, ?)",
                                 fts["articles_fts"])
            elif fts["programs_fts"]:
                conn.executemany("insert into programs_fts (rowid, name) values (?, ?)", fts["programs_fts"])
        timings[group] = time.perf_counter() - t
    cpu = time.process_time() - cpu
    raw.close()
    return timings["articles"], timings["facts"], cpu


def run(n: int, base: int, tmp: Path, repeat: int) -> dict[str, Any]:
    """Load and raw inserts of ``n`` articles, alternating ``repeat`` times; the best time of each step."""
    arts, facts, n_facts, text_bytes = scaled_files(n, base)
    path = tmp / f"load-{n}.db"
    load_times = [time_load(arts, facts, path)]
    db = sqlite3.connect(path)
    db.execute("pragma wal_checkpoint(truncate)")
    size = path.stat().st_size + sum(p.stat().st_size for p in tmp.glob(f"load-{n}.db-*"))
    space = db.execute("select name, sum(pgsize) from dbstat group by name order by 2 desc limit 6").fetchall()
    db.close()
    rows, fts = raw_rows(path)
    raw_times = [time_raw(rows, fts, tmp / f"raw-{n}.db")]
    for _ in range(repeat - 1):
        load_times.append(time_load(arts, facts, path))
        raw_times.append(time_raw(rows, fts, tmp / f"raw-{n}.db"))
    return {
        "n": n, "facts": n_facts,
        "load_articles_s": min(t[0] for t in load_times), "load_facts_s": min(t[1] for t in load_times),
        "raw_articles_s": min(t[0] for t in raw_times), "raw_facts_s": min(t[1] for t in raw_times),
        "load_cpu_s": min(t[2] for t in load_times), "raw_cpu_s": min(t[2] for t in raw_times),
        "size": size, "text": text_bytes, "space": space,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", default="1000,10000", help="comma-separated sizes (default 1000,10000)")
    parser.add_argument("--base", type=int, default=1000, help="articles actually extracted (default 1000)")
    parser.add_argument("--repeat", type=int, default=2,
                        help="alternating runs of load and raw inserts; the best of each is kept (default 2)")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    import kb.load  # noqa: F401  (before bench/ joins sys.path: its extract.py is not the package)

    CACHE.mkdir(exist_ok=True)
    results = []
    with tempfile.TemporaryDirectory(dir=CACHE) as tmp:
        for n in (int(x) for x in args.articles.split(",")):
            results.append(run(n, args.base, Path(tmp), max(1, args.repeat)))
            for p in Path(tmp).glob("*.db*"):
                os.unlink(p)
    print("| articles | facts | load s (articles + facts) | raw s | facts/s load | facts/s raw | ratio | "
          "kb MB | text MB | kb ÷ text |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    ratios = []
    prev = None
    for r in results:
        load_s = r["load_articles_s"] + r["load_facts_s"]
        raw_s = r["raw_articles_s"] + r["raw_facts_s"]
        ratio = raw_s / load_s
        size_ratio = r["size"] / r["text"]
        print(f"| {r['n']:,} | {r['facts']:,} | {r['load_articles_s']:.1f} + {r['load_facts_s']:.1f} | "
              f"{r['raw_articles_s']:.2f} + {r['raw_facts_s']:.2f} | {r['facts'] / r['load_facts_s']:,.0f} | "
              f"{r['facts'] / max(r['raw_facts_s'], 1e-9):,.0f} | {ratio:.2f} | {r['size'] / 1e6:.1f} | "
              f"{r['text'] / 1e6:.1f} | {size_ratio:.2f} |")
        step = ""
        if prev is not None:
            grow = (load_s / (prev["load_articles_s"] + prev["load_facts_s"])) / (r["n"] / prev["n"])
            step = f", time per article ×{grow:.2f} vs {prev['n']:,}" + (" (super-linear)" if grow > 1.3 else "")
        ratios.append(f"{r['n']:,}: load÷raw {ratio:.2f} (goal >= 0.5; CPU time {r['raw_cpu_s'] / r['load_cpu_s']:.2f}), "
                      f"kb÷text {size_ratio:.2f} (goal <= 3){step}")
        prev = r
    for r in results:
        print(f"space at {r['n']:,} (MB): " + ", ".join(f"{name} {b / 1e6:.1f}" for name, b in r["space"]))
    print("ratios: " + "; ".join(ratios))


if __name__ == "__main__":
    main()
