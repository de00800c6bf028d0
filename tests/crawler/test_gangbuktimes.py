"""gangbuktimes: ``sub_read.html?uid=`` family, EUC-KR; one page served with a wrong ``iso-8859-1`` label."""

from __future__ import annotations

import pytest

from crawler.items import Article
from crawler.spiders.base import sha256_text
from crawler.spiders.sites import GangbuktimesSpider
from tests.crawler.pages import fixture_response

pytestmark = pytest.mark.frozen("2017-08-04T03:00:00+00:00")


def test_wrong_charset_label_still_decodes(frozen_now):
    """The page has no ``<meta>`` and an ``iso-8859-1`` header: only trial cp949 decoding saves it."""
    item = GangbuktimesSpider().parse_article(fixture_response("gangbuktimes", "article_290122.html", label=False))
    assert item.body_text.startswith("서울 도봉구가 고용노동부의 ‘2017 지역일자리 목표 공시제 평가’에서 우수상을 받았다.")
    assert item.body_text.endswith("2년 연속 수상했다.")
    assert item == Article(
        id="gangbuktimes/20170728/290122",
        source="gangbuktimes",
        title="도봉구, 일자리 목표 공시제 평가 우수상",
        published_at="2017-07-28T15:40:00+09:00",
        author="박민수",
        body_text=item.body_text,
        url="http://www.gangbuktimes.kr/sub_read.html?uid=290122",
        fetched_at="2017-08-04T03:00:00+00:00",
        content_sha256=sha256_text(item.body_text),
        family="sub_read",
        home_region="서울특별시",
    )


def test_edit_date_and_trailing_slash_byline(frozen_now):
    item = GangbuktimesSpider().parse_article(fixture_response("gangbuktimes", "article_290311.html", label=False))
    assert item.published_at == "2017-08-03T09:22:00+09:00"
    assert item.body_text.endswith("연계도 강화할 방침이다.")
    assert "ⓒ" not in item.body_text and "[강북타임즈=" not in item.body_text


def test_list_with_euc_kr_percent_encoded_section(frozen_now):
    response = fixture_response("gangbuktimes", "list.html", label=False)
    assert "%BB%E7%C8%B8" in response.url
    requests = list(GangbuktimesSpider().parse(response))
    assert [r.url for r in requests] == [
        "http://www.gangbuktimes.kr/sub_read.html?uid=290311",
        "http://www.gangbuktimes.kr/sub_read.html?uid=290122",
    ]
    assert requests[0].meta["list_title"] == "강북구, 어르신 일자리 4,300개 제공…역대 최대"
