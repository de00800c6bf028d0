"""Stage 1 (crawl): item pipelines — validation, dedupe, raw HTML archive, incremental state.

Must not import ``extract`` or ``kb``. All pipelines use the Scrapy ≥ 2.14 ``process_item(self, item)``
signature, read items through ``ItemAdapter`` and are built with ``from_crawler``.
"""

from __future__ import annotations

import gzip
import hashlib
import logging
from collections import Counter
from pathlib import Path

from itemadapter import ItemAdapter
from scrapy.exceptions import DropItem

logger = logging.getLogger(__name__)


class ValidationPipeline:
    """Drop incomplete items, log per-field failure rates, fail the run above a threshold.

    Settings: ``GOVNEWS_REQUIRED_FIELDS``, ``GOVNEWS_MIN_BODY_CHARS``, ``GOVNEWS_MAX_INVALID_RATIO``.
    A failed run sets the stat ``govnews/validation_failed`` (``govnews crawl`` then exits non-zero).
    """

    def __init__(self, crawler) -> None:
        self.crawler = crawler
        settings = crawler.settings
        self.required = settings.getlist("GOVNEWS_REQUIRED_FIELDS")
        self.min_body = settings.getint("GOVNEWS_MIN_BODY_CHARS", 40)
        self.max_invalid = settings.getfloat("GOVNEWS_MAX_INVALID_RATIO", 0.2)
        self.seen = 0
        self.invalid = 0
        self.field_failures: Counter[str] = Counter()

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def process_item(self, item):
        adapter = ItemAdapter(item)
        self.seen += 1
        missing = [name for name in self.required if not adapter.get(name)]
        if len(adapter.get("body_text") or "") < self.min_body and "body_text" not in missing:
            missing.append("body_text")
        if missing:
            self.invalid += 1
            self.field_failures.update(missing)
            for name in missing:
                self.crawler.stats.inc_value(f"govnews/invalid/{name}")
            raise DropItem(f"incomplete item {adapter.get('url')}: missing {', '.join(missing)}")
        return item

    def close_spider(self) -> None:
        if not self.seen:
            return
        for name, count in sorted(self.field_failures.items()):
            logger.info("validation: %s missing in %d/%d items (%.0f%%)", name, count, self.seen, 100 * count / self.seen)
        ratio = self.invalid / self.seen
        self.crawler.stats.set_value("govnews/invalid_ratio", round(ratio, 3))
        if ratio > self.max_invalid:
            self.crawler.stats.set_value("govnews/validation_failed", 1)
            logger.error(
                "validation failed: %d/%d items invalid (%.0f%% > %.0f%%)",
                self.invalid, self.seen, 100 * ratio, 100 * self.max_invalid,
            )


class DedupePipeline:
    """Drop items whose ``id`` was already seen in this run."""

    def __init__(self) -> None:
        self.ids: set[str] = set()

    @classmethod
    def from_crawler(cls, crawler):
        return cls()

    def process_item(self, item):
        item_id = ItemAdapter(item).get("id")
        if item_id in self.ids:
            raise DropItem(f"duplicate id {item_id}")
        self.ids.add(item_id)
        return item


class RawHtmlPipeline:
    """Keep the raw page bytes gzip-compressed under ``GOVNEWS_RAW_DIR``; sets ``item.raw_path``.

    The spider hands the bytes over in ``spider.raw_pages[url]`` (popped here, so memory stays flat).
    Files are content-addressed: ``<raw_dir>/<source>/<sha256 of bytes>.html.gz``.
    """

    def __init__(self, crawler, raw_dir: str | None) -> None:
        self.crawler = crawler
        self.raw_dir = Path(raw_dir) if raw_dir else None

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler, crawler.settings.get("GOVNEWS_RAW_DIR"))

    def process_item(self, item):
        spider = self.crawler.spider
        adapter = ItemAdapter(item)
        raw = getattr(spider, "raw_pages", {}).pop(adapter.get("url"), None)
        if self.raw_dir is None or raw is None:
            return item
        folder = self.raw_dir / (adapter.get("source") or "unknown")
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"{hashlib.sha256(raw).hexdigest()}.html.gz"
        if not path.exists():
            path.write_bytes(gzip.compress(raw, mtime=0))
        adapter["raw_path"] = str(path)
        return item


class IncrementalStatePipeline:
    """Record each item in the crawl state and set ``item.revision`` (``GOVNEWS_INCREMENTAL``)."""

    def __init__(self, crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def process_item(self, item):
        spider = self.crawler.spider
        state = getattr(spider, "state", None)
        if state is None:
            return item
        adapter = ItemAdapter(item)
        url = adapter.get("url")
        revision = state.record(
            url=url,
            source=adapter.get("source"),
            article_id=adapter.get("id"),
            content_sha256=adapter.get("content_sha256"),
            list_fp=spider.list_fingerprints.get(url),
        )
        if revision > 1:
            self.crawler.stats.inc_value("govnews/revisions")
        adapter["revision"] = revision
        return item

    def close_spider(self) -> None:
        state = getattr(self.crawler.spider, "state", None)
        if state is not None:
            state.close()
