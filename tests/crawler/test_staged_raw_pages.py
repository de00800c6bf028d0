"""Raw pages staged by the parse worker (crawler/parse_pool.py): the crawl process renames them into place,
and the files it keeps are those it would have written itself, byte for byte."""

from __future__ import annotations

import asyncio
import dataclasses
import gzip
import hashlib
import os

from scrapy import signals
from scrapy.exceptions import DropItem
from scrapy.http import HtmlResponse, Request
from scrapy.utils.test import get_crawler

from bench.crawl_site import SITE, BenchSite
from crawler.items import Article
from crawler.parse_pool import ParsePool, stage_raw_page
from crawler.pipelines import (
    JournalPipeline,
    JournalWriter,
    RawHtmlPipeline,
    StagedPage,
    pending_raw_pages,
    write_raw_page,
)
from crawler.run import spider_classes
from crawler.spiders.sites import SijungSpider

PAGE = b"<html><body>" + "본문 ".encode() * 500 + b"</body></html>"
DIGEST = hashlib.sha256(PAGE).hexdigest()
ITEM = Article(id="sijung/20211130/1", source="sijung", title="제목", published_at="2021-11-30T14:20:00+09:00",
               author=None, body_text="본문 " * 30, url="http://127.0.0.1:8765/sijung/news/articleView.html?idxno=1",
               fetched_at="2024-04-20T11:00:00+00:00", content_sha256="x")


def _files(folder) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_a_staged_page_holds_the_bytes_the_crawl_process_writes(tmp_path):
    staged = stage_raw_page(str(tmp_path), "sijung", DIGEST, PAGE)
    assert staged is not None and os.path.basename(staged).startswith(f".{DIGEST}.html.gz.") and staged.endswith(".staged")
    assert open(staged, "rb").read() == gzip.compress(PAGE, mtime=0)
    final = tmp_path / "sijung" / f"{DIGEST}.html.gz"
    write_raw_page(str(final), StagedPage(staged), sync=True)
    assert not os.path.exists(staged) and final.read_bytes() == gzip.compress(PAGE, mtime=0)
    assert stage_raw_page(str(tmp_path), "sijung", DIGEST, PAGE) is None  # the file exists: nothing staged
    other = stage_raw_page(str(tmp_path), "other", DIGEST, PAGE, fsync=False)
    (tmp_path / "other" / f"{DIGEST}.html.gz").write_bytes(b"kept")
    write_raw_page(str(tmp_path / "other" / f"{DIGEST}.html.gz"), StagedPage(other), sync=False)
    assert not os.path.exists(other) and (tmp_path / "other" / f"{DIGEST}.html.gz").read_bytes() == b"kept"


def _crawler(tmp_path, journal=True):
    settings = {"GOVNEWS_RAW_DIR": str(tmp_path / "raw")}
    if journal:  # the journal pipeline writes the pages RawHtmlPipeline leaves it
        settings["GOVNEWS_JOURNAL"] = str(tmp_path / "j.part")
        settings["ITEM_PIPELINES"] = {"crawler.pipelines.RawHtmlPipeline": 300, "crawler.pipelines.JournalPipeline": 350}
    crawler = get_crawler(SijungSpider, settings_dict=settings)
    crawler.spider = crawler._create_spider()
    return crawler


def _hand_over(crawler, tmp_path, item=ITEM, page=PAGE):
    """What the spider's ``_parsed`` does with an answer of the parse worker that staged the page: the
    staged file and the item."""
    digest = hashlib.sha256(page).hexdigest()
    staged = stage_raw_page(str(tmp_path / "raw"), item.source, digest, page)
    response = HtmlResponse(item.url, body=page, request=Request(item.url))
    item = dataclasses.replace(item)
    crawler.spider._parsed(response, item, (digest, staged))
    return staged, item


def test_the_journal_renames_a_staged_page_before_its_line(tmp_path):
    crawler = _crawler(tmp_path)
    staged, item = _hand_over(crawler, tmp_path)
    raw = RawHtmlPipeline.from_crawler(crawler)
    item = raw.process_item(item)
    assert isinstance(pending_raw_pages(crawler)[item.raw_path], StagedPage)
    journal = JournalPipeline.from_crawler(crawler)
    journal.fd = os.open(journal.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)

    async def main():
        writer = JournalWriter(journal, asyncio.get_running_loop())
        result = await writer.submit((b'{"n": 1}\n', item.raw_path, pending_raw_pages(crawler)[item.raw_path]))
        writer.stop()
        return result

    assert asyncio.run(main()) is None
    journal.close_spider()
    raw.close_spider()
    assert not os.path.exists(staged)
    assert _files(tmp_path / "raw") == {f"{DIGEST}.html.gz": gzip.compress(PAGE, mtime=0)}
    assert item.raw_path not in pending_raw_pages(crawler)


def test_without_the_journal_pipeline_the_raw_pipeline_renames_it(tmp_path):
    crawler = _crawler(tmp_path, journal=False)
    _staged, item = _hand_over(crawler, tmp_path)
    item = RawHtmlPipeline.from_crawler(crawler).process_item(item)
    assert _files(tmp_path / "raw") == {f"{DIGEST}.html.gz": gzip.compress(PAGE, mtime=0)}
    assert open(item.raw_path, "rb").read() == gzip.compress(PAGE, mtime=0)


def test_the_staged_page_of_a_dropped_item_goes(tmp_path):
    crawler = _crawler(tmp_path)
    raw = RawHtmlPipeline.from_crawler(crawler)
    staged, item = _hand_over(crawler, tmp_path)

    def drop(item):
        crawler.signals.send_catch_log(signal=signals.item_dropped, item=item, response=None,
                                       spider=crawler.spider, exception=DropItem("invalid"))

    drop(dataclasses.replace(item))  # another item of the URL (an earlier fetch, past this pipeline)
    assert os.path.exists(staged)
    drop(item)
    assert not os.path.exists(staged) and not crawler.spider.raw_staged
    later, _item = _hand_over(crawler, tmp_path, dataclasses.replace(ITEM, url=ITEM.url + "2"))
    raw.close_spider()  # an item that never reached the pipeline
    assert not os.path.exists(later)
    assert _files(tmp_path / "raw") == {}


def test_a_second_item_with_the_same_page_drops_its_staged_copy(tmp_path):
    crawler = _crawler(tmp_path)
    raw = RawHtmlPipeline.from_crawler(crawler)
    first, item = _hand_over(crawler, tmp_path)
    raw.process_item(item)
    second, item = _hand_over(crawler, tmp_path, dataclasses.replace(ITEM, url=ITEM.url + "2", id="sijung/20211130/2"))
    raw.process_item(item)
    assert os.path.exists(first) and not os.path.exists(second)
    journal = JournalPipeline.from_crawler(crawler)
    journal.close_spider()  # pages still waiting are written
    assert _files(tmp_path / "raw") == {f"{DIGEST}.html.gz": gzip.compress(PAGE, mtime=0)}


def test_the_worker_stages_the_pages_of_a_crawl_with_a_journal(tmp_path):
    site = BenchSite(12)
    base = "http://127.0.0.1:8765"
    settings = {"GOVNEWS_RAW_DIR": str(tmp_path / "raw"), "GOVNEWS_JOURNAL": str(tmp_path / "j.part")}
    crawler = get_crawler(spider_classes()["sijung"], settings_dict=settings)
    spider = crawler._create_spider(start_url=site.start_url(base))
    pages = [(f"{base}/{SITE}{path}", body) for path, body in site.pages.items() if "articleView" in path]

    async def main():
        pool = ParsePool(1)
        try:
            await asyncio.wait_for(pool.started, 120)
            futures = [pool.submit(spider, HtmlResponse(url, body=body, headers={"Content-Type": "text/html; charset=utf-8"},
                                                        request=Request(url))) for url, body in pages]
            return await asyncio.wait_for(asyncio.gather(*futures), 120)
        finally:
            pool.close()

    answers = asyncio.run(main())
    for (_url, body), (item, _records, _stats, raw) in zip(pages, answers, strict=True):
        digest, staged = raw
        assert digest == hashlib.sha256(body).hexdigest() and item is not None
        assert open(staged, "rb").read() == gzip.compress(body, mtime=0)


def test_staged_pages_of_a_killed_crawl_are_removed_when_the_next_crawl_opens(tmp_path):
    import subprocess
    import sys

    from crawler import pipelines

    raw = tmp_path / "raw"
    gone = subprocess.Popen([sys.executable, "-c", "pass"])
    gone.wait()  # a parse worker killed with its crawl: its process id is free
    (raw / "sijung").mkdir(parents=True)
    dead = raw / "sijung" / f".{DIGEST}.html.gz.{gone.pid}.1.staged"
    dead.write_bytes(b"half")
    live = stage_raw_page(str(raw), "other", DIGEST, PAGE, fsync=False)  # this process is alive
    kept = raw / "sijung" / f"{DIGEST}.html.gz"
    kept.write_bytes(gzip.compress(PAGE, mtime=0))
    pipelines._CLEANED.discard(os.path.abspath(raw))
    crawler = get_crawler(SijungSpider, {"GOVNEWS_RAW_DIR": str(raw)})
    pipeline = RawHtmlPipeline.from_crawler(crawler)
    pipeline.open_spider()
    assert not dead.exists()
    assert live is not None and os.path.exists(live) and kept.exists()
    assert pipelines.remove_stale_staged(raw) == 0  # once per directory and process
