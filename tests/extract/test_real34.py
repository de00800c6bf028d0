"""Rules of extractor 0.34.0 (extract/RULES.md "0.34.0"), each sentence written for this file (none is copied from
an article or a gold set); each case holds a convention next to its look-alikes."""

from __future__ import annotations

import pytest

from .conftest import check_jobs, check_programs

Y = "강원특별자치도 영월군"

JOBS = [
    # J-EACH: a "N개씩"/"N명씩" figure right before the total it is the unit of takes the total's kind (gold README
    # "N명씩 모두 M명": the total and the per-unit value are both recorded)
    ("each-then-total-in-gae", "영월군은 내년부터 3년 동안 해마다 일자리 400개씩 모두 1,200개를 만들 계획이다.",
     {(Y, 400, "target"), (Y, 1200, "target")}),
    ("each-then-total-in-myeong", "영월군은 해마다 일자리 300명씩 모두 900명을 고용할 계획이다.",
     {(Y, 300, "target"), (Y, 900, "target")}),
    ("each-then-years-then-total", "영월군은 2028년까지 해마다 일자리 250개씩 4년 동안 일자리 1,000개를 만들 계획이다.",
     {(Y, 250, "target"), (Y, 1000, "target")}),
    ("each-then-total-reported", "영월군은 지난 4년 동안 해마다 500명씩 모두 2,000명을 채용했다.",
     {(Y, 500, "employed"), (Y, 2000, "employed")}),
    # look-alike: a quota per firm with no total it divides is no count
    ("quota-per-firm", "영월군은 참여 기업 20곳에 2명씩 청년을 배치한다.", set()),
    # look-alike: a per-unit figure that does not divide the total after it is not that total's unit
    ("each-not-a-unit-of-the-total", "영월군은 기업마다 3명씩 뽑아 모두 1,000명을 고용할 계획이다.", {(Y, 1000, "target")}),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in JOBS], ids=[c[0] for c in JOBS])
def test_job_counts(run, text, expected):
    check_jobs(run, text, expected, published="2024-05-20")


PROGRAMS = [
    # where in the office a centre sits is no part of its name, and a centre named by its brand is the district's
    # programme also as the venue (gold README "일자리플러스센터 is a named centre", "whatever its role in the sentence")
    (
        "서울 서대문구는 구청 본관 1층 일자리플러스센터에서 매달 구인구직 만남의 날을 연다고 밝혔다.",
        {("서울특별시 서대문구", "일자리플러스센터")},
    ),
    # look-alike: the bare kind of centre with only its location stays a generic phrase
    ("강원 영월군은 군청 별관 2층 일자리지원센터에서 구직 상담을 받는다고 밝혔다.", set()),
    # look-alike: a district-named centre keeps its name, the floor dropped
    (
        "강원 영월군은 군청 1층 영월군 일자리지원센터에서 구직자 상담을 한다고 밝혔다.",
        {(Y, "영월군 일자리지원센터")},
    ),
    # look-alike: a national network's centre as the venue is no district's programme
    ("강원 영월군은 오는 10일 대학일자리플러스센터에서 취업 특강을 연다고 밝혔다.", set()),
    # a year and an edition before a bare kind with a size word leave a generic phrase, quoted or not (gold README
    # "Centres, cafés and fairs": also with a year or edition, or a size word)
    ("광주 남구는 구청 앞마당에서 '2025년 2차 미니 채용박람회'를 열었다.", set()),
    # look-alike: an audience word makes the same fair the district's own
    ("광주 남구는 구청 앞마당에서 '2025년 2차 청년 채용박람회'를 열었다.", {("광주광역시 남구", "청년 채용박람회")}),
    # a national start-up centre type named without the district's name is not its programme (gold README)
    ("경북 의성군은 올해도 1인 창조기업 지원센터를 운영한다.", set()),
    # look-alike: with the district's own name it is the district's centre
    ("경북 의성군은 올해도 의성군 1인 창조기업 지원센터를 운영한다.", {("경상북도 의성군", "의성군 1인 창조기업 지원센터")}),
    # 청년 취업센터: an audience word with the centre kind 취업센터 (gold README "An audience word with a fair or
    # centre kind": 청년 취업센터)
    ("경남 김해시는 청년 취업센터를 열어 구직 청년의 상담을 맡긴다고 밝혔다.", {("경상남도 김해시", "청년 취업센터")}),
    # look-alike: the kind alone
    ("경남 김해시는 취업센터를 열어 구직자 상담을 맡긴다고 밝혔다.", set()),
    # a 광역's branded scheme in a list headed by a 기초 belongs to both (gold README "A 광역's branded scheme run by a
    # 기초 belongs to both")
    (
        "부산 금정구는 일자리 대상에서 우수상을 받았다. 구는 △금정구 청년일자리 프로젝트 △퇴직한 장년층의 경력을 살리는 "
        "'부산형 장년 일자리사업' 등을 펼쳤다.",
        {("부산광역시 금정구", "금정구 청년일자리 프로젝트"), ("부산광역시 금정구", "부산형 장년 일자리사업"),
         ("부산광역시", "부산형 장년 일자리사업")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), PROGRAMS)
def test_programmes(run, text: str, expected: set[tuple]) -> None:
    check_programs(run, text, expected)
