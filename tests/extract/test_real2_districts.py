"""Districts in further shapes of real coverage (issue #9, second tuning round).

Sentences written for the test after the structures of real reports (statistics by 시·군 and 시·도,
lists of 광역 short names, the two 광주, tags, evaluation groups); names and numbers invented.
"""

from __future__ import annotations

import pytest


def districts(out: dict) -> set[str]:
    return set(out["districts"])


# --- units given a figure of their own --------------------------------------------------------------

FIGURE_CASES = [
    # bare 기초 stems of the 광역 the article names, each with a figure in brackets or as a subject
    ("충북 시·군별 고용률은 음성이 70.2%로 가장 높았고 괴산(68.4%), 보은(66.0%)이 뒤를 이었다.", "2016-04-20",
     {"충청북도 음성군", "충청북도 괴산군", "충청북도 보은군"}),
    ("경남에서 취업자는 김해가 27만4천여명으로 가장 많았고 진주(17만6천명), 통영(6만1천명) 순이었다.", "2017-10-18",
     {"경상남도 김해시", "경상남도 진주시", "경상남도 통영시"}),
    # 광역 short names with their own figures
    ("일자리 질 지수 상위 집단에는 서울(1.702)과 세종(1.211)이 꼽혔고 경남(-0.903)·강원(-1.204)은 하위였다.",
     "2019-04-01", {"서울특별시", "세종특별자치시", "경상남도", "강원도"}),
]


@pytest.mark.parametrize(("text", "published", "expected"), FIGURE_CASES, ids=["rates", "people", "provinces"])
def test_units_with_a_figure_of_their_own(run, text, published, expected):
    assert districts(run(text, published)) == expected


FIGURE_DISTRACTORS = [
    # no 광역 named: a stem with a figure is not resolved
    ("고용률은 음성이 70.2%로 가장 높았다.", "2016-04-20", set()),
    # a stem inside a word or with a figure of money is no unit's figure
    ("부산·울산·경남 지역 청년 취업자는 늘었다.", "2019-04-01", set()),
    ("대구·경북 기업 120곳이 참여했다.", "2019-04-01", set()),
]


@pytest.mark.parametrize(("text", "published", "expected"), FIGURE_DISTRACTORS,
                         ids=["no-province", "area-list", "companies"])
def test_figure_distractors(run, text, published, expected):
    assert districts(run(text, published)) == expected


# --- lists of 광역 short names ----------------------------------------------------------------------

PROVINCE_LIST_CASES = [
    ("행정안전부는 상반기 조기집행 평가 결과 울산과 전남에는 각 5억원, 대구·충북·제주는 각 3억원을 준다고 밝혔다.",
     "2012-07-19", {"울산광역시", "전라남도", "대구광역시", "충청북도", "제주특별자치도"}),
    ("표창을 받는 우수 시·도는 인천·경기·충남이며, 우수 센터는 6곳이다.", "2015-02-27",
     {"인천광역시", "경기도", "충청남도"}),
]


@pytest.mark.parametrize(("text", "published", "expected"), PROVINCE_LIST_CASES, ids=["receivers", "copula"])
def test_lists_of_province_short_names(run, text, published, expected):
    assert districts(run(text, published)) == expected


# --- a list of stems with their own brackets --------------------------------------------------------

def test_comma_list_of_stems_with_brackets(run):
    text = ("서울시가 운영하는 청년 공간은 3곳이고, 자치구가 운영하는 곳은 관악(청년 일자리터), 은평(청년 마당), "
            "도봉(청년 쉼표) 등 3곳이다.")
    assert districts(run(text, "2023-03-10")) == {"서울특별시", "서울특별시 관악구", "서울특별시 은평구",
                                                    "서울특별시 도봉구"}


def test_two_stems_with_brackets_are_no_list(run):
    # a venue's areas in brackets stay places (two items: not a list of three)
    out = run("서울시는 관악(신림), 은평(연신내)에서 설명회를 연다.", "2023-03-10")
    assert districts(out) == {"서울특별시"}


# --- the two 광주 ---------------------------------------------------------------------------------

GWANGJU_CASES = [
    ("윤한결 광주시장은 일자리 상황판을 집무실에 걸었다.", "2017-08-14", {"광주광역시"}),
    ("광주시는 희망 일자리 참여자를 모집한다. 신청은 사는 곳 읍·면·동 행정복지센터에서 받는다.", "2018-02-08",
     {"경기도 광주시"}),
    ("광주시는 곤지암 일대에 청년 일자리센터를 연다고 밝혔다.", "2021-05-03", {"경기도 광주시"}),
]


@pytest.mark.parametrize(("text", "published", "expected"), GWANGJU_CASES,
                         ids=["metropolitan-by-default", "eup-myeon-cue", "place-cue"])
def test_gwangju(run, text, published, expected):
    assert districts(run(text, published)) == expected


def test_economy_word_is_no_gyeonggi_cue(run):
    # "경기" as the economy ("경기 침체") is no cue for 경기도 광주시
    out = run("광주시는 경기 침체에도 일자리 1천 개를 만들었다고 밝혔다.", "2019-03-02")
    assert districts(out) == {"광주광역시"}


# --- names that are not actors ------------------------------------------------------------------

NOT_ACTOR_CASES = [
    # tags at the end of a blog copy
    ("홍성군이 일자리 평가에서 우수상을 받았다.\n#홍성군 #예산군 #청양군", "2018-05-02", {"충청남도 홍성군"}),
    # members of an evaluation's groups
    ("평가 대상은 A그룹(목포시, 여수시, 순천시)과 B그룹(담양군, 곡성군)으로 나뉜다. 순천시가 최우수상을 받았다.",
     "2020-03-30", {"전라남도 순천시"}),
    # a person's workplace in brackets
    ("개인 공로상은 한도윤(사하구청 일자리 담당자)과 오지민(기업 대표)이 받았다.", "2014-11-17", set()),
]


@pytest.mark.parametrize(("text", "published", "expected"), NOT_ACTOR_CASES, ids=["hashtags", "groups", "workplace"])
def test_names_that_are_not_actors(run, text, published, expected):
    assert districts(run(text, published)) == expected


def test_capital_region_is_no_gyeonggi_cue(run):
    # young people leaving for the capital region: a 광주광역시 story
    out = run("이한울 광주시장은 수도권으로 떠나는 청년을 붙잡겠다며 일자리 정책을 내놨다.", "2020-05-04")
    assert districts(out) == {"광주광역시"}


REGION_CASES = [
    # a story told with "시는" closed by its dateline
    ("시는 청년 구직자를 돕는 사업에 참여할 청년 150명을 모집한다고 밝혔다.\n울산=하도윤 기자", "2024-02-05",
     {"울산광역시"}),
    # the 광역 as the subject of its own labour statistics
    ("광주지역 취업자는 지난달 78만 명으로 1년 전보다 1만 명 늘었다.", "2016-03-15", {"광주광역시"}),
    # several regions: an area, no subject
    ("부산·울산·경남 지역 취업자는 늘었다.", "2016-03-15", set()),
]


@pytest.mark.parametrize(("text", "published", "expected"), REGION_CASES,
                         ids=["dateline-anaphor", "region-statistics", "region-list"])
def test_province_by_dateline_or_statistics(run, text, published, expected):
    assert districts(run(text, published)) == expected


def test_province_with_all_its_units_is_a_comparison_set(run):
    # "인천시와 10개 군·구의 취업자 수와 견줘도": the 광역 and all its units, a yardstick
    out = run("계양구는 인천시와 10개 군·구의 취업자 수와 견줘도 눈에 띄는 성과를 냈다. 인천에서 이런 곳은 "
              "계양구와 연수구뿐이다.", "2020-01-18")
    assert districts(out) == {"인천광역시 계양구", "인천광역시 연수구"}


def test_a_units_own_quota_of_people(run):
    text = "전남도는 청년 마을기업 참여자를 더 뽑는다. 추가 모집 인원은 순천 5명, 담양 2명 등 모두 7명이다."
    assert districts(run(text, "2019-05-26")) == {"전라남도", "전라남도 순천시", "전라남도 담양군"}


def test_a_stem_before_money_is_no_quota(run):
    # "예산 300억 원": the budget, not 예산군
    out = run("충남도는 올해 일자리 예산 300억 원을 편성했다고 밝혔다.", "2019-01-10")
    assert districts(out) == {"충청남도"}
