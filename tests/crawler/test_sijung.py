"""sijung (서울시정일보): ND Soft Skin A, its list pages, AMP twin, RSS feed and failure pages."""

from __future__ import annotations

import logging

import pytest
from scrapy.http import Request

from crawler.items import Article
from crawler.spiders.base import sha256_text
from crawler.spiders.sites import SijungSpider
from tests.crawler.pages import fixture_response

NOISE = ("저작권자", "▲ 서울시청 전경", "ADVERTISEMENT", "기자명", "adsbygoogle", "이 기사를 공유합니다", "상태바",
         "댓글", "최종편집", "\xa0", "게재된 기사", "/김민지 기자", "사진제공")


@pytest.fixture
def spider():
    return SijungSpider()


def test_parse_seed_article_gives_whole_item(spider, frozen_now):
    item = next(spider.parse(fixture_response("sijung", "article_20417.html")))
    assert item.body_text.startswith("서울시 지하철 3호선 매봉역에서 3년간 운영되어온")
    assert item.body_text.endswith("서울경제 활성화에 최선을 다할 예정이다”라고 말했다.")
    assert "< 마포구,‘QR코드 활용’사회적기업 홍보 및‘19(일자리 구하는 날) Day’운영 >" in item.body_text
    assert "▲ 사회적기업 발굴․육성 ▲ 취업상담 및 알선" in item.body_text  # in-text bullets survive
    assert item == Article(
        id="sijung/20111013/20417",
        source="sijung",
        title="자치구들의 일자리 창출 사업...No.1 자치구는 어디?",
        published_at="2011-10-13T10:44:00+09:00",
        author="황인혜",
        body_text=item.body_text,
        url="http://www.sijung.co.kr/news/articleView.html?idxno=20417",
        fetched_at="2024-04-20T11:00:00+00:00",
        content_sha256=sha256_text(item.body_text),
        family="ndsoft_a",
        body_path="selectors",
        home_region="서울특별시",
    )


def test_parse_award_article_drops_caption_dateline_and_slash_byline(spider, frozen_now):
    item = spider.parse_article(fixture_response("sijung", "article_58231.html"))
    assert item.title == "구로구, ‘2021 전국 지방자치단체 일자리대상’ 우수상 수상"
    assert item.published_at == "2021-11-30T14:20:00+09:00"  # 입력, not 수정
    assert item.author == "김민지"
    assert item.body_text.startswith("서울 구로구가 고용노동부 주관 ‘2021년 전국 지방자치단체 일자리대상’에서")
    assert item.body_text.endswith("좋은 일자리 창출에 최선을 다하겠다”고 말했다.")
    assert "▲청년이룸 운영 ▲G밸리" in item.body_text


@pytest.mark.parametrize("page", ["article_20417.html", "article_58231.html", "amp_61502.html"])
def test_article_invariants(spider, page, frozen_now):
    item = spider.parse_article(fixture_response("sijung", page))
    assert item.id.startswith("sijung/") and item.url.startswith("http://www.sijung.co.kr/news/articleView.html?idxno=")
    assert item.published_at.endswith("+09:00")
    assert item.content_sha256 == sha256_text(item.body_text)
    for noise in NOISE:
        assert noise not in item.body_text, noise


def test_amp_twin_maps_to_article_view_url_and_id(spider, frozen_now):
    item = spider.parse_article(fixture_response("sijung", "amp_61502.html"))
    assert item.url == "http://www.sijung.co.kr/news/articleView.html?idxno=61502"
    assert item.id == "sijung/20220315/61502"
    assert item.published_at == "2022-03-15T00:00:00+09:00"  # AMP shows only the day
    assert item.author == "이상훈"


def test_list_page_yields_articles_with_list_dates_then_next_page(spider, frozen_now):
    requests = list(spider.parse(fixture_response("sijung", "list_1.html")))
    assert [r.url for r in requests] == [
        "http://www.sijung.co.kr/news/articleView.html?idxno=66178",
        "http://www.sijung.co.kr/news/articleView.html?idxno=61502",
        "http://www.sijung.co.kr/news/articleView.html?idxno=58231",
        "http://www.sijung.co.kr/news/articleList.html?page=2&total=4&box_idxno=&sc_section_code=S1N2&view_type=sm",
    ]
    assert requests[0].meta["list_date"] == "2023-01-12T11:05:00+09:00"
    assert requests[0].callback == spider.parse_article_response


def test_last_list_page_has_no_next_page(spider, frozen_now):
    requests = list(spider.parse(fixture_response("sijung", "list_2.html")))
    assert [r.url for r in requests] == ["http://www.sijung.co.kr/news/articleView.html?idxno=20417"]


def test_list_date_is_carried_to_a_detail_page_without_date(spider, frozen_now):
    response = fixture_response("sijung", "article_58231.html", meta={"list_date": "2021-11-30T14:20:00+09:00"})
    stripped = response.replace(body=response.body.replace("입력 2021.11.30".encode(), b"").replace(b"article:published_time", b"x"))
    assert spider.parse_article(stripped).published_at == "2021-11-30T14:20:00+09:00"


def test_rss_feed_with_non_rfc_pubdate_is_a_list(spider, frozen_now):
    requests = list(spider.parse(fixture_response("sijung", "rss_all.xml")))
    assert [r.url.rsplit("=", 1)[1] for r in requests] == ["66178", "61502", "58231", "20417"]
    # the second <item> links the AMP twin: rewritten to articleView
    assert requests[1].url == "http://www.sijung.co.kr/news/articleView.html?idxno=61502"
    assert requests[0].meta["list_date"] == "2023-01-12T11:05:00+09:00"


def test_rss_url_serving_html_yields_nothing(spider, frozen_now):
    assert list(spider.parse(fixture_response("sijung", "rss_s1n2_html.html"))) == []


@pytest.mark.parametrize(("page", "reason"), [("failure_99999.html", "alert: 잘못된 접근입니다."), ("home_refresh.html", "meta-refresh")])
def test_failure_pages_log_an_error_and_yield_no_item(spider, page, reason, caplog):
    response = fixture_response("sijung", page)
    response = response.replace(url="http://www.sijung.co.kr/news/articleView.html?idxno=99999", request=Request(response.url))
    with caplog.at_level(logging.ERROR):
        assert list(spider.parse(response)) == []
    assert reason in caplog.text


def test_unknown_skin_falls_back_to_the_body_fallback(spider, frozen_now):
    response = fixture_response("sijung", "article_58231.html")
    html = response.text.replace('id="article-view-content-div"', 'id="body-x"').replace("article-veiw-body", "x")
    item = spider.parse_article(response.replace(body=html.encode("utf-8")))
    assert item.body_path != "selectors"
    assert "14,216개의 일자리를 창출했으며" in item.body_text


def test_search_pages_are_posts_carrying_total(frozen_now):
    spider = SijungSpider(search="구로구")
    first = spider._search_request("http://www.sijung.co.kr/news/articleList.html?sc_section_code=S1N2", page=1, total=None)
    assert first.method == "POST" and first.url == "http://www.sijung.co.kr/news/articleList.html"
    assert first.body == b"sc_area=A&sc_word=%EA%B5%AC%EB%A1%9C%EA%B5%AC&view_type=sm"
    page = fixture_response("sijung", "search_1.html")
    page = page.replace(request=first)
    requests = list(spider.parse_list(page))
    assert requests[0].url == "http://www.sijung.co.kr/news/articleView.html?idxno=58231"
    assert requests[-1].method == "POST"
    assert requests[-1].body == b"page=2&total=2&sc_area=A&sc_word=%EA%B5%AC%EB%A1%9C%EA%B5%AC&view_type=sm"


def test_newest_skin_a_variant_with_info_group_breadcrumbs(spider, frozen_now):
    response = fixture_response("sijung", "article_58231.html")
    html = response.text
    start, end = html.index('<article class="item"><ul class="infomation">'), html.index("</ul></article>") + len("</ul></article>")
    html = html[:start] + (
        '<div class="info-group"><ul class="breadcrumbs"><li class="info-name">김민지 기자</li>'
        "<li>입력 2021.11.30 14:20</li><li>수정 2021.11.30 16:05</li></ul></div>"
    ) + html[end:]
    html = html.replace('<meta name="author"', '<meta name="x"').replace('<strong class="name">', "<strong>")
    item = spider.parse_article(response.replace(body=html.encode("utf-8")))
    assert (item.author, item.published_at) == ("김민지", "2021-11-30T14:20:00+09:00")


def test_failure_page_is_retried_not_remembered_as_crawled(spider, frozen_now):
    from crawler.state import CrawlState

    spider.state = CrawlState(":memory:")
    response = fixture_response("sijung", "failure_99999.html", meta={"list_fp": "fp"})
    assert list(spider.parse_article_response(response)) == []
    url = "http://www.sijung.co.kr/news/articleView.html?idxno=99999"
    # an alert() page seen once is no permanent gap: the next incremental run fetches it again
    assert not spider.state.is_known(url, "fp")
    assert spider.state.failure_runs(url) == 1
