"""Family ``portal_bbs_ptidx`` (crawler/families/portal_bbs_ptidx.py) on hand-written fixtures; no network.

The fixtures under tests/crawler/fixtures/families/portal_bbs_ptidx/ reproduce the markup of the
``/portal/bbs/`` board keyed by ``ptIdx`` (links in ``data-action``, ``div.bod_view`` article)
with text written for the tests.
"""

from __future__ import annotations

import pytest
from freezegun import freeze_time
from scrapy.http import HtmlResponse, Request

from crawler.families import family_class
from crawler.families.portal_bbs_ptidx import PortalBbsPtIdx
from crawler.items import Article
from crawler.spiders.base import sha256_text
from tests.crawler.pages import FIXTURES, fixture_response, split_output

FOLDER = "families/portal_bbs_ptidx"
VIEW = "https://www.andong.go.kr/portal/bbs/view.do"


class AndongNotices(PortalBbsPtIdx):
    name = "gyeongbuk_andong"
    home_region = "경상북도"
    district_code = "4717000000"
    start_urls = ["https://www.andong.go.kr/portal/bbs/list.do?ptIdx=156&mId=0401010000"]


def test_family_is_registered_under_its_name():
    assert family_class("portal_bbs_ptidx") is PortalBbsPtIdx
    assert PortalBbsPtIdx.kind == "board" and not PortalBbsPtIdx.name


def test_list_reads_data_action_links_of_this_ptidx_only_and_follows_the_js_pager():
    articles, lists = split_output(AndongNotices().parse(fixture_response(FOLDER, "list.html")))
    assert [(r.url, r.meta["list_title"], r.meta["list_date"]) for r in articles] == [
        (
            f"{VIEW}?bIdx=412390&ptIdx=156&mId=0401010000",
            "안동시, 하회마을 겨울 야간 개방 시범 운영",
            "2025-12-11T00:00:00+09:00",
        ),
        (
            f"{VIEW}?bIdx=412355&ptIdx=156&mId=0401010000",
            "도산면 주민자치센터 리모델링 준공",
            "2025-12-10T00:00:00+09:00",
        ),
        (
            f"{VIEW}?bIdx=412301&ptIdx=156&mId=0401010000",
            "안동시 공공근로 1단계 참여자 모집",
            "2025-12-08T00:00:00+09:00",
        ),
    ]  # the pinned 공지 row belongs to board ptIdx=157; cancelUrl state is dropped
    assert [r.url for r in lists] == [
        "https://www.andong.go.kr/portal/bbs/list.do?ptIdx=156&mId=0401010000&page=2"
    ]


@freeze_time("2025-12-11T05:00:00+00:00")
def test_article_is_parsed_whole():
    item = AndongNotices().parse_article(fixture_response(FOLDER, "article.html"))
    body = (
        "안동시는 이달 13일부터 내년 2월 말까지 매주 금·토요일 하회마을을 밤 9시까지 개방하는 야간 시범 운영에"
        " 들어간다고 11일 밝혔다.\n"
        "야간 개방 기간에는 만송정 솔숲과 부용대 나루터 일대에 경관 조명을 켜고, 선유줄불놀이 축소 공연을 격주로 연다.\n"
        "▲ 야간 개방 일정\n"  # ▲ as a bullet, not a caption: kept
        "- 기간: 2025. 12. 13. ~ 2026. 2. 28.(금·토요일)\n"
        "- 시간: 18:00 ~ 21:00(입장 마감 20:00)\n"
        "시 관계자는 “겨울 비수기 체류 관광객을 늘리는 계기로 삼겠다”고 말했다."
    )
    assert item == Article(
        id="gyeongbuk_andong/20251211/412390",
        source="gyeongbuk_andong",
        title="안동시, 하회마을 겨울 야간 개방 시범 운영",  # h4, not the generic <title>
        published_at="2025-12-11T09:42:00+09:00",
        author="관광진흥과",  # "작성자 : 관광진흥과"
        body_text=body,
        url=f"{VIEW}?bIdx=412390&ptIdx=156&mId=0401010000",
        fetched_at="2025-12-11T05:00:00+00:00",
        content_sha256=sha256_text(body),
        family="portal_bbs_ptidx",
        body_path="selectors",
        home_region="경상북도",
        district_code="4717000000",
        attachments=[
            "https://www.andong.go.kr/common/fileDown.do?fIdx=98211&bIdx=412390&ptIdx=156",
            "https://www.andong.go.kr/common/fileDown.do?fIdx=98212&bIdx=412390&ptIdx=156",
        ],  # the viewer link is not a file
        body_status="full",
    )


@freeze_time("2025-12-11T05:00:00+00:00")
def test_a_body_that_only_points_to_the_attachments_is_a_stub():
    html = (FIXTURES / FOLDER / "article.html").read_text(encoding="utf-8")
    start, end = html.index('<div class="view_cont">'), html.index('<div class="view_btn">')
    html = (
        html[:start]
        + '<div class="view_cont"><p>자세한 내용은 첨부파일을 참고하시기 바랍니다.</p></div>'
        + html[end:]
    )
    url = f"{VIEW}?bIdx=412390&ptIdx=156&mId=0401010000"
    item = AndongNotices().parse_article(
        HtmlResponse(url, body=html.encode(), encoding="utf-8", request=Request(url))
    )
    assert item is not None
    assert (item.body_status, len(item.attachments)) == ("stub", 2)


OWN_PAGES = sorted((FIXTURES / FOLDER).glob("*.html"))
OTHER_FAMILIES_PAGES = sorted(
    p for p in (FIXTURES / "families").glob("*/*.html") if p.parent.name != "portal_bbs_ptidx"
)


@pytest.mark.parametrize("page", OWN_PAGES, ids=lambda p: p.name)
def test_matches_markup_recognises_its_own_pages(page):
    assert PortalBbsPtIdx.matches_markup(page.read_text(encoding="utf-8"))


@pytest.mark.parametrize("page", OTHER_FAMILIES_PAGES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_matches_markup_rejects_the_other_families_pages(page):
    assert not PortalBbsPtIdx.matches_markup(page.read_text(encoding="utf-8"))
