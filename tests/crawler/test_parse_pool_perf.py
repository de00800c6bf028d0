"""The parse worker (crawler/parse_pool.py) gives the items, logs and stats of an in-process parse."""

from __future__ import annotations

import dataclasses
import logging

import pytest
from scrapy.http import HtmlResponse, Request

from bench.crawl_site import SITE, BenchSite
from crawler.parse_pool import ParsePool, page_spec, parse_in_worker, spider_spec
from crawler.run import spider_classes
from crawler.spiders.base import GovnewsSpider

BASE = "http://127.0.0.1:8765"


@pytest.fixture(scope="module")
def pool():
    pool = ParsePool(1)
    pool.started.result(timeout=120)
    yield pool
    pool.close()


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


def test_worker_items_equal_in_process_items(pool, spider):
    spider, site = spider
    pages = [(f"{BASE}/{SITE}{path}", body) for path, body in site.pages.items() if "articleView" in path]
    assert pages
    assert pool.takes(spider)
    for url, body in pages:
        here = spider.parse_article(_response(url, body, list_date="2020-01-01T00:00:00+09:00"))
        item, records, stats = pool.submit(spider, _response(url, body, list_date="2020-01-01T00:00:00+09:00")).result(60)
        assert _plain(item) == _plain(here)
        assert records == [] and stats == []


def test_worker_reports_logs_and_stats_of_a_failure_page(spider):
    spider, _site = spider
    url = f"{BASE}/{SITE}/news/articleView.html?idxno=1"
    body = "<html><script>alert('잘못된 접근입니다.'); history.back();</script></html>".encode()
    from crawler import parse_pool

    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    parse_pool._init_worker(logging.INFO)  # the worker side, run here
    try:
        item, records, stats = parse_in_worker(type(spider), spider_spec(spider), page_spec(_response(url, body)))
    finally:
        root.handlers[:] = handlers
        root.setLevel(level)
    assert item is None
    assert stats == [("govnews/failure_pages", 1)]
    assert [(name, level) for name, level, _ in records] == [("sijung", logging.ERROR)]
    assert "failure page" in records[0][2] and url in records[0][2]


def test_a_spider_class_built_in_a_function_is_parsed_in_process(pool):
    local = type("LocalSpider", (GovnewsSpider,), {"name": "local"})
    assert not pool.takes(local())
