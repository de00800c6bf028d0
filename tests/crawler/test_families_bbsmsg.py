"""Family ``bbsmsg`` (crawler/families/bbsmsg.py) on hand-written fixtures; no network.

The fixtures under tests/crawler/fixtures/families/bbsmsg/ reproduce the markup of the
``bbsMsgList.do`` board of 인천 자치구·군 (옹진's table list, 부평's ``ul.generalList``, ``dl dt/dd`` +
``div.con`` article) with text written for the tests.
"""

from __future__ import annotations

import pytest
from freezegun import freeze_time

from crawler.families import family_class
from crawler.families.bbsmsg import BbsMsgBoard
from crawler.items import Article
from crawler.spiders.base import sha256_text
from tests.crawler.pages import FIXTURES, fixture_response, split_output

FOLDER = "families/bbsmsg"
BBS = "https://www.ongjin.go.kr/open_content/main/bbs"


class OngjinPress(BbsMsgBoard):
    name = "incheon_ongjin"
    home_region = "인천광역시"
    district_code = "2872000000"
    start_urls = [f"{BBS}/bbsMsgList.do?bcd=report"]


def test_family_is_registered_under_its_name():
    assert family_class("bbsmsg") is BbsMsgBoard
    assert BbsMsgBoard.kind == "board" and not BbsMsgBoard.name


def test_list_keeps_this_bcd_only_and_asks_for_the_next_pgno():
    articles, lists = split_output(OngjinPress().parse(fixture_response(FOLDER, "list.html")))
    assert [(r.url, r.meta["list_title"], r.meta["list_date"]) for r in articles] == [
        (
            f"{BBS}/bbsMsgDetail.do?msg_seq=88131&bcd=report",
            "옹진군, 섬 지역 응급환자 닥터헬기 이송 체계 강화",  # without the "new" badge
            "2025-12-09T00:00:00+09:00",
        ),
        (
            f"{BBS}/bbsMsgDetail.do?msg_seq=88120&bcd=report",
            "백령도 까나리액젓 공동 브랜드 첫 출하",
            "2025-12-08T00:00:00+09:00",
        ),
    ]  # the pinned 공지 row belongs to bcd=notice
    assert [r.url for r in lists] == [f"{BBS}/bbsMsgList.do?bcd=report&pgno=2"]


class BupyeongPress(BbsMsgBoard):
    name = "incheon_bupyeong"
    home_region = "인천광역시"
    district_code = "2823700000"


def test_general_list_skin_reads_title_paragraphs_and_center_dates():
    base = "https://www.icbp.go.kr/main/bbs"
    articles, lists = split_output(BupyeongPress().parse(fixture_response(FOLDER, "list_generallist.html")))
    assert [(r.url, r.meta["list_title"], r.meta["list_date"]) for r in articles] == [
        (
            f"{base}/bbsMsgDetail.do?msg_seq=52210&bcd=report",
            "부평구, 굴포천 생태하천 산책로 야간 안전 순찰 확대",
            "2025-12-05T00:00:00+09:00",
        ),
        (
            f"{base}/bbsMsgDetail.do?msg_seq=52188&bcd=report",
            "부평 문화의거리 상인회와 겨울 소비 촉진 행사",
            "2025-12-04T00:00:00+09:00",
        ),
    ]
    assert [r.url for r in lists] == [f"{base}/bbsMsgList.do?bcd=report&pgno=2"]


@freeze_time("2025-12-09T07:00:00+00:00")
def test_article_is_parsed_whole():
    item = OngjinPress().parse_article(fixture_response(FOLDER, "article.html"))
    body = (
        "옹진군은 섬 지역 응급환자를 뭍의 권역응급의료센터로 옮기는 닥터헬기 이송 체계를 강화한다고 9일 밝혔다.\n"
        "군은 백령·대청·연평 보건지소에 원격 영상 협진 장비를 새로 놓고, 야간 착륙이 가능한 헬기장 2곳에 조명 시설을 갖췄다.\n"
        "구분 | 2024년 | 2025년(11월 말)\n"
        "헬기 이송 | 38건 | 51건\n"
        "군 관계자는 “기상 악화로 배가 끊겨도 골든타임을 지킬 수 있도록 하겠다”고 말했다."
    )
    assert item == Article(
        id="incheon_ongjin/20251209/88131",
        source="incheon_ongjin",
        title="옹진군, 섬 지역 응급환자 닥터헬기 이송 체계 강화",
        published_at="2025-12-09T14:36:10+09:00",  # 작성일 to the second
        author="보건행정과",
        body_text=body,
        url=f"{BBS}/bbsMsgDetail.do?msg_seq=88131&bcd=report",
        fetched_at="2025-12-09T07:00:00+00:00",
        content_sha256=sha256_text(body),
        family="bbsmsg",
        body_path="selectors",
        home_region="인천광역시",
        district_code="2872000000",
        attachments=[f"{BBS}/bbsMsgFileDown.do?msg_seq=88131&bcd=report&file_seq=1"],
        body_status="full",
    )


OWN_PAGES = sorted((FIXTURES / FOLDER).glob("*.html"))
OTHER_bbsmsgILIES_PAGES = sorted(
    p for p in (FIXTURES / "families").glob("*/*.html") if p.parent.name != "bbsmsg"
)


@pytest.mark.parametrize("page", OWN_PAGES, ids=lambda p: p.name)
def test_matches_markup_recognises_its_own_pages(page):
    assert BbsMsgBoard.matches_markup(page.read_text(encoding="utf-8"))


@pytest.mark.parametrize("page", OTHER_bbsmsgILIES_PAGES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_matches_markup_rejects_the_other_families_pages(page):
    assert not BbsMsgBoard.matches_markup(page.read_text(encoding="utf-8"))
