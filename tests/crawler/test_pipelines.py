"""Pipelines: validation (drop + failure rate), dedupe by id, raw HTML archive, incremental state."""

from __future__ import annotations

import dataclasses
import gzip

import pytest
from scrapy.exceptions import DropItem
from scrapy.utils.test import get_crawler

from crawler.items import Article
from crawler.pipelines import DedupePipeline, IncrementalStatePipeline, RawHtmlPipeline, ValidationPipeline
from crawler.spiders.sites import SijungSpider
from crawler.state import CrawlState

BODY = "서울 구로구가 고용노동부 주관 일자리대상에서 우수상을 수상했다고 30일 밝혔다. 12년 연속 수상이다."
ITEM = Article(
    id="sijung/20211130/58231", source="sijung", title="구로구 우수상", published_at="2021-11-30T14:20:00+09:00",
    author="김민지", body_text=BODY, url="http://www.sijung.co.kr/news/articleView.html?idxno=58231",
    fetched_at="2024-04-20T11:00:00+00:00", content_sha256="x",
)


def _crawler(**settings):
    crawler = get_crawler(SijungSpider, settings_dict={"GOVNEWS_REQUIRED_FIELDS": ["id", "title", "published_at", "body_text", "url"],
                                                       "GOVNEWS_MAX_INVALID_RATIO": 0.3, **settings})
    crawler.spider = crawler._create_spider()
    return crawler


def test_validation_drops_incomplete_items_and_fails_run_above_threshold():
    crawler = _crawler()
    pipeline = ValidationPipeline.from_crawler(crawler)
    assert pipeline.process_item(ITEM) is ITEM
    with pytest.raises(DropItem, match="published_at"):
        pipeline.process_item(dataclasses.replace(ITEM, published_at=None))
    with pytest.raises(DropItem, match="body_text"):
        pipeline.process_item(dataclasses.replace(ITEM, body_text="짧다"))
    pipeline.close_spider()
    stats = crawler.stats.get_stats()
    assert stats["govnews/invalid/published_at"] == 1 and stats["govnews/invalid/body_text"] == 1
    assert stats["govnews/validation_failed"] == 1  # 2/3 invalid > 30 %


def test_validation_passes_below_threshold():
    crawler = _crawler()
    pipeline = ValidationPipeline.from_crawler(crawler)
    for _ in range(9):
        pipeline.process_item(ITEM)
    with pytest.raises(DropItem):
        pipeline.process_item(dataclasses.replace(ITEM, title=""))
    pipeline.close_spider()
    assert "govnews/validation_failed" not in crawler.stats.get_stats()


def test_dedupe_drops_repeated_ids():
    pipeline = DedupePipeline.from_crawler(_crawler())
    pipeline.process_item(ITEM)
    with pytest.raises(DropItem, match="duplicate"):
        pipeline.process_item(dataclasses.replace(ITEM))


def test_raw_html_is_kept_gzip_compressed(tmp_path):
    crawler = _crawler(GOVNEWS_RAW_DIR=str(tmp_path))
    crawler.spider.raw_pages[ITEM.url] = b"<html>raw</html>"
    item = RawHtmlPipeline.from_crawler(crawler).process_item(dataclasses.replace(ITEM))
    assert gzip.decompress(open(item.raw_path, "rb").read()) == b"<html>raw</html>"
    assert ITEM.url not in crawler.spider.raw_pages


def test_state_counts_revisions_only_when_the_body_hash_changes(tmp_path):
    crawler = _crawler()
    crawler.spider.state = CrawlState(tmp_path / "state.sqlite")
    crawler.spider.list_fingerprints[ITEM.url] = "fp1"
    pipeline = IncrementalStatePipeline.from_crawler(crawler)
    assert pipeline.process_item(dataclasses.replace(ITEM, content_sha256="a")).revision == 1
    assert pipeline.process_item(dataclasses.replace(ITEM, content_sha256="a")).revision == 1
    assert pipeline.process_item(dataclasses.replace(ITEM, content_sha256="b")).revision == 2
    state = crawler.spider.state
    assert state.is_known(ITEM.url, "fp1") and not state.is_known(ITEM.url, "fp2")
    assert state.revision_count(ITEM.url) == 2
