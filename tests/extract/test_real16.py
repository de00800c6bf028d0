"""Rules of extractor 0.18.0 (extract/RULES.md "0.18.0"), each sentence written for this file (none is copied from
an article or a gold set); each table holds a convention next to its look-alikes."""

from __future__ import annotations

import pytest

from extract.gazetteer import era_periods

from .conftest import award_keys, job_keys

JJ = "제주특별자치도"


# --- job counts: a result measured against its annual plan --------------------------------------------------------
RESULTS = [
    ("result-then-its-plan",
     "제주도가 지난해 일자리 정책의 결과를 내놓았다. 일자리 창출은 공공부문 청년일자리 1460명, '제주 청년 디딤돌' "
     "318명 등 4620명으로, 연간계획 4400명의 105%였다.",
     {(JJ, 1460, "created"), (JJ, 318, "created"), (JJ, 4620, "created"), (JJ, 4400, "target")}),
    ("result-then-bracketed-plan",
     "제주도가 지난해 일자리 정책의 결과를 내놓았다. 공공부문 청년일자리는 1460명으로 연간계획(1400명)의 104%를 이뤘다.",
     {(JJ, 1460, "created"), (JJ, 1400, "target")}),
    # look-alike: a list whose items all belong to one plan stays a plan
    ("items-of-one-plan",
     "제주도는 올해 공공부문 청년일자리 1460명, 민간 일자리 2200명 등 모두 3660명의 일자리를 만들 계획이다.",
     {(JJ, 1460, "target"), (JJ, 2200, "target"), (JJ, 3660, "target")}),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in RESULTS], ids=[c[0] for c in RESULTS])
def test_result_against_its_plan(run, text, expected):
    assert job_keys(run(text, published="2021-01-08")) == expected


# --- job counts: people whose work starts, and the breakdown after them -------------------------------------------
IK = "전북특별자치도 익산시"


def test_people_starting_work_and_their_breakdown(run):
    text = ("익산시는 어르신 9,842명이 이달부터 읍면동과 복지관 등 21개 기관에서 일하게 된다고 밝혔다. "
            "유형별로는 공익활동형 7,906명, 사회서비스형 1,315명, 시장형 621명이다.")
    assert job_keys(run(text, published="2025-02-03")) == {
        (IK, 9842, "employed"), (IK, 7906, "employed"), (IK, 1315, "employed"), (IK, 621, "employed")}


GJ = "경기도 광주시"


def test_work_starting_this_half_is_employed(run):
    text = "경기 광주시가 '새봄 일터' 사업을 시작했다. 올해 상반기 이 사업으로 31개 사업장에서 214명이 일하게 된다."
    assert job_keys(run(text, published="2018-02-21")) == {(GJ, 214, "employed")}
    # look-alike: work that starts next year is a plan
    text = "경기 광주시는 내년 상반기 31개 사업장에서 214명이 일하게 된다고 밝혔다."
    assert job_keys(run(text, published="2018-02-21")) == {(GJ, 214, "target")}


def test_work_to_be_found_is_no_start(run):
    # look-alike: a plan of the same size, told in the future
    text = "익산시는 내년에 어르신 9,842명에게 일자리를 제공할 계획이다."
    assert job_keys(run(text, published="2025-02-03")) == {(IK, 9842, "target")}


# --- job counts: last year's level of a figure that is no count --------------------------------------------------
CB = "충청북도"
LEVELS = [
    ("visitors-last-year",
     "충북도가 연 남부권 채용박람회에서 241명이 현장에서 채용됐다. 구직자도 2,130여명이 찾아 지난해 1,870명보다 "
     "260여명 늘었다.",
     {(CB, 241, "employed")}),
    # look-alike: a level compared with a difference, with no count before it, takes the difference's predicate
    ("level-of-jobs-made",
     "충북도는 지난해 일자리 21,410개보다 1,320개 늘어난 22,730개를 만들었다.",
     {(CB, 21410, "created"), (CB, 22730, "created")}),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in LEVELS], ids=[c[0] for c in LEVELS])
def test_level_compared(run, text, expected):
    assert job_keys(run(text, published="2019-10-02")) == expected


# --- awards: the classes a contest gives, and winners that are no district -----------------------------------------
DJ = "대전광역시"
CLASSES = [
    ("class-with-its-prize-and-money",
     "대전시는 청년 기업 탐방 수기 공모전을 연다. 금상에는 중소벤처기업부 장관상과 상금 80만원, 은상에는 대전시장상과 "
     "상금 50만원이 주어진다.",
     set()),
    ("classes-of-winners-paid",
     "대전시는 일자리 아이디어 공모를 마쳤다. 시는 시민 부문 금상·은상·동상 수상자에게 상금을 준다.",
     set()),
    ("class-newly-added",
     "대전시는 시민상 시상식을 연다. 올해는 특별상을 새로 두어 수상자를 늘렸다.",
     set()),
    ("institutions-as-winners",
     "대전시는 노인일자리 평가 결과를 전했다. 전국 1천여 개 기관 가운데 180여 개 기관이 우수기관으로 뽑혔다.",
     set()),
    ("company-as-the-object",
     "대전시는 사회적경제 한마당을 열고 마을기업인 영농조합법인 한밭들녘을 대상으로 뽑았다.",
     set()),
    # look-alikes: a district as the object or the subject
    ("district-as-the-object",
     "충북도는 시·군 일자리 평가를 열고 청주시를 대상으로 뽑았다.",
     {("충청북도 청주시", 2020, "대상")}),
    ("district-as-the-subject",
     "대전시가 노인일자리 평가에서 우수기관으로 뽑혔다.",
     {(DJ, 2020, "우수")}),
    ("district-in-a-counted-object",
     "행정안전부는 일자리 실적을 평가해 대전시 등 17개 지자체를 우수기관으로 뽑아 시상했다.",
     {(DJ, 2020, "우수")}),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in CLASSES], ids=[c[0] for c in CLASSES])
def test_prize_classes_and_other_winners(run, text, expected):
    assert award_keys(run(text)) == expected


# --- awards: a year's review frames the prizes of an undated text --------------------------------------------------
YG = "전라남도 영광군"
REVIEW = ("영광군은 2019년 한 해 동안 여러 공모사업에 뽑혀 사업비를 확보했고, 각종 평가에서 기관 표창을 받았다. "
          "이어 고용노동부 지역일자리 목표 공시제 실적평가에서 우수기관으로 뽑혔다.")


def test_year_review_dates_its_prizes(run):
    out = run(REVIEW, published=None)
    assert award_keys(out) == {(YG, 2019, "우수")}
    # the discourse word opening the sentence is no part of the name, which is the 공시제's
    assert [a["award"] for a in out["awards"]] == ["지역일자리 목표 공시제"]


def test_a_year_of_a_project_dates_no_prize(run):
    # look-alike: the year belongs to a project, not to a review of the year
    text = ("영광군은 여러 공모사업에 뽑혀 사업비를 확보했다. 2019년 전통시장 현대화사업도 따냈다. "
            "이어 고용노동부 지역일자리 목표 공시제 실적평가에서 우수기관으로 뽑혔다.")
    assert award_keys(run(text, published=None)) == {(YG, None, "우수")}


# --- time frame: "중기청" is no period marker ------------------------------------------------------------------------
def test_regional_sme_office_dates_after_2017():
    (periods,) = era_periods("광주전남중소벤처기업청이 함께했다.")
    assert periods[0][0].isoformat() == "2017-07-26"
    assert era_periods("도와 중기청이 함께했다.") == []


def test_short_sme_office_name_keeps_todays_names(run):
    text = "광주 북구는 중기청과 함께 청년 채용 행사를 열었다."
    assert run(text, published=None)["districts"] == ["전남광주통합특별시 북구"]
    # look-alike: the office's pre-2017 full name dates the text before its end
    text = "광주 북구는 광주전남중소기업청과 함께 청년 채용 행사를 열었다."
    assert run(text, published=None)["districts"] == ["광주광역시 북구"]


# --- districts: a group's bracketed members beside a partner, some written with their kind -----------------------
GN = "경상남도"
MEMBERS = {GN, f"{GN} 거제시", f"{GN} 진주시", f"{GN} 통영시", f"{GN} 사천시", f"{GN} 고성군", f"{GN} 남해군"}


def test_members_with_a_partner_cohost(run):
    text = ("경남도가 오는 26일 도내 6개 시·군(거제·진주·통영·사천시·고성·남해군), 경남테크노파크와 함께 거제시 "
            "실내체육관에서 '남부권 채용박람회'를 연다. 이번 박람회에는 150개 기업이 나와 820여명을 채용할 계획이다.")
    out = run(text, published="2016-10-20")
    assert set(out["districts"]) == MEMBERS
    # the fair is every co-host's programme; its hiring plan is the leading 광역's
    assert {p["district"] for p in out["programs"]} == MEMBERS
    assert job_keys(out) == {(GN, 820, "target")}


def test_neighbours_named_beside_a_partner_are_no_cohosts(run):
    # look-alike: the areas the fair serves, named after the venue
    text = "경남도는 오는 26일 거제시 실내체육관에서 인근 시·군(통영·고성) 구직자를 위한 '남부권 채용박람회'를 연다."
    assert set(run(text, published="2016-10-20")["districts"]) == {GN}


# --- programmes: an outside body's office ------------------------------------------------------------------------
OFFICES = [
    ("chamber-of-commerce-centre", "영주시는 영주상공회의소 취업지원센터와 함께 구직자 상담을 연다.", set()),
    ("ministry-office-of-old-name", "경남도는 노동부 창원고용지원센터와 함께 구직자 상담을 연다.", set()),
    # look-alike: a district's fair held with the chamber keeps its name
    ("fair-with-the-chamber", "부산진구는 오는 10일 '부산진구·부산상공회의소 합동 채용박람회'를 연다.",
     {("부산광역시 부산진구", "부산진구·부산상공회의소 합동 채용박람회")}),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in OFFICES], ids=[c[0] for c in OFFICES])
def test_outside_offices(run, text, expected):
    out = run(text, published="2019-10-20")
    assert {(p["district"], p["name"]) for p in out["programs"]} == expected
