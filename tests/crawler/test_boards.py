"""Press-board spiders (crawler/families/*, built by crawler/spiders/sites.py) on hand-built fixtures; no network.

Fixtures are tests/crawler/fixtures/<spider>/<page>.json sidecars (URL, fetch date, encoding) whose page
is either a file next to them or the sample-site page their ``source`` names; they reproduce the markup
of SOURCES.md §4 and the quirks of §7 items 9–12. Responses are built from bytes, so the spiders' own
charset sniffing is exercised.
"""

from __future__ import annotations

import dataclasses

import pytest
from freezegun import freeze_time
from scrapy.http import HtmlResponse, Request, XmlResponse

from crawler.families.board import is_stub_body, strip_title_badges
from crawler.items import Article
from crawler.spiders.base import sha256_text
from crawler.spiders.sites import (
    MoelSpider,
    SeoulGangnamSpider,
    SeoulGeumcheonSpider,
    SeoulGuroSpider,
    SeoulJongnoSpider,
    SeoulNewsSpider,
    SeoulSeodaemunSpider,
    SeoulYangcheonSpider,
    SeoulYongsanSpider,
)
from tests.crawler.pages import fixture_pages, fixture_path, sidecar, split_output

FETCHED_AT = "2024-10-08T01:00:00+00:00"
#: words of board chrome that must never reach a body
CHROME = ("이전글", "다음글", "공공누리", "사진 확대보기", "다운로드", "첨부파일", "목록", "jsessionid")


@pytest.fixture
def frozen():
    """Freeze the clock at the fixtures' fetch time (fetched_at becomes deterministic)."""
    with freeze_time(FETCHED_AT):
        yield


def fixture_response(spider: str, page: str, meta: dict | None = None):
    """A Scrapy response built from the fixture's bytes, URL and encoding (from the sidecar .json)."""
    info = sidecar(spider, page)
    path = fixture_path(spider, page)
    cls = XmlResponse if path.suffix == ".xml" else HtmlResponse
    request = Request(info["url"], meta=meta or {})
    return cls(url=info["url"], body=path.read_bytes(), encoding=info["encoding"], request=request)




# -- helpers --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("구로구, 일자리대상 최우수상 수상 NEW", "구로구, 일자리대상 최우수상 수상"),
        ("청년이룸 3호점 문 연다새글", "청년이룸 3호점 문 연다"),
        ("공공일자리 참여자 모집 [NEW]", "공공일자리 참여자 모집"),
        ("신중년 일자리 박람회 N", "신중년 일자리 박람회"),
        ("AI 인재 양성 과정 개강", "AI 인재 양성 과정 개강"),
        ("  ", None),
    ],
    ids=["new", "saegeul-glued", "bracket-new", "n-badge", "plain", "empty"],
)
def test_strip_title_badges_removes_new_and_saegeul(raw, expected):
    assert strip_title_badges(raw) == expected


@pytest.mark.parametrize(
    ("body", "stub"),
    [
        ("자세한 내용은 첨부를 확인하시기 바랍니다.", True),
        (
            "2024년 하반기 공공일자리 선발 결과를 알려드립니다.\n자세한 내용은 첨부파일을 참고하시기 바랍니다.",
            True,
        ),
        ("붙임 파일 참조", False),
        ("구로구가 일자리대상 최우수상을 받았다. " * 10 + "자세한 내용은 첨부를 확인하시기 바랍니다.", False),
        ("", False),
    ],
    ids=["plain-stub", "two-line-stub", "no-marker", "long-body-with-marker", "empty"],
)
def test_is_stub_body_only_for_short_pointer_to_attachments(body, stub):
    assert is_stub_body(body) is stub


# -- SI selectBbsNtt (구로, 금천) --------------------------------------------------------------------

GURO = "https://www.guro.go.kr/www/"


def test_si_list_yields_canonical_article_urls_without_banners_and_next_page():
    articles, lists = split_output(SeoulGuroSpider().parse(fixture_response("seoul_guro", "list_p1")))
    assert [r.url for r in articles] == [
        f"{GURO}selectBbsNttView.do?bbsNo=665&key=1793&nttNo=412301",
        f"{GURO}selectBbsNttView.do?bbsNo=665&key=1793&nttNo=412288",  # ;jsessionid= dropped
        f"{GURO}selectBbsNttView.do?bbsNo=665&key=1793&nttNo=412250",  # the >700-character href
        f"{GURO}selectBbsNttView.do?bbsNo=665&key=1793&nttNo=412240",
    ]
    assert [r.url for r in lists] == [f"{GURO}selectBbsNttList.do?bbsNo=665&key=1793&pageIndex=2"]


def test_si_list_carries_date_and_title_without_badges_in_meta():
    articles, _ = split_output(SeoulGuroSpider().parse(fixture_response("seoul_guro", "list_p1")))
    assert [(r.meta["list_title"], r.meta["list_date"]) for r in articles[:3]] == [
        ("구로구, '2024년 전국 지방자치단체 일자리대상' 최우수상 수상", "2024-10-02T00:00:00+09:00"),
        ("구로구 청년 일자리 카페 '청년이룸' 3호점 문 연다", "2024-09-27T00:00:00+09:00"),  # <time>
        ("구로구, 28일 'G밸리 일자리 박람회' 개최…45개 기업 200명 현장 채용", "2024-09-20T00:00:00+09:00"),
    ]


def test_si_last_list_page_has_no_next_page():
    articles, lists = split_output(SeoulGuroSpider().parse(fixture_response("seoul_guro", "list_p2")))
    assert [r.url for r in articles] == [f"{GURO}selectBbsNttView.do?bbsNo=665&key=1793&nttNo=412198"]
    assert lists == []


def test_si_bbsno_8_ignores_banner_and_pinned_rows_of_board_80():
    spider = SeoulGeumcheonSpider()
    articles, lists = split_output(spider.parse(fixture_response("seoul_geumcheon", "list_p1")))
    base = "https://www.geumcheon.go.kr/portal/"
    assert [r.url for r in articles] == [
        f"{base}selectBbsNttView.do?bbsNo=8&key=297&nttNo=300512",
        f"{base}selectBbsNttView.do?bbsNo=8&key=297&nttNo=300498",
    ]
    assert articles[0].meta["list_title"] == "금천구, G밸리 청년 취업사관학교 2기 수료생 84% 취업"
    assert [r.url for r in lists] == [f"{base}selectBbsNttList.do?bbsNo=8&key=297&pageIndex=2"]
    assert not spider.is_article_url(f"{base}selectBbsNttView.do?bbsNo=80&key=298&nttNo=77001")


def test_si_detail_page_gives_whole_article_with_list_date(frozen):
    response = fixture_response("seoul_guro", "view_412301", meta={"list_date": "2024-10-02T00:00:00+09:00"})
    article = SeoulGuroSpider().parse_article(response)
    body = article.body_text
    expected = Article(
        id="seoul_guro/20241002/412301",
        source="seoul_guro",
        title="구로구, '2024년 전국 지방자치단체 일자리대상' 최우수상 수상",
        published_at="2024-10-02T00:00:00+09:00",
        author=None,
        body_text=body,
        url=f"{GURO}selectBbsNttView.do?bbsNo=665&key=1793&nttNo=412301",
        fetched_at=FETCHED_AT,
        content_sha256=sha256_text(body),
        family="si_bbsntt",
        body_path="selectors",
        home_region="서울특별시",
        district_code="1153000000",
        attachments=[f"{GURO}downloadBbsFile.do?atchmnflNo=88213", f"{GURO}downloadBbsFile.do?atchmnflNo=88214"],
    )
    assert article == expected
    assert body.startswith(
        "- 고용노동부 주관 평가에서 서울 자치구 중 유일하게 일자리 목표 공시제 부문 최우수상\n"
    )
    assert body.endswith(
        "구 관계자는 “주민 누구나 일자리를 찾을 수 있도록 기업과 구직자를 잇는 정책을 계속 추진하겠다”고 말했다."
    )
    assert "일자리 창출(개) | 12,904 | 13,752" in body.split("\n")  # nested HWP table, one line per row
    assert "▲" not in body  # the photo caption next to the image


def test_si_detail_attachments_are_recorded_once_without_jsessionid():
    response = fixture_response("seoul_guro", "view_412301")
    assert SeoulGuroSpider()._parse_attachments(response) == [
        f"{GURO}downloadBbsFile.do?atchmnflNo=88213",
        f"{GURO}downloadBbsFile.do?atchmnflNo=88214",
    ]
    twice = fixture_response("seoul_guro", "view_412240")  # each file linked by name and "다운로드"
    assert SeoulGuroSpider()._parse_attachments(twice) == [
        f"{GURO}downloadBbsFile.do?atchmnflNo=88120",
        f"{GURO}downloadBbsFile.do?atchmnflNo=88121",
    ]


def test_si_stub_body_is_detected_and_still_yielded(frozen, caplog):
    response = fixture_response("seoul_guro", "view_412240", meta={"list_date": "2024-09-13T00:00:00+09:00"})
    article = SeoulGuroSpider().parse_article(response)
    assert (
        article.body_text
        == "2024년 하반기 구로구 공공일자리 참여자 선발 결과를 알려드립니다.\n자세한 내용은 첨부를 확인하시기 바랍니다."
    )
    assert is_stub_body(article.body_text)
    assert article.body_status == "stub" and len(article.attachments) == 2
    assert "stub pointing to 2 attachment(s)" in caplog.text


def test_si_alert_page_is_a_failure_not_an_article(caplog):
    assert SeoulGuroSpider().parse_article(fixture_response("seoul_guro", "view_alert")) is None
    assert "alert: 잘못된 접근입니다." in caplog.text


# -- eGov portal/bbs (용산) -----------------------------------------------------------------------

YONGSAN = "https://www.yongsan.go.kr/portal/bbs/B0000041/"


def test_egov_list_yields_this_boards_links_with_span_date_and_next_page():
    articles, lists = split_output(SeoulYongsanSpider().parse(fixture_response("seoul_yongsan", "list_p1")))
    assert [(r.url, r.meta["list_date"]) for r in articles] == [
        (f"{YONGSAN}view.do?nttId=98231&menuNo=200228", "2024-10-04T00:00:00+09:00"),
        (f"{YONGSAN}view.do?nttId=98210&menuNo=200228", "2024-09-26T00:00:00+09:00"),  # jsessionid dropped
    ]
    assert articles[0].meta["list_title"] == "용산구, 15일 신중년 일자리 박람회 개최…30개 기업 참여"
    assert [r.url for r in lists] == [f"{YONGSAN}list.do?menuNo=200228&pageIndex=2"]
    _, last = split_output(SeoulYongsanSpider().parse(fixture_response("seoul_yongsan", "list_p2")))
    assert last == []


def test_egov_detail_page_gives_whole_article(frozen):
    article = SeoulYongsanSpider().parse_article(fixture_response("seoul_yongsan", "view_98231"))
    body = article.body_text
    assert article == Article(
        id="seoul_yongsan/20241004/98231",
        source="seoul_yongsan",
        title="용산구, 15일 신중년 일자리 박람회 개최…30개 기업 참여",
        published_at="2024-10-04T00:00:00+09:00",
        author=None,
        body_text=body,
        url=f"{YONGSAN}view.do?nttId=98231&menuNo=200228",
        fetched_at=FETCHED_AT,
        content_sha256=sha256_text(body),
        family="egov_portal_bbs",
        body_path="selectors",
        home_region="서울특별시",
        district_code="1117000000",
        attachments=["https://www.yongsan.go.kr/cmm/fms/FileDown.do?atchFileId=FILE_000000000412033&fileSn=0"],
    )
    assert body.startswith("- 15일 오후 2시 용산아트홀 대극장…")
    assert body.endswith("구직자 820명이 상담을 받아 64명이 취업했다고 설명했다.")


@pytest.mark.parametrize(
    "page", ["view_98231", "view_98210", "view_98177"], ids=["dbData", "DBData", "dbdata"]
)
def test_egov_body_class_case_does_not_matter(page):
    article = SeoulYongsanSpider().parse_article(fixture_response("seoul_yongsan", page))
    assert article.body_path == "selectors"
    assert article.body_text.startswith(("- 15일", "용산구가"))


# -- 서울시 news.seoul.go.kr ----------------------------------------------------------------------


def test_seoul_news_feed_keeps_only_press_releases():
    articles, lists = split_output(SeoulNewsSpider().parse(fixture_response("seoul_news", "feed")))
    assert [(r.url, r.meta["list_date"]) for r in articles] == [
        ("https://news.seoul.go.kr/gov/archives/555101", "2024-10-07T10:15:00+09:00"),
        ("https://news.seoul.go.kr/gov/archives/555088", "2024-10-02T09:00:00+09:00"),  # trailing / dropped
    ]
    assert lists == []


def test_seoul_news_article_body_comes_from_json_ld(frozen):
    article = SeoulNewsSpider().parse_article(fixture_response("seoul_news", "archives_555101"))
    body = article.body_text
    assert article == Article(
        id="seoul_news/20241007/555101",
        source="seoul_news",
        title="서울시, 자치구와 ‘청년 일자리 한마당’ 개최…120개 기업 1,000명 채용",
        published_at="2024-10-07T10:15:00+09:00",
        author=None,
        body_text=body,
        url="https://news.seoul.go.kr/gov/archives/555101",
        fetched_at=FETCHED_AT,
        content_sha256=sha256_text(body),
        family="wordpress_seoul",
        body_path="selectors",
        home_region="서울특별시",
        district_code=None,
    )
    assert body.startswith("- 15~16일 DDP에서 25개 자치구·120개 기업 참여…현장 채용 1,000명 목표\n서울시가")
    assert body.endswith("시는 지난해 행사에서 구직자 8,300명이 방문해 612명이 채용됐다고 밝혔다.")
    assert "공유하기" not in body and "카카오톡" not in body


# -- 고용노동부 -------------------------------------------------------------------------------------

MOEL = "https://www.moel.go.kr/news/enews/report/"


def test_moel_list_dedupes_links_and_takes_title_from_title_attribute():
    articles, lists = split_output(MoelSpider().parse(fixture_response("moel", "list_p1")))
    assert [(r.url, r.meta["list_title"], r.meta["list_date"]) for r in articles] == [
        (
            f"{MOEL}enewsView.do?news_seq=17211",
            "2024년 전국 지방자치단체 일자리대상 시상…구로구 등 36곳 수상",
            "2024-10-01T00:00:00+09:00",
        ),
        (
            f"{MOEL}enewsView.do?news_seq=17198",
            "8월 고용행정 통계로 본 노동시장 동향",
            "2024-09-26T00:00:00+09:00",
        ),
    ]
    assert [r.url for r in lists] == [f"{MOEL}enewsList.do?pageIndex=2"]  # from onclick fn_egov_link_page(2)
    _, last = split_output(MoelSpider().parse(fixture_response("moel", "list_p2")))
    assert last == []


def test_moel_detail_page_gives_whole_article_and_attachments_once(frozen):
    response = fixture_response("moel", "view_17211", meta={"list_date": "2024-10-01T00:00:00+09:00"})
    article = MoelSpider().parse_article(response)
    body = article.body_text
    assert article == Article(
        id="moel/20241001/17211",
        source="moel",
        title="2024년 전국 지방자치단체 일자리대상 시상…구로구 등 36곳 수상",
        published_at="2024-10-01T00:00:00+09:00",
        author=None,
        body_text=body,
        url=f"{MOEL}enewsView.do?news_seq=17211",
        fetched_at=FETCHED_AT,
        content_sha256=sha256_text(body),
        family="moel",
        body_path="selectors",
        home_region=None,
        district_code=None,
        attachments=MoelSpider()._parse_attachments(response),
    )
    assert body.startswith("고용노동부는 1일 정부세종컨벤션센터에서")
    assert body.endswith("우수 기관에는 7,000만 원의 상사업비가 지급된다.")
    assert MoelSpider()._parse_attachments(response) == [
        "https://www.moel.go.kr/common/downloadFile.do?file_seq=20241001000123&bbs_seq=20241001012&bbs_id=29&file_ext=hwpx",
        "https://www.moel.go.kr/common/downloadFile.do?file_seq=20241001000124&bbs_seq=20241001012&bbs_id=29&file_ext=pdf",
        "https://www.moel.go.kr/common/downloadAllZip.do?bbs_seq=20241001012&bbs_id=29",
    ]


# -- JavaScript-only navigation, EUC-KR and input[value] bodies (SOURCES.md §4, §7 item 11) --------


def test_egov_board_article_builds_urls_from_viewmove_and_reads_korean_dates(frozen):
    articles, lists = split_output(SeoulJongnoSpider().parse(fixture_response("seoul_jongno", "list_p1")))
    base = "https://www.jongno.go.kr/www/"
    assert [(r.url, r.meta["list_date"]) for r in articles] == [
        (
            f"{base}selectBoardArticle.do?bbsId=BBSMSTR_000000000271&menuId=1752&nttId=148822",
            "2024-10-07T00:00:00+09:00",
        ),
        (
            f"{base}selectBoardArticle.do?bbsId=BBSMSTR_000000000271&menuId=1752&nttId=148790",
            "2024-09-30T00:00:00+09:00",
        ),
    ]
    assert [r.url for r in lists] == [
        f"{base}selectBoardList.do?bbsId=BBSMSTR_000000000271&menuId=1752&pageIndex=2"
    ]
    response = fixture_response("seoul_jongno", "view_148822")
    article = SeoulJongnoSpider().parse_article(response)
    assert (article.id, article.title, article.published_at) == (
        "seoul_jongno/20241007/148822",
        "종로구, 소상공인·청년 잇는 '종로 일자리 이음센터' 개소",
        "2024-10-07T00:00:00+09:00",
    )
    assert article.body_text.startswith("종로구가 7일 종로3가역 인근에")  # the last td.output only
    assert article.body_text.endswith("청년 150명의 취업 연계를 목표로 하고 있다.")
    assert SeoulJongnoSpider()._parse_attachments(response) == [
        "https://www.jongno.go.kr/cmm/fms/FileDown.do?atchFileId=FILE_000000000088412&fileSn=0"
    ]


def test_site_ex_bbs_reads_dobbsfview_links_and_wdigm_titles():
    articles, lists = split_output(
        SeoulYangcheonSpider().parse(fixture_response("seoul_yangcheon", "list_p1"))
    )
    base = "https://www.yangcheon.go.kr/site/yangcheon/ex/bbs/"
    assert [(r.url, r.meta["list_title"]) for r in articles] == [
        (
            f"{base}View.do?cbIdx=263&bcIdx=345123",
            "양천구, 경력보유여성 ‘다시 일하기’ 취업 과정 수료생 92% 취업",
        ),
        (f"{base}View.do?cbIdx=263&bcIdx=345101", "양천구, 청년 창업지원센터 입주기업 12곳 모집"),
    ]  # the 공지 row of board 101 is another board
    assert [r.url for r in lists] == [f"{base}List.do?cbIdx=263&pageIndex=2"]
    article = SeoulYangcheonSpider().parse_article(fixture_response("seoul_yangcheon", "view_345123"))
    assert article.title == "양천구, 경력보유여성 ‘다시 일하기’ 취업 과정 수료생 92% 취업"
    assert article.published_at == "2024-10-02T00:00:00+09:00"
    assert article.body_text.endswith("구는 내년에는 과정을 4개 분야 80명으로 늘릴 계획이다.")


def test_euc_kr_board_is_decoded_from_bytes():
    articles, _ = split_output(SeoulSeodaemunSpider().parse(fixture_response("seoul_seodaemun", "list_p1")))
    assert [(r.url, r.meta["list_title"], r.meta["list_date"]) for r in articles] == [
        (
            "https://www.sdm.go.kr/news/news.do?mode=view&sdmBoardSeq=210455",
            "서대문구, 신촌 청년 일자리 센터 상담 1만 건 돌파",
            "2024-10-01T00:00:00+09:00",
        ),
        (
            "https://www.sdm.go.kr/news/news.do?mode=view&sdmBoardSeq=210430",
            "서대문구 사회적경제 일자리 박람회 개최",
            "2024-09-24T00:00:00+09:00",
        ),
    ]
    article = SeoulSeodaemunSpider().parse_article(fixture_response("seoul_seodaemun", "view_210455"))
    assert article.title == "서대문구, 신촌 청년 일자리 센터 상담 1만 건 돌파"
    assert article.body_text.endswith("이 가운데 정규직 비율은 61%다.")


def test_body_only_in_input_value_is_read():
    article = SeoulGangnamSpider().parse_article(fixture_response("seoul_gangnam", "view_418877"))
    assert article.url == "https://www.gangnam.go.kr/board/B_000031/418877/view.do?mid=ID01_031"
    assert article.published_at == "2024-10-04T00:00:00+09:00"
    assert article.body_text.split("\n") == [
        "강남구가 AI·반도체 분야 인재를 키우는 '강남 테크 아카데미' 교육생 200명을 오는 25일까지 모집한다고 4일 밝혔다.",
        "교육은 11월부터 16주간 진행되며, 수료생에게는 관내 기업 60곳과의 채용 면접 기회를 준다.",
        "지난해 1기 수료생 150명 가운데 98명이 취업했다.",
    ]
    assert article.body_path == "selectors"


# -- invariants over every detail fixture ---------------------------------------------------------

SPIDERS = {
    cls.name: cls
    for cls in (
        SeoulGuroSpider,
        SeoulYongsanSpider,
        SeoulNewsSpider,
        MoelSpider,
        SeoulJongnoSpider,
        SeoulYangcheonSpider,
        SeoulSeodaemunSpider,
        SeoulGangnamSpider,
    )
}
DETAILS = [
    (SPIDERS[site], site, page)
    for site in sorted(SPIDERS)
    for page in fixture_pages(site)
    if page.startswith(("view_", "archives_")) and page != "view_alert"
]


@pytest.mark.parametrize(("spider_cls", "site", "page"), DETAILS, ids=[f"{s}-{p}" for _, s, p in DETAILS])
def test_every_board_article_is_complete_and_free_of_chrome(spider_cls, site, page):
    article = spider_cls().parse_article(
        fixture_response(site, page, meta={"list_date": "2024-09-01T00:00:00+09:00"})
    )
    assert article is not None
    assert article.id.startswith(f"{spider_cls.name}/2024") and article.id.split("/")[2].isdigit()
    assert article.published_at and article.published_at.endswith("+09:00")
    assert article.author is None
    assert article.title and "NEW" not in article.title and "새글" not in article.title
    assert article.body_text and not any(word in article.body_text for word in CHROME)
    assert "jsessionid" not in article.url and spider_cls().is_article_url(article.url)
    assert (article.home_region, article.district_code) == (spider_cls.home_region, spider_cls.district_code)
    assert dataclasses.asdict(article)["content_sha256"] == sha256_text(article.body_text)
