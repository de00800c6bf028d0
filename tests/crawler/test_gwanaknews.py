"""gwanaknews: ND Soft Skin C, EUC-KR declared only in ``<meta>`` (no HTTP label), ad-slot tokens."""

from __future__ import annotations

import pytest

from crawler.items import Article
from crawler.spiders.base import sha256_text
from crawler.spiders.sites import GwanaknewsSpider
from tests.crawler.pages import fixture_response

pytestmark = pytest.mark.frozen("2019-08-01T03:00:00+00:00")


def test_parse_skin_c_article_sniffs_meta_charset(frozen_now):
    item = GwanaknewsSpider().parse_article(fixture_response("gwanaknews", "article_812.html", label=False))
    assert item.body_text.startswith("서울 관악구가 고용노동부가 주관한 ‘2019 지역일자리 목표 공시제 평가’")
    assert item.body_text.endswith("우수상을 받은 바 있다.")
    assert "default_setNet1_2" not in item.body_text and "article_right_top" not in item.body_text
    assert item == Article(
        id="gwanaknews/20190730/812",
        source="gwanaknews",
        title="관악구, 고용노동부 일자리 대상 장려상 수상",
        published_at="2019-07-30T15:27:15+09:00",
        author="김철수",
        body_text=item.body_text,
        url="http://www.gwanaknews.kr/news/articleView.html?idxno=812",
        fetched_at="2019-08-01T03:00:00+00:00",
        content_sha256=sha256_text(item.body_text),
        family="ndsoft_c",
        home_region="서울특별시",
    )


def test_table_list_page(frozen_now):
    requests = list(GwanaknewsSpider().parse(fixture_response("gwanaknews", "list.html", label=False)))
    assert [r.url for r in requests] == [
        "http://www.gwanaknews.kr/news/articleView.html?idxno=812",
        "http://www.gwanaknews.kr/news/articleView.html?idxno=798",
    ]
    assert requests[0].meta["list_title"] == "관악구, 고용노동부 일자리 대상 장려상 수상"
