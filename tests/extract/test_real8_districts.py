"""Districts in further shapes of real coverage (seventh tuning round, real_dev_v…z).

Sentences written for the test after the structures of real reports (a 광역 that heads a counted group of
receivers, receives a prize, runs a scheme, confers its head's prize or signs through its head; long
winners' lists with each case in brackets; bare stems with figures or joined in pairs; 일반구 offices;
venues, tour stops, company seats, neighbours' residents and regional groupings that only say where);
names and numbers invented.
"""

from __future__ import annotations

import pytest


def districts(out: dict) -> set[str]:
    return set(out["districts"])


GROUP_HEAD_CASES = [
    # a bare 광역 short name and a full name heading "등 N개 광역도/광역시"
    ("행정안전부는 충남 등 2개 광역도, 울산시 등 4개 광역시를 우수 자치단체로 뽑았다고 밝혔다.", "2013-04-02",
     {"충청남도", "울산광역시"}),
    # "X 등 N곳을 우수기관으로"
    ("고용노동부는 전북도 등 11곳을 우수기관으로 선정해 시상했다.", "2011-12-02", {"전라북도"}),
    ("평가 결과 경북 등 3개 광역자치단체가 최우수상을 받았다.", "2019-03-05", {"경상북도"}),
]
GROUP_HEAD_DISTRACTORS = [
    # a group of areas in statistics, no receiving or selection
    ("통계청에 따르면 충남 등 5개 시·도에서 취업자가 줄었다.", "2019-03-05", set()),
]


@pytest.mark.parametrize(("text", "published", "expected"), GROUP_HEAD_CASES + GROUP_HEAD_DISTRACTORS,
                         ids=["short-and-full", "n-places", "n-provinces", "statistics-group"])
def test_province_heading_a_counted_group_of_receivers(run, text, published, expected):
    assert districts(run(text, published)) == expected


PROVINCE_ACTS_CASES = [
    # the prize goes to the 광역 after a long modifying clause
    ("대통령상인 종합대상은 청년 창업을 도운 충청북도에 돌아갔다.", "2016-05-02", {"충청북도"}),
    # the 광역 runs the scheme a 기초 recruits for
    ("대구 수성구는 대구시에서 추진하는 공공일자리 사업 참여자 40명을 뽑는다.", "2021-01-05",
     {"대구광역시 수성구", "대구광역시"}),
    # a quoted evaluation with the grade it gives; a quoted call that selects
    ("태안군은 충청남도 '사회적경제 육성 평가 우수기관'으로 뽑혔다.", "2019-11-02", {"충청남도 태안군", "충청남도"}),
    ("유성구는 대전시 '청년 일터 지원 사업'에 뽑혀 3억 원을 받는다.", "2022-03-02", {"대전광역시 유성구", "대전광역시"}),
    # the place a statistic names, with its own figure
    ("종사자가 가장 많이 늘어난 곳은 울산시로 3만명에서 3만2000명으로 늘었다.", "2015-01-02", {"울산광역시"}),
    ("고용률이 가장 높은 곳은 제주로 70.1%였다.", "2015-01-02", {"제주특별자치도"}),
    # the 광역's labour statistics as a whole
    ("울산시 전체 취업자는 3분기 56만 2,000명으로 늘었다.", "2019-11-02", {"울산광역시"}),
    # the prize of the 광역's head, conferred on a 기초
    ("괴산군은 최우수기관으로 뽑혀 충청북도지사상을 받았다.", "2024-11-02", {"충청북도 괴산군", "충청북도"}),
]
PROVINCE_ACTS_MORE = [
    # short names listed as co-organisers, counted as 시·도
    ("박람회는 고용노동부가 주최하고 광주·전남·전북 3개 시도가 주관한다.", "2019-09-02",
     {"광주광역시", "전라남도", "전라북도"}),
    # a short name that won together with the subject
    ("경북도는 최고 등급을 받아 충남과 함께 최우수기관으로 뽑혔다.", "2016-02-02", {"경상북도", "충청남도"}),
    # the head visits a site with others
    ("장관은 울산시장, 울산지방고용노동청장 등과 함께 현장을 둘러봤다.", "2021-05-02", {"울산광역시"}),
    # the prizes the 광역 confers
    ("춘천시는 중앙부처에서 9개, 강원도에서 14개의 표창을 받았다.", "2022-02-07", {"강원도 춘천시", "강원도"}),
    # a 기초 that joined the 광역's call
    ("진천군은 지난해 충청북도 광역 공모사업으로 참여한 일자리사업 평가에서 우수상을 받았다.", "2025-01-09",
     {"충청북도 진천군", "충청북도"}),
    # a party to the agreement the subject signs
    ("구미시는 시청에서 경북도, ㈜한빛전자와 500억원 규모의 투자 양해각서를 맺었다.", "2021-10-15",
     {"경상북도 구미시", "경상북도"}),
]
PROVINCE_ACTS_MORE_DISTRACTORS = [
    # a prize to the head in person
    ("구청장은 경기도지사와 함께 수상자로 이름을 올렸다.", "2011-11-20", set()),
    # the head only attends a signing, also at the 광역's office (the office is a venue)
    ("행사에는 ㈜가온 대표와 경북도지사, 김천시장 등 20여 명이 참석했다.", "2021-10-15", {"경상북도 김천시"}),
    ("협약식에는 경남도지사와 밀양시장이 함께했다.", "2018-09-02", {"경상남도 밀양시"}),
    ("청양군은 충남도청 회의실에서 ㈜가온과 투자협약을 맺었다.", "2023-05-02", {"충청남도 청양군"}),
    # short names listed as an area
    ("광주·전남·전북 3개 시도의 청년 인구가 줄었다.", "2019-09-02", set()),
]


@pytest.mark.parametrize(("text", "published", "expected"), PROVINCE_ACTS_MORE + PROVINCE_ACTS_MORE_DISTRACTORS,
                         ids=["co-organisers-counted", "won-together", "head-visits",
                              "confers-prizes", "joined-call", "agreement-party", "head-in-person", "head-attends-only",
                              "heads-at-signing", "office-venue", "area-list"])
def test_province_that_acts_more(run, text, published, expected):
    assert districts(run(text, published)) == expected


PROVINCE_ACTS_DISTRACTORS = [
    # the head's prize conferred on people
    ("직원 두 명은 구인 업무 유공으로 경상북도지사 표창을 받았다.", "2022-12-02", set()),
    # the place a statistic names, without a figure of its own
    ("구직자가 가장 많이 찾은 곳은 부산시로 나타났다.", "2015-01-02", set()),
    # the 광역 with its N 구·군, a comparison set
    ("인천 지역에서는 인천시와 10개 군·구 가운데 이 상을 받은 곳은 남동구가 유일하다.", "2019-06-05",
     {"인천광역시 남동구"}),
    # an ordinary venue in the 광역 is still no actor
    ("부산시에서 열린 시상식에서 기장군이 우수상을 받았다.", "2019-06-05", {"부산광역시 기장군"}),
]


@pytest.mark.parametrize(("text", "published", "expected"), PROVINCE_ACTS_CASES + PROVINCE_ACTS_DISTRACTORS,
                         ids=["prize-goes-to", "runs-scheme", "quoted-eval-grade", "quoted-call", "stat-place",
                              "stat-place-short", "whole-stats",
                              "head-prize", "head-prize-to-people", "stat-place-no-figure", "province-and-n-units",
                              "venue-city"])
def test_province_that_acts(run, text, published, expected):
    assert districts(run(text, published)) == expected


def test_long_winners_list_with_cases_in_brackets(run):
    text = (
        "최우수상인 국무총리 표창은 인천광역시(청년 창업 사다리 사업), 충북 제천(귀농 일자리 학교), "
        "한국산업단지공단(산단 일자리 나눔)이 받았다. 우수상 수상 기관으로는 경상북도(청년 정착 지원)를 비롯해 "
        "광주광역시(노사 상생 '빛고을 일터' 사업), 경남 거창(농촌 일자리 연계), 서울의료원(단축 근무 모델) 등이 "
        "선정됐다."
    )
    assert districts(run(text, "2018-12-20")) == {
        "인천광역시", "충청북도 제천시", "경상북도", "광주광역시", "경상남도 거창군"}


def test_bracketed_items_without_a_receiving_tail_are_no_list(run):
    # a list of places with their projects, no prize or selection after it
    text = "강원도(관광 일자리), 충청북도(바이오 일자리) 사례가 소개되는 동안 참석자들은 질문을 이어 갔다."
    assert districts(run(text, "2018-12-20")) == set()


STEM_CASES = [
    # bare stems with their own figures, listed by commas
    ("전북 도내 시·군별 고용률은 장수 71.2%, 진안 69.8%, 무주 68.4%로 나타났다.", "2021-02-21",
     {"전라북도 장수군", "전라북도 진안군", "전라북도 무주군"}),
    # a national list by 시·군: three or more stems with figures need no 광역 named
    ("행안부는 지역별로 종로구 300명, 포항 1,200명, 여수 900명, 정읍 640명의 일자리를 지원한다.", "2021-02-21",
     {"서울특별시 종로구", "경상북도 포항시", "전라남도 여수시", "전라북도 정읍시"}),
    # two bare stems joined by 과 as the winners
    ("경남도 평가에서 우수 시·군에는 밀양과 하동이 이름을 올렸다.", "2020-02-21",
     {"경상남도", "경상남도 밀양시", "경상남도 하동군"}),
    # as the predicate after a figure
    ("충남도에 따르면 실업률이 가장 낮은 곳은 1.1%를 기록한 청양과 서천이었다.", "2020-02-21",
     {"충청남도", "충청남도 청양군", "충청남도 서천군"}),
]
STEM_DISTRACTORS = [
    # a stem beside a common word ("예산" = budget)
    ("충남도는 올해 예산과 인력이 모자라 우수 시·군 시상을 미뤘다고 밝혔다.", "2020-02-21", {"충청남도"}),
    # a pair describing an area, with no prize or figure
    ("경남 도내에서 통영과 거제는 조선업이 모인 곳이다.", "2020-02-21", set()),
    # one stem with a figure, no list; a list of figures whose other items are no places
    ("충남도 통계에서 예산 15%가 줄었다.", "2020-02-21", set()),
    ("충남도에 따르면 올해 예산 15%, 인력 10%가 늘었다.", "2020-02-21", {"충청남도"}),
    # a list whose other items are no places ("예산" = budget): no national list
    ("행안부는 종로구 공모에서 예산 15%, 인력 10%, 장비 5%를 늘린다.", "2021-02-21", {"서울특별시 종로구"}),
    # two stems with figures and no 광역 named: not yet a national list
    ("행안부는 종로구에 이어 포항 1,200명, 여수 900명의 일자리를 지원한다.", "2021-02-21", {"서울특별시 종로구"}),
]


@pytest.mark.parametrize(("text", "published", "expected"), STEM_CASES + STEM_DISTRACTORS,
                         ids=["figure-list", "national-list", "pair-winners", "pair-predicate", "common-word",
                              "pair-area", "single-figure", "budget-figures", "budget-list", "two-item-national"])
def test_bare_stems_with_figures_or_in_pairs(run, text, published, expected):
    assert districts(run(text, published)) == expected


PLACE_CASES = [
    # a venue with its abbreviation in brackets
    ("서울 송파구 잠실종합운동장(잠실)에서 열린 박람회에 서울시가 참여 기업 80곳을 모았다.", "2023-06-15",
     {"서울특별시"}),
    # near a station exit
    ("부산시는 해운대구 센텀역 3번 출구 근처에 청년 일자리카페를 열었다.", "2019-05-02", {"부산광역시"}),
    # a 생활관 as the venue
    ("전남도는 순천시 국민생활관에서 취업박람회를 열었다.", "2018-10-26", {"전라남도"}),
    # the dated stops of a touring fair
    ("경북일자리박람회는 안동시를 시작으로 9월 3일 구미시, 9월 10일 경산시에서 이어진다.", "2022-08-08", set()),
    # a company's seat in brackets
    ("인증을 받은 협동조합 다온(대구 달서구)은 취약계층을 고용한다.", "2021-06-30", set()),
    # the residents of a neighbour another unit serves
    ("김포시 일자리센터는 시민뿐 아니라 이웃 고양시 주민에게도 상담을 해 준다.", "2019-10-28", {"경기도 김포시"}),
    # a 광역's short name among 기초 stems: a region
    ("창원과 김해·부산의 중소기업과 구직자를 위한 채용 박람회가 열린다.", "2019-10-28", set()),
]
PLACE_DISTRACTORS = [
    # a programme's district in brackets stays a district
    ("'돌봄 인력 양성 사업(광주 광산구)' 등은 우수 사업으로 선정됐다.", "2019-06-28", {"광주광역시 광산구"}),
    # a prefixed item of a list is still a prefix, not a region
    ("기초단체 1위인 경기 양주·충북 진천·서울 중랑구에는 각 2억원이 돌아간다.", "2012-07-19",
     {"경기도 양주시", "충청북도 진천군", "서울특별시 중랑구"}),
]


@pytest.mark.parametrize(("text", "published", "expected"), PLACE_CASES + PLACE_DISTRACTORS,
                         ids=["venue-abbreviation", "station-exit", "sports-hall", "tour-stops", "company-seat",
                              "neighbour-residents", "region-with-province", "programme-bracket",
                              "prefixed-list"])
def test_names_that_only_say_where(run, text, published, expected):
    assert districts(run(text, published)) == expected


def test_general_district_office_is_no_district(run):
    # an 일반구 acts: the office of its 시, not the 시
    assert districts(run("안양시 동안구는 15일 구청에서 공공근로 발대식을 열었다.", "2019-03-15")) == set()
    assert districts(run("기초단체 가운데 천안시와 청주시 흥덕구가 가장 높았다.", "2019-03-15")) == {"충청남도 천안시"}


def test_headline_comma_is_no_list(run):
    # "X구, 서울시 최초 …": the headline's topic, the 광역 only compares
    text = "노원구, 서울시 최초 '6년 연속 일자리대상'\n  기자 홍길동\n\n노원구가 우수상을 받았다."
    assert districts(run(text, "2019-06-04")) == {"서울특별시 노원구"}
