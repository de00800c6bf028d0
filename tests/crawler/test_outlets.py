"""Invariants over every article fixture of every news-outlet spider built from crawler/sources.toml."""

from __future__ import annotations

import re

import pytest

from crawler.spiders.base import sha256_text
from crawler.spiders.sites import SPIDERS as ALL_SPIDERS
from tests.crawler.pages import FIXTURES, fixture_response, sidecar

#: outlets of the news-site families (the portals and 시민일보 have their own tests)
OUTLETS = ("sijung", "seoulgujung", "gurotoday", "gwanaknews", "sdmtimes", "gangbuktimes")
SPIDERS = {name: ALL_SPIDERS[name] for name in OUTLETS}
PAGES = sorted((name, page.stem + ".html") for name in SPIDERS for page in (FIXTURES / name).glob("*.json")
               if page.name.startswith(("article_", "amp_")))
NOISE = re.compile(r"저작권자|Copyrights?\s*[©ⓒ]|무단\s*전재|기사보내기|ADVERTISEMENT|default_setNet|기상청 제공|"
                   r"이 기사를 공유|게재된 기사|@[\w-]+\.(?:co|kr|net|com)|\ufffd|\xa0")


@pytest.mark.parametrize(("name", "page"), PAGES, ids=[f"{n}/{p}" for n, p in PAGES])
@pytest.mark.parametrize("label", [True, False], ids=["labelled", "sniffed"])
def test_every_outlet_article_is_complete_and_clean(name, page, label):
    item = SPIDERS[name]().parse_article(fixture_response(name, page, label=label))
    assert re.fullmatch(rf"{name}/\d{{8}}/\d+", item.id)
    assert item.source == name and item.family == SPIDERS[name].family
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+09:00", item.published_at)
    assert item.id.split("/")[1] == item.published_at[:10].replace("-", "")
    assert item.title and "\n" not in item.title
    assert item.author is None or re.fullmatch(r"[가-힣]{2,4}", item.author)
    assert item.body_path == "selectors" and len(item.body_text) > 80
    assert item.content_sha256 == sha256_text(item.body_text)
    assert not NOISE.search(item.body_text), NOISE.search(item.body_text)
    assert not re.search(r"기자\s*$", item.body_text)
    expected_url = sidecar(name, page)["url"].replace("articleViewAmp.html", "articleView.html")
    assert item.url == expected_url


def test_every_outlet_spider_has_a_sample_site_and_fixtures():
    for name, cls in SPIDERS.items():
        assert cls.kind == "outlet"
        assert cls.sample_paths and cls.sample_paths[0].startswith(f"{name}/")
        assert (FIXTURES / name).is_dir()
