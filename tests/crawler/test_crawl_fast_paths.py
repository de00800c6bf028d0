"""The crawl's cheaper paths give what the slower ones gave: the state's row cache and grouped writes,
compiled selectors for dates and bodies, the encoding and failure checks done once per page, and the
meta-refresh test of the redirect-loop middleware."""

from __future__ import annotations

import asyncio
import dataclasses
import sqlite3
from pathlib import Path

import pytest
from scrapy.http import HtmlResponse, Request
from scrapy.utils.test import get_crawler

from crawler.charset import fix_response_encoding
from crawler.items import Article
from crawler.middlewares import RedirectLoopMiddleware
from crawler.pipelines import IncrementalStatePipeline
from crawler.run import spider_classes
from crawler.sample_server import SAMPLE_ROOT
from crawler.spiders.base import _TAGS, detect_failure, first_html, node_texts, visible_length
from crawler.spiders.sites import SijungSpider
from crawler.state import CrawlState

FIXTURES = Path(__file__).parent / "fixtures"
URL = "http://www.sijung.co.kr/news/articleView.html?idxno={}"


def _statements(state: CrawlState) -> list[str]:
    seen: list[str] = []
    state.db.set_trace_callback(seen.append)
    return seen


def _rows(path: Path) -> tuple[list, list]:
    db = sqlite3.connect(path)
    try:
        pages = db.execute("SELECT url, source, article_id, list_fp, content_sha256, revision FROM pages ORDER BY url")
        revisions = db.execute("SELECT url, revision, content_sha256 FROM revisions ORDER BY url, revision")
        return pages.fetchall(), revisions.fetchall()
    finally:
        db.close()


def test_a_prefetched_list_page_needs_no_query_per_entry(tmp_path):
    state = CrawlState(tmp_path / "s.sqlite")
    state.record(url=URL.format(1), source="sijung", article_id="a/1", content_sha256="h1", list_fp="f1")
    statements = _statements(state)
    state.prefetch([URL.format(n) for n in range(1, 21)])
    assert len(statements) == 1
    assert state.is_known(URL.format(1), "f1") and not state.is_known(URL.format(1), "other")
    assert not state.is_known(URL.format(2), "f2")
    assert state.unchanged(URL.format(1), "h1") and not state.unchanged(URL.format(2), "h2")
    assert state.next_revision(URL.format(1), "changed") == 2 and state.next_revision(URL.format(2), "h2") == 1
    assert len(statements) == 1


def test_prefetch_sees_a_row_another_connection_wrote_since(tmp_path):
    state = CrawlState(tmp_path / "s.sqlite")
    assert not state.is_known(URL.format(1))
    other = CrawlState(tmp_path / "s.sqlite")
    other.record(url=URL.format(1), source="sijung", article_id="a/1", content_sha256="h1")
    other.close()
    state.prefetch([URL.format(1)])
    assert state.is_known(URL.format(1)) and state.unchanged(URL.format(1), "h1")


def test_grouped_writes_give_the_rows_of_one_write_each(tmp_path):
    one, grouped = CrawlState(tmp_path / "one.sqlite"), CrawlState(tmp_path / "grouped.sqlite")
    calls = [dict(url=URL.format(n % 7), source="sijung", article_id=f"a/{n % 7}", content_sha256=f"h{n % 3}",
                  list_fp=None if n % 4 else f"f{n}") for n in range(30)]
    for state in (one, grouped):
        state.record(url=URL.format(0), source="sijung", article_id="a/0", content_sha256="old", list_fp="f")
    answers_one = [one.record(**call) for call in calls]
    statements = _statements(grouped)
    answers_grouped = [grouped.record_later(**call) for call in calls]
    assert answers_grouped == answers_one
    assert not [s for s in statements if not s.startswith("SELECT")]  # nothing written yet
    assert _rows(tmp_path / "grouped.sqlite")[0] == [(URL.format(0), "sijung", "a/0", "f", "old", 1)]
    grouped.flush()
    assert sum(s.startswith("INSERT INTO pages") for s in statements) == 1
    one.close()
    grouped.close()
    assert _rows(tmp_path / "grouped.sqlite") == _rows(tmp_path / "one.sqlite")


def test_waiting_rows_are_answered_and_written_by_any_other_call(tmp_path):
    state = CrawlState(tmp_path / "s.sqlite")
    assert state.record_later(url=URL.format(1), source="sijung", article_id="a/1", content_sha256="h1") == 1
    assert state.is_known(URL.format(1)) and state.next_revision(URL.format(1), "h2") == 2
    assert _rows(tmp_path / "s.sqlite")[0] == []
    assert state.known_urls() == [URL.format(1)]  # a read of the file writes what waits first
    state.record_later(url=URL.format(2), source="sijung", article_id="a/2", content_sha256="h2")
    state.close()
    assert [row[0] for row in _rows(tmp_path / "s.sqlite")[0]] == [URL.format(1), URL.format(2)]


def test_a_failed_flush_keeps_its_rows_for_the_next(tmp_path):
    state = CrawlState(tmp_path / "s.sqlite")
    state.record_later(url=URL.format(1), source="sijung", article_id="a/1", content_sha256="h1")
    blocker = sqlite3.connect(tmp_path / "s.sqlite", timeout=0)
    blocker.execute("BEGIN IMMEDIATE")
    state.db.execute("PRAGMA busy_timeout = 0")
    with pytest.raises(sqlite3.OperationalError):
        state.flush()
    blocker.rollback()
    blocker.close()
    state.flush()
    assert state.revision_count(URL.format(1)) == 1


def test_the_state_pipeline_writes_a_group_once_the_loop_has_run_its_items(tmp_path):
    crawler = get_crawler(SijungSpider)
    crawler.spider = crawler._create_spider()
    crawler.spider.state = state = CrawlState(tmp_path / "s.sqlite")
    pipeline = IncrementalStatePipeline.from_crawler(crawler)
    item = Article(id="sijung/20211130/1", source="sijung", title="t", published_at=None, author=None,
                   body_text="b", url=URL.format(1), fetched_at="", content_sha256="h1")

    async def crawl() -> tuple[int, int]:
        for n in range(1, 4):
            assert pipeline.process_item(dataclasses.replace(item, id=f"sijung/20211130/{n}", url=URL.format(n))).revision == 1
        before = len(_rows(tmp_path / "s.sqlite")[0])
        await asyncio.sleep(0)
        return before, len(_rows(tmp_path / "s.sqlite")[0])

    assert asyncio.run(crawl()) == (0, 3)
    # outside an event loop (tests, tools) an item is written at once
    pipeline.process_item(dataclasses.replace(item, id="sijung/20211130/4", url=URL.format(4)))
    assert len(_rows(tmp_path / "s.sqlite")[0]) == 4
    state.close()


def _pages() -> list[tuple[str, bytes]]:
    found = [p for root in (FIXTURES, SAMPLE_ROOT) for p in sorted(root.rglob("*")) if p.is_file()
             and p.suffix not in {".json", ".xml", ".pdf", ".hwp", ".hwpx", ".md", ".txt", ".gz"}]
    pages = [(f"http://127.0.0.1:8765/{p.name}", p.read_bytes()) for p in found]
    return [(url, body) for url, body in pages if b"<" in body[:2000] and b"\x00" not in body[:2000]]


def test_compiled_date_and_body_selectors_equal_parsel_on_every_page():
    families = {}
    for cls in spider_classes().values():
        families.setdefault(cls.family, cls)
    checked = 0
    for url, body in _pages():
        response = fix_response_encoding(HtmlResponse(url, body=body))
        for cls in families.values():
            for css in cls.date_css:
                assert node_texts(response, css) == [" ".join(n.xpath(".//text()").getall()) for n in response.css(css)]
                checked += 1
            for css in cls.body_css:
                matches = response.css(css)
                assert first_html(response, css) == (matches[0].get() if matches else None)
                checked += 1
    assert checked > 1000


def test_the_visible_length_is_the_length_of_the_whole_substitution():
    import random

    pages = [body.decode("utf-8", "replace") for _url, body in _pages()]
    rnd = random.Random(7)
    atoms = ["<p>", "</p>", " ", "\n", "가나", "ab", "<script>x y</script>", "<STYLE>a{}</style>", "<br/>", "\u3000",
             "<", ">", "text ", "<a href='x'>", "\xa0", "<script>", "</script>"]
    pages += ["".join(rnd.choice(atoms) for _ in range(rnd.randint(0, 60))) for _ in range(2000)]
    for html in pages:
        exact = len(" ".join(_TAGS.sub(" ", html).split()))
        assert visible_length(html) == exact
        for enough in (1, 40, 300):
            found = visible_length(html, enough)
            assert found == exact if exact < enough else found >= enough


def test_the_encoding_and_failure_checks_answer_as_before_when_asked_again():
    body = "<html><head><meta charset='euc-kr'></head><body>구로구 소식</body></html>".encode("cp949")
    response = HtmlResponse("http://127.0.0.1:8765/a", body=body, headers={"Content-Type": "text/html; charset=iso-8859-1"})
    fixed = fix_response_encoding(response)
    assert fixed is not response and fixed.encoding == "cp949"
    assert fix_response_encoding(fixed) is fixed and fix_response_encoding(response).encoding == "cp949"
    page = "<html><body><script>alert('잘못된 접근입니다.');</script></body></html>"
    assert detect_failure(page) == detect_failure(page) == "alert: 잘못된 접근입니다."
    assert detect_failure(page, max_redirect_text=0) == "empty-shell"
    assert detect_failure("<p>" + "본문 " * 50 + "</p>") is None


@pytest.mark.parametrize("refresh", [b"refresh", b"REFRESH", b"ReFrEsH"])
def test_a_meta_refresh_loop_is_found_in_any_letter_case(refresh):
    crawler = get_crawler(SijungSpider)
    crawler.spider = crawler._create_spider()
    middleware = RedirectLoopMiddleware.from_crawler(crawler)
    url = "http://127.0.0.1:8765/sijung/news/articleList.html"
    body = b'<html><head><meta http-equiv="' + refresh + b'" content="0;url=' + url.encode() + b'"></head></html>'
    response = HtmlResponse(url, body=body, request=Request(url))
    from scrapy.exceptions import IgnoreRequest

    with pytest.raises(IgnoreRequest, match="meta refresh loop"):
        middleware.process_response(Request(url), response)
    plain = HtmlResponse(url, body=b"<html><body>" + b"x" * 100 + b"</body></html>", request=Request(url))
    assert middleware.process_response(Request(url), plain) is plain
