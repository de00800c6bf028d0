"""Family ``dom_board`` (crawler/families/dom_board.py) on hand-written fixtures; no network.

The fixtures under tests/crawler/fixtures/families/dom_board/ reproduce the markup of the
``/board/list.{site}`` board with ``menuCd=DOM_…`` menus — 부산 동구's table skin (``th scope=row``
cells, ``td.bbs_content``) and 거제's block skin (``div.info`` bold labels, ``div.substan``) — with
text written for the tests.
"""

from __future__ import annotations

import pytest
from freezegun import freeze_time

from crawler.families import family_class
from crawler.families.dom_board import DomBoard
from crawler.items import Article
from crawler.spiders.base import sha256_text
from tests.crawler.pages import FIXTURES, fixture_response, split_output

FOLDER = "families/dom_board"
HOST = "https://www.bsdonggu.go.kr/board"
BOARD = "boardId=BBS_0000023&menuCd=DOM_000000103001001000"


class BusanDongguNews(DomBoard):
    name = "busan_donggu"
    home_region = "부산광역시"
    district_code = "2617000000"
    start_urls = [f"{HOST}/list.donggu?{BOARD}&paging=ok&startPage=1"]


def test_family_is_registered_under_its_name():
    assert family_class("dom_board") is DomBoard
    assert DomBoard.kind == "board" and not DomBoard.name


def test_list_keeps_this_boards_rows_and_asks_for_the_next_start_page():
    articles, lists = split_output(BusanDongguNews().parse(fixture_response(FOLDER, "list.html")))
    assert [(r.url, r.meta["list_title"], r.meta["list_date"]) for r in articles] == [
        (
            f"{HOST}/view.donggu?{BOARD}&dataSid=731204",
            "동구, 산복도로 계단 안심 조명 120곳 설치 완료",
            "2025-11-20T00:00:00+09:00",
        ),
        (
            f"{HOST}/view.donggu?{BOARD}&dataSid=731166",
            "초량이바구길 겨울 골목 축제 28일 개최",
            "2025-11-19T00:00:00+09:00",
        ),
        (
            f"{HOST}/view.donggu?{BOARD}&dataSid=731102",
            "동구 노인 일자리 2026년 참여자 1,180명 모집",
            "2025-11-17T00:00:00+09:00",
        ),
    ]  # the sidebar's 보건소 board (BBS_0000047) is left out; paging/startPage state is dropped
    assert [r.url for r in lists] == [f"{HOST}/list.donggu?{BOARD}&paging=ok&startPage=2"]


@freeze_time("2025-11-20T08:00:00+00:00")
def test_article_is_parsed_whole():
    item = BusanDongguNews().parse_article(fixture_response(FOLDER, "article.html"))
    body = (
        "부산 동구는 산복도로 일대 계단과 골목길 120곳에 태양광 안심 조명 설치를 마쳤다고 20일 밝혔다.\n"
        "조명은 밤이 되면 스스로 켜지고, 사람이 지나가면 밝기가 올라가는 방식이다."
        " 사업비는 특별교부세 4억 원을 포함해 모두 6억2천만 원이 들었다.\n"
        "구는 주민 만족도 조사를 거쳐 내년에 80곳을 더 설치할 계획이다."
    )
    assert item == Article(
        id="busan_donggu/20251120/731204",
        source="busan_donggu",
        title="동구, 산복도로 계단 안심 조명 120곳 설치 완료",  # the th 제목 cell, not the menu <title>
        published_at="2025-11-20T16:05:00+09:00",
        author="안전도시과",  # the 작성자 cell holds the department
        body_text=body,  # ▲ caption next to its photo dropped
        url=f"{HOST}/view.donggu?{BOARD}&dataSid=731204",
        fetched_at="2025-11-20T08:00:00+00:00",
        content_sha256=sha256_text(body),
        family="dom_board",
        body_path="selectors",
        home_region="부산광역시",
        district_code="2617000000",
        attachments=[f"{HOST}/download.donggu?boardId=BBS_0000023&dataSid=731204&fileSid=88410"],
        body_status="full",
    )


class GeojeNews(DomBoard):
    name = "gyeongnam_geoje"
    home_region = "경상남도"
    district_code = "4831000000"


@freeze_time("2025-10-14T03:00:00+00:00")
def test_article_of_the_block_skin_is_parsed_whole():
    item = GeojeNews().parse_article(fixture_response(FOLDER, "article_substan.html"))
    body = (
        "거제시는 조선소 외국인 근로자의 생활 정착을 돕는 지원센터를 옥포동에 열었다고 14일 밝혔다.\n"
        "센터는 통역 상담, 한국어 교실, 주거·의료 안내를 맡고, 주말에는 가족 단위 문화 프로그램을 운영한다.\n"
        "시는 센터 이용 실적을 보고 내년에 고현동에 분소를 둘 계획이다."
    )
    geoje = "https://www.geoje.go.kr/board"
    assert item == Article(
        id="gyeongnam_geoje/20251014/1170255",
        source="gyeongnam_geoje",
        title="거제시, 조선업 외국인 근로자 정착 지원센터 문 열어",  # the page <title> is the menu trail
        published_at="2025-10-14T10:02:00+09:00",  # <li><strong>작성일</strong> …</li>
        author="조선산업과",
        body_text=body,
        url=f"{geoje}/view.geoje?boardId=BBS_0000008&menuCd=DOM_000008902001001000&dataSid=1170255",
        fetched_at="2025-10-14T03:00:00+00:00",
        content_sha256=sha256_text(body),
        family="dom_board",
        body_path="selectors",
        home_region="경상남도",
        district_code="4831000000",
        attachments=[f"{geoje}/download.geoje?boardId=BBS_0000008&dataSid=1170255&fileSid=502311"],
        body_status="full",
    )


OWN_PAGES = sorted((FIXTURES / FOLDER).glob("*.html"))
OTHER_FAMILIES_PAGES = sorted(
    p for p in (FIXTURES / "families").glob("*/*.html") if p.parent.name != "dom_board"
)


@pytest.mark.parametrize("page", OWN_PAGES, ids=lambda p: p.name)
def test_matches_markup_recognises_its_own_pages(page):
    assert DomBoard.matches_markup(page.read_text(encoding="utf-8"))


@pytest.mark.parametrize("page", OTHER_FAMILIES_PAGES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_matches_markup_rejects_the_other_families_pages(page):
    assert not DomBoard.matches_markup(page.read_text(encoding="utf-8"))
