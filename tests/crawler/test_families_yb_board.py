"""Family ``yb_board`` (crawler/families/yb_board.py) on hand-written fixtures; no network.

The fixtures under tests/crawler/fixtures/families/yb_board/ reproduce the markup of the
``ybscript.io`` board of 전남 시·군 (강진 card list, 나주 table list, article page) with text
written for the tests.
"""

from __future__ import annotations

import pytest
from freezegun import freeze_time

from crawler.families import family_class
from crawler.families.yb_board import YbBoard
from crawler.items import Article
from crawler.spiders.base import sha256_text
from tests.crawler.pages import FIXTURES, fixture_response, split_output

FOLDER = "families/yb_board"
PRESS = "https://www.gangjin.go.kr/www/government/news/press"


class GangjinPress(YbBoard):
    name = "jeonnam_gangjin"
    home_region = "전남광주통합특별시"
    district_code = "1278000000"
    start_urls = [PRESS]


class NajuPress(YbBoard):
    name = "jeonnam_naju"
    home_region = "전남광주통합특별시"
    district_code = "1217000000"


def test_family_is_registered_under_its_name():
    assert family_class("yb_board") is YbBoard
    assert YbBoard.kind == "board" and not YbBoard.name


def test_card_list_yields_this_boards_articles_with_list_title_and_date_then_next_page():
    articles, lists = split_output(GangjinPress().parse(fixture_response(FOLDER, "list.html")))
    assert [(r.url, r.meta["list_title"], r.meta["list_date"]) for r in articles] == [
        (
            f"{PRESS}?idx=648012&mode=view",
            "강진군, 겨울철 도로 결빙 취약구간 42곳 집중 관리",
            "2025-12-18T00:00:00+09:00",
        ),
        (
            f"{PRESS}?idx=648007&mode=view",
            "강진 청년 창업 점포 8곳, 첫해 매출 목표 넘겨",
            "2025-12-17T00:00:00+09:00",
        ),
        (
            f"{PRESS}?idx=647990&mode=view",
            "“마량항 겨울 미식 주간” 이달 20일 개막",
            "2025-12-15T00:00:00+09:00",
        ),
    ]  # the header's link to the notice board (another menu path) is not followed
    assert [r.url for r in lists] == [f"{PRESS}?page=2"]


def test_table_list_reads_span_titles_and_date_cells_and_stops_on_the_last_page():
    base = "https://www.naju.go.kr/www/administration/reporting/coverage"
    articles, lists = split_output(NajuPress().parse(fixture_response(FOLDER, "list_table.html")))
    assert [(r.url, r.meta["list_title"], r.meta["list_date"]) for r in articles] == [
        (
            f"{base}?idx=593311&mode=view",
            "나주시, 혁신도시 공공기관과 겨울 나눔 장터 연다",
            "2025-12-16T00:00:00+09:00",
        ),
        (
            f"{base}?idx=593298&mode=view",
            "영산강 둔치 산책로 3.2㎞ 야간 조명 켠다",
            "2025-12-15T00:00:00+09:00",
        ),
    ]
    assert lists == []  # page 2 of 2: the pager links page 1 only


@freeze_time("2025-12-18T09:00:00+00:00")
def test_article_is_parsed_whole():
    item = GangjinPress().parse_article(fixture_response(FOLDER, "article.html"))
    body = (
        "염수 자동분사장치 6곳 추가 설치…제설 대응 시간 단축\n"
        "강진군이 겨울철 교통사고를 줄이기 위해 도로 결빙 취약구간 42곳을 집중 관리한다고 18일 밝혔다.\n"
        "군은 교량과 그늘진 고갯길, 경사로 등 사고 위험이 큰 구간에 염수 자동분사장치 6곳을 추가로 설치하고,"
        " 제설제 480톤을 읍·면 전진기지에 미리 배치했다.\n"
        "구분 | 2024년 | 2025년\n"
        "자동분사장치 | 11곳 | 17곳\n"
        "군 관계자는 “눈이 예보되면 새벽부터 취약구간에 제설 인력을 먼저 투입하겠다”고 말했다."
    )
    assert item == Article(
        id="jeonnam_gangjin/20251218/648012",
        source="jeonnam_gangjin",
        title="강진군, 겨울철 도로 결빙 취약구간 42곳 집중 관리",
        published_at="2025-12-18T10:27:00+09:00",
        author="안전건설과",  # 담당부서 in #page_info
        body_text=body,  # no "*사진설명 : …" caption line, table one line per row
        url=f"{PRESS}?idx=648012&mode=view",  # list state (page=1) dropped
        fetched_at="2025-12-18T09:00:00+00:00",
        content_sha256=sha256_text(body),
        family="yb_board",
        body_path="selectors",
        home_region="전남광주통합특별시",
        district_code="1278000000",
        attachments=[
            "https://www.gangjin.go.kr/ybscript.io/common/file_download/648012/90112/251218_road.hwpx"
        ],
        body_status="full",
    )  # the HWPX is linked twice (button + link) and kept once; the attached photo is not a document


OWN_PAGES = sorted((FIXTURES / FOLDER).glob("*.html"))
OTHER_FAMILIES_PAGES = sorted(
    p for p in (FIXTURES / "families").glob("*/*.html") if p.parent.name != "yb_board"
)


@pytest.mark.parametrize("page", OWN_PAGES, ids=lambda p: p.name)
def test_matches_markup_recognises_its_own_pages(page):
    assert YbBoard.matches_markup(page.read_text(encoding="utf-8"))


@pytest.mark.parametrize("page", OTHER_FAMILIES_PAGES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_matches_markup_rejects_the_other_families_pages(page):
    assert not YbBoard.matches_markup(page.read_text(encoding="utf-8"))
