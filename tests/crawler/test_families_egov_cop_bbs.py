"""Family ``egov_cop_bbs`` (crawler/families/egov_cop_bbs.py) on hand-written fixtures; no network.

The fixtures under tests/crawler/fixtures/families/egov_cop_bbs/ reproduce the markup of the eGov
``/cop/bbs/BBSMSTR_…/`` board of 충청 시·군 (천안's skin: ``th scope=row`` cells, ``td.tbl_cnts``,
``fn_egov_downFile`` links, ``fn_egov_link_page`` pager) with text written for the tests.
"""

from __future__ import annotations

import pytest
from freezegun import freeze_time

from crawler.families import family_class
from crawler.families.egov_cop_bbs import EgovCopBbs
from crawler.items import Article
from crawler.spiders.base import sha256_text
from tests.crawler.pages import FIXTURES, fixture_response, split_output

FOLDER = "families/egov_cop_bbs"
BBS = "https://www.cheonan.go.kr/cop/bbs/BBSMSTR_000000000462"


class CheonanNews(EgovCopBbs):
    name = "chungnam_cheonan"
    home_region = "충청남도"
    district_code = "4413000000"
    start_urls = [f"{BBS}/selectBoardList.do"]


def test_family_is_registered_under_its_name():
    assert family_class("egov_cop_bbs") is EgovCopBbs
    assert EgovCopBbs.kind == "board" and not EgovCopBbs.name


def test_list_keeps_relative_links_of_this_bbs_id_and_follows_the_egov_pager():
    articles, lists = split_output(CheonanNews().parse(fixture_response(FOLDER, "list.html")))
    assert [(r.url, r.meta["list_title"], r.meta["list_date"]) for r in articles] == [
        (
            f"{BBS}/selectBoardArticle.do?nttId=1128840&mno=sitemap_02",
            "천안시, 전기 시내버스 40대 추가 도입…내년 상반기 운행",
            "2025-12-04T00:00:00+09:00",
        ),
        (
            f"{BBS}/selectBoardArticle.do?nttId=1128812&mno=sitemap_02",
            "독립기념관 일대 겨울 빛 축제 관람객 10만 명 돌파",
            "2025-12-03T00:00:00+09:00",
        ),
    ]  # the row of board BBSMSTR_000000000500 is left out; search and paging state dropped
    assert [r.url for r in lists] == [f"{BBS}/selectBoardList.do?pageIndex=2"]


@freeze_time("2025-12-04T07:00:00+00:00")
def test_article_is_parsed_whole():
    item = CheonanNews().parse_article(fixture_response(FOLDER, "article.html"))
    body = (
        "천안시는 내년 상반기까지 전기 시내버스 40대를 추가로 도입한다고 4일 밝혔다.\n"
        "이번 도입으로 시내버스 415대 가운데 전기·수소버스는 172대(41%)로 늘어난다."
        " 시는 차고지 2곳에 급속충전기 16기도 함께 설치한다.\n"
        "시 관계자는 “노후 경유버스를 차례로 바꿔 시민이 체감하는 대기질을 개선하겠다”고 말했다."
    )
    assert item == Article(
        id="chungnam_cheonan/20251204/1128840",
        source="chungnam_cheonan",
        title="천안시, 전기 시내버스 40대 추가 도입…내년 상반기 운행",  # th 제목 cell
        published_at="2025-12-04T11:20:00+09:00",
        author="대중교통과 버스정책팀",  # th 팀명 cell
        body_text=body,  # the 공공누리 notice inside td.tbl_cnts is dropped
        url=f"{BBS}/selectBoardArticle.do?nttId=1128840&mno=sitemap_02",
        fetched_at="2025-12-04T07:00:00+00:00",
        content_sha256=sha256_text(body),
        family="egov_cop_bbs",
        body_path="selectors",
        home_region="충청남도",
        district_code="4413000000",
        attachments=[
            "https://www.cheonan.go.kr/cmm/fms/FileDown.do?atchFileId=FILE_000000000412201&fileSn=0"
        ],
        body_status="full",
    )  # fn_egov_downFile('…','0') and its plain link are one file; the .jpg is a photo, not a document


OWN_PAGES = sorted((FIXTURES / FOLDER).glob("*.html"))
OTHER_egov_cop_bbsILIES_PAGES = sorted(
    p for p in (FIXTURES / "families").glob("*/*.html") if p.parent.name != "egov_cop_bbs"
)


@pytest.mark.parametrize("page", OWN_PAGES, ids=lambda p: p.name)
def test_matches_markup_recognises_its_own_pages(page):
    assert EgovCopBbs.matches_markup(page.read_text(encoding="utf-8"))


@pytest.mark.parametrize("page", OTHER_egov_cop_bbsILIES_PAGES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_matches_markup_rejects_the_other_families_pages(page):
    assert not EgovCopBbs.matches_markup(page.read_text(encoding="utf-8"))
