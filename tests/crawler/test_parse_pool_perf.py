"""The parse worker (crawler/parse_pool.py) gives the items, logs and stats of an in-process parse."""

from __future__ import annotations

import asyncio
import dataclasses
import hashlib
import logging

import pytest
from scrapy.http import HtmlResponse, Request

from bench.crawl_site import SITE, BenchSite
from crawler.parse_pool import ParsePool, page_spec, parse_in_worker, spider_spec, worker_failed
from crawler.run import spider_classes
from crawler.spiders.base import GovnewsSpider

BASE = "http://127.0.0.1:8765"


def _in_pool(work):
    """``work(pool)`` (a coroutine function) with a one-worker pool on a fresh event loop."""

    async def main():
        pool = ParsePool(1)
        try:
            await asyncio.wait_for(pool.started, 120)
            return await work(pool)
        finally:
            pool.close()

    return asyncio.run(main())


@pytest.fixture(scope="module")
def spider():
    site = BenchSite(12)
    return spider_classes()["sijung"](start_url=site.start_url(BASE)), site


def _response(url: str, body: bytes, **meta) -> HtmlResponse:
    return HtmlResponse(url, body=body, headers={"Content-Type": "text/html; charset=utf-8"},
                        request=Request(url, meta=meta))


def _plain(item) -> dict:
    data = dataclasses.asdict(item)
    data.pop("fetched_at")
    return data


def test_worker_items_equal_in_process_items(spider):
    spider, site = spider
    pages = [(f"{BASE}/{SITE}{path}", body) for path, body in site.pages.items() if "articleView" in path]
    assert pages

    async def work(pool):
        assert pool.takes(spider) and pool.ready
        futures = [pool.submit(spider, _response(url, body, list_date="2020-01-01T00:00:00+09:00"))
                   for url, body in pages]  # all in flight at once: answers are matched to their pages
        return await asyncio.wait_for(asyncio.gather(*futures), 120)

    answers = _in_pool(work)
    for (url, body), (item, records, stats, raw) in zip(pages, answers, strict=True):
        here = spider.parse_article(_response(url, body, list_date="2020-01-01T00:00:00+09:00"))
        assert _plain(item) == _plain(here)
        assert records == [] and stats == [] and raw is None  # no GOVNEWS_RAW_DIR: no raw page made


def test_worker_hashes_the_raw_page(spider):
    spider, site = spider
    path, body = next((p, b) for p, b in site.pages.items() if "articleView" in p)
    spec = {**spider_spec(spider), "settings": {"GOVNEWS_RAW_DIR": "raw"}}
    _item, _records, _stats, raw = parse_in_worker(type(spider), spec, page_spec(_response(f"{BASE}/{SITE}{path}", body)))
    assert raw == hashlib.sha256(body).hexdigest()


def test_a_dead_worker_fails_its_pages_as_a_pool_failure(spider):
    spider, site = spider
    url, body = next((f"{BASE}/{SITE}{p}", b) for p, b in site.pages.items() if "articleView" in p)

    async def work(pool):
        pool.workers[0].process.kill()
        future = pool.submit(spider, _response(url, body))
        try:
            await asyncio.wait_for(future, 60)
        except Exception as exc:  # noqa: BLE001
            return exc, future, pool.broken
        return None, future, pool.broken

    exc, future, broken = _in_pool(work)
    assert exc is not None and worker_failed(exc, future) and broken


def test_worker_reports_logs_and_stats_of_a_failure_page(spider):
    spider, _site = spider
    url = f"{BASE}/{SITE}/news/articleView.html?idxno=1"
    body = "<html><script>alert('잘못된 접근입니다.'); history.back();</script></html>".encode()
    from crawler import parse_pool

    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    parse_pool._init_worker(logging.INFO)  # the worker side, run here
    try:
        item, records, stats, _raw = parse_in_worker(type(spider), spider_spec(spider), page_spec(_response(url, body)))
    finally:
        root.handlers[:] = handlers
        root.setLevel(level)
    assert item is None
    assert stats == [("govnews/failure_pages", 1)]
    assert [(name, level) for name, level, _ in records] == [("sijung", logging.ERROR)]
    assert "failure page" in records[0][2] and url in records[0][2]


def test_a_spider_class_built_in_a_function_is_parsed_in_process():
    local = type("LocalSpider", (GovnewsSpider,), {"name": "local"})

    async def work(pool):
        return pool.takes(local())

    assert not _in_pool(work)
