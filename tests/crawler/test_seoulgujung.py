"""seoulgujung (서울구정신문): legacy EUC-KR page with the ``기사관리자 | date |`` pipe byline."""

from __future__ import annotations

import pytest

from crawler.items import Article
from crawler.spiders.base import sha256_text
from crawler.spiders.sites import SeoulgujungSpider
from tests.crawler.pages import fixture_response


@pytest.mark.frozen("2020-10-02T03:00:00+00:00")
@pytest.mark.parametrize("label", [True, False], ids=["encoding-given", "sniffed"])
def test_parse_seed_article_gives_whole_item(label, frozen_now):
    item = SeoulgujungSpider().parse_article(fixture_response("seoulgujung", "article_4821.html", label=label))
    assert item.body_text.startswith("- 공시제 부문 수상 고용노동부 각종 평가에서 11년 연속 수상 대기록세워")
    assert "구로구(구청장 이성)가 고용노동부 주관 ‘2020년 전국 지방자치단체 일자리대상에서" in item.body_text
    assert item.body_text.endswith("최선을 다하겠다고 전했다.")
    assert "jkh4141" not in item.body_text and "Copyrights" not in item.body_text
    assert item == Article(
        id="seoulgujung/20201001/4821",
        source="seoulgujung",
        title="구로구,서울시 자치구 유일 ‘최우수상’",
        published_at="2020-10-01T11:33:00+09:00",
        author=None,  # 기사관리자
        body_text=item.body_text,
        url="http://www.seoulgujung.co.kr/news/read.php?idx=4821",
        fetched_at="2020-10-02T03:00:00+00:00",
        content_sha256=sha256_text(item.body_text),
        family="legacy_pipe",
        home_region="서울특별시",
    )


@pytest.mark.frozen("2020-10-07T03:00:00+00:00")
def test_list_page_yields_article_urls(frozen_now):
    requests = list(SeoulgujungSpider().parse(fixture_response("seoulgujung", "list.html", label=False)))
    assert [r.url for r in requests] == [
        "http://www.seoulgujung.co.kr/news/read.php?idx=4835",
        "http://www.seoulgujung.co.kr/news/read.php?idx=4821",
    ]
    assert requests[1].meta["list_date"] == "2020-10-01T00:00:00+09:00"
