"""Keyset paging of the search (``before`` = the last row's article_id): every page is the next slice of one
order (whole-morpheme hits first, then newest first, undated articles last), the pages together are exactly
the ``LIKE '%q%'`` set, in every plan, directly and through the canned query of Datasette."""

from __future__ import annotations

import asyncio
import json
import random
import re
from pathlib import Path
from typing import Any

import pytest
from sqlite_utils import Database

from kb import search
from kb.publish import DATASETTE_SETTINGS, metadata_path, templates_dir
from kb.schema import ensure_schema

from .conftest import token_forms

SUBJECTS = ["청년", "신중년", "여성", "구직자", "소상공인", "사회적기업"]
OBJECTS = ["일자리", "고용", "취업", "창업", "AI 교육", "ICT 인재", "채용박람회"]
PLACES = ["구로구", "마포구", "중구", "수원시"]
NAMES = ["파카노타", "누고바누", "쿠사고차카"]


def _sentence(rng: random.Random) -> str:
    kind = rng.random()
    if kind < 0.02:
        return f"{rng.choice(PLACES)}는 '{rng.choice(NAMES)}' 사업을 시작했다."
    if kind < 0.12:
        return f"{rng.choice(PLACES)}는 {rng.randint(2015, 2025)}년 일자리 {rng.randint(100, 9999):,}개를 만들었다."
    if kind < 0.16:
        return f"{rng.choice(PLACES)} 센터는 청년일자리를 늘린다."
    return f"{rng.choice(PLACES)}는 {rng.choice(SUBJECTS)} {rng.choice(OBJECTS)} 사업을 지원한다."


@pytest.fixture(scope="module")
def paged_kb(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """2,400 articles in random date order (many ties), one in 20 undated, one in 10 without morpheme tokens."""
    path = tmp_path_factory.mktemp("paging") / "kb.db"
    db = Database(path)
    ensure_schema(db)
    rng = random.Random(29)
    db["sources"].insert({"id": 1, "name": "synthetic"})
    rows = []
    for i in range(2400):
        body = " ".join(_sentence(rng) for _ in range(rng.randint(2, 6)))
        title = _sentence(rng)[:30]
        published = None if i % 20 == 7 else f"20{rng.randint(15, 25)}-{rng.randint(1, 12):02d}-{rng.randint(1, 2):02d}"
        rows.append((i + 1, f"p/{rng.randint(0, 10**6):07d}/{i}", title, body, published))
    with db.atomic():
        db.conn.executemany(
            "insert into articles (rowid, id, source_id, title, body_text, url, published) "
            "values (?, ?, 1, ?, ?, 'http://127.0.0.1/x', ?)",
            rows,
        )
        search.index_articles(db.conn, [(rid, t, b) for rid, _, t, b, _ in rows])
        search.index_tokens(
            db.conn, [(aid, "test", re.sub(r"[^\w\s]", " ", f"{t} {b}")) for rid, aid, t, b, _ in rows if rid % 10]
        )
    db.close()
    return path


@pytest.fixture(scope="module")
def db(paged_kb: Path) -> Database:
    return Database(paged_kb)


def expected_order(db: Database, q: str) -> list[tuple[str, int]]:
    """(article_id, morpheme_hit) of every article containing q (LIKE), in the search's order, by Python."""
    pattern = search.like_pattern(q)
    needle = search.morpheme_needle(q)
    forms = token_forms(db)
    rows = db.execute(
        "select a.id, a.published from articles a where a.title like ? escape '\\' or a.body_text like ? escape '\\'",
        [pattern, pattern],
    ).fetchall()
    keyed = [
        (int(aid in forms and needle in f" {forms[aid]} "), published is not None, published or "", aid)
        for aid, published in rows
    ]
    keyed.sort(reverse=True)
    return [(aid, hit) for hit, _, _, aid in keyed]


def all_pages(db: Database, q: str, size: int, **plan: Any) -> list[list[dict[str, Any]]]:
    pages: list[list[dict[str, Any]]] = []
    before = None
    while True:
        page = search.search(db.conn, q, limit=size, before=before, **plan)
        assert len(page) <= size
        if page:
            pages.append(page)
        if len(page) < size:
            return pages
        before = page[-1]["article_id"]


PLANS = {
    "auto": {},
    "index": {"scan_ratio": 0},
    "walk+morpheme-index": {"scan_ratio": 10**9, "morpheme_scan_ratio": 0},
    "walk+morpheme-walk": {"scan_ratio": 10**9, "morpheme_scan_ratio": 10**9},
}
#: many hits (past 1,000), a few, none; Hangul with Latin and digits; Latin only (no bigram: walked)
QUERIES = ["일자리", "청년", "파카노타", "없는말", "AI 교육", "ai", "2024", "ICT 인재", "청년일자리", "구로구"]


def test_the_kb_has_many_few_and_no_hits_and_undated_ones(db):
    counts = {q: len(expected_order(db, q)) for q in ("일자리", "파카노타", "없는말")}
    assert counts["일자리"] > search.MAX_RESULTS and 0 < counts["파카노타"] < 100 and counts["없는말"] == 0
    undated = {r[0] for r in db.execute("select id from articles where published is null")}
    ids = [aid for aid, _ in expected_order(db, "일자리")]
    assert undated & set(ids)
    youth = expected_order(db, "청년")
    assert 0 < [hit for _, hit in youth].count(1) < len(youth)
    # undated articles among the whole-morpheme hits and among the rest: both ends of both groups
    assert {hit for aid, hit in youth if aid in undated} == {0, 1}


@pytest.mark.parametrize("plan", PLANS)
@pytest.mark.parametrize("q", QUERIES)
def test_pages_together_are_the_like_set_in_order(db, q, plan):
    expected = expected_order(db, q)
    for size in (50, 333):
        pages = all_pages(db, q, size, **PLANS[plan])
        got = [(r["article_id"], r["morpheme_hit"]) for page in pages for r in page]
        assert got == expected
        assert all(len(page) == size for page in pages[:-1])


@pytest.mark.parametrize("plan", PLANS)
def test_a_page_is_the_slice_after_its_cursor_at_every_boundary(db, plan):
    q = "청년"
    expected = expected_order(db, q)
    ids = [aid for aid, _ in expected]
    last_morpheme = max(i for i, (_, hit) in enumerate(expected) if hit)
    undated = {r[0] for r in db.execute("select id from articles where published is null")}
    first_undated = min(i for i, aid in enumerate(ids) if aid in undated and expected[i][1] == 0)
    # the end of the whole-morpheme hits, just before and after it, into and inside the undated articles
    for at in (0, last_morpheme - 1, last_morpheme, last_morpheme + 1, first_undated - 1, first_undated,
               first_undated + 2, len(ids) - 2, len(ids) - 1):
        page = search.search(db.conn, q, limit=7, before=ids[at], **PLANS[plan])
        assert [r["article_id"] for r in page] == ids[at + 1 : at + 8], at


def test_first_page_equals_the_head_of_the_whole_result(db):
    for q in QUERIES:
        whole = search.search(db.conn, q)
        assert search.search(db.conn, q, limit=search.PAGE_SIZE) == whole[: search.PAGE_SIZE]
        assert len(whole) == min(len(expected_order(db, q)), search.MAX_RESULTS)


def test_unknown_cursor_empty_and_blank_queries_give_no_rows(db):
    assert search.search(db.conn, "일자리", limit=10, before="no/such/article") == []
    assert search.search(db.conn, "", limit=10) == []
    assert search.search(db.conn, "   ", limit=10, before=expected_order(db, "일자리")[0][0]) == []


class _Site:
    def __init__(self, path: Path):
        from datasette.app import Datasette

        metadata = json.loads(metadata_path().read_text(encoding="utf-8"))
        self.ds = Datasette(
            [str(path)], metadata=metadata, template_dir=str(templates_dir()), settings=DATASETTE_SETTINGS
        )

    def rows(self, **params: str) -> list[dict[str, Any]]:
        async def run() -> Any:
            return await self.ds.client.get("/kb/search.json", params={**params, "_shape": "array"})

        response = asyncio.run(run())
        assert response.status_code == 200, response.text[:500]
        return response.json()


@pytest.fixture(scope="module")
def site(paged_kb: Path) -> _Site:
    return _Site(paged_kb)


@pytest.mark.parametrize("q", ["일자리", "청년", "AI 교육", "파카노타", "없는말"])
def test_canned_query_pages_by_before(site, db, q):
    expected = expected_order(db, q)
    first = site.rows(q=q)
    assert [(r["article_id"], r["morpheme_hit"]) for r in first] == expected[: search.PAGE_SIZE]
    got = list(first)
    while len(got) < len(expected):
        page = site.rows(q=q, before=got[-1]["article_id"], page_size="400")
        assert page, len(got)
        got += page
    assert [(r["article_id"], r["morpheme_hit"]) for r in got] == expected
    assert got[: search.MAX_RESULTS] == search.search(db.conn, q)


def test_canned_query_page_size_is_capped_and_defaults(site, db):
    assert len(site.rows(q="일자리", page_size="5000")) == search.MAX_RESULTS
    assert len(site.rows(q="일자리", page_size="abc")) == search.PAGE_SIZE
    assert len(site.rows(q="일자리", page_size="3")) == 3
    assert site.rows(q="일자리", before="no/such/article") == []


def test_the_search_page_links_to_the_next_page_when_full(site, db):
    import html as html_lib
    import urllib.parse

    async def page(**params: str) -> str:
        response = await site.ds.client.get("/kb/search", params=params)
        assert response.status_code == 200
        return response.text

    expected = [aid for aid, _ in expected_order(db, "일자리")]
    text = asyncio.run(page(q="일자리"))
    link = re.search(r'class="govnews-next-page"><a href="\?([^"]+)">Next (\d+) results', text)
    assert link and int(link.group(2)) == search.PAGE_SIZE
    args = urllib.parse.parse_qs(html_lib.unescape(link.group(1)))
    assert args["q"] == ["일자리"] and args["before"] == [expected[search.PAGE_SIZE - 1]]
    # a page that is not full is the last one: no link
    assert "govnews-next-page" not in asyncio.run(page(q="파카노타", page_size="1000"))
    assert "Next 7 results" in asyncio.run(page(q="일자리", page_size="7", before=expected[10]))
