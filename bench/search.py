"""Benchmark: Korean search against a plain LIKE scan, directly and through Datasette.

Builds a throw-away kb with N synthetic Korean articles (default 100,000; published over 2010–2024 in
an order unrelated to their rowids) and award facts reported by one article in 16, or reuses one with
``--keep``. Runs each query through :func:`kb.search.search` and through
``title LIKE '%q%' OR body_text LIKE '%q%'`` and checks both return the same articles (up to 1,000 rows,
the earlier measure), then what a visitor runs: the first page (:data:`kb.search.PAGE_SIZE` rows) and page
3 (``before`` = the last row of page 2), each checked to be its slice of the whole ordered result. Then the
canned ``search`` query (first page, page 3, and ``page_size=1000``; the same rows in the same order) and the
canned ``award_history`` query (first page of :data:`kb.awards.PAGE_SIZE` rows, page 3 with ``after`` = the
last row of page 2, and the whole set up to 1,000 rows, each page checked to be its slice of the whole set)
through Datasette with the govnews plugin, in process (``datasette.app.Datasette(...).client``), as a
visitor's request runs them. The direct connection gets the
plugin's read settings (:func:`kb.search.tune_connection`). Prints p50/p95 latencies as a Markdown table
and, last, a line of ratios from the same run.

Example:

    .venv/bin/python bench/search.py --articles 100000
    .venv/bin/python bench/search.py --articles 5000 --repeat 3 --db .bench/search-5k.db
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import json
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

# Run as a script, this file's folder comes first on sys.path, and bench/extract.py would shadow the
# ``extract`` package that the kb's migrations import.
_HERE = Path(__file__).resolve().parent
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != _HERE]
sys.path.insert(0, str(_HERE.parent))

from sqlite_utils import Database  # noqa: E402

from kb import awards, search  # noqa: E402
from kb.publish import DATASETTE_SETTINGS, metadata_path, templates_dir  # noqa: E402
from kb.schema import ensure_schema  # noqa: E402

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
    db.table("sources").insert({"id": 1, "name": "synthetic"})
    batch = []
    for i in range(n):
        body = " ".join(sentence(rng, names) for _ in range(rng.randint(3, 8)))
        title = sentence(rng, names)[:40]
        batch.append((i + 1, f"synthetic/{i}", title, body, published_for(i + 1)))
        if len(batch) == 5000 or i == n - 1:
            with db.atomic():
                db.conn.executemany(
                    "insert into articles (rowid, id, source_id, title, body_text, url, published) "
                    "values (?, ?, 1, ?, ?, 'http://127.0.0.1/x', ?)",
                    batch,
                )
                search.index_articles(db.conn, [(rid, t, b) for rid, _, t, b, _ in batch])
                # crude whitespace "morphemes": the bench measures speed, not ranking quality
                db.conn.executemany(
                    "insert into article_search_tokens (article_id, extractor_version, tokens) values (?, 'bench', ?)",
                    [(aid, f"{t} {b}") for _, aid, t, b, _ in batch],
                )
            batch = []
    add_facts(db)
    return names


#: days from 2010-01-01 over which the articles are published (to 2024-12-31)
DAYS = 5479
#: :func:`published_for` in SQL (for a kb built before the articles had dates)
PUBLISHED_SQL = f"date('2010-01-01', '+' || ((rowid * 7919) % {DAYS}) || ' days')"
#: one article in this many reports an award (6 % of the articles, as in bench/corpus.py's mix)
AWARD_EVERY = 16
CATEGORIES = [None, None, None, "청년 고용", "사회적경제", "일자리 창출"]
ORGANIZERS = ["고용노동부", "행정안전부", "한국지방행정연구원"]


def published_for(rowid: int) -> str:
    """The publication date of article ``rowid``: spread over 15 years, in no relation to the rowid."""
    return (dt.date(2010, 1, 1) + dt.timedelta(days=(rowid * 7919) % DAYS)).isoformat()


def add_facts(db: Database, seed: int = 13) -> bool:
    """Give a benchmark kb dates and award facts, once (a kb built by an older version of this script
    has neither, and is upgraded in place rather than rebuilt).

    Every :data:`AWARD_EVERY`-th article reports an award of a district of the gazetteer (the sentence is
    written here, not found in the article): the award record (district, award, year, grade, category)
    and its evidence row, with first and last seen as the loader computes them.

    :returns: whether anything was added
    """
    if db.execute("select count(*) from award_records").fetchone()[0]:
        return False
    n = db.execute("select coalesce(max(rowid), 0) from articles").fetchone()[0]
    with db.atomic():
        if db.execute("select count(*) from (select distinct published from articles limit 2)").fetchone()[0] < 2:
            db.execute(f"update articles set published = {PUBLISHED_SQL}")
        # the current districts of the gazetteer (기초, 일반구, 행정시): about 270 places that win awards
        districts = db.execute(
            "select id, name from districts where in_gazetteer = 1 and valid_to is null and level <> '광역' order by id"
        ).fetchall()
        award_ids = {}
        for name in AWARDS:
            award_ids[name] = db.execute(
                "insert into awards (name) values (?) on conflict (name) do update set name = name returning id", [name]
            ).fetchone()[0]
        rng = random.Random(seed)
        records: dict[tuple[Any, ...], dict[str, Any]] = {}
        evidence = []
        for rowid in range(AWARD_EVERY, n + 1, AWARD_EVERY):
            (district_id, d), award, grade = rng.choice(districts), rng.choice(AWARDS), rng.choice(GRADES)
            year, category = rng.randint(2010, 2024), rng.choice(CATEGORIES)
            key = (district_id, award_ids[award], year, grade, category)
            published = published_for(rowid)
            rec = records.setdefault(
                key, {"id": len(records) + 1, "organizer": rng.choice(ORGANIZERS), "first": published, "last": published}
            )
            rec["first"], rec["last"] = min(rec["first"], published), max(rec["last"], published)
            sentence = f"{d}는 {year}년 {award}에서 {grade}을 받았다."
            evidence.append((rec["id"], f"synthetic/{rowid - 1}", published, sentence, len(sentence), rec["id"]))
        db.conn.executemany(
            "insert into award_records (id, district_id, award_id, year, grade, category, organizer, first_seen, "
            "last_seen) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(r["id"], *key, r["organizer"], r["first"], r["last"]) for key, r in records.items()],
        )
        db.conn.executemany(
            "insert into evidence (fact_table, fact_id, article_id, revision, published, sentence, char_start, "
            "char_end, extractor_version, award_record_id, url) "
            "values ('award_records', ?, ?, 1, ?, ?, 0, ?, 'bench', ?, 'http://127.0.0.1/x')",
            evidence,
        )
    return True


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
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(p / 100 * len(ordered)) - 1))] * 1000


#: ``award_history`` arguments: every district of the corpus by short name, and the other accepted forms
AWARD_QUERIES = [*DISTRICTS, "서울특별시 구로구", "서울시 마포구", "경기도 수원시", "없는구"]


class Site:
    """The kb served by Datasette with the project's metadata, settings and plugin, in this process."""

    def __init__(self, path: Path):
        from datasette.app import Datasette

        metadata = json.loads(metadata_path().read_text(encoding="utf-8"))
        # the canned queries are the kb's: give them to this file's database name
        metadata["databases"] = {path.stem: metadata["databases"]["kb"]}
        tdir = templates_dir()
        self.db = path.stem
        self.ds = Datasette(
            [str(path)], metadata=metadata, settings=DATASETTE_SETTINGS, template_dir=str(tdir) if tdir else None
        )
        self.loop = asyncio.new_event_loop()

    def get(self, query: str, **params: str) -> tuple[float, float, list[dict[str, Any]]]:
        """One request for a canned query's JSON rows: (seconds, CPU seconds of the process, rows)."""
        t, c = time.perf_counter(), time.process_time()
        response = self.loop.run_until_complete(
            self.ds.client.get(f"/{self.db}/{query}.json", params={**params, "_shape": "array"})
        )
        elapsed, cpu = time.perf_counter() - t, time.process_time() - c
        if response.status_code != 200:
            raise RuntimeError(f"{query} {params}: HTTP {response.status_code} {response.text[:300]}")
        return elapsed, cpu, response.json()

    def close(self) -> None:
        self.loop.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100_000, help="synthetic articles (default 100000)")
    parser.add_argument("--repeat", type=int, default=3, help="timed runs per query and path (default 3)")
    parser.add_argument("--like-repeat", type=int, default=1, help="timed LIKE scans per query (default 1)")
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
    upgraded = cached and add_facts(db)
    build_s = time.perf_counter() - t0
    if upgraded:
        db.execute("pragma wal_checkpoint(truncate)")
    size_mb = args.db.stat().st_size / 1e6
    search.register_functions(db.conn)
    evidence = db.execute("select count(*) from evidence").fetchone()[0]
    n_records = db.execute("select count(*) from award_records").fetchone()[0]

    search.tune_connection(db.conn)  # the same read settings as Datasette's connections (the plugin's)
    like_sql = "select id from articles where title like ? escape '\\' or body_text like ? escape '\\'"
    page = search.PAGE_SIZE
    later = 3  # the "later page" measured: the third, after the last row of the second
    fts_times: list[float] = []
    fts_cpu: list[float] = []
    first_times: list[float] = []
    first_cpu: list[float] = []
    later_times: list[float] = []
    later_cpu: list[float] = []
    like_times: list[float] = []
    hits = 0
    per_query: list[tuple[int, float, float]] = []  # (hits, median search s, median LIKE s)
    queries = QUERIES + names[:10] + [n[:2] for n in names[10:15]]
    direct: dict[str, list[dict[str, Any]]] = {}
    cursors: dict[str, str] = {}  # query -> article_id of the last row before the later page

    def timed(times: list[float], cpu: list[float], q: str, **kwargs: Any) -> list[dict[str, Any]]:
        search.search(db.conn, q, **kwargs)  # warm the page cache for every path alike
        for _ in range(args.repeat):
            t, c = time.perf_counter(), time.process_time()
            got = search.search(db.conn, q, **kwargs)
            times.append(time.perf_counter() - t)
            cpu.append(time.process_time() - c)
        return got

    for q in queries:
        got = timed(fts_times, fts_cpu, q)  # the whole result, up to 1,000 rows (the earlier measure)
        direct[q] = got
        pattern = search.like_pattern(q)
        for _ in range(args.like_repeat):
            t = time.perf_counter()
            expected = {r[0] for r in db.execute(like_sql, [pattern, pattern])}
            like_times.append(time.perf_counter() - t)
        # search returns at most MAX_RESULTS rows (Datasette's max_returned_rows); the rest must agree
        ids = {r["article_id"] for r in got}
        if ids != expected if len(expected) <= search.MAX_RESULTS else not ids <= expected:
            print(f"MISMATCH for {q!r}: search {len(got)} vs LIKE {len(expected)}", file=sys.stderr)
            return 1
        # what a visitor runs: the first page, and a later one (keyset: after the previous page's last row)
        first = timed(first_times, first_cpu, q, limit=page)
        if first != got[:page]:
            print(f"MISMATCH for {q!r}: the first page is not the first {page} rows", file=sys.stderr)
            return 1
        if len(got) > (later - 1) * page:
            cursors[q] = got[(later - 1) * page - 1]["article_id"]
            rows = timed(later_times, later_cpu, q, limit=page, before=cursors[q])
            if rows != got[(later - 1) * page : later * page]:
                print(f"MISMATCH for {q!r}: page {later} is not rows {(later - 1) * page + 1}–", file=sys.stderr)
                return 1
        hits += len(expected)
        per_query.append(
            (len(expected), statistics.median(fts_times[-args.repeat:]), statistics.median(like_times[-args.like_repeat:]))
        )
    db.close()

    # through Datasette: the canned queries as a visitor's request runs them
    site = Site(args.db)
    site_times: list[float] = []
    site_cpu: list[float] = []
    site_first: list[float] = []
    site_first_cpu: list[float] = []
    site_later: list[float] = []
    site_later_cpu: list[float] = []
    award_times: list[float] = []  # the whole set, up to 1,000 rows (the earlier measure)
    award_cpu: list[float] = []
    award_first: list[float] = []
    award_first_cpu: list[float] = []
    award_later: list[float] = []
    award_later_cpu: list[float] = []
    award_rows = 0
    award_page = awards.PAGE_SIZE
    award_later_page = award_page  # the size of the pages of which page 3 is measured
    award_paged = 0  # districts with a page 3

    def site_timed(times: list[float], cpu: list[float], query: str, **params: str) -> list[dict[str, Any]]:
        site.get(query, **params)
        for _ in range(args.repeat):
            elapsed, c, rows = site.get(query, **params)
            times.append(elapsed)
            cpu.append(c)
        return rows

    try:
        for q in queries:
            rows = site_timed(site_times, site_cpu, "search", q=q, page_size=str(search.MAX_RESULTS))
            if rows != direct[q]:
                print(f"MISMATCH for {q!r}: Datasette's rows differ from kb.search.search", file=sys.stderr)
                return 1
            rows = site_timed(site_first, site_first_cpu, "search", q=q)  # the default page
            if rows != direct[q][:page]:
                print(f"MISMATCH for {q!r}: Datasette's first page differs", file=sys.stderr)
                return 1
            if q in cursors:
                rows = site_timed(site_later, site_later_cpu, "search", q=q, before=cursors[q])
                if rows != direct[q][(later - 1) * page : later * page]:
                    print(f"MISMATCH for {q!r}: Datasette's page {later} differs", file=sys.stderr)
                    return 1
        wholes = {}
        for district in AWARD_QUERIES:
            whole = wholes[district] = site_timed(
                award_times, award_cpu, "award_history", district=district, page_size=str(awards.MAX_ROWS)
            )
            award_rows += len(whole)
            rows = site_timed(award_first, award_first_cpu, "award_history", district=district)
            if rows != whole[:award_page]:
                print(f"MISMATCH for award_history {district!r}: the first page differs", file=sys.stderr)
                return 1
        # page 3 of the default pages; in a kb where no name has that many records (100k articles: about
        # 100 for 중구), of pages small enough for the largest set to have a third one
        largest = max(len(w) for w in wholes.values())
        if largest <= (later - 1) * award_page:
            award_later_page = max(1, largest // later // 10 * 10 or largest // later)
        for district, whole in wholes.items():
            if len(whole) > (later - 1) * award_later_page:
                award_paged += 1
                after = str(whole[(later - 1) * award_later_page - 1]["award_record_id"])
                rows = site_timed(award_later, award_later_cpu, "award_history", district=district, after=after,
                                  page_size=str(award_later_page))
                if rows != whole[(later - 1) * award_later_page : later * award_later_page]:
                    print(f"MISMATCH for award_history {district!r}: page {later} differs", file=sys.stderr)
                    return 1
    finally:
        site.close()
    if award_rows == 0:
        print("award_history found no awards", file=sys.stderr)
        return 1

    p50_f, p95_f = pct(fts_times, 50), pct(fts_times, 95)
    p50_l, p95_l = pct(like_times, 50), pct(like_times, 95)
    p95_s = pct(site_times, 95)
    p95_a = pct(award_times, 95)
    paged = len(cursors)
    print(
        f"articles={args.articles:,} queries={len(queries)} runs/query={args.repeat} (LIKE {args.like_repeat}) "
        f"{'reused' if cached else 'built'} in {build_s:.1f}s db={size_mb:.0f}MB "
        f"award records={n_records:,} reports={evidence:,}"
    )
    print(
        f"mean hits/query={hits / len(queries):.0f}; every result set identical to LIKE (capped at "
        f"{search.MAX_RESULTS} rows); Datasette's search rows identical to kb.search.search's, in order; "
        f"pages of {page} rows: the first of every query, page {later} of the {paged} queries with more than "
        f"{(later - 1) * page} hits, each identical to its slice of the whole ordered result; award_history: "
        f"{award_rows:,} rows for {len(AWARD_QUERIES)} district names, the first page ({award_page} rows) of each "
        f"and page {later} ({award_later_page} rows a page) of the {award_paged} with more than "
        f"{(later - 1) * award_later_page} rows identical to "
        f"their slices of the whole set"
    )
    load = os.getloadavg()[0]
    print(f"load average {load:.1f} on {os.cpu_count()} cores during the run (CPU: the process's own CPU time)")
    print()
    print("| | p50 | p95 | p50 CPU | p95 CPU | LIKE ÷ it, p50 | LIKE ÷ it, p95 |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for label, wall, cpu in (
        (f"`search` first page ({page} rows) through Datasette", site_first, site_first_cpu),
        (f"`search` page {later} (`before=`) through Datasette, {paged} queries", site_later, site_later_cpu),
        (f"`search` first page ({page} rows), `kb.search.search`", first_times, first_cpu),
        (f"`search` page {later}, `kb.search.search`", later_times, later_cpu),
        (f"`search` up to {search.MAX_RESULTS:,} rows, `kb.search.search`", fts_times, fts_cpu),
        (f"`search` up to {search.MAX_RESULTS:,} rows through Datasette", site_times, site_cpu),
        (f"`award_history` first page ({award_page} rows) through Datasette ({len(AWARD_QUERIES)} districts)",
         award_first, award_first_cpu),
        (f"`award_history` page {later} (`after=`, pages of {award_later_page}) through Datasette, "
         f"{award_paged} district{'s' if award_paged != 1 else ''}",
         award_later, award_later_cpu),
        (f"`award_history` up to {awards.MAX_ROWS:,} rows through Datasette ({len(AWARD_QUERIES)} districts)",
         award_times, award_cpu),
    ):
        p50, p95 = pct(wall, 50), pct(wall, 95)
        vs_like = f"×{p50_l / p50:.1f} | ×{p95_l / p95:.1f}" if "search`" in label else " | "
        print(f"| {label} | {p50:.1f} ms | {p95:.1f} ms | {pct(cpu, 50):.1f} ms | {pct(cpu, 95):.1f} ms | {vs_like} |")
    print(f"| `LIKE '%q%'` scan (ids only) | {p50_l:,.0f} ms | {p95_l:,.0f} ms | | | ×1 | ×1 |")
    limit = args.articles // 100
    for label, group in (
        (f"selective queries (≤ {limit:,} hits, 1 %), median: {{n}} queries, up to {search.MAX_RESULTS:,} rows",
         [q for q in per_query if q[0] <= limit]),
        (f"common queries (> {limit:,} hits), median: {{n}} queries, up to {search.MAX_RESULTS:,} rows",
         [q for q in per_query if q[0] > limit]),
    ):
        if group:
            f_med = statistics.median(g[1] for g in group) * 1000
            l_med = statistics.median(g[2] for g in group) * 1000
            print(f"| {label.format(n=len(group))} | {f_med:.1f} ms | | | | ×{l_med / f_med:.1f} | |")
    print()
    print(f"ratios: {args.articles:,} articles, load average {load:.1f}: search through Datasette, first page of "
          f"{page} p95 {pct(site_first, 95):.1f} ms (CPU {pct(site_first_cpu, 95):.1f}), page {later} p95 "
          f"{pct(site_later, 95):.1f} ms (goal < 50 ms at 1M); up to {search.MAX_RESULTS:,} rows p95 {p95_f:.1f} ms "
          f"(CPU {pct(fts_cpu, 95):.1f}), through Datasette {p95_s:.1f} ms (CPU {pct(site_cpu, 95):.1f}); "
          f"award_history first page of {award_page} p95 {pct(award_first, 95):.1f} ms (CPU "
          f"{pct(award_first_cpu, 95):.1f}), page {later} p95 {pct(award_later, 95):.1f} ms (CPU "
          f"{pct(award_later_cpu, 95):.1f}; goal < 50 ms at 1M), up to {awards.MAX_ROWS:,} rows p95 {p95_a:.1f} ms "
          f"(CPU {pct(award_cpu, 95):.1f}), LIKE÷search (up to {search.MAX_RESULTS:,} rows) p50 "
          f"×{p50_l / p50_f:.1f} p95 ×{p95_l / p95_f:.1f}, result sets and pages equal to LIKE")
    if tmp is not None:
        tmp.cleanup()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
