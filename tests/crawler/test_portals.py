"""Portal and newsview spiders (crawler/families/{newsview,naver,daum,eminwon}.py): 시민일보, Naver, Daum, eminwon.

Fixtures (tests/crawler/fixtures/{siminilbo,naver,daum,eminwon_demo}/) are sidecars pointing at the
sample-site pages named in their ``source``; they are hand-built from SOURCES.md §3c, §3e, §3f
and §4, not saved real pages. No network: parsing uses fixture bytes, the crawl test a 127.0.0.1
``SampleServer``.
"""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from scrapy.http import FormRequest

from crawler.families.portal import strip_agency_dateline
from crawler.items import Article
from crawler.sample_server import SampleServer
from crawler.spiders.base import sha256_text
from crawler.spiders.sites import DaumSpider, EminwonDemoSpider, NaverSpider, SiminilboSpider
from govnews.cli import cli
from tests.crawler.pages import FIXTURES, fixture_path, fixture_response, sidecar, split_output

ROOT = Path(__file__).resolve().parents[2]
FETCHED_AT = "2026-10-06T01:00:00+00:00"
SITES = ("siminilbo", "naver", "daum", "eminwon_demo")
EMINWON = "https://eminwon.demo.go.kr/emwp/gov/mogaha/ntis/web/ofr/action/OfrAction.do"
#: chrome of the four families that must never reach a body
CHROME = ("저작권자", "무단", "Copyright", "기사원문", "자동요약", "img_desc", "재판매", "제공", "광고", "첨부파일", "목록")

pytestmark = pytest.mark.frozen(FETCHED_AT)




@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("(서울=연합뉴스) 김정진 기자 = 서울 구로구는", "서울 구로구는"),
        ("[서울=뉴시스]이소영 기자 = 서울 노원구가", "서울 노원구가"),
        ("(서울=뉴스1) 한지명 박수윤 기자 = 서울", "서울"),
        ("요약 한 줄\n[서울=뉴시스]이소영 기자 = 본문", "요약 한 줄\n본문"),
        ("[단독] 구로구 청년 일자리", "[단독] 구로구 청년 일자리"),
        ("▲ 근무 시간은 주 5일", "▲ 근무 시간은 주 5일"),
    ],
    ids=["yonhap", "newsis-bracket", "two-reporters", "after-summary", "not-a-dateline", "bullet"],
)
def test_strip_agency_dateline_only_removes_wire_datelines(raw, expected):
    assert strip_agency_dateline(raw) == expected


# -- 시민일보 (newsview.php?ncode=) -------------------------------------------------------------------

SIMIN = "https://www.siminilbo.co.kr/news/"


def test_newsview_article_gives_whole_item(frozen_now):
    item = SiminilboSpider().parse_article(fixture_response("siminilbo", "article_1065583224518263.html"))
    assert item.body_text.startswith("서울 금천구가 오는 10월 8일 G밸리 비즈플라자에서")
    assert item.body_text.endswith("청년 고용률을 높이겠다”고 말했다.")
    for noise in ("[시민일보=", "저작권자", "광고", "관련기사", "사진제공", "글자크기"):
        assert noise not in item.body_text
    assert item == Article(
        id="siminilbo/20260927/1065583224518263",
        source="siminilbo",
        title="금천구, 하반기 ‘G밸리 청년 채용박람회’ 개최…38개 기업 참여",
        published_at="2026-09-27T09:54:12+09:00",
        author="문찬식",
        body_text=item.body_text,
        url=f"{SIMIN}newsview.php?ncode=1065583224518263",
        fetched_at=FETCHED_AT,
        content_sha256=sha256_text(item.body_text),
        family="newsview_ncode",
        home_region="서울특별시",
    )


def test_newsview_list_links_dates_and_zero_based_next_page(frozen_now):
    articles, lists = split_output(SiminilboSpider().parse(fixture_response("siminilbo", "list_p0.html")))
    assert [(r.url, r.meta["list_date"]) for r in articles] == [
        (f"{SIMIN}newsview.php?ncode=1065583224518263", "2026-09-27T00:00:00+09:00"),
        (f"{SIMIN}newsview.php?ncode=1065577911342105", "2026-09-21T00:00:00+09:00"),  # &dt=m dropped
    ]
    assert articles[1].meta["list_title"] == "구로구, 신중년 경력형 일자리 참여자 45명 모집"
    assert [r.url for r in lists] == [f"{SIMIN}search.php?q=&sfld=all&period=&pagenum=1"]


def test_newsview_last_page_stops_and_mobile_url_is_canonical(frozen_now):
    spider = SiminilboSpider()
    articles, lists = split_output(spider.parse(fixture_response("siminilbo", "list_p1.html")))
    assert [r.url for r in articles] == [f"{SIMIN}newsview.php?ncode=1065571230987654"]
    assert lists == []
    assert spider.canonical_url("newsview.php?ncode=1065571230987654&dt=m", SIMIN) == articles[0].url


# -- Naver ----------------------------------------------------------------------------------------


def test_naver_article_gives_whole_item_with_oid_aid_id(frozen_now):
    spider = NaverSpider()
    response = fixture_response("naver", "article_001_0015012345.html")
    item = spider.parse_article(response)
    assert item.body_text.startswith("서울 구로구는 고용노동부가 주관한")
    assert item.body_text.endswith("상사업비 2억 원을 지원받는다.")
    for noise in ("연합뉴스) 김정진 기자 =", "구로구 제공", "재판매", "kjj@yna.co.kr", "Copyright", "기사원문"):
        assert noise not in item.body_text
    assert item == Article(
        id="naver/20260927/001-0015012345",
        source="naver",
        title="구로구, 전국 지자체 일자리대상 ‘대상’…3년 연속 수상",
        published_at="2026-09-27T09:54:12+09:00",  # data-date-time, not data-modify-date-time
        author="김정진",
        body_text=item.body_text,
        url="https://n.news.naver.com/mnews/article/001/0015012345",  # ?sid= dropped
        fetched_at=FETCHED_AT,
        content_sha256=sha256_text(item.body_text),
        family="naver",
        outlet="연합뉴스",
    )


def test_naver_keeps_subtitle_and_strips_bracket_dateline(frozen_now):
    spider = NaverSpider()
    response = fixture_response("naver", "article_003_0012876543.html")
    item = spider.parse_article(response)
    assert item.body_text.split("\n")[:3] == [
        "중장년 기술창업센터 2곳 추가 개소",
        "창업기업 1곳당 일자리 2개 목표",
        "서울 노원구가 중장년 기술창업 지원으로 내년까지 일자리 200개를 만든다고 5일 밝혔다.",
    ]
    assert "photo@newsis.com" not in item.body_text and "사진=" not in item.body_text
    assert (item.id, item.author, item.outlet) == ("naver/20261005/003-0012876543", "이소영", "뉴시스")


# -- Daum -----------------------------------------------------------------------------------------


def test_daum_article_gives_whole_item(frozen_now):
    spider = DaumSpider()
    response = fixture_response("daum", "article_20260927095412345.html")
    item = spider.parse_article(response)
    assert item.body_text.startswith("서울 양천구가 운영한 경력보유여성")
    assert item.body_text.endswith("채용 연계를 강화할 계획이다.")
    for noise in ("양천구 제공", "자동요약", "수료생 90%가 재취업했다.", "Copyright", "함께 볼만한"):
        assert noise not in item.body_text
    assert item == Article(
        id="daum/20260927/20260927095412345",
        source="daum",
        title="양천구, 경력보유여성 취업 과정 수료생 90% 재취업",
        published_at="2026-09-27T09:54:00+09:00",  # "2026. 9. 27. 09:54", not the 수정 stamp
        author="박성국",
        body_text=item.body_text,
        url="https://v.daum.net/v/20260927095412345",
        fetched_at=FETCHED_AT,
        content_sha256=sha256_text(item.body_text),
        family="daum",
        outlet="서울신문",
    )


def test_daum_without_byline_takes_the_reporter_of_the_wire_dateline(frozen_now):
    item = DaumSpider().parse_article(fixture_response("daum", "article_20261005141003217.html"))
    assert item.author == "한지명"  # no .txt_info byline: the generic parser reads "(서울=뉴스1) 한지명 기자 ="
    assert item.published_at == "2026-10-05T14:10:00+09:00"
    assert item.body_text.startswith("서울 강서구가 오는 15일")
    assert "강서구가 청년 창업기업 일자리 박람회를 연다." not in item.body_text  # .layer_summary


def test_portal_canonical_urls_drop_queries():
    assert NaverSpider().canonical_url("https://n.news.naver.com/mnews/article/003/0012876543?sid=102&ntype=RANKING", "") == (
        "https://n.news.naver.com/mnews/article/003/0012876543")
    assert DaumSpider().canonical_url("https://v.daum.net/v/20261005141003217?f=o", "") == (
        "https://v.daum.net/v/20261005141003217")


# -- eminwon (POST only) --------------------------------------------------------------------------


def test_eminwon_list_posts_detail_forms_and_next_page(frozen_now):
    response = fixture_response("eminwon_demo", "list_p1.html", meta={"page_index": 1})
    articles, lists = split_output(EminwonDemoSpider().parse_list(response))
    assert all(isinstance(r, FormRequest) and r.method == "POST" and r.url == EMINWON for r in articles + lists)
    assert [r.body.decode() for r in articles] == [
        "method=selectOfrNews&news_epct_no=2026000412",
        "method=selectOfrNews&news_epct_no=2026000398",
    ]
    assert [(r.meta["list_title"], r.meta["list_date"]) for r in articles] == [
        ("새올구, 하반기 공공일자리 참여자 120명 선발", "2026-10-02T00:00:00+09:00"),
        ("새올구 청년 창업지원센터 입주기업 모집", "2026-09-24T00:00:00+09:00"),
    ]
    assert [r.body.decode() for r in lists] == ["method=selectListOfrNews&pageIndex=2"]


def test_eminwon_last_page_has_no_next_page(frozen_now):
    response = fixture_response("eminwon_demo", "list_p2.html", meta={"page_index": 2})
    articles, lists = split_output(EminwonDemoSpider().parse_list(response))
    assert [r.body.decode() for r in articles] == ["method=selectOfrNews&news_epct_no=2026000377"]
    assert lists == []


def test_eminwon_start_posts_list_page_1_or_a_detail():
    spider = EminwonDemoSpider(start_url=f"{EMINWON},{EMINWON}?method=selectOfrNews&news_epct_no=2026000398")

    async def collect():
        return [r async for r in spider.start()]

    requests = asyncio.run(collect())
    assert [(r.method, r.url, r.body.decode()) for r in requests] == [
        ("POST", EMINWON, "method=selectListOfrNews&pageIndex=1"),
        ("POST", EMINWON, "method=selectOfrNews&news_epct_no=2026000398"),
    ]


def test_eminwon_detail_gives_whole_item_from_longest_td(frozen_now):
    # no meta and a POST URL without query: the number comes from the form's hidden input
    item = EminwonDemoSpider().parse_article(fixture_response("eminwon_demo", "view_2026000412.html", label=False))
    assert item == Article(
        id="eminwon_demo/20261002/2026000412",
        source="eminwon_demo",
        title="새올구, 하반기 공공일자리 참여자 120명 선발",
        published_at="2026-10-02T00:00:00+09:00",
        author=None,
        body_text=(
            "새올구는 하반기 공공일자리 사업 참여자 120명을 선발했다고 2일 밝혔다.\n"
            "참여자는 10월부터 12월까지 생활방역, 환경정비, 복지시설 지원 등 18개 사업에 배치되며, 하루 4시간 주 5일 근무한다.\n"
            "구는 취업 취약계층을 우선 선발했으며, 사업 기간 동안 취업 상담과 직업훈련도 함께 지원한다."
        ),
        url=f"{EMINWON}?method=selectOfrNews&news_epct_no=2026000412",
        fetched_at=FETCHED_AT,
        content_sha256=item.content_sha256,
        family="eminwon",
        body_status="full",
    )
    assert item.content_sha256 == sha256_text(item.body_text)


def test_eminwon_bare_get_is_a_failure_page():
    assert EminwonDemoSpider().parse_article(fixture_response("eminwon_demo", "get_alert.html")) is None


# -- invariants, fixtures, CLI, crawl ---------------------------------------------------------------

DETAILS = [
    (NaverSpider, "naver", "article_001_0015012345.html"),
    (NaverSpider, "naver", "article_003_0012876543.html"),
    (DaumSpider, "daum", "article_20260927095412345.html"),
    (DaumSpider, "daum", "article_20261005141003217.html"),
    (SiminilboSpider, "siminilbo", "article_1065583224518263.html"),
    (EminwonDemoSpider, "eminwon_demo", "view_2026000412.html"),
]


@pytest.mark.parametrize(("cls", "site", "page"), DETAILS, ids=lambda v: v if isinstance(v, str) else "")
def test_every_detail_has_date_selector_body_and_no_chrome(frozen_now, cls, site, page):
    item = cls().parse_article(fixture_response(site, page, label=False))
    assert item.published_at.endswith("+09:00") and item.body_path == "selectors"
    assert len(item.body_text) > 80
    assert not [word for word in CHROME if word in item.body_text]


SIDECARS = sorted(p for site in SITES for p in (FIXTURES / site).glob("*.json"))


@pytest.mark.parametrize("path", SIDECARS, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_fixture_is_its_sample_page(path):
    info = sidecar(path.parent.name, path.name)
    assert fixture_path(path.parent.name, path.stem) == ROOT / info["source"]
    if info.get("method") == "POST":
        assert info["source"].endswith("@POST@" + info["body"])


PARSE_CASES = [
    ("siminilbo/article_1065583224518263", None, "newsview_ncode", "siminilbo/20260927/1065583224518263"),
    ("naver/article_001_0015012345", None, "naver", "naver/20260927/001-0015012345"),
    ("daum/article_20260927095412345", None, "daum", "daum/20260927/20260927095412345"),
    ("eminwon_demo/view_2026000412", f"{EMINWON}?method=selectOfrNews&news_epct_no=2026000412", "eminwon",
     "eminwon_demo/20261002/2026000412"),
]


@pytest.mark.parametrize("case", PARSE_CASES, ids=[c[2] for c in PARSE_CASES])
def test_govnews_parse_picks_the_family_from_the_url(case):
    fixture, url, family, article_id = case
    site, page = fixture.split("/")
    url = url or sidecar(site, page + ".json")["url"]
    result = CliRunner().invoke(cli, ["parse", str(fixture_path(site, page)), "--url", url])
    assert result.exit_code == 0, result.output
    article = json.loads(result.stdout)
    assert (article["family"], article["id"], article["body_path"]) == (family, article_id, "selectors")


def test_sample_crawl_over_http_yields_every_portal_article(tmp_path):
    out = tmp_path / "portals.jsonl"
    with SampleServer() as server:
        done = subprocess.run(
            [sys.executable, "-m", "crawler.run", str(out), "--base-url", server.base_url,
             *(arg for site in SITES for arg in ("--spider", site))],
            cwd=ROOT, capture_output=True, text=True, timeout=180,
        )
        log = list(server.request_log)
    assert done.returncode == 0, done.stderr[-3000:]
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert sorted(row["id"] for row in rows) == [
        "daum/20260927/20260927095412345",
        "daum/20261005/20261005141003217",
        "eminwon_demo/20260910/2026000377",
        "eminwon_demo/20260924/2026000398",
        "eminwon_demo/20261002/2026000412",
        "naver/20260927/001-0015012345",
        "naver/20261005/003-0012876543",
        "siminilbo/20260914/1065571230987654",
        "siminilbo/20260921/1065577911342105",
        "siminilbo/20260927/1065583224518263",
    ]
    assert all(row["url"].startswith(server.base_url) and row["published_at"] for row in rows)
    eminwon = [(method, path) for method, path in log if "/eminwon_demo/" in path]
    assert eminwon and all(method == "POST" for method, _ in eminwon)  # 2 list pages + 3 details
    assert len(eminwon) == 5
    assert any("pagenum=1" in path for _, path in log)
