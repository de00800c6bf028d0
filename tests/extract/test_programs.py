"""Programmes: quoted and suffix-named schemes, minus generic phrases, plans, departments, venues."""

from __future__ import annotations

import pytest


def names(out: dict) -> list[str]:
    return [p["name"] for p in out["programs"]]


CASES = [
    ("마포구는 ‘19(일자리 구하는 날) Day’를 운영했다.", ["19(일자리 구하는 날) Day"]),
    ("성북구는 “사회적기업 허브센터” 설립을 추진한다.", ["사회적기업 허브센터"]),
    ("노원구는 「노원 50+ 일자리 아카데미」를 운영한다.", ["노원 50+ 일자리 아카데미"]),
    ("노원구는 <청년 잡 스쿨>을 개최했다.", ["청년 잡 스쿨"]),
    ("노원구는 '청춘잡담'을 운영한다.", ["청춘잡담"]),
    ("강남구는 강남 취업경진대회를 지난 6월 개최하였다.", ["강남 취업경진대회"]),
    ("구로구는 경력단절 여성 취업교실을 운영했다.", ["경력단절 여성 취업교실"]),
    ("구로구는 구로형 청년내일채움공제를 시행한다.", ["구로형 청년내일채움공제"]),
    ("구로구 소식. 해고 없는 도시는 기업이 고용을 유지하면 구청이 혜택을 주는 사업이다.", ["해고 없는 도시"]),
    ("구로구는 각종 채용박람회와 맞춤형 취업교육을 열었다.", []),
    ("구로구는 창업지원센터 운영 등 다양한 정책을 폈다.", []),
    ("구로구는 일자리지원과와 청년지원팀을 새로 만들었다.", []),
    ("구로구는 일자리 기본계획을 수립했다.", []),
    ("시상식은 정부세종컨벤션센터에서 열렸다.", []),
    ("구로구는 ‘성북구와 함께하는 착한 기업’이란 캐치프레이즈를 내걸었다.", []),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    CASES,
    ids=[
        "quoted-day", "double-quoted-centre", "corner-brackets", "angle-brackets", "ascii-quote-run",
        "suffix-contest", "suffix-classroom", "suffix-gongje", "definition", "generic", "generic-centre",
        "departments", "plan", "venue", "slogan",
    ],
)
def test_programs(run, text, expected):
    assert names(run(text)) == expected


def test_program_belongs_to_the_district_in_focus(run):
    out = run("<성북구 소식>\n또한 사회적기업의 날에 사회적기업 박람회를 개최하였다.")
    assert [(p["district"], p["name"]) for p in out["programs"]] == [("서울특별시 성북구", "사회적기업 박람회")]


def test_quote_after_a_programme_word_names_it(run):
    out = run("구로구가 신도림동에 청년 일자리 카페 ‘청년이룸’ 3호점을 연다.")
    assert "청년이룸" in names(out)


def test_time_words_do_not_start_a_name(run):
    assert names(run("구로구는 올해 일자리 사업을 늘렸다. 구로구는 지난해 센터를 열었다.")) == []


def test_quoted_name_with_participants_is_a_programme(run):
    assert names(run("광명시는 ‘광명형 뉴딜 일자리’ 참여자 40명을 모집한다.")) == ["광명형 뉴딜 일자리"]


def test_section_header_label_is_no_programme(run):
    assert names(run("사하구 소식.\n■ 상 받은 ‘사하형 일자리’\n사하구는 장려상을 받았다.")) == []
