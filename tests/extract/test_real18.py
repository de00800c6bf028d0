"""Rules of extractor 0.20.0 (extract/RULES.md "0.20.0"), each sentence written for this file (none is copied from
an article or a gold set); each case holds a convention next to its look-alikes."""

from __future__ import annotations

import pytest

from .conftest import award_keys, program_keys

BJ = "부산광역시 부산진구"
GJ = "광주광역시 광산구"
EP = "서울특별시 은평구"


# --- awards: a year that opens a sentence of achievement and prize dates the prize when no year names the award -------
CLAUSE_YEARS = [
    ("last-year-achieved-then-prize",
     "부산진구가 올해 일자리 대책 세부계획을 공시했다. 올해는 40개 사업으로 일자리 1만여 개를 만드는 것이 목표다. "
     "지난해 구는 일자리 목표를 115% 넘게 달성했으며, 그 성과로 '부산시 구·군 일자리 사업 평가'에서 우수상을 받았다.",
     "2024-04-02", {(BJ, 2023, "우수")}),
    ("explicit-year-achieved-then-prize",
     "부산진구가 올해 일자리 대책 세부계획을 공시했다. 구는 2023년에 목표 대비 108%의 일자리를 만들었고, 그 노력을 "
     "인정받아 '부산시 구·군 일자리 사업 평가'에서 우수상을 받았다.",
     "2024-04-02", {(BJ, 2023, "우수")}),
    # look-alike: the award is named with its ceremony's year, which the prize takes; the clause's year is the
    # period its 부문 looked at
    ("ceremony-year-named",
     "광주 광산구가 고용노동부 주관 '2025년 전국 지방자치단체 일자리 대상'에서 최우수상을 받았다고 밝혔다. 광산구는 "
     "지난해 150개 사업으로 일자리 1만5천여 개를 지원해 목표치의 117%를 달성해 공시제 부문 최우수상을 받았다.",
     "2025-12-03", {(GJ, 2025, "최우수")}),
    # look-alike: no clause between the year and the prize: the year is the prize's, as before
    ("year-of-the-prize",
     "부산진구는 지난해 '부산시 구·군 일자리 사업 평가'에서 우수상을 받았다.",
     "2024-04-02", {(BJ, 2023, "우수")}),
]


@pytest.mark.parametrize("text,published,expected", [c[1:] for c in CLAUSE_YEARS], ids=[c[0] for c in CLAUSE_YEARS])
def test_clause_year_dates_prize_without_named_year(run, text, published, expected):
    assert award_keys(run(text, published=published)) == expected


# --- awards: an undated story reads 올해 against its own frame year -------------------------------------------------
FRAME_YEARS = [
    ("run-up-to-now",
     "은평구, 4년 연속 서울시 일자리 분야 수상\n은평구가 2012년부터 올해까지 4년 연속 서울시 일자리창출 분야에서 상을 "
     "받았다. 은평구는 올해 서울시 인센티브 평가에서도 우수구로 뽑혔다.",
     {(EP, 2015, "우수")}),
    # look-alike: no year in the text, no frame: the prize of an undated story has no year
    ("no-frame",
     "은평구가 올해 서울시 인센티브 평가에서 우수구로 뽑혔다.",
     {(EP, None, "우수")}),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in FRAME_YEARS], ids=[c[0] for c in FRAME_YEARS])
def test_undated_story_reads_this_year_against_its_frame(run, text, expected):
    assert award_keys(run(text, published=None)) == expected


# --- programmes: a named café in a sentence about jobs is a job site, not a place to sit ------------------------------
NS = "충청남도 논산시"
CAFES = [
    ("senior-job-site",
     "충남 논산시는 시니어클럽 사업단 6곳에서 어르신 300여 명이 일하는 가운데 '솔향카페'와 '반찬나눔터'가 인기를 끌고 "
     "있다고 밝혔다.",
     {(NS, "솔향카페"), (NS, "반찬나눔터")}),
    ("disabled-job-site",
     "충남 논산시는 장애인 일자리를 늘리려고 '다온카페' 3호점을 시청 1층에 열었다.",
     {(NS, "다온카페")}),
    # look-alike: a café with no word of jobs around it is a place
    ("rest-area",
     "충남 논산시는 시청 민원실 옆에 주민 쉼터 '오름카페'를 꾸며 문을 열었다.",
     set()),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in CAFES], ids=[c[0] for c in CAFES])
def test_named_cafe_in_a_jobs_sentence(run, text, expected):
    assert program_keys(run(text, published="2024-05-02")) == expected
