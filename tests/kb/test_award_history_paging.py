"""Keyset paging of the ``award_history`` canned query (``after`` = the last row's award_record_id): every
page is the next slice of one order (newest year first, records without a year last, then award, grade,
category, district, record id), and the pages together are exactly the unpaged result, directly and
through Datasette's client; the HTML page links to the next one."""

from __future__ import annotations

import html as html_lib
import json
import random
import re
import sqlite3
import urllib.parse
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlite_utils import Database

from kb.awards import AWARD_HISTORY_SQL, MAX_ROWS, PAGE_SIZE, SUREST_YEAR_SOURCE
from kb.charts import DISTRICT_MATCH
from kb.publish import metadata_path
from kb.schema import ensure_schema

from .conftest import Client

COLUMNS = [
    "year", "year_source", "grade", "award", "category", "organizer", "evidence", "article_id", "url", "reports",
    "first_seen", "last_seen", "district", "award_record_id",
]

#: the query as it was before paging: every record of the named districts at once, in the same order
UNPAGED_SQL = f"""
select
  r.year, {SUREST_YEAR_SOURCE.format(fk="award_record_id", fact="r")} as year_source, r.grade, w.name as award, r.category, r.organizer, e.sentence as evidence, e.article_id,
  coalesce(a.url, e.url) as url,
  (select count(*) from evidence x where x.award_record_id = r.id) as reports,
  r.first_seen, r.last_seen, d.full_name as district, r.id as award_record_id
from award_records r
join districts d on d.id = r.district_id
join awards w on w.id = r.award_id
left join evidence e on e.id = (
  select x.id from evidence x left join articles y on y.id = x.article_id
  where x.award_record_id = r.id order by y.published, x.id limit 1)
left join articles a on a.id = e.article_id
where r.district_id in (select d.id from districts d where {DISTRICT_MATCH})
order by r.year desc, w.name, r.grade, r.category, d.full_name, r.id
"""

AWARDS = ["일자리대상", "공시제 종합평가", "일자리창출 평가", "청년 고용 평가"]
GRADES = ["대상", "최우수", "우수", "장려"]
#: no category sorts before the empty one, which sorts before any other
CATEGORIES = [None, "", "청년 고용", "사회적경제"]
#: short names and how many records each gets: 중구 names six districts and gets more than a page of
#: Datasette's maximum; 구로구 a few pages of 7; 동구 none
RECORDS = {"중구": 1300, "구로구": 40}


@pytest.fixture(scope="module")
def awards_kb(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Award records with null years and categories, ties on every column but one, ids in no order,
    each with zero to three reports (some articles undated, some missing)."""
    path = tmp_path_factory.mktemp("award_paging") / "kb.db"
    db = Database(path)
    ensure_schema(db)
    rng = random.Random(31)
    db.table("sources").insert({"id": 1, "name": "synthetic"})
    award_ids = {name: i + 1 for i, name in enumerate(AWARDS)}
    db.table("awards").insert_all([{"id": i, "name": name} for name, i in award_ids.items()])
    records: list[tuple[Any, ...]] = []
    for short, n in RECORDS.items():
        districts = [r[0] for r in db.execute("select id from districts where name = ? order by id", [short])]
        seen: set[tuple[Any, ...]] = set()
        while len(seen) < n:
            year = None if rng.random() < 0.1 else rng.randint(2015, 2024)
            key = (rng.choice(districts), award_ids[rng.choice(AWARDS)], year, rng.choice(GRADES), rng.choice(CATEGORIES))
            # a unique index holds these keys, but not those with a NULL, which may repeat (ties up to the id)
            if None in key or key not in seen:
                seen.add(key if None not in key else (*key, len(seen)))
                records.append(key)
        # the same award, year, grade and category in every district of the name: the district decides
        for district in districts:
            records.append((district, award_ids["일자리대상"], 2020, "대상", "청년 고용"))
            records.append((district, award_ids["일자리대상"], None, "대상", None))
    ids = rng.sample(range(1, 10 * len(records)), len(records))
    rows = [
        (rid, *key, rng.choice(["고용노동부", None]), "2020-01-01", "2021-01-01") for rid, key in zip(ids, records, strict=True)
    ]
    articles: list[tuple[Any, ...]] = []
    evidence: list[tuple[Any, ...]] = []
    for rid, *_ in rows:
        for _ in range(rng.choice([0, 1, 1, 2, 3])):
            aid = f"a/{len(evidence)}"
            published = None if rng.random() < 0.1 else f"20{rng.randint(15, 24)}-0{rng.randint(1, 9)}-01"
            if rng.random() < 0.95:  # the rest: an article not (yet) in the kb
                articles.append((aid, f"제목 {aid}", "본문", f"http://127.0.0.1/{aid}", published))
            evidence.append((rid, aid, published, f"문장 {len(evidence)}", rid, f"http://127.0.0.1/e/{aid}"))
    with db.atomic():
        db.conn.executemany(
            "insert or ignore into award_records (id, district_id, award_id, year, grade, category, organizer, "
            "first_seen, last_seen) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
        db.conn.executemany(
            "insert into articles (id, source_id, title, body_text, url, published) values (?, 1, ?, ?, ?, ?)",
            articles,
        )
        db.conn.executemany(
            "insert into evidence (fact_table, fact_id, article_id, revision, published, sentence, char_start, "
            "char_end, extractor_version, award_record_id, url) values ('award_records', ?, ?, 1, ?, ?, 0, 1, 't', ?, ?)",
            evidence,
        )
    db.close()
    return path


@pytest.fixture(scope="module")
def conn(awards_kb: Path) -> Iterator[sqlite3.Connection]:
    connection = sqlite3.connect(awards_kb)
    yield connection
    connection.close()


@pytest.fixture(scope="module")
def site(awards_kb: Path) -> Client:
    return Client(awards_kb, json.loads(metadata_path().read_text(encoding="utf-8")))


def unpaged(conn: sqlite3.Connection, district: str) -> list[dict[str, Any]]:
    return [dict(zip(COLUMNS, row, strict=True)) for row in conn.execute(UNPAGED_SQL, {"district": district})]


def page(conn: sqlite3.Connection, district: str, page_size: Any = "", after: Any = "") -> list[dict[str, Any]]:
    params = {"district": district, "page_size": str(page_size), "after": str(after)}
    return [dict(zip(COLUMNS, row, strict=True)) for row in conn.execute(AWARD_HISTORY_SQL, params)]


def python_order(conn: sqlite3.Connection, district: str) -> list[int]:
    """The record ids of a name in the result order, sorted in Python (stable sorts, last key first)."""
    rows = conn.execute(
        "select r.id, r.year, w.name, r.grade, r.category, d.full_name from award_records r "
        "join districts d on d.id = r.district_id join awards w on w.id = r.award_id "
        f"where r.district_id in (select d.id from districts d where {DISTRICT_MATCH})",
        {"district": district},
    ).fetchall()
    rows.sort(key=lambda r: r[0])
    rows.sort(key=lambda r: r[5])
    rows.sort(key=lambda r: (r[4] is not None, r[4] or ""))  # NULL first, as SQLite sorts it ascending
    rows.sort(key=lambda r: r[3])
    rows.sort(key=lambda r: r[2])
    rows.sort(key=lambda r: (r[1] is not None, r[1] or 0), reverse=True)  # NULL last when descending
    return [r[0] for r in rows]


def pages(fetch: Any, size: int) -> list[list[dict[str, Any]]]:
    """Every page of size rows, each after the last row of the one before, until one is not full."""
    got: list[list[dict[str, Any]]] = []
    after = ""
    while True:
        rows = fetch(page_size=str(size), after=after)
        assert len(rows) <= size
        if rows:
            got.append(rows)
        if len(rows) < size:
            return got
        after = str(rows[-1]["award_record_id"])


def test_the_metadata_query_is_the_librarys_and_names_districts_as_the_dashboard_does():
    queries = json.loads(metadata_path().read_text(encoding="utf-8"))["databases"]["kb"]["queries"]
    assert queries["award_history"]["sql"] == AWARD_HISTORY_SQL
    assert queries["award_history"]["params"] == ["district", "page_size", "after"]
    assert f"select d.id from districts d where {DISTRICT_MATCH}" in AWARD_HISTORY_SQL


def test_the_kb_has_many_few_and_no_rows_null_years_and_ties(conn):
    many, few = unpaged(conn, "중구"), unpaged(conn, "구로구")
    assert len(many) > MAX_ROWS and PAGE_SIZE < len(few) * 3 and len(few) > 7 * 3
    assert unpaged(conn, "동구") == [] and unpaged(conn, "없는구") == []
    assert len({r["district"] for r in many}) == 6
    years = [r["year"] for r in many]
    assert None in years and years.index(None) > 0 and set(years[years.index(None):]) == {None}
    # ties: the same award, year, grade and category in several districts, or in one district (NULLs)
    keys = [(r["year"], r["award"], r["grade"], r["category"]) for r in many]
    assert len(set(keys)) < len(keys)
    keys_in_district = [(*k, r["district"]) for k, r in zip(keys, many, strict=True)]
    assert len(set(keys_in_district)) < len(keys_in_district)
    assert {r["category"] for r in many} == set(CATEGORIES)
    assert {r["reports"] for r in many} >= {0, 1, 2}
    assert any(r["article_id"] and r["url"].startswith("http://127.0.0.1/e/") for r in many)  # article not in the kb


@pytest.mark.parametrize("district", ["중구", "대구광역시 중구", "구로구", "서울시 구로구", "동구", "없는구", ""])
def test_the_unpaged_order_is_the_documented_one(conn, district):
    assert [r["award_record_id"] for r in unpaged(conn, district)] == python_order(conn, district)


@pytest.mark.parametrize("district", ["중구", "구로구", "동구", "없는구"])
def test_pages_together_are_the_unpaged_result_in_order(conn, district):
    expected = unpaged(conn, district)
    for size in (1, 7, 100, 333, 1000):
        got = pages(lambda **p: page(conn, district, **p), size)
        assert [r for p in got for r in p] == expected, size
        assert all(len(p) == size for p in got[:-1])


def test_a_page_is_the_slice_after_its_cursor_at_every_boundary(conn):
    expected = unpaged(conn, "중구")
    ids = [r["award_record_id"] for r in expected]
    # every place where a key changes (year, award, grade, category, district), and the ties between
    changes = [i for i in range(1, len(expected)) if any(expected[i][c] != expected[i - 1][c] for c in COLUMNS[:4])]
    ties = [i for i in range(1, len(expected)) if all(expected[i][c] == expected[i - 1][c] for c in COLUMNS[:4])]
    first_undated = [r["year"] for r in expected].index(None)
    assert ties and first_undated in changes
    for at in {0, 1, *changes, *(i - 1 for i in changes), *ties, *(i - 1 for i in ties), len(ids) - 2, len(ids) - 1}:
        assert [r["award_record_id"] for r in page(conn, "중구", 5, ids[at])] == ids[at + 1 : at + 6], at
    # the last row: an empty page
    assert page(conn, "중구", 5, ids[-1]) == []


def test_every_cursor_of_a_few_rows(conn):
    expected = unpaged(conn, "구로구")
    for at, row in enumerate(expected):
        assert page(conn, "구로구", 3, row["award_record_id"]) == expected[at + 1 : at + 4], at


def test_an_unknown_cursor_gives_an_empty_page(conn):
    top = max(r[0] for r in conn.execute("select id from award_records"))
    for after in (top + 1, 0, -5, "abc", "1; drop table awards", "12.5x"):
        assert page(conn, "중구", 10, after) == []


def test_a_cursor_of_another_districts_record_resumes_at_its_place_in_the_order(conn):
    expected = unpaged(conn, "중구")
    for other in unpaged(conn, "구로구")[::7]:
        got = page(conn, "중구", MAX_ROWS, other["award_record_id"])
        assert got == [r for r in expected if _key(r) > _key(other)][:MAX_ROWS]
        assert 0 < len(got) < len(expected)


def _key(r: dict[str, Any]) -> tuple[Any, ...]:
    """A row's place in the order, as one ascending tuple (NULL years last, NULL categories first)."""
    return (
        r["year"] is None, -(r["year"] or 0), r["award"], r["grade"], r["category"] is not None, r["category"] or "",
        r["district"], r["award_record_id"],
    )


def test_page_size_defaults_and_is_capped(conn):
    expected = unpaged(conn, "중구")
    for asked in ("", "abc", "0", "-3"):
        assert page(conn, "중구", asked) == expected[:PAGE_SIZE], asked
    assert page(conn, "중구", "5000") == expected[:MAX_ROWS]
    assert page(conn, "중구", "7") == expected[:7]
    assert page(conn, "구로구", "1000") == unpaged(conn, "구로구")


# through Datasette's client, as a visitor's request runs it


@pytest.mark.parametrize("district", ["중구", "서울특별시 구로구", "동구"])
def test_canned_query_pages_by_after(site, conn, district):
    expected = unpaged(conn, district)
    first = site.rows("/kb/award_history.json", district=district)
    assert first == expected[:PAGE_SIZE]
    got = list(first)
    while len(first) == PAGE_SIZE:
        first = site.rows("/kb/award_history.json", district=district, after=got[-1]["award_record_id"])
        got += first
    assert got == expected
    # other page sizes, the cursor always the last row of the JSON page
    for size in (7, 400):
        assert [r for p in pages(lambda **p: site.rows("/kb/award_history.json", district=district, **p), size)
                for r in p] == expected


def test_canned_query_page_size_cursor_and_boundaries(site, conn):
    expected = unpaged(conn, "중구")
    ids = [r["award_record_id"] for r in expected]
    first_undated = [r["year"] for r in expected].index(None)
    assert len(site.rows("/kb/award_history.json", district="중구", page_size="5000")) == MAX_ROWS
    assert len(site.rows("/kb/award_history.json", district="중구", page_size="")) == PAGE_SIZE
    assert len(site.rows("/kb/award_history.json", district="중구", page_size="abc")) == PAGE_SIZE
    assert site.rows("/kb/award_history.json", district="중구", page_size="3") == expected[:3]
    assert site.rows("/kb/award_history.json", district="중구", after="no-such-record") == []
    assert site.rows("/kb/award_history.json", district="중구", after=str(max(ids) * 10)) == []
    for at in (first_undated - 1, first_undated, len(ids) - 2, len(ids) - 1):
        rows = site.rows("/kb/award_history.json", district="중구", page_size="4", after=str(ids[at]))
        assert rows == expected[at + 1 : at + 5], at


def test_the_html_page_links_to_the_next_page_when_full(site, conn):
    expected = unpaged(conn, "중구")

    def html(**params: str) -> str:
        response = site.get("/kb/award_history", **params)
        assert response.status_code == 200
        return response.text

    text = html(district="중구")
    link = re.search(r'class="govnews-next-page"><a href="\?([^"]+)">Next (\d+) results', text)
    assert link and int(link.group(2)) == PAGE_SIZE
    args = urllib.parse.parse_qs(html_lib.unescape(link.group(1)))
    assert args["district"] == ["중구"] and args["after"] == [str(expected[PAGE_SIZE - 1]["award_record_id"])]
    # following the link gives the second page
    followed = site.rows("/kb/award_history.json", **{k: v[0] for k, v in args.items()})
    assert followed == expected[PAGE_SIZE : 2 * PAGE_SIZE]
    # a page that is not full is the last one: no link
    assert "govnews-next-page" not in html(district="구로구", page_size="1000")
    assert "govnews-next-page" not in html(district="동구")
    assert "Next 7 results" in html(district="중구", page_size="7", after=str(expected[10]["award_record_id"]))
