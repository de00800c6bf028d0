"""Rules of extractor 0.19.0 (extract/RULES.md "0.19.0"), each sentence written for this file (none is copied from
an article or a gold set); each case holds a convention next to its look-alikes."""

from __future__ import annotations

import pytest

from .conftest import award_keys, job_keys, program_keys

GN = "경상남도"
GC = "경상남도 거창군"
DG = "대구광역시"
DB = "대구광역시 북구"


# --- programmes: a 광역's "○○형" scheme run by a 기초 is both's, also when the 광역 is named by its brand alone ---------
BRANDS = [
    ("brand-run-by-a-gun",
     "경남 거창군은 청년에게 일 경험을 주려고 추진하는 '경남형 청년 뉴딜 일자리 사업' 참여자 9명이 지역 복지관에서 "
     "일을 시작했다고 밝혔다.",
     {(GN, "경남형 청년 뉴딜 일자리 사업"), (GC, "경남형 청년 뉴딜 일자리 사업")}, {GN, GC}),
    ("brand-recruited-by-a-gu",
     "대구 북구청이 다음 달 '대구형 일자리 디딤돌 사업' 참여자 60명을 모집한다.",
     {(DG, "대구형 일자리 디딤돌 사업"), (DB, "대구형 일자리 디딤돌 사업")}, {DG, DB}),
    # look-alike: the 기초's own brand is the 기초's alone
    ("own-brand",
     "경남 거창군은 올해 '거창형 청년 일자리 사업' 참여자 9명을 뽑았다.",
     {(GC, "거창형 청년 일자리 사업")}, {GC}),
]


@pytest.mark.parametrize("text,programs,districts", [c[1:] for c in BRANDS], ids=[c[0] for c in BRANDS])
def test_province_brand_is_both_districts(run, text, programs, districts):
    out = run(text, published="2019-03-05")
    assert program_keys(out) == programs
    # the 광역 that only its brand names becomes a district of the article, with the programme as its evidence
    assert set(out["districts"]) == districts
    mention = next(m for m in out["district_mentions"] if m["full_name"] == sorted(districts)[0])
    assert mention["evidence"]


# --- job counts: bulleted items before a total that "등" says are some of its parts ----------------------------------
JJ = "경상남도 진주시"
SOME_PARTS = [
    ("some-items-then-total",
     "진주시는 모두 150명을 뽑았다. 공동체 일자리에는 ▲하천 정화 6명 ▲공원 관리 4명 ▲전통시장 안내 3명 등 "
     "9개 사업에 21명이 배치된다.",
     {(JJ, 150, "employed"), (JJ, 6, "employed"), (JJ, 4, "employed"), (JJ, 3, "employed"), (JJ, 21, "employed")}),
    ("all-items-then-total",
     "진주시는 모두 150명을 뽑았다. 공동체 일자리에는 ▲하천 정화 6명 ▲공원 관리 4명 ▲전통시장 안내 11명 등 "
     "3개 사업에 21명이 배치된다.",
     {(JJ, 150, "employed"), (JJ, 6, "employed"), (JJ, 4, "employed"), (JJ, 11, "employed"), (JJ, 21, "employed")}),
    # look-alike: items that are not bulleted are not taken as parts of a total they fall short of
    ("unbulleted-figures",
     "진주시는 모두 150명을 뽑았다. 지난해 6명, 재작년 4명이 중도에 그만뒀으며 올해는 21명이 배치된다.",
     {(JJ, 150, "employed"), (JJ, 21, "employed")}),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in SOME_PARTS], ids=[c[0] for c in SOME_PARTS])
def test_some_bulleted_parts_of_a_total(run, text, expected):
    assert job_keys(run(text, published="2025-02-20")) == expected


# --- awards: landscape administration is another topic -----------------------------------------------------------
def test_landscape_evaluation_is_no_job_award(run):
    text = "전남 해남군이 전라남도가 주관한 2020년 경관행정평가에서 최우수기관으로 뽑혀 상사업비 1,500만원을 받는다."
    assert award_keys(run(text, published=None)) == set()
    # look-alike: the same grade in a jobs evaluation
    text = "전남 해남군이 전라남도가 주관한 2020년 일자리 창출 우수시군 평가에서 최우수기관으로 뽑혀 상사업비를 받는다."
    assert award_keys(run(text, published=None)) == {("전라남도 해남군", 2020, "최우수")}
