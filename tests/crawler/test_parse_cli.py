"""``govnews parse`` on a saved page of every family prints the expected fields (issues #5, #10).

No --source or --spider: the family is chosen from the URL pattern, and where several families share
one (ND Soft skins A/B/C all use ``articleView.html?idxno=``) the page's markup decides. Without
--url the markup alone decides, and a page no family claims goes to the generic parser.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from govnews.cli import cli
from tests.crawler.pages import fixture_path

FIXTURES = Path(__file__).parent / "fixtures"
GENERIC = FIXTURES / "generic"
EXPECTED = json.loads((GENERIC / "expected.json").read_text(encoding="utf-8"))

# fixture, family, title, published_at, author, body start, body end
CASES = [
    ("sijung/article_20417", "ndsoft_a", "자치구들의 일자리 창출 사업...No.1 자치구는 어디?", "2011-10-13T10:44:00+09:00",
     "황인혜", "서울시 지하철 3호선 매봉역에서", "활성화에 최선을 다할 예정이다”라고 말했다."),
    ("seoulgujung/article_4821", "legacy_pipe", "구로구,서울시 자치구 유일 ‘최우수상’", "2020-10-01T11:33:00+09:00",
     None, "- 공시제 부문 수상 고용노동부", "최선을 다하겠다고 전했다."),
    ("gurotoday/article_3125", "ndsoft_b", "구로구, 신중년 경력형 일자리 참여자 60명 모집", "2021-01-04T09:10:00+09:00",
     "한지수", "서울 구로구가 퇴직 전문인력의", "일자리를 발굴하겠다”고 밝혔다."),
    ("gwanaknews/article_812", "ndsoft_c", "관악구, 고용노동부 일자리 대상 장려상 수상", "2019-07-30T15:27:15+09:00",
     "김철수", "서울 관악구가 고용노동부가 주관한", None),
    ("sdmtimes/article_1201", "article_html_no", "서대문구, 올해 사회적경제 일자리 1,200개 창출",
     "2022-11-30T14:20:00+09:00", "오영주", "서울 서대문구가 올해 사회적경제", "1,350개로 높일 계획이다."),
    ("gangbuktimes/article_290122", "sub_read", "도봉구, 일자리 목표 공시제 평가 우수상", "2017-07-28T15:40:00+09:00",
     "박민수", "서울 도봉구가 고용노동부의", "2년 연속 수상했다."),
    ("seoul_guro/view_412301", "si_bbsntt", "구로구, '2024년 전국 지방자치단체 일자리대상' 최우수상 수상", None,
     None, "- 고용노동부 주관 평가에서", "계속 추진하겠다”고 말했다."),
    ("seoul_yongsan/view_98177", "egov_portal_bbs", "용산구, 서울시 일자리 창출 평가 '우수구' 선정",
     "2024-09-12T00:00:00+09:00", None, "용산구가 서울시의", "목표 대비 112%를 달성했다."),
    ("seoul_news/archives_555088", "wordpress_seoul", "서울시, 3분기 자치구 일자리 창출 평가…구로·성동·송파 ‘최우수’",
     "2024-10-02T09:00:00+09:00", None, "서울시는 25개 자치구의", "시상금 3,000만 원이 지급된다."),
    ("moel/view_17211", "moel", "2024년 전국 지방자치단체 일자리대상 시상…구로구 등 36곳 수상", "2024-10-01T00:00:00+09:00",
     None, "고용노동부는 1일 정부세종컨벤션센터에서", "상사업비가 지급된다."),
    ("seoul_jongno/view_148822", "egov_board_article", "종로구, 소상공인·청년 잇는 '종로 일자리 이음센터' 개소",
     "2024-10-07T00:00:00+09:00", None, "종로구가 7일 종로3가역 인근에", "취업 연계를 목표로 하고 있다."),
    ("seoul_yangcheon/view_345123", "site_ex_bbs", "양천구, 경력보유여성 ‘다시 일하기’ 취업 과정 수료생 92% 취업",
     "2024-10-02T00:00:00+09:00", None, "양천구가 경력보유여성을 위한", "80명으로 늘릴 계획이다."),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0].split("/")[0] for c in CASES])
def test_parse_prints_expected_fields_for_every_family(case):
    fixture, family, title, published_at, author, body_start, body_end = case
    html = fixture_path(*fixture.split("/"))
    sidecar = json.loads((FIXTURES / f"{fixture}.json").read_text(encoding="utf-8"))
    result = CliRunner().invoke(cli, ["parse", str(html), "--url", sidecar["url"]])
    assert result.exit_code == 0, result.output
    article = json.loads(result.stdout)
    assert article["family"] == family
    assert article["title"] == title
    assert article["published_at"] == published_at
    assert article["author"] == author
    assert article["body_path"] == "selectors"
    assert article["body_text"].startswith(body_start)
    if body_end:
        assert article["body_text"].endswith(body_end)
    assert "저작권자" not in article["body_text"] and "무단전재" not in article["body_text"]


def _page(fixture: str) -> Path:
    return GENERIC / f"{fixture.split('/', 1)[1]}.html" if fixture.startswith("generic/") else fixture_path(*fixture.split("/"))


@pytest.mark.parametrize("case", CASES, ids=[c[0].split("/")[0] for c in CASES])
def test_parse_without_url_prints_the_same_article(case):
    fixture, _family, title, published_at, _author, body_start, body_end = case
    result = CliRunner().invoke(cli, ["parse", str(_page(fixture))])
    assert result.exit_code == 0, result.output
    article = json.loads(result.stdout)
    assert article["parser"]  # a spider claimed the markup, or "generic"
    assert article["title"] == title
    assert (article["published_at"] or "")[:16] == (published_at or "")[:16]
    assert article["body_text"].startswith(body_start)
    if body_end:
        assert article["body_text"].endswith(body_end)


GENERIC_PAGES = sorted(k for k, v in EXPECTED.items() if k.startswith("generic/") and v.get("article", True))


def _claimed_by_a_family(fixture: str) -> bool:
    from crawler.run import spiders_for_url

    return bool(spiders_for_url(EXPECTED[fixture]["url"]))


#: every generic page without --url; with its --url only where no family's URL pattern claims it
GENERIC_CASES = [(k, False) for k in GENERIC_PAGES] + [(k, True) for k in GENERIC_PAGES if not _claimed_by_a_family(k)]


@pytest.mark.parametrize(
    ("fixture", "with_url"),
    GENERIC_CASES,
    ids=[k.split("/")[1] + ("-url" if u else "-no-url") for k, u in GENERIC_CASES],
)
def test_parse_unknown_site_uses_the_generic_parser(fixture, with_url):
    want = EXPECTED[fixture]
    args = ["parse", str(_page(fixture))]
    if with_url:
        args += ["--url", want["url"]]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    article = json.loads(result.stdout)
    assert (article["parser"], article["family"], article["body_path"]) == ("generic", "generic", "generic")
    assert article["source"] == "generic" and "modified_at" in article
    assert (article["title"], article["published_at"], article["author"]) == (want["title"], want["published_at"], want["author"])
    assert article["body_text"].startswith(want["body_start"]) and article["body_text"].endswith(want["body_end"])
    assert article["id"].startswith("generic/" + want["published_at"][:10].replace("-", ""))
    if with_url:
        assert article["url"]


@pytest.mark.parametrize(
    ("page", "args", "reason"),
    [
        ("generic/error_alert", [], "error page (alert: 잘못된 접근입니다."),
        ("generic/empty_shell", [], "error page (meta-refresh)"),
        ("generic/list_page", [], "a list of links, not an article"),
        ("sijung/failure_99999", ["--url", "http://www.sijung.co.kr/news/articleView.html?idxno=99999"], "error page (alert"),
    ],
)
def test_parse_exits_1_with_a_one_line_reason(page, args, reason):
    result = CliRunner().invoke(cli, ["parse", str(_page(page)), *args])
    assert result.exit_code == 1
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert lines and reason in lines[-1] and "not an article page" in lines[-1]


def test_parse_with_the_url_of_an_unknown_site_no_longer_refuses():
    url = "https://news.example.kr/view/2025/09/15/123456"
    result = CliRunner().invoke(cli, ["parse", str(_page("generic/board_dl_view")), "--url", url])
    assert result.exit_code == 0, result.output
    article = json.loads(result.stdout)
    assert article["parser"] == "generic" and article["url"] == url and article["id"].endswith("/123456")
