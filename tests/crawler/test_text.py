"""URL canonicalisation and body cleanup (crawler.text) and author normalisation."""

from __future__ import annotations

import pytest

from crawler.spiders.base import detect_failure, make_article_id, normalize_author
from crawler.text import canonicalize_url, clean_body_text, fragment_to_text


@pytest.mark.parametrize(
    ("href", "base", "expected"),
    [
        ("./selectBbsNttView.do;jsessionid=A1B2C3?bbsNo=665&amp;nttNo=5", "https://www.guro.go.kr/www/selectBbsNttList.do?bbsNo=665",
         "https://www.guro.go.kr/www/selectBbsNttView.do?bbsNo=665&nttNo=5"),
        ("/sub_read.html?uid=1&section2=%BB%E7%C8%B8#top", "http://x.kr/a", "http://x.kr/sub_read.html?uid=1&section2=%BB%E7%C8%B8"),
        ("../news/a.html?no=1", "http://x.kr/m/b/c.html", "http://x.kr/m/news/a.html?no=1"),
        ("HTTP://WWW.X.KR/a?jsessionid=1&b=2", None, "http://www.x.kr/a?b=2"),
        ("/s.html?PHPSESSID=9&section2=%BB%E7%C8%B8", "http://x.kr/", "http://x.kr/s.html?section2=%BB%E7%C8%B8"),
    ],
    ids=["si-board", "euc-kr-query", "dotdot", "jsessionid-param", "session-param-euc-kr-kept"],
)
def test_canonicalize_url(href, base, expected):
    assert canonicalize_url(href, base) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("[시정일보] 본문이다.", "본문이다."),
        ("[한국방송/최동민기자] 본문이다.", "본문이다."),
        ("(한국방송뉴스/최승순기자) 본문이다.", "본문이다."),
        ("매일일보 = 오정환 기자 | 본문이다.", "본문이다."),
        ("한국시사경제 오영주 기자 | 본문이다.", "본문이다."),
        ("본문이다./정종엽 기자", "본문이다."),
        ("본문이다.\n/영광=이종윤 기자 jylee@x.kr", "본문이다."),
        ("본문이다.\n한정근 기자 (hjk@x.kr)", "본문이다."),
        ("본문이다.\n저작권자 © 교수신문 무단전재 및 재배포 금지", "본문이다."),
        ("본문이다.\nCopyright © 어린이동아 All rights reserved. 무단 전재, 재배포 및 AI학습 이용 금지", "본문이다."),
        ("본문이다.\n[저작권자ⓒ 시민일보. 무단전재-재배포 금지]", "본문이다."),
        ("본문이다.\n◈ 이 기사는 제612호에 게재된 기사입니다.", "본문이다."),
        ("본문이다.\nSNS 기사보내기", "본문이다."),
        ("평가 항목은 ▲ 취업 ▲ 창업이다.", "평가 항목은 ▲ 취업 ▲ 창업이다."),
        ("△ 청년 일자리 100개\n△ 신중년 일자리 60개", "△ 청년 일자리 100개\n△ 신중년 일자리 60개"),
    ],
    ids=["dateline-bracket", "dateline-slash", "dateline-paren", "dateline-eq", "dateline-space", "tail-slash",
         "tail-region", "tail-mail", "copyright-kr", "copyright-en", "copyright-bracket", "gazette", "sns",
         "inline-bullets-kept", "triangle-bullets-kept"],
)
def test_clean_body_text(text, expected):
    assert clean_body_text(text) == expected


def test_caption_dropped_only_next_to_an_image():
    html = (
        "<div><p>앞 문단이다.</p><div style='text-align:center'><img src='a.jpg'></div><p>&nbsp;</p>"
        "<p>▲ 구청장이 상패를 받고 있다.</p><p>▲ 사회적기업 육성 ▲ 취업 알선 등 6개 분야를 평가했다.</p></div>"
    )
    assert fragment_to_text(html).split("\n") == ["앞 문단이다.", "▲ 사회적기업 육성 ▲ 취업 알선 등 6개 분야를 평가했다."]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("기자명 황인혜기자", "황인혜"), ("홍길동 기자 (hong@x.kr)", "홍길동"), ("기사관리자", None), ("관리자", None), ("", None)],
)
def test_normalize_author(raw, expected):
    assert normalize_author(raw) == expected


def test_article_id_is_stable():
    assert make_article_id("sijung", "2011-10-13T10:44:00+09:00", "20417") == "sijung/20111013/20417"
    assert make_article_id("x", None, None) == "x/00000000/unknown"


def test_detect_failure_forms():
    assert detect_failure("<script>alert('잘못된 접근입니다.');history.back();</script>") == "alert: 잘못된 접근입니다."
    assert detect_failure('<meta http-equiv="refresh" content="0;url=/main">') == "meta-refresh"
    assert detect_failure("<html><body><div id=app></div></body></html>") == "empty-shell"
    assert detect_failure("<p>" + "본문 " * 200 + "</p><script>alert('x')</script>") is None
