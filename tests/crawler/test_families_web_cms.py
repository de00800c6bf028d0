"""Family ``web_cms`` (crawler/families/web_cms.py) on hand-written fixtures; no network.

The fixtures under tests/crawler/fixtures/families/web_cms/ reproduce the markup of the ``.web``
board of 경남·경북·강원 시·군 (``li.li1`` list, ``div.info1`` + ``div.substance`` article) with text
written for the tests.
"""

from __future__ import annotations

import pytest
from freezegun import freeze_time

from crawler.families import family_class
from crawler.families.web_cms import WebCmsBoard
from crawler.items import Article
from crawler.spiders.base import sha256_text
from tests.crawler.pages import FIXTURES, fixture_response, split_output

FOLDER = "families/web_cms"
BOARD = "https://www.gimhae.go.kr/03360/00023/00024.web"


class GimhaeNews(WebCmsBoard):
    name = "gyeongnam_gimhae"
    home_region = "경상남도"
    district_code = "4825000000"
    start_urls = [f"{BOARD}?gcode=1171&cpage=1"]


def test_family_is_registered_under_its_name():
    assert family_class("web_cms") is WebCmsBoard
    assert WebCmsBoard.kind == "board" and not WebCmsBoard.name


def test_list_yields_relative_links_as_canonical_urls_titles_without_category_and_badge():
    articles, lists = split_output(GimhaeNews().parse(fixture_response(FOLDER, "list.html")))
    assert [(r.url, r.meta["list_title"], r.meta["list_date"]) for r in articles] == [
        (
            f"{BOARD}?gcode=1171&idx=1045821&amode=view",
            "김해시, 중소기업 수출 바우처 2차 참여기업 24곳 선정",
            "2025-11-27T00:00:00+09:00",
        ),
        (
            f"{BOARD}?gcode=1171&idx=1045790&amode=view",
            "분청도자박물관 겨울 특별전 ‘흙의 시간’ 개막",
            "2025-11-26T00:00:00+09:00",
        ),
        (
            f"{BOARD}?gcode=1171&idx=1045702&amode=view",
            "김해시 내년도 생활임금 시급 1만1천890원으로 결정",
            "2025-11-24T00:00:00+09:00",
        ),
    ]  # the menu's link into another board (00030.web) is not a list row
    assert [r.url for r in lists] == [f"{BOARD}?gcode=1171&cpage=2"]


@freeze_time("2025-11-27T06:00:00+00:00")
def test_article_is_parsed_whole():
    item = GimhaeNews().parse_article(fixture_response(FOLDER, "article.html"))
    body = (
        "- 업체당 최대 3천만 원 해외 마케팅·인증 비용 지원 -\n"
        "김해시는 중소기업 수출 바우처 2차 사업 참여기업 24곳을 선정했다고 27일 밝혔다.\n"
        "선정 기업은 해외 전시회 참가, 해외 규격 인증, 현지 바이어 발굴 등 수출 지원 서비스를"
        " 업체당 최대 3천만 원까지 이용할 수 있다.\n"
        "시는 올해 1·2차를 합쳐 모두 51개 기업을 지원하며, 내년에는 지원 기업을 60곳으로 늘릴 계획이다."
    )
    assert item == Article(
        id="gyeongnam_gimhae/20251127/1045821",
        source="gyeongnam_gimhae",
        title="김해시, 중소기업 수출 바우처 2차 참여기업 24곳 선정",  # "[경제]" category dropped
        published_at="2025-11-27T15:08:00+09:00",
        author="투자유치과",  # 담당부서 wins over the masked 작성자
        body_text=body,  # div.box1 (print/share), the ▲ caption, 공공누리 and 이전글/다음글 dropped
        url=f"{BOARD}?gcode=1171&idx=1045821&amode=view",
        fetched_at="2025-11-27T06:00:00+00:00",
        content_sha256=sha256_text(body),
        family="web_cms",
        body_path="selectors",
        home_region="경상남도",
        district_code="4825000000",
        attachments=["https://www.gimhae.go.kr/_Common/bbs/download.web?gcode=1171&idx=1045821&fidx=1"],
        body_status="full",
    )


OWN_PAGES = sorted((FIXTURES / FOLDER).glob("*.html"))
OTHER_FAMILIES_PAGES = sorted(
    p for p in (FIXTURES / "families").glob("*/*.html") if p.parent.name != "web_cms"
)


@pytest.mark.parametrize("page", OWN_PAGES, ids=lambda p: p.name)
def test_matches_markup_recognises_its_own_pages(page):
    assert WebCmsBoard.matches_markup(page.read_text(encoding="utf-8"))


@pytest.mark.parametrize("page", OTHER_FAMILIES_PAGES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_matches_markup_rejects_the_other_families_pages(page):
    assert not WebCmsBoard.matches_markup(page.read_text(encoding="utf-8"))
