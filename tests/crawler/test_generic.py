"""The generic article parser (``crawler.generic``) on twelve page layouts no spider is written for.

The pages under ``fixtures/generic/`` are our own writing, built to reproduce the markup of real
Korean outlets and press boards (ND Soft articleView, the ``article.html?no=`` CMS, a JSON-LD national
daily, an AMP page, a JS-light mobile page, a WordPress site; SI-style table, dl/dt, eGov and 새올
boards; an EUC-KR page without a charset label; a page whose article follows a premature ``</html>``;
a page rendered by JavaScript whose article sits in a JSON payload; a board post that is only images).

The second group reproduces the markup of real pages on which the parser once failed: an ND Soft skin
whose article sits in ``section.user-snb`` with a comment form and broken ad code, agency notice
boards (``div.bbsViewArea``/``div.bbsCon`` under a skip link named 본문, ``div.detail-area`` under a
heading bar of share buttons, an AJAX fragment of an image-only post dated ``이름 / 날짜`` beside an
application period), a 군청 ``tbl-dtlPage`` under a breadcrumb with contact and photo notes in the
text, a mobile outlet whose byline is a team, an outlet closing with a reporter box and corrections
notice, an agency-credited article with several reporters and a keyword line, a JSON-LD headline that
lost its quotation marks above a pull quote, an entertainment page with a photo teaser, and two list
pages (a gallery of posts, a ``ybscript.io`` card list) that are no article.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from crawler.generic import NotAnArticle, clean_author, clean_title, extract_body, parse_generic

FIXTURES = Path(__file__).parent / "fixtures" / "generic"
EXPECTED = json.loads((FIXTURES / "expected.json").read_text(encoding="utf-8"))

#: page, title, published_at, author, first sentence, last sentence, paragraphs, modified_at
ARTICLES = [
    ("ndsoft_articleview", "영산강 둔치에 청년 창업 마켓 문 연다", "2025-03-12T14:05:00+09:00", "김도윤",
     "한빛시가 영산강 둔치 산책로에 청년 창업자들이 직접 만든 상품을 파는 ‘강변 청년 마켓’을 이달 말부터 운영한다고 12일 밝혔다.",
     "시 관계자는 “청년들이 위험 부담 없이 창업을 시험해 볼 수 있는 무대가 되도록 하겠다”고 말했다.", 5,
     "2025-03-13T09:12:00+09:00"),
    ("article_no_cms", "수원 광교 ‘반값 공유오피스’ 입주기업 모집…청년 스타트업 우선", "2025-04-02T11:20:35+09:00", "박지훈",
     "수원시가 광교 창업지원센터에 마련한 공유오피스 입주기업 20곳을 모집한다고 2일 밝혔다.",
     "시는 서류와 발표 심사를 거쳐 5월 중 입주기업을 확정하고, 입주 기업에 경영 컨설팅과 투자 유치 설명회 참가 기회도 제공할 예정이다.",
     4, "2025-04-03T08:47:00+09:00"),
    ("jsonld_daily", "지방 소멸 막을 ‘생활인구’ 통계, 내년부터 읍면 단위로", "2025-05-20T06:00:00+09:00", "박서연",
     "행정안전부가 주민등록 인구에 통근·관광객을 더한 ‘생활인구’ 통계를 내년부터 읍·면·동 단위로 세분화해 공개한다.",
     "행안부 관계자는 “작은 단위의 인구 변화를 읽어야 지역 맞춤형 정책을 만들 수 있다”고 말했다.", 4,
     "2025-05-20T10:31:00+09:00"),
    ("amp_article", "전통시장 온누리상품권 환급 행사 다음 달 두 배로", "2025-06-03T10:30:00+09:00", "정유나",
     "중소벤처기업부가 전통시장에서 국산 농축수산물을 사면 온누리상품권으로 돌려주는 환급 행사를 다음 달 두 배 규모로 키운다.",
     "중기부는 행사 기간 시장 주차장 무료 개방 시간도 2시간으로 늘려 방문객 불편을 줄이기로 했다.", 4,
     "2025-06-03T11:05:00+09:00"),
    ("mobile_light", "섬 지역 응급환자 이송 드론 시범 운항", "2025-07-08T15:42:00+09:00", "최민준",
     "신안군이 섬 지역 응급 의약품과 검체를 드론으로 실어 나르는 시범 운항을 이달부터 시작한다.",
     "군 관계자는 “기상 여건이 나빠 배가 뜨지 못하는 날에도 의약품을 전할 수 있게 됐다”고 말했다.", 5, None),
    ("wordpress_post", "마을버스 막차 밤 12시까지 연장…6개 노선 우선 적용", "2025-08-11T16:20:00+09:00", "김하늘",
     "구청이 다음 달 1일부터 마을버스 6개 노선의 막차 시간을 밤 11시에서 12시로 한 시간 늦춘다.",
     "구 교통행정과 관계자는 “늦게 퇴근하는 주민이 택시를 타지 않고도 집에 갈 수 있도록 하겠다”고 말했다.", 4,
     "2025-08-12T10:05:00+09:00"),
    ("board_table_view", "한빛구, 폐교 부지에 ‘어르신 일자리 공방’ 조성", "2025-09-02T10:17:00+09:00", "홍보전산과",
     "- 옛 한빛초 부지 1,800㎡에 목공·도자·재봉 공방 3곳…내년 3월 개관",
     "구청장은 “어르신의 손재주가 지역의 일자리가 되도록 공방을 알차게 꾸리겠다”고 말했다.", 6, None),
    ("board_dl_view", "한빛시, 경력단절여성 코딩 교육생 60명 모집", "2025-09-15T00:00:00+09:00", "일자리경제과",
     "한빛시가 경력이 끊긴 여성의 IT 분야 재취업을 돕는 ‘다시 코딩’ 교육생 60명을 이달 30일까지 모집한다.",
     "신청은 한빛시 일자리포털에서 온라인으로 하면 된다.", 4, None),
    ("egov_board", "한빛군, 귀농 청년 스마트팜 임대 온실 12동 준공", "2025-10-02T00:00:00+09:00", "농업정책과",
     "한빛군은 귀농 청년들이 초기 투자 부담 없이 스마트팜을 운영할 수 있도록 임대형 온실 12동을 준공했다고 2일 밝혔다.",
     "군은 입주 청년 12명에게 재배 기술 교육과 판로 컨설팅을 함께 지원하고, 생산한 딸기와 토마토는 지역 학교 급식에 우선 납품하도록 연계할 계획이다.",
     3, None),
    ("saeol_euckr", "한빛군, 겨울철 취약계층 난방비 1인당 20만 원 지원", "2025-10-20T00:00:00+09:00", "주민복지과",
     "한빛군이 겨울철 난방비 부담이 큰 취약계층 2,400가구에 1인당 20만 원의 난방비를 지원한다.",
     "군은 이와 함께 노후 보일러 교체 비용을 가구당 최대 70만 원까지 지원하는 사업도 12월까지 이어 간다.", 4, None),
    ("euckr_nolabel", "항구 어시장 새벽 경매 관광 상품으로", "2025-02-14T16:48:00+09:00", "정다은",
     "한빛시가 항구 어시장의 새벽 수산물 경매를 관광객이 직접 볼 수 있는 체험 상품으로 만든다.",
     "시는 상반기 운영 결과를 보고 외국인 관광객을 위한 영어·일본어 해설도 도입할 계획이다.", 4, None),
    ("premature_html_end", "시립도서관 무인 대출함 지하철역 4곳에 설치", "2025-11-05T08:30:00+09:00", "윤재호",
     "한빛시가 시립도서관 책을 지하철역에서 빌리고 반납할 수 있는 무인 대출함을 4개 역에 설치했다.",
     "시는 이용 실적을 보고 내년에 대출함을 10개 역으로 늘릴 계획이다.", 4, None),
    ("js_payload", "한빛시의회, 청년 일자리 예산 42억 원 원안 통과", "2025-12-01T17:25:00+09:00", "서하준",
     "한빛시의회가 내년도 예산안 가운데 청년 일자리 예산 42억 원을 원안대로 통과시켰다.",
     "의회는 대신 사업 성과를 분기마다 보고하라는 부대 의견을 달았다.", 3, "2025-12-01T18:02:00+09:00"),
    ("ndsoft_user_snb", "한빛FC, 홈 개막전 관중 2만 명 돌파…구단 새 기록", "2025-03-02T21:14:07+09:00", "송가은",
     "한빛FC의 홈 개막전에 2만 명이 넘는 관중이 몰려 구단 창단 이후 가장 많은 관중 기록을 새로 썼다.",
     "감독은 경기 뒤 “팬들의 응원 덕분에 선수들이 끝까지 뛸 수 있었다”며 “홈에서 지지 않는 팀이 되겠다”고 말했다.", 4, None),
    ("agency_bbs_notice", "[모집공고] 2026년 해외 전시회 공동관 참가기업 모집", "2026-02-10T00:00:00+09:00", "한빛무역진흥원",
     "한빛무역진흥원 공고 제2026-17호", "2. 전시회별 참가 조건. 끝.", 13, None),
    ("agency_detail_area", "2026년 산업단지 입주기업 탄소중립 컨설팅 지원 참여기업 모집", "2026-03-04T10:41:52+09:00", None,
     "한빛산업단지공단은 입주기업의 온실가스 감축 역량을 높이기 위해", "* 자세한 사항은 붙임 공고문을 참고하여 주시기 바랍니다.", 9, None),
    ("county_dtlpage", "한빛군, 마을버스 없는 12개 마을에 ‘100원 택시’ 확대", "2026-01-20T00:00:00+09:00", "윤서아",
     "- 대중교통 취약 마을 주민 이동권 보장…연 2만 회 운행 목표",
     "군 관계자는 “어르신들이 장날에 몇 시간씩 걷거나 이웃 차를 빌려 타는 불편을 덜게 됐다”라고 말했다.", 4, None),
    ("news_team_byline", "“새벽 배송 말고 새벽 수거”…아파트 재활용품 수거 앱 등장", "2026-03-03T07:45:00+09:00", "디지털뉴스팀",
     "현관 앞에 내놓은 재활용품을 새벽에 가져가 분류까지 해 주는 앱이 등장했다.",
     "업체 관계자는 “분리배출이 번거로운 1인 가구의 이용이 특히 많다”고 말했다.", 4, None),
    ("news_trailing_boxes", "'폭염에 멈춘 공사장' 어쩌나…한낮 작업 중지 권고에 건설업계 고심", "2026-07-16T13:59:00+09:00", "유찬",
     "폭염 특보가 이어지면서 정부가 한낮 옥외 작업 중지를 권고하자",
     "업계는 작업 중지로 늘어나는 공사 기간만큼 발주처와 계약 기간을 조정할 수 있도록 제도 보완을 요청할 방침이다.", 4, None),
    ("news_agency_credit", "작년 귀농 가구 1만 가구 회복…청년층 비중 역대 최고[종합]", "2026-06-24T12:00:31+09:00", "이세원",
     "지난해 농촌으로 이주한 귀농 가구가 1만 가구를 다시 넘어섰다.",
     "통계청 관계자는 \"청년 창업농 지원이 늘면서 젊은 층의 귀농이 꾸준히 증가하고 있다\"고 설명했다.", 4, None),
    ("jsonld_pullquote", "\"섬에도 응급실을\"... 해상 원격진료 첫발 뗀 한빛도", "2026-04-08T19:30:12+09:00", "구민재",
     "한빛도가 섬 주민이 배를 타지 않고도 전문의 진료를 받을 수 있는 해상 원격진료를 8일 시작했다.",
     "도는 이용 실적을 살펴 올해 안에 원격진료 대상 섬을 24곳으로 늘릴 계획이다.", 4, "2026-04-08T20:41:05+09:00"),
    ("osen_teaser", "\"사실무근\" 한빛밴드, 해체설 정면 반박(종합)[Oh!쎈 이슈]", "2026-05-11T16:47:00+09:00", "선하경",
     "밴드 한빛밴드가 온라인에 퍼진 해체설에 대해 정면으로 반박했다.",
     "소속사는 “팬들께 혼란을 드려 죄송하다”며 “하반기 전국 투어 일정도 예정대로 진행한다”고 덧붙였다.", 3, None),
]

#: page furniture that must never reach a body
BOILERPLATE = (
    "저작권자", "무단", "재배포", "Copyright", "공공누리", "출처표시", "첨부파일", ".hwp", ".pdf", ".jpg", "미리보기",
    "바로보기", "관련기사", "많이 본", "이전글", "다음글", "목록", "댓글", "@", "기자 구독", "기자의 다른 기사", "글자크기",
    "본문 글씨", "인쇄", "스크랩", "URL복사", "페이스북", "ADVERTISEMENT", "기상청", "HOT클릭", "조감도", "사진=", "자료사진",
    "담당부서", "담당자", "연락처", "031-000-4567", "061-000-2345", "입력 2025", "조회", "상태바", "최종편집", "공유하기",
    "$$", "자료사진", "불러오는 중", "반론", "고충처리인", "다른기사", "사진 있음", "☎", "000-0000", "첨부)", "로그아웃",
    "*/", "DB", "연합뉴스", "인턴기자", "[한빛", "디지털뉴스팀 =", "이대희", "이제 배가 끊겨도", "사진=", "정면으로...",
)


def _page(name: str) -> bytes:
    return (FIXTURES / f"{name}.html").read_bytes()


@pytest.mark.parametrize("case", ARTICLES, ids=[c[0] for c in ARTICLES])
def test_whole_article_from_the_page_bytes_alone(case):
    name, title, published_at, author, first, last, paragraphs, modified_at = case
    article = parse_generic(_page(name))
    assert article.title == title
    assert article.published_at == published_at
    assert article.author == author
    lines = article.body_text.split("\n")
    assert lines[0].startswith(first) and lines[-1].endswith(last)
    assert len(lines) == paragraphs
    assert article.modified_at == modified_at
    assert [word for word in BOILERPLATE if word in article.body_text] == []
    assert article.body_text == article.body_text.strip() and "\n\n" not in article.body_text


@pytest.mark.parametrize("case", ARTICLES, ids=[c[0] for c in ARTICLES])
def test_expectations_file_agrees_with_the_tests(case):
    name, title, published_at, author, first, last, *_ = case
    want = EXPECTED[f"generic/{name}"]
    assert (want["title"], want["published_at"], want["author"]) == (title, published_at, author)
    assert first.startswith(want["body_start"]) and last.endswith(want["body_end"])


def test_twelve_layouts_at_least():
    assert len({c[0] for c in ARTICLES}) >= 12


def test_url_gives_the_article_number():
    article = parse_generic(_page("ndsoft_articleview"), "https://www.hanbitilbo.kr/news/articleView.html?idxno=48213")
    assert article.article_no == "48213" and article.url.endswith("idxno=48213")
    board = parse_generic(_page("egov_board"), EXPECTED["generic/egov_board"]["url"])
    assert board.article_no == "29814"


@pytest.mark.parametrize(
    ("name", "reason"),
    [("error_alert", "error page (alert: 잘못된 접근입니다."), ("empty_shell", "error page (meta-refresh)"),
     ("list_page", "a list of links, not an article"), ("gallery_list", "a list of links, not an article")],
)
def test_error_and_list_pages_are_no_article(name, reason):
    with pytest.raises(NotAnArticle) as exc:
        parse_generic(_page(name))
    assert str(exc.value).startswith(reason) and "\n" not in str(exc.value)


def test_evidence_follows_the_trust_order():
    assert parse_generic(_page("jsonld_daily")).evidence["published_at"] == "json-ld"
    assert parse_generic(_page("ndsoft_articleview")).evidence["title"] == "meta"
    board = parse_generic(_page("board_table_view")).evidence
    assert (board["title"], board["published_at"], board["author"]) == ("label", "label", "label")
    assert parse_generic(_page("premature_html_end")).evidence["body_text"] == "density"


def test_meta_time_that_is_the_update_time_yields_to_the_visible_first_publication():
    # article:published_time carries the 수정 time (08:47); the page shows 등록 11:20:35 the day before
    article = parse_generic(_page("article_no_cms"))
    assert article.published_at == "2025-04-02T11:20:35+09:00" and article.evidence["published_at"] == "label"


def _page_with(meta_time: str, visible: str) -> str:
    return (
        f'<html><head><meta property="article:published_time" content="{meta_time}"><title>제목 - 한빛일보</title></head>'
        f'<body><h1 class="title">구청 새 청사 착공</h1><div class="info">{visible}</div>'
        '<div class="article_body"><p>한빛구가 새 청사 공사를 시작했다고 3일 밝혔다. 청사는 2028년 문을 연다.</p></div></body></html>'
    )


@pytest.mark.parametrize(
    ("meta_time", "visible", "expected"),
    [
        ("2025-03-03T10:00:00+00:00", "입력 2025.03.03 10:00", "2025-03-03T10:00:00+09:00"),  # KST labelled as UTC
        ("2025-03-03", "입력 2025.03.03 10:00", "2025-03-03T10:00:00+09:00"),  # date-only meta
        ("2025-03-03T00:00:00+09:00", "기사입력 2025-03-03 오후 2:05", "2025-03-03T14:05:00+09:00"),  # midnight meta
        ("2025-03-03T10:00:00+09:00", "입력 2025.03.03 10:00 수정 2025.03.04 09:00", "2025-03-03T10:00:00+09:00"),
        ("2025-03-03T01:00:00Z", "", "2025-03-03T10:00:00+09:00"),  # a real UTC time, no visible date
    ],
)
def test_meta_dates_are_checked_against_visible_labels(meta_time, visible, expected):
    assert parse_generic(_page_with(meta_time, visible)).published_at == expected


def test_update_labels_never_give_the_publication_time():
    html = _page_with("", "업데이트 2025.03.05 08:00 | 입력 2025.03.03 10:00").replace(
        '<meta property="article:published_time" content="">', ""
    )
    article = parse_generic(html)
    assert article.published_at == "2025-03-03T10:00:00+09:00"
    assert article.modified_at == "2025-03-05T08:00:00+09:00"


@pytest.mark.parametrize(
    ("raw", "sites", "expected"),
    [
        ("구로구, 일자리 대상 수상 - 전남일보", {"전남일보"}, "구로구, 일자리 대상 수상"),
        ("구로구, 일자리 대상 수상 - 전남일보", set(), "구로구, 일자리 대상 수상"),
        ("청년 일자리 박람회 개최 | 구로구청", set(), "청년 일자리 박람회 개최"),
        ("[서울시정일보] 성동구, 청년 인턴 모집", set(), "성동구, 청년 인턴 모집"),
        ("어르신 일자리 공방 조성 > 보도자료 > 뉴스", set(), "어르신 일자리 공방 조성"),
        ("한빛시청 - 보도자료 - 상세보기", {"한빛시청"}, ""),
        ("[속보] 시청 앞 도로 통제", set(), "[속보] 시청 앞 도로 통제"),
        ("구청장 \"주민과 함께\" - 인터뷰", set(), "구청장 \"주민과 함께\" - 인터뷰"),
    ],
)
def test_titles_lose_site_names_and_section_paths(raw, sites, expected):
    assert clean_title(raw, sites) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("(서울=연합뉴스) 홍길동 기자 hong@yna.co.kr", "홍길동"),
        ("서울=홍길동", "홍길동"),
        ("기자명 황인혜 기자", "황인혜"),
        ("사회부 김철수 기자", "김철수"),
        ("홍길동 기자 (hong@example.kr)", "홍길동"),
        ("김은별 미국 통신원 (sisa@example.com)", "김은별"),
        ("베이징=홍길동 특파원", "홍길동"),
        ("김○○", None),
        ("기사관리자", None),
        ("일자리정책과", "일자리정책과"),
    ],
)
def test_authors_are_bare_names(raw, expected):
    assert clean_author(raw) == expected


def test_author_that_is_the_site_name_is_no_author():
    assert clean_author("한빛일보", {"한빛일보"}) is None


def test_euc_kr_pages_are_sniffed_with_or_without_a_label():
    for name in ("saeol_euckr", "euckr_nolabel"):
        raw = _page(name)
        with pytest.raises(UnicodeDecodeError):
            raw.decode("utf-8")
        assert "한빛" in parse_generic(raw).body_text


def test_extract_body_is_the_spiders_fallback():
    body = extract_body(_page("ndsoft_articleview"), title="영산강 둔치에 청년 창업 마켓 문 연다")
    assert body.startswith("한빛시가 영산강 둔치") and body.endswith("하겠다”고 말했다.")
    assert extract_body(b"") == ""


def test_family_spider_falls_back_to_the_generic_parser_when_its_selectors_miss():
    from scrapy.http import HtmlResponse, Request

    from crawler.run import spider_classes
    from tests.crawler.pages import fixture_path

    html = fixture_path("sijung", "article_58231").read_bytes().decode("utf-8")
    html = html.replace('id="article-view-content-div"', 'id="body-x"').replace("article-veiw-body", "x")
    url = "http://www.sijung.co.kr/news/articleView.html?idxno=58231"
    response = HtmlResponse(url, body=html.encode("utf-8"), encoding="utf-8", request=Request(url))
    item = spider_classes()["sijung"]().parse_article(response)
    assert item.body_path == "generic"
    assert item.body_text.startswith("서울 구로구가 고용노동부 주관")
    assert "14,216개의 일자리를 창출했으며" in item.body_text and "저작권자" not in item.body_text


def test_board_post_of_images_only_is_a_post_without_text():
    article = parse_generic(_page("image_only_board"))
    assert article.title == "[창업지원센터] 2026년 창업보육센터 입주기업 모집공고(상시)"
    assert (article.published_at, article.author, article.body_text) == ("2025-12-02T00:00:00+09:00", "한지우", "")
    assert article.evidence["body_text"] == "none"


def test_script_payload_gives_body_dates_and_author_of_a_javascript_page():
    article = parse_generic(_page("js_payload"))
    assert article.evidence["body_text"] == "script" and article.modified_at == "2025-12-01T18:02:00+09:00"


def test_board_fragment_of_images_is_dated_by_its_post_line_not_by_the_application_period():
    article = parse_generic(_page("board_fragment_images"))
    assert article.title == "2026년 소상공인 배달비 지원사업 신청 공고(~ 예산 소진 시)"
    assert (article.published_at, article.author, article.body_text) == ("2026-03-27T00:00:00+09:00", "정하린", "")
    want = EXPECTED["generic/board_fragment_images"]
    assert (want["title"], want["published_at"], want["author"]) == (article.title, article.published_at, article.author)


def test_a_family_that_claims_a_list_page_of_its_software_gives_no_article():
    from crawler.run import parse_page

    details: dict = {}
    article, used = parse_page(_page("ybscript_list_page"), details=details)
    assert article is None and used != "generic" and details["reason"]


def test_parse_survives_a_label_whose_neighbour_is_a_comment():
    # ``<label>내용</label><!-- … --><span>…</span>`` in a comment form once crashed the body search
    assert parse_generic(_page("ndsoft_user_snb")).evidence["body_text"] == "structure"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("연합", None), ("뉴시스", None), ("디지털뉴스팀", "디지털뉴스팀")],
)
def test_agency_credits_are_no_author(raw, expected):
    assert clean_author(raw) == expected


def test_a_sentence_about_corrections_is_text_the_corrections_notice_is_not():
    from crawler.generic import clean_korean_body

    text = (
        "한빛구는 주민 제안을 받아 정책에 반영하겠다고 밝혔다.\n"
        "해당 매체는 언론중재위원회에 반론·정정 보도를 신청했다고 밝혔다.\n"
        "이후 조정 절차가 진행될 예정이다.\n"
        "한빛방송의 기사에 대해 반론·정정·추후 보도를 청구하실 분은 아래의 연락처로 연락주시길 바랍니다.\n"
        "고충처리인 : 콘텐츠총괄부장"
    )
    assert clean_korean_body(text).split("\n")[-1] == "이후 조정 절차가 진행될 예정이다."
