"""Extractor 0.39.0 (extract/RULES.md "0.39.0"). Each sentence is written for this file (none is copied from an article
or a gold set); the cases each change settles stand next to look-alikes it must leave as they were."""

from __future__ import annotations

import pytest

from .conftest import award_keys, program_keys

# A 광역's own centre named by its short name in a 기초's story ("경기일자리센터" where 안양시 writes): the 광역's
# programme when the 광역 is a district of the text, nobody's when it is not (as before)
CENTRES = [
    ("province-centre-of-a-counted-province",
     "경기 안양시는 다음 달부터 청년 구직자를 위한 면접 특강을 연다고 2일 밝혔다. 강사비는 경기도가 보탠다. "
     "시는 참가 신청을 경기일자리센터 누리집에서 받는다.",
     {("경기도", "경기일자리센터")}),
    ("province-centre-of-a-province-that-does-not-act",  # look-alike: 경기도 is no district of the text
     "경기 안양시는 다음 달부터 청년 구직자를 위한 면접 특강을 연다고 2일 밝혔다. "
     "시는 참가 신청을 경기일자리센터 누리집에서 받는다.",
     set()),
    ("a-centre-the-city-runs",  # look-alike: the 기초's own centre, named by its own stem
     "경기 안양시는 다음 달부터 안양일자리센터에서 면접 특강을 운영한다고 2일 밝혔다. 경기도는 특강 강사비를 보탠다.",
     {("경기도 안양시", "안양일자리센터")}),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in CENTRES], ids=[c[0] for c in CENTRES])
def test_province_centres(run, text, expected):
    assert {k for k in program_keys(run(text, published="2019-05-02")) if "센터" in k[1]} == expected


# A 도's brand in its two-syllable short form ("경북형 …") in a story whose text writes the 도's full name only
# ("경상북도"): the 도's scheme, and the 시's that runs it
BRANDS = [
    ("short-brand-of-a-province-written-in-full",
     "경상북도 김천시는 올해 경북형 사회적경제 청년일자리 사업(국비 1억 원), 중소기업 청년 인턴 사업 등 청년 일자리 "
     "사업 5개를 편다고 10일 밝혔다. 경상북도는 사업비의 30%를 댄다.",
     {("경상북도 김천시", "경북형 사회적경제 청년일자리 사업"), ("경상북도", "경북형 사회적경제 청년일자리 사업")}),
    ("short-brand-of-a-province-the-text-names-only-so",  # the 도 acts nowhere else: a 시 of 경북 runs the 도's scheme
     "경북 경주시는 올해 경북형 사회적경제 청년일자리 사업(국비 1억 원), 중소기업 청년 인턴 사업 등 청년 일자리 사업 "
     "5개를 편다고 10일 밝혔다.",
     {("경상북도 경주시", "경북형 사회적경제 청년일자리 사업"), ("경상북도", "경북형 사회적경제 청년일자리 사업")}),
    ("city-brand-stays-the-citys",  # look-alike: the 시's own brand
     "경상북도 김천시는 올해 김천형 사회적경제 청년일자리 사업(국비 1억 원), 중소기업 청년 인턴 사업 등 청년 일자리 "
     "사업 5개를 편다고 10일 밝혔다. 경상북도는 사업비의 30%를 댄다.",
     {("경상북도 김천시", "김천형 사회적경제 청년일자리 사업")}),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in BRANDS], ids=[c[0] for c in BRANDS])
def test_short_province_brands(run, text, expected):
    assert {k for k in program_keys(run(text, published="2021-03-10")) if "형" in k[1]} == expected


# A 광역 chosen for a grade as the evaluator's object ("대구광역시를 우수기관으로 뽑았다"), alone or heading the counted
# group of winners ("대구광역시를 비롯한 전국 28개 자치단체를"): a district of the text, with its record
SELECTED = [
    ("province-selected-as-object",
     "행정안전부는 일자리사업 평가를 거쳐 대구광역시를 우수기관으로 뽑았다고 3일 밝혔다.",
     ["대구광역시"], {("대구광역시", 2009, "우수")}),
    ("province-heading-the-group-of-winners",
     "행정안전부는 희망근로 중간평가를 거쳐 대구광역시를 비롯한 전국 28개 자치단체를 우수기관으로 뽑아 표창한다고 "
     "3일 밝혔다.",
     ["대구광역시"], {("대구광역시", 2009, "우수")}),
    # look-alikes: a 광역 named as the scope of the evaluation, a 광역 that only hosts the ceremony
    ("province-as-the-scope",
     "행정안전부는 대구광역시 관내 구·군을 평가해 우수기관을 뽑았다고 3일 밝혔다.",
     [], set()),
    ("province-as-the-venue",
     "행정안전부는 대구광역시에서 시상식을 열고 우수기관을 표창했다고 3일 밝혔다.",
     [], set()),
]


@pytest.mark.parametrize("text,districts,awards", [c[1:] for c in SELECTED], ids=[c[0] for c in SELECTED])
def test_province_selected_for_a_grade(run, text, districts, awards):
    out = run(text, published="2009-08-03")
    assert out["districts"] == districts
    assert award_keys(out) == awards


# 행정안전부's 지역주도형 청년일자리 (2018 to its wind-down in 2025) dates an undated text before the 2026-07-01 merger:
# 광주 동구 is 광주광역시 동구 there, 전남광주통합특별시 동구 in an undated text without such a marker
ERA = [
    ("regional-youth-jobs-scheme-dates-the-text",
     "광주 동구는 행정안전부의 '지역주도형 청년일자리' 공모에 '청년 공방 거리 조성사업'이 뽑혀 사업비 3억원을 "
     "확보했다고 5일 밝혔다.",
     ["광주광역시 동구"]),
    ("spaced-scheme-name",
     "광주 동구는 행정안전부의 지역 주도형 청년 일자리 공모에 '청년 공방 거리 조성사업'이 뽑혀 사업비 3억원을 "
     "확보했다고 5일 밝혔다.",
     ["광주광역시 동구"]),
    ("no-marker-today's-names",  # look-alike: an undated text with no year and no marker takes today's names
     "광주 동구는 행정안전부 공모에 '청년 공방 거리 조성사업'이 뽑혀 사업비 3억원을 확보했다고 5일 밝혔다.",
     ["전남광주통합특별시 동구"]),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in ERA], ids=[c[0] for c in ERA])
def test_scheme_period_dates_undated_texts(run, text, expected):
    assert run(text, published=None)["districts"] == expected
