"""The crawl process's cheaper item path: the pipeline manager's chain, direct field access on
articles, compiled selectors on list pages and the journal's group writes give what Scrapy's and
parsel's ways give."""

from __future__ import annotations

import asyncio
import dataclasses
import os

import pytest
from itemadapter import ItemAdapter
from scrapy.exceptions import DropItem
from scrapy.http import HtmlResponse
from scrapy.utils.test import get_crawler
from twisted.internet.defer import succeed

from bench.crawl_site import SITE, BenchSite
from crawler.items import Article
from crawler.pipelines import ItemPipelines, JournalPipeline, JournalWriter, adapt
from crawler.spiders.base import _text, css_first
from crawler.spiders.sites import SijungSpider

ITEM = Article(id="sijung/20211130/1", source="sijung", title="제목", published_at="2021-11-30T14:20:00+09:00",
               author=None, body_text="본문 " * 30, url="http://127.0.0.1:8765/sijung/news/articleView.html?idxno=1",
               fetched_at="2024-04-20T11:00:00+00:00", content_sha256="x")


class _Tag:
    def __init__(self, name):
        self.name = name

    def process_item(self, item):
        item.author = (item.author or "") + self.name
        return item


class _Async(_Tag):
    async def process_item(self, item):
        return super().process_item(item)


class _Deferred(_Tag):
    def process_item(self, item):
        return succeed(super().process_item(item))


class _Drop:
    def process_item(self, item):
        raise DropItem("no")


def _manager(*pipelines):
    crawler = get_crawler(SijungSpider)
    crawler.spider = crawler._create_spider()
    return ItemPipelines(*pipelines, crawler=crawler)


@pytest.mark.filterwarnings("ignore:.*returned a Deferred")  # Scrapy's own deprecation warning, kept
def test_the_chain_runs_every_kind_of_pipeline_in_order():
    manager = _manager(_Tag("a"), _Async("b"), _Tag("c"), _Deferred("d"), _Tag("e"))
    item = asyncio.run(manager.process_item_async(dataclasses.replace(ITEM)))
    assert item.author == "abcde"


def test_a_dropped_item_stops_the_chain():
    manager = _manager(_Tag("a"), _Drop(), _Tag("c"))
    with pytest.raises(DropItem):
        asyncio.run(manager.process_item_async(dataclasses.replace(ITEM)))


def test_article_fields_read_and_write_as_itemadapter_does():
    ours, theirs = adapt(dataclasses.replace(ITEM)), ItemAdapter(dataclasses.replace(ITEM))
    for name in ("id", "author", "raw_path", "attachments", "no_such_field"):
        assert ours.get(name) == theirs.get(name)
    ours["raw_path"] = theirs["raw_path"] = "raw/x.html.gz"
    assert ours.asdict() == theirs.asdict()
    assert sorted(ours.field_names()) == sorted(theirs.field_names())
    with pytest.raises(KeyError):
        ours["no_such_field"] = 1
    assert type(adapt({"id": "x"})) is ItemAdapter


def test_compiled_selectors_equal_parsel_on_a_list_page():
    site = BenchSite(60)
    path, body = next((p, b) for p, b in site.pages.items() if "articleList" in p)
    response = HtmlResponse(f"http://127.0.0.1:8765/{SITE}{path}", body=body, encoding="utf-8")
    spider = SijungSpider
    rows = response.css(spider.list_item_css)
    assert len(rows) == 20
    for row in rows:
        element = row.root
        for css in (spider.list_title_css, spider.list_date_css, spider.list_lead_css):
            assert _text(element, css) == _text(row, css) != ""
        link = ".titles a::attr(href), h2.altlist-subject a::attr(href), .list-titles a::attr(href)"
        assert css_first(element, link) == row.css(link).get()
    next_css = spider.next_page_css + "::attr(href)"
    assert css_first(response, next_css) == response.css(next_css).get()


def test_the_journal_writes_a_group_and_fails_only_the_item_whose_page_failed(tmp_path):
    crawler = get_crawler(SijungSpider, settings_dict={"GOVNEWS_JOURNAL": str(tmp_path / "j.part")})
    journal = JournalPipeline.from_crawler(crawler)
    journal.fd = os.open(journal.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)

    async def main():
        writer = JournalWriter(journal, asyncio.get_running_loop())
        futures = [writer.submit((b'{"n": 1}\n', str(tmp_path / "a.html.gz"), b"<html>a</html>")),
                   writer.submit((b'{"n": 2}\n', str(tmp_path / "missing" / "b.html.gz"), b"<html>b</html>")),
                   writer.submit((b'{"n": 3}\n', None, None))]
        results = await asyncio.gather(*futures, return_exceptions=True)
        writer.stop()
        return results

    results = asyncio.run(main())
    journal.close_spider()
    assert results[0] is None and results[2] is None and isinstance(results[1], OSError)
    assert (tmp_path / "j.part").read_bytes() == b'{"n": 1}\n{"n": 3}\n'
    assert (tmp_path / "a.html.gz").exists()
