"""Benchmark: ``govnews load`` against a raw ``executemany`` of the same rows, and the kb's size.

Usage: ``python bench/load.py [--articles N[,N…]] [--base B]``.

The facts come from ``govnews extract`` over ``B`` synthetic articles (``bench/corpus.py``, cached
under ``.bench/``); an N-article load repeats them under new ids and URLs. For each N it times, in
one process, :func:`kb.load.load_files` (articles then facts, as ``govnews load`` runs it) into a
fresh kb, then copies every row that load wrote (the data tables and the two FTS indexes it fills)
into another fresh kb with one ``executemany`` per table in one transaction: the limit of the
same work. Goals: load ÷ raw facts/s >= 0.5; kb size (search indexes included) <= 3× the raw
text (title + body, UTF-8). The last line prints the ratios.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

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


def run(n: int, base: int, tmp: Path) -> dict[str, float]:
    from sqlite_utils import Database

    from kb.load import iter_jsonl, load_articles, load_facts
    from kb.schema import DATA_TABLES, ensure_schema

    arts, facts, n_facts, text_bytes = scaled_files(n, base)
    path = tmp / f"load-{n}.db"
    db = Database(path)
    t0 = time.perf_counter()
    load_articles(db, iter_jsonl(arts))
    t1 = time.perf_counter()
    report = load_facts(db, iter_jsonl(facts))
    t2 = time.perf_counter()
    assert not report.errors, report.errors[:3]
    db.conn.commit()
    db.execute("pragma wal_checkpoint(truncate)")
    size = path.stat().st_size + sum(p.stat().st_size for p in tmp.glob(f"load-{n}.db-*"))

    # the same rows, raw
    tables = [t for t in DATA_TABLES if db[t].exists()]
    rows = {t: db.execute(f"select * from [{t}]").fetchall() for t in tables}
    fts = {t: db.execute(f"select rowid, * from [{t}]").fetchall() for t in ("articles_fts", "programs_fts")}
    article_tables = {"sources", "articles", "article_revisions"}
    raw_path = tmp / f"raw-{n}.db"
    raw = Database(raw_path)
    ensure_schema(raw)
    raw.conn.commit()
    conn = raw.conn
    timings = {"articles": 0.0, "facts": 0.0}
    for group in ("articles", "facts"):
        t = time.perf_counter()
        with conn:
            for table in tables:
                if (table in article_tables) != (group == "articles") or not rows[table]:
                    continue
                marks = ",".join("?" * len(rows[table][0]))
                conn.executemany(f"insert or replace into [{table}] values ({marks})", rows[table])
            if group == "articles":
                for table, fts_rows in fts.items():
                    if table == "articles_fts" and fts_rows:
                        marks = ",".join("?" * len(fts_rows[0]))
                        conn.executemany(f"insert into [{table}] (rowid, title, body_text) values ({marks})",
                                         fts_rows)
            elif fts["programs_fts"]:
                conn.executemany("insert into programs_fts (rowid, name) values (?, ?)", fts["programs_fts"])
        timings[group] = time.perf_counter() - t
    db.close()
    raw.close()
    return {
        "n": n, "facts": n_facts, "load_articles_s": t1 - t0, "load_facts_s": t2 - t1,
        "raw_articles_s": timings["articles"], "raw_facts_s": timings["facts"],
        "size": size, "text": text_bytes,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", default="1000,10000", help="comma-separated sizes (default 1000,10000)")
    parser.add_argument("--base", type=int, default=1000, help="articles actually extracted (default 1000)")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    CACHE.mkdir(exist_ok=True)
    results = []
    with tempfile.TemporaryDirectory(dir=CACHE) as tmp:
        for n in (int(x) for x in args.articles.split(",")):
            results.append(run(n, args.base, Path(tmp)))
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
        ratios.append(f"{r['n']:,}: load÷raw {ratio:.2f} (goal >= 0.5), kb÷text {size_ratio:.2f} (goal <= 3){step}")
        prev = r
    print("ratios: " + "; ".join(ratios))


if __name__ == "__main__":
    main()
