"""crawler/sources.toml (the source registry) and the press-board sample sites; no network.

The registry is data: these tests check it against the gazetteer (extract/data/local_governments.csv)
and against the board spiders built from it (crawler/spiders/sites.py). The sample-site test walks each board's sample
pages through ``crawler.sample_server.resolve`` (no socket, no reactor) exactly as a crawl would.
"""

from __future__ import annotations

import csv
import tomllib
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from scrapy.http import HtmlResponse, Request, XmlResponse

from crawler.items import Article
from crawler.registry import load_samples, load_sources
from crawler.run import spider_classes
from crawler.sample_server import SAMPLE_ROOT, resolve
from crawler.spiders.base import GovnewsSpider
from crawler.spiders.sites import SPIDERS

ROOT = Path(__file__).resolve().parents[2]
SOURCES = tomllib.loads((ROOT / "crawler" / "sources.toml").read_text(encoding="utf-8"))
GAZETTEER = list(csv.DictReader((ROOT / "extract" / "data" / "local_governments.csv").open(encoding="utf-8")))
CODES = {row["code"]: row for row in GAZETTEER}
GWANGYEOK = {row["full_name"] for row in GAZETTEER if row["level"] == "광역"}
REQUIRED = {"name", "kind", "family", "spider", "start_urls", "verified", "notes"}
SOURCE_NAMES = {s["name"] for s in SOURCES["source"]}
#: board spiders of registry sources (the fictional sample-only eminwon_demo has no [[source]])
BOARD_SPIDERS = {name: cls for name, cls in SPIDERS.items() if cls.kind == "board" and name in SOURCE_NAMES}
ALL_SPIDERS = spider_classes()
SAMPLE_BASE = "http://127.0.0.1:8765"


def test_registry_lists_at_least_30_sources_with_unique_names():
    names = [s["name"] for s in SOURCES["source"]]
    assert len(names) >= 30
    assert len(names) == len(set(names))


@pytest.mark.parametrize("source", SOURCES["source"], ids=lambda s: s["name"])
def test_every_source_has_the_required_fields(source):
    assert REQUIRED <= source.keys()
    assert source["kind"] in {"board", "outlet"}
    assert source["verified"] is False, "nothing was checked against a live page"
    assert all(url.startswith(("https://", "http://")) for url in source["start_urls"])
    if not source["start_urls"]:
        assert "not documented" in source["notes"]
    if source.get("home_region"):
        assert source["home_region"] in GWANGYEOK


def test_all_25_seoul_districts_have_a_press_board_entry():
    seoul_codes = {
        row["code"] for row in GAZETTEER if row["parent_code"] == "1100000000" and row["level"] == "기초"
    }
    assert len(seoul_codes) == 25
    assert {s.get("district_code") for s in SOURCES["source"]} >= seoul_codes


@pytest.mark.parametrize(
    "source", [s for s in SOURCES["source"] if s["kind"] == "board"], ids=lambda s: s["name"]
)
def test_board_district_codes_exist_and_home_region_is_their_gwangyeok(source):
    code = source.get("district_code")
    if code is None:  # 서울시 itself, ministries
        assert source["name"] in {"seoul_news", "moel", "korea_kr"}
        return
    row = CODES[code]
    assert row["level"] == "기초" and not row["valid_to"], "a current 기초 government"
    assert source["home_region"] == row["parent_name"] in GWANGYEOK
    assert source["name"] == source["spider"] or source["spider"] == ""


@pytest.mark.parametrize("source", [s for s in SOURCES["source"] if s["spider"]], ids=lambda s: s["name"])
def test_every_named_spider_exists_and_agrees_with_its_entry(source):
    spider = ALL_SPIDERS[source["spider"]]
    assert list(spider.start_urls) == source["start_urls"]
    assert spider.family == source["family"] and spider.kind == source["kind"]
    assert spider.home_region == source.get("home_region")


@pytest.mark.parametrize("name", sorted(BOARD_SPIDERS), ids=str)
def test_every_board_spider_matches_its_registry_entry(name):
    spider = BOARD_SPIDERS[name]
    entry = next(s for s in SOURCES["source"] if s["name"] == name)
    assert entry["spider"] == name
    assert entry["family"] == spider.family and entry["kind"] == spider.kind == "board"
    assert list(spider.start_urls) == entry["start_urls"]
    assert entry.get("home_region") == spider.home_region
    assert entry.get("district_code") == spider.district_code


def test_registry_module_reads_every_entry():
    sources = load_sources()
    assert [s.name for s in sources] == [s["name"] for s in SOURCES["source"]]
    assert {s.name for s in sources if s.crawlable} >= set(BOARD_SPIDERS)
    assert [s.name for s in load_samples()] == [s["name"] for s in SOURCES["sample"]]


def test_sample_entries_point_at_existing_sample_pages():
    for sample in load_samples():
        spider = ALL_SPIDERS[sample.spider]
        urls = sample.urls(SAMPLE_BASE)
        assert urls == [f"{SAMPLE_BASE}/{p}" for p in spider.sample_paths]
        for url in urls:
            parts = urlsplit(url)
            assert resolve(SAMPLE_ROOT, parts.path, parts.query) is not None, url


def _offline_crawl(spider: GovnewsSpider) -> tuple[list[Article], list[str]]:
    """Follow every request of ``spider`` through the sample-site files; (items, requested paths)."""
    queue = [(f"{SAMPLE_BASE}/{p}", spider.parse, {}) for p in spider.sample_paths]
    items, seen = [], []
    while queue:
        url, callback, meta = queue.pop(0)
        parts = urlsplit(url)
        assert parts.netloc == "127.0.0.1:8765", f"sample crawl left the sample site: {url}"
        found = resolve(SAMPLE_ROOT, parts.path, parts.query)
        assert found is not None, f"no sample file for {url}"
        seen.append(parts.path + ("?" + parts.query if parts.query else ""))
        body = found[0].read_bytes()
        cls = XmlResponse if body.lstrip().startswith(b"<?xml") else HtmlResponse
        response = cls(url=url, body=body, request=Request(url, meta=meta))
        for out in callback(response):
            if isinstance(out, Request):
                queue.append((out.url, out.callback or spider.parse, out.meta))
            else:
                items.append(out)
    return items, seen


@pytest.mark.parametrize(
    ("name", "count"),
    [("seoul_guro", 5), ("seoul_yongsan", 3), ("seoul_news", 2), ("moel", 3)],
)
def test_sample_site_crawl_follows_pagination_and_yields_every_article(name, count):
    items, seen = _offline_crawl(BOARD_SPIDERS[name]())
    assert len(items) == count
    assert len({item.id for item in items}) == count
    assert all(item.body_text and item.published_at for item in items)
    assert sum("pageIndex=2" in path for path in seen) == (0 if name == "seoul_news" else 1)
