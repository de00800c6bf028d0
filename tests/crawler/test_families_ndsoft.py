"""ND Soft skins clean their bodies and find their authors as the generic parser does (issue 10).

The fixtures under tests/crawler/fixtures/families/ndsoft_a/ and ndsoft_b/ are our own writing. They
reproduce markup of real ND Soft pages on which the family spiders once fell short of the generic
parser: skin A with broken ad code (``*/``, ``//-->`` left as text) before the body end, a photo
credit, a reporter box, a keyword line and a copyright line closing the body; skin B whose info list
holds only dates while the reporter sits in a byline paragraph and the author meta names the outlet.
The body cleanup is one function, :func:`crawler.text.clean_korean_body`, shared by every parser.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from freezegun import freeze_time
from scrapy.http import HtmlResponse, Request

from crawler.families.ndsoft import NdSoftSkinA, NdSoftSkinB
from crawler.generic import parse_generic
from crawler.items import Article
from crawler.spiders.base import sha256_text
from crawler.text import clean_korean_body
from govnews.cli import cli
from tests.crawler.pages import FIXTURES, fixture_path, fixture_response


class HanbitNews(NdSoftSkinA):
    name = "hanbitnews"


class HanbitSinmun(NdSoftSkinB):
    name = "hanbitsinmun"


@freeze_time("2025-04-07T03:00:00+00:00")
def test_skin_a_body_loses_ad_debris_credit_reporter_box_keywords_and_copyright():
    item = HanbitNews().parse_article(fixture_response("families/ndsoft_a", "article_ad_debris.html"))
    body = (
        "한빛구가 20년 넘게 비어 있던 옛 방직공장을 고쳐 만든 ‘청년 창업 공방’ 15곳의 입주자를 모집한다고 7일 밝혔다.\n"
        "공방은 한 곳당 33㎡ 규모로, 입주자는 보증금 없이 월 임대료 5만 원만 내고 2년 동안 쓸 수 있다.\n"
        "▲ 모집 개요\n"  # the heading of a list, not a photo caption
        "- 대상: 한빛구에 사는 만 19~39세 예비 창업자\n"
        "- 기간: 4월 7일 ~ 4월 25일\n"
        "구는 입주자가 만든 상표와 디자인의 무단 전재를 막기 위해 지식재산권 출원 비용도 1곳당 100만 원까지 지원한다.\n"
        "구 관계자는 “청년들이 임대료 걱정 없이 작품과 사업에 집중할 수 있도록 돕겠다”고 말했다."
    )
    assert item == Article(
        id="hanbitnews/20250407/51207",
        source="hanbitnews",
        title="한빛구, 폐공장 리모델링 ‘청년 창업 공방’ 15곳 입주자 모집",
        published_at="2025-04-07T09:31:00+09:00",
        author="윤하람",
        body_text=body,  # no */ or //-->, no [사진=…], reporter box, #keywords or 저작권자 line
        url="https://www.hanbitnews.kr/news/articleView.html?idxno=51207",
        fetched_at="2025-04-07T03:00:00+00:00",
        content_sha256=sha256_text(body),
        family="ndsoft_a",
        body_path="selectors",
    )


def test_skin_a_body_is_the_generic_parsers_body():
    page = fixture_path("families/ndsoft_a", "article_ad_debris").read_bytes()
    item = HanbitNews().parse_article(fixture_response("families/ndsoft_a", "article_ad_debris.html"))
    assert item.body_text == parse_generic(page).body_text


@freeze_time("2025-05-15T00:00:00+00:00")
def test_skin_b_takes_the_generic_byline_when_its_author_element_holds_a_date():
    item = HanbitSinmun().parse_article(fixture_response("families/ndsoft_b", "article_byline_outside.html"))
    assert item.author == "한지우"  # <p class="byline">글·사진 한지우 기자</p>, not "승인 2025.05.14 16:02" or 한빛신문
    assert item.published_at == "2025-05-14T16:02:00+09:00"
    assert item.body_path == "selectors"
    assert item.body_text.endswith("내년에 대상 섬을 늘릴 계획이다.")


def test_skin_a_without_author_markup_and_no_generic_byline_has_no_author():
    html = fixture_path("families/ndsoft_a", "article_ad_debris").read_text(encoding="utf-8")
    html = html.replace("윤하람 기자 </li>", "</li>").replace('<div class="reporter-box">', '<div class="x">')
    html = html.replace("윤하람 기자 yhr@hanbitnews.kr", "").replace("[한빛뉴스 윤하람 기자] ", "")
    url = "https://www.hanbitnews.kr/news/articleView.html?idxno=51207"
    response = HtmlResponse(url, body=html.encode("utf-8"), encoding="utf-8", request=Request(url))
    assert HanbitNews().parse_article(response).author is None


def test_parse_with_the_url_of_an_ndsoft_page_reads_it_as_the_generic_parser_does():
    """``govnews parse`` of the ``user-snb`` page with its URL: an ND Soft family claims it, and now gives
    the author (``dable:author``) and a body without the ``*/`` of broken ad code or the closing credit."""
    want = json.loads((FIXTURES / "generic" / "expected.json").read_text(encoding="utf-8"))["generic/ndsoft_user_snb"]
    page = Path(FIXTURES / "generic" / "ndsoft_user_snb.html")
    result = CliRunner().invoke(cli, ["parse", str(page), "--url", want["url"]])
    assert result.exit_code == 0, result.output
    article = json.loads(result.stdout)
    assert article["family"].startswith("ndsoft") and article["body_path"] == "selectors"
    assert (article["title"], article["published_at"], article["author"]) == (
        want["title"], want["published_at"], want["author"])
    assert article["body_text"].startswith(want["body_start"]) and article["body_text"].endswith(want["body_end"])
    assert "*/" not in article["body_text"] and "사진=" not in article["body_text"]


def test_boards_keep_their_own_author_convention():
    """A press board is signed by a department: the generic parser's 담당부서 is not taken over."""
    from crawler.families.board import BoardSpider
    from crawler.families.si_bbsntt import SiBbsNttSpider

    assert BoardSpider.author_from_generic is False and HanbitNews.author_from_generic is True

    class Guro(SiBbsNttSpider):
        name = "seoul_guro"

    item = Guro().parse_article(fixture_response("seoul_guro", "view_412301.html"))
    assert item.author is None


@pytest.mark.parametrize(
    ("closing", "kept"),
    [
        ("사진=OSEN", ""),
        ("[사진=한빛구 제공]", ""),
        ("/사진=한빛시 제공", ""),
        ("#청년 #창업", ""),
        ("*/", ""),
        ("//-->", ""),
        ("<!--", ""),
        ("홍길동 기자의 다른 기사 보기", ""),
        ("본 저작물은 공공누리 제1유형 출처표시 조건에 따라 이용할 수 있습니다.", ""),
        ("저작권자 © 한빛뉴스 무단전재 및 재배포 금지", ""),
        ("제1유형 당뇨 환자의 연속혈당측정기 구입비도 올해부터 지원 대상에 들어간다.", "kept"),
        ("출판사는 무단 전재 행위에 대해 법적으로 강하게 대응하겠다는 방침을 세웠다고 밝혔다.", "kept"),
    ],
)
def test_closing_lines_cut_and_body_sentences_kept(closing, kept):
    first = "한빛시가 청년 창업 공방 입주자를 이달 말까지 모집한다고 12일 밝혔다는 소식이 전해졌다."
    body = clean_korean_body(f"{first}\n{closing}")
    assert body == (f"{first}\n{closing}" if kept else first)


def test_a_credit_or_debris_glued_to_the_text_is_cut():
    first = "한빛시가 청년 창업 공방 입주자를 이달 말까지 모집한다고 12일 밝혔다는 소식이 전해졌다."
    text = f"*/ {first}\n시 관계자는 “많이 찾아 달라”고 말했다. /사진=한빛시 제공"
    assert clean_korean_body(text) == f"{first}\n시 관계자는 “많이 찾아 달라”고 말했다."
    text = f"{first}\n시 관계자는 “많이 찾아 달라”고 말했다. [사진=한빛시 제공]"
    assert clean_korean_body(text) == f"{first}\n시 관계자는 “많이 찾아 달라”고 말했다."
