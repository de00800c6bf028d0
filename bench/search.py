"""Benchmark: Korean search (bigram FTS5 + LIKE check) against a plain LIKE scan.

Builds a throw-away kb with N synthetic Korean articles (default 100,000), runs each query through
:func:`kb.search.search` and through ``title LIKE '%q%' OR body_text LIKE '%q%'``, checks both return
the same articles, and prints p50/p95 latencies and their ratios from one run.

Example:

    .venv/bin/python bench/search.py --articles 100000
    .venv/bin/python bench/search.py --articles 5000 --repeat 3 --db .bench/search-5k.db
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

from sqlite_utils import Database

from kb import search
from kb.schema import ensure_schema

DISTRICTS = [
    "구로구",
    "마포구",
    "용산구",
    "강남구",
    "성북구",
    "노원구",
    "관악구",
    "송파구",
    "수원시",
    "양평군",
    "중구",
    "동구",
]
SUBJECTS = [
    "청년",
    "신중년",
    "여성",
    "어르신",
    "장애인",
    "구직자",
    "소상공인",
    "사회적기업",
    "중소기업",
    "주민",
]
OBJECTS = [
    "일자리",
    "고용",
    "취업",
    "창업",
    "직업훈련",
    "채용박람회",
    "일자리센터",
    "고용복지센터",
    "인턴십",
    "공공근로",
]
VERBS = [
    "지원한다고 밝혔다",
    "확대한다",
    "운영한다",
    "개최했다",
    "모집한다",
    "선정됐다",
    "협약을 맺었다",
    "발표했다",
]
AWARDS = ["일자리대상", "일자리창출 종합평가", "공시제 종합평가", "자치구 일자리창출 평가"]
GRADES = ["대상", "최우수상", "우수상", "장려상", "특별상"]
FILLER = [
    "올해",
    "지난해",
    "이번",
    "구청은",
    "구청장은",
    "관계자는",
    "주민들의",
    "지역경제",
    "예산",
    "계획",
    "사업",
    "성과",
]
#: syllables for made-up programme and place names, so rare queries hit few articles (as in real news)
SYLLABLES = "가나다라마바사아자차카타파하고노도로모보소오조초코토포호구누두루무부수우주추쿠투푸후"
QUERIES = [
    "구청",
    "고용",
    "일자리",
    "최우수",
    "청년",
    "사회적기업",
    "구로구",
    "일자리대상",
    "채용박람회",
    "직업훈련",
    "고용복지센터",
    "신중년",
    "공공근로",
    "장려상",
    "협약",
    "소상공인",
    "인턴십",
    "청년 일자리",
    "종합평가",
    "없는말",
]


def sentence(rng: random.Random, names: list[str]) -> str:
    """One realistic-looking news sentence."""
    d = rng.choice(DISTRICTS)
    kind = rng.random()
    if kind < 0.25:
        return f"{d}는 '{rng.choice(names)}' {rng.choice(OBJECTS)} 사업 참여자를 {rng.choice(VERBS)}."
    if kind < 0.15:
        return f"{d}는 {rng.randint(2010, 2024)}년 {rng.choice(AWARDS)}에서 {rng.choice(GRADES)}을 받았다."
    if kind < 0.3:
        return f"{d}는 지난해 일자리 {rng.randint(100, 20000):,}개를 창출했다."
    return (
        f"{d}{rng.choice(['는', '가', '청은'])} {rng.choice(FILLER)} {rng.choice(SUBJECTS)} "
        f"{rng.choice(OBJECTS)} {rng.choice(['사업을', '프로그램을', '과정을', '행사를'])} {rng.choice(VERBS)}."
    )


def build(db: Database, n: int, seed: int = 20201001) -> list[str]:
    """Fill a fresh kb with ``n`` synthetic articles and their bigram and morpheme indexes.

    :returns: the made-up programme names (rare query terms)
    """
    ensure_schema(db)
    rng = random.Random(seed)
    names = ["".join(rng.choice(SYLLABLES) for _ in range(rng.randint(3, 5))) for _ in range(5000)]
    db["sources"].insert({"id": 1, "name": "synthetic"})
    batch = []
    for i in range(n):
        body = " ".join(sentence(rng, names) for _ in range(rng.randint(3, 8)))
        title = sentence(rng, names)[:40]
        batch.append((i + 1, f"synthetic/{i}", title, body))
        if len(batch) == 5000 or i == n - 1:
            with db.atomic():
                db.conn.executemany(
                    "insert into articles (rowid, id, source_id, title, body_text, url, published) "
                    "values (?, ?, 1, ?, ?, 'http://127.0.0.1/x', '2024-01-01')",
                    batch,
                )
                search.index_articles(db.conn, [(rid, t, b) for rid, _, t, b in batch])
                # crude whitespace "morphemes": the bench measures speed, not ranking quality
                db.conn.executemany(
                    "insert into article_search_tokens (article_id, extractor_version, tokens) values (?, 'bench', ?)",
                    [(aid, f"{t} {b}") for _, aid, t, b in batch],
                )
            batch = []
    return names


def _names(seed: int = 20201001) -> list[str]:
    """The programme names :func:`build` made up (same seed, same draws)."""
    rng = random.Random(seed)
    return ["".join(rng.choice(SYLLABLES) for _ in range(rng.randint(3, 5))) for _ in range(5000)]


def _built(path: Path) -> int:
    """Articles in a kept benchmark kb (0 when unreadable)."""
    import sqlite3

    try:
        with sqlite3.connect(path) as conn:
            return conn.execute("select count(*) from articles").fetchone()[0]
    except sqlite3.Error:
        return 0


def pct(values: list[float], p: float) -> float:
    """The p-th percentile (nearest rank) of values, in milliseconds."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(p / 100 * len(ordered)) - 1))] * 1000


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100_000, help="synthetic articles (default 100000)")
    parser.add_argument("--repeat", type=int, default=3, help="timed runs per query (default 3)")
    parser.add_argument("--db", type=Path, help="keep the benchmark kb here (default: a temp file)")
    parser.add_argument("--keep", action="store_true",
                        help="reuse the kb at --db when it holds --articles articles (built once, e.g. 1M)")
    args = parser.parse_args(argv)

    tmp = None
    if args.db is None:
        tmp = tempfile.TemporaryDirectory()
        args.db = Path(tmp.name) / "bench.db"
    cached = args.keep and args.db.exists() and _built(args.db) == args.articles
    if not cached:
        args.db.unlink(missing_ok=True)
    db = Database(args.db)
    t0 = time.perf_counter()
    names = build(db, args.articles) if not cached else _names()
    build_s = time.perf_counter() - t0
    size_mb = args.db.stat().st_size / 1e6
    search.register_functions(db.conn)

    like_sql = "select id from articles where title like ? escape '\\' or body_text like ? escape '\\'"
    fts_times: list[float] = []
    like_times: list[float] = []
    hits = 0
    per_query: list[tuple[int, float, float]] = []  # (hits, median search s, median LIKE s)
    queries = QUERIES + names[:10] + [n[:2] for n in names[10:15]]
    for q in queries:
        search.search(db.conn, q)  # warm the page cache for both paths alike
        for _ in range(args.repeat):
            t = time.perf_counter()
            got = search.search(db.conn, q)
            fts_times.append(time.perf_counter() - t)
            pattern = search.like_pattern(q)
            t = time.perf_counter()
            expected = {r[0] for r in db.execute(like_sql, [pattern, pattern])}
            like_times.append(time.perf_counter() - t)
        # search returns at most MAX_RESULTS rows (Datasette's max_returned_rows); the rest must agree
        ids = {r["article_id"] for r in got}
        if ids != expected if len(expected) <= search.MAX_RESULTS else not ids <= expected:
            print(f"MISMATCH for {q!r}: search {len(got)} vs LIKE {len(expected)}", file=sys.stderr)
            return 1
        hits += len(expected)
        n = args.repeat
        per_query.append(
            (len(expected), statistics.median(fts_times[-n:]), statistics.median(like_times[-n:]))
        )

    p50_f, p95_f = pct(fts_times, 50), pct(fts_times, 95)
    p50_l, p95_l = pct(like_times, 50), pct(like_times, 95)
    print(
        f"articles={args.articles} queries={len(queries)} runs/query={args.repeat} build={build_s:.1f}s db={size_mb:.0f}MB"
    )
    print(
        f"mean hits/query={hits / len(queries):.0f} (result sets identical to LIKE, capped at {search.MAX_RESULTS} rows)"
    )
    print(f"search (bigram FTS5 + LIKE check, ranked, snippets): p50={p50_f:.1f}ms p95={p95_f:.1f}ms")
    print(f"LIKE '%q%' scan (ids only):                         p50={p50_l:.1f}ms p95={p95_l:.1f}ms")
    print(f"ratio LIKE/search: p50 x{p50_l / p50_f:.1f}  p95 x{p95_l / p95_f:.1f}")
    limit = args.articles // 100
    for label, group in (
        (f"selective queries (<= {limit} hits, 1%)", [q for q in per_query if q[0] <= limit]),
        (f"common queries (> {limit} hits)", [q for q in per_query if q[0] > limit]),
    ):
        if group:
            f_med = statistics.median(g[1] for g in group) * 1000
            l_med = statistics.median(g[2] for g in group) * 1000
            print(
                f"  {label}: n={len(group)} median search={f_med:.1f}ms LIKE={l_med:.1f}ms ratio x{l_med / f_med:.1f}"
            )
    print(f"ratios: {args.articles:,} articles: search p95 {p95_f:.1f} ms (goal < 50 ms at 1M), "
          f"LIKE÷search p50 ×{p50_l / p50_f:.1f} p95 ×{p95_l / p95_f:.1f}, result sets equal to LIKE")
    db.close()
    if tmp is not None:
        tmp.cleanup()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
