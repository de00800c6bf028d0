"""sdmtimes: the ``article.html?no=`` family; body-start dateline ``매체 이름 기자 |``, weather widget."""

from __future__ import annotations

import pytest

from crawler.items import Article
from crawler.spiders.base import sha256_text
from crawler.spiders.sites import SdmtimesSpider
from tests.crawler.pages import fixture_response

pytestmark = pytest.mark.frozen("2022-12-01T03:00:00+00:00")


def test_parse_article_html_no_gives_whole_item(frozen_now):
    item = SdmtimesSpider().parse_article(fixture_response("sdmtimes", "article_1201.html"))
    assert item.body_text.startswith("서울 서대문구가 올해 사회적경제 분야에서 일자리 1,200개를 창출했다고")
    assert item.body_text.endswith("1,350개로 높일 계획이다.")
    for noise in ("기상청 제공", "HOT클릭", "서대문타임즈 오영주 기자 |", "저작권자"):
        assert noise not in item.body_text
    assert item == Article(
        id="sdmtimes/20221130/1201",
        source="sdmtimes",
        title="서대문구, 올해 사회적경제 일자리 1,200개 창출",
        published_at="2022-11-30T14:20:00+09:00",
        author="오영주",
        body_text=item.body_text,
        url="http://www.sdmtimes.kr/news/article.html?no=1201",
        fetched_at="2022-12-01T03:00:00+00:00",
        content_sha256=sha256_text(item.body_text),
        family="article_html_no",
        home_region="서울특별시",
    )


def test_list_page_and_mobile_urls_are_canonical(frozen_now):
    spider = SdmtimesSpider()
    requests = list(spider.parse(fixture_response("sdmtimes", "list.html")))
    assert [r.url for r in requests] == [
        "http://www.sdmtimes.kr/news/article.html?no=1201",
        "http://www.sdmtimes.kr/news/article.html?no=1188",
    ]
    assert spider.canonical_url("/m/m_article.html?no=1201", "http://www.sdmtimes.kr/m/") == requests[0].url
    assert spider.canonical_url("/mobile/article.html?no=1201", "http://www.sdmtimes.kr/") == requests[0].url
