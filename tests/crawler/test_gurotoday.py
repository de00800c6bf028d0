"""gurotoday: ND Soft Skin B; altlist list with a hidden ``li#sample`` and year-less dates over New Year."""

from __future__ import annotations

import pytest

from crawler.items import Article
from crawler.spiders.base import sha256_text
from crawler.spiders.sites import GurotodaySpider
from tests.crawler.pages import fixture_response

pytestmark = pytest.mark.frozen("2021-01-05T03:00:00+00:00")


def test_parse_skin_b_article_gives_whole_item(frozen_now):
    item = GurotodaySpider().parse_article(fixture_response("gurotoday", "article_3125.html"))
    assert item.body_text.startswith("서울 구로구가 퇴직 전문인력의 경력을 살리는")
    assert item.body_text.endswith("다양한 일자리를 발굴하겠다”고 밝혔다.")
    for noise in ("만 50~67세 퇴직 전문인력 대상", "SNS 기사보내기", "저작권자", "다른기사", "jshan@"):
        assert noise not in item.body_text
    assert item == Article(
        id="gurotoday/20210104/3125",
        source="gurotoday",
        title="구로구, 신중년 경력형 일자리 참여자 60명 모집",
        published_at="2021-01-04T09:10:00+09:00",
        author="한지수",
        body_text=item.body_text,
        url="http://www.gurotoday.kr/news/articleView.html?idxno=3125",
        fetched_at="2021-01-05T03:00:00+00:00",
        content_sha256=sha256_text(item.body_text),
        family="ndsoft_b",
        home_region="서울특별시",
    )


def test_list_skips_hidden_template_and_rolls_dates_over_new_year(frozen_now):
    requests = list(GurotodaySpider().parse(fixture_response("gurotoday", "list.html")))
    assert [(r.url.rsplit("=", 1)[1], r.meta["list_date"]) for r in requests] == [
        ("3125", "2021-01-04T09:10:00+09:00"),
        ("3117", "2020-12-30T10:15:00+09:00"),
        ("3101", "2020-12-28T14:30:00+09:00"),
    ]
    assert not any("{idxno}" in r.url for r in requests)


def test_skin_a_and_skin_b_pages_of_the_same_article_give_the_same_text(frozen_now):
    from crawler.spiders.sites import SijungSpider

    skin_b = GurotodaySpider().parse_article(fixture_response("gurotoday", "article_3290.html"))
    skin_a = SijungSpider().parse_article(fixture_response("sijung", "article_58231.html"))
    assert (skin_b.title, skin_b.published_at, skin_b.author) == (skin_a.title, skin_a.published_at, skin_a.author)
    assert skin_b.body_text == skin_a.body_text
    assert skin_b.content_sha256 == skin_a.content_sha256 and skin_b.id != skin_a.id
