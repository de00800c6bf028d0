"""Rules of extractor 0.36.0 (extract/RULES.md "0.36.0"), each sentence written for this file (none is copied from
an article or a gold set); each case holds a convention next to its look-alikes."""

from __future__ import annotations

import pytest

from .conftest import award_keys, check_programs

# --- awards: the start of the work a prize is for is not the prize's year ----------------------------------------------

W = "강원특별자치도 원주시"

AWARDS = [
    # "YYYY년부터 이어온 …": the year the project began; the prize takes the publication year
    ("project-carried-on-since",
     "원주시가 2015년부터 이어온 '원주 청년 일자리 징검다리 사업'이 고용노동부 일자리 경진대회에서 최우수상을 받았다.",
     "2024-11-20", {(W, 2024, "최우수")}),
    ("centre-run-since",
     "원주시가 2018년부터 운영해 온 청년 창업 꿈터가 일자리 경진대회에서 우수상을 받았다.",
     "2024-11-20", {(W, 2024, "우수")}),
    # look-alikes: a streak from a start year gives each year; a year before the contest is the prize's
    ("streak-since", "원주시는 2016년부터 3년 연속 일자리 경진대회에서 우수상을 받았다.",
     "2024-11-20", {(W, 2016, "우수"), (W, 2017, "우수"), (W, 2018, "우수")}),
    ("year-of-the-contest", "원주시는 2022년 일자리 경진대회에서 최우수상을 받았다.", "2024-11-20", {(W, 2022, "최우수")}),
    # undated: the start year still frames the names (gold README "Undated texts": a year in any form), and the
    # prize has no year
    ("undated-project-since",
     "원주시가 2015년부터 이어온 '원주 청년 일자리 징검다리 사업'이 고용노동부 일자리 경진대회에서 최우수상을 받았다.",
     None, {("강원도 원주시", None, "최우수")}),
]


@pytest.mark.parametrize("text,published,expected", [c[1:] for c in AWARDS], ids=[c[0] for c in AWARDS])
def test_awards(run, text, published, expected):
    assert award_keys(run(text, published=published)) == expected


def test_a_quoted_subject_before_the_contest_is_not_part_of_its_name(run):
    text = "원주시가 2015년부터 이어온 '원주 청년 일자리 징검다리 사업'이 고용노동부 일자리 경진대회에서 최우수상을 받았다."
    names = {a["award"] for a in run(text, published="2024-11-20")["awards"]}
    assert names == {"일자리 경진대회"}


# --- programmes: the words of a name ------------------------------------------------------------------------------------

J = "강원특별자치도 정선군"

PROGRAMMES = [
    # unquoted names the shape cues alone left to doubt, kept by what they are made of (start-up, young people,
    # senior safety patrols)
    ("unquoted-start-up-scheme", "정선군은 올해 청년 창업 디딤돌 사업을 새로 시작한다고 밝혔다.", {(J, "청년 창업 디딤돌 사업")}),
    ("unquoted-senior-patrol-scheme",
     "정선군은 올해 어르신 말벗 사업과 시니어 안전지킴이 사업에 모두 540명을 배치한다.", {(J, "시니어 안전지킴이 사업")}),
    # kept before as well
    ("unquoted-market-traders-scheme",
     "정선군은 아리랑 전통시장 청년 상인 육성사업으로 빈 점포 10곳에 청년 상인을 입점시켰다.",
     {(J, "아리랑 전통시장 청년 상인 육성사업")}),
    ("district-named-matching-scheme",
     "정선군은 구직자와 기업을 잇는 정선 일자리 다리놓기 사업을 올해도 이어간다.", {(J, "정선 일자리 다리놓기 사업")}),
    # look-alikes: a debate, a tax period and a sports day are no programmes
    ("debate", "정선군은 군청 대회의실에서 일자리 정책 토론회를 열었다.", set()),
    ("tax-period", "정선군은 올해 지방세 체납액 일제 정리 기간을 운영한다.", set()),
    ("sports-day", "정선군은 군청 광장에서 '정선 한마음 체육대회'를 열었다.", set()),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in PROGRAMMES], ids=[c[0] for c in PROGRAMMES])
def test_programmes(run, text, expected):
    check_programs(run, text, expected)
