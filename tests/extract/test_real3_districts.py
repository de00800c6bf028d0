"""Districts in further shapes of real coverage (issue #9, third tuning round, real_dev_h and real_dev_i).

Sentences written for the test after the structures of real reports (a 광역 before the unquoted name
of the evaluation it runs, companies' home towns in investment agreements, a list ending in a
copula, an old city hall as a venue); names and numbers invented.
"""

from __future__ import annotations

import pytest


def districts(out: dict) -> set[str]:
    return set(out["districts"])


EVALUATOR_CASES = [
    # "<광역>의 <year> <unquoted evaluation name>에서": the 광역 runs the evaluation
    ("밀양시가 경남도의 2013년 지역 일자리공시제 시ㆍ군 평가에서 우수기관으로 뽑혔다.", "2014-02-03",
     {"경상남도 밀양시", "경상남도"}),
    ("영천시는 경북도의 2019년 하반기 일자리 창출 추진실적 평가에서 최우수기관에 올랐다.", "2020-02-11",
     {"경상북도 영천시", "경상북도"}),
    # "<광역> <evaluation name> <grade>": the same without 의, the grade right after the name
    ("보성군이 지난 12일 열린 행사에서 전남도 일자리 창출 우수시군 평가 우수상을 받았다.", "2018-12-18",
     {"전라남도 보성군", "전라남도"}),
]


@pytest.mark.parametrize(("text", "published", "expected"), EVALUATOR_CASES, ids=["of-year", "half-year", "grade-after"])
def test_a_province_before_the_unquoted_name_of_its_evaluation_acts(run, text, published, expected):
    assert districts(run(text, published)) == expected


EVALUATOR_DISTRACTORS = [
    # a 광역 as a place or a comparison, no evaluation of its own
    ("하동군은 경남도 내 일자리 사업 가운데 처음으로 청년 채용을 늘렸다.", "2018-03-02", {"경상남도 하동군"}),
    ("강원도 관광객 조사에서 평창군이 1위였다고 한국관광공사가 밝혔다.", "2019-05-02", {"강원도 평창군"}),
]


@pytest.mark.parametrize(("text", "published", "expected"), EVALUATOR_DISTRACTORS, ids=["area", "survey-place"])
def test_a_province_named_only_as_a_place_does_not_act(run, text, published, expected):
    assert districts(run(text, published)) == expected


COMPANY_HOME_CASES = [
    # where a company sits, what it makes there, where it moved its plant from: not an actor
    ("괴산군은 식품업체 ㈜한빛푸드와 투자협약을 맺었다. 한빛푸드는 경기 이천시에 있는 떡 제조 업체로, 공장을 "
     "대제산업단지로 옮긴다.", "2021-06-08", {"충청북도 괴산군"}),
    ("예산군은 두 기업과 협약을 체결했다. 금강정밀(주)는 충북 청주시에서 자동차 부품을 만드는 업체로 30명을 새로 뽑는다.",
     "2022-09-14", {"충청남도 예산군"}),
    ("정읍시는 ㈜새솔과 협약했다. 새솔은 2019년 경기도 안산시에서 첨단산업단지로 본사와 공장을 옮긴 뒤 성장했다.",
     "2023-04-20", {"전라북도 정읍시"}),
    ("인제군은 경기 김포시와 중국에서 금형을 만드는 대양금형(주)과 협약을 맺었다.", "2020-01-15", {"강원도 인제군"}),
]


@pytest.mark.parametrize(("text", "published", "expected"), COMPANY_HOME_CASES,
                         ids=["sits-in", "makes-there", "moved-from", "two-places"])
def test_a_companys_home_town_is_not_a_district(run, text, published, expected):
    assert districts(run(text, published)) == expected


def test_a_district_that_acts_with_a_company_stays(run):
    out = run("청주시는 지역 기업 지원을 늘리고, 청주시에서 화장품을 만드는 업체들과 채용 협약을 맺었다.", "2022-09-14")
    assert districts(out) == {"충청북도 청주시"}


def test_a_list_ending_in_a_copula_keeps_its_last_item(run):
    out = run("경기도는 시·군 평가 결과를 발표했다. 장려 시·군은 Ⅲ그룹 가평군·여주시다.", "2017-12-13")
    assert districts(out) == {"경기도", "경기도 가평군", "경기도 여주시"}


def test_an_old_city_hall_building_is_a_venue(run):
    out = run("서울시는 옛 마포구청사에 청년창업센터를 열어 입주 기업을 모집한다.", "2013-05-02")
    assert districts(out) == {"서울특별시"}


def test_an_old_city_hall_after_the_district_name_is_a_venue(run):
    out = run("서울시는 은평구 옛 은평구청사에 청년센터를 연다.", "2014-05-02")
    assert districts(out) == {"서울특별시"}


def test_units_an_office_tours_are_its_service_area(run):
    out = run("고용노동부 태백지청이 도내 처음으로 삼척·동해·태백시를 도는 설명회를 열었다. 지청은 삼척 12개 읍·면, "
              "동해 10개 동에 안내문을 보낸다.", "2016-09-06")
    assert districts(out) == set()


def test_a_touring_list_of_actors_is_still_counted_when_they_act(run):
    out = run("삼척·동해·태백시는 합동 채용박람회를 연다.", "2016-09-06")
    assert districts(out) == {"강원도 삼척시", "강원도 동해시", "강원도 태백시"}


def test_a_sidebar_of_most_commented_news_is_page_chrome(run):
    text = ("예천군은 경북도 일자리 평가에서 우수 군으로 뽑혔다고 밝혔다.\n\n댓글 많은 뉴스\n"
            "봉화군, 농민수당 1인당 60만원 지급")
    assert districts(run(text, "2025-12-26")) == {"경상북도 예천군", "경상북도"}


REGION_STAT_CASES = [
    # a 광역 with its own labour statistics, the period, the kind of area or an average between
    ("울산지역 한 해 취업자 수가 2년 연속 58만 명을 넘었다고 통계청이 밝혔다.", "2024-01-12", {"울산광역시"}),
    ("올 상반기 충북 취업자 수는 91만명으로 1년 전보다 늘었다.", "2018-10-17", {"충청북도"}),
    ("광주의 일자리 질 지수는 -0.31로 17개 시도 중 하위권이었다.", "2019-04-01", {"광주광역시"}),
    ("경남 8개 시 지역 평균 고용률은 57.9%로 군 지역보다 낮았다.", "2019-08-27", {"경상남도"}),
]


@pytest.mark.parametrize(("text", "published", "expected"), REGION_STAT_CASES,
                         ids=["region-year", "half-year", "index", "average"])
def test_a_province_with_its_own_labour_statistics_is_a_district(run, text, published, expected):
    assert districts(run(text, published)) == expected


def test_provinces_listed_as_one_area_have_no_statistics_of_their_own(run):
    assert districts(run("부산·울산·경남 지역 청년 취업자 수가 줄었다.", "2019-04-01")) == set()
