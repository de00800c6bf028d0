"""Extractor 0.40.0 (extract/RULES.md "0.40.0"). Each sentence is written for this file (none is copied from an article
or a gold set); the cases each change settles stand next to look-alikes it must leave as they were."""

from __future__ import annotations

import pytest

from extract import awards
from extract.learn import using

from .conftest import award_keys

# A counted group of local governments chosen for one grade ("전국 9개 자치단체를 우수기관으로 뽑아"), its members listed
# in the next sentences, 광역 and 기초 mixed, a 행정시 among them: each member district gets the grade, when the members
# number as many as the group counts
HEAD = "노동부는 지역 일자리사업 상반기 평가를 거쳐 인천광역시를 비롯한 전국 {n}개 자치단체를 우수기관으로 뽑아 특별교부세를 나눠 준다고 14일 밝혔다.\n"
LIST = ("시·도에서는 인천광역시, 충청남도(이상 3억)와 울산광역시가 뽑혔다. 시·군·구는 충남 아산시, 경북 구미시, 제주 "
        "서귀포시, 전남 순천시(이상 2억)와 서울 강동구, 부산 남구 등이다.\n노동부는 하반기에도 같은 평가를 한다.")
MEMBERS = {"인천광역시", "충청남도", "울산광역시", "충청남도 아산시", "경상북도 구미시", "전라남도 순천시", "서울특별시 강동구",
           "부산광역시 남구"}
GROUPS = [
    ("group-listed-over-two-sentences", HEAD.format(n=9) + LIST, {(d, 2010, "우수") for d in MEMBERS}),
    # look-alikes: a count the list does not reach (only the head's own record), a group announced for later
    ("members-fewer-than-counted", HEAD.format(n=12) + LIST, {("인천광역시", 2010, "우수")}),
    ("group-to-be-chosen",
     "노동부는 하반기 평가를 거쳐 전국 9개 자치단체를 우수기관으로 뽑을 계획이다.\n지난해에는 충남 아산시, 경북 구미시 등이 "
     "참여했다.",
     set()),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in GROUPS], ids=[c[0] for c in GROUPS])
def test_group_chosen_for_one_grade(run, text, expected):
    assert award_keys(run(text, published="2010-09-14")) == expected


# A dated grade in apposition to the district after it ("2012년 일자리창출 우수기관인 칠곡군"), and the group it heads
# counted in the same breath ("칠곡군을 비롯한 상주·문경시, 예천군 등 4개 시군"): records without an award verb
APPOSITIVES = [
    ("dated-grade-in-apposition",
     "이날 회의에서는 2012년 일자리창출 우수기관인 칠곡군의 우수사례 발표가 이어졌다.",
     {("경상북도 칠곡군", 2012, "우수")}),
    ("group-headed-by-the-apposition",
     "이날 회의에서는 2012년 일자리창출 우수기관인 칠곡군을 비롯한 상주·문경시, 예천군 등 4개 시군의 우수사례 발표가 "
     "이어졌다.",
     {("경상북도 칠곡군", 2012, "우수"), ("경상북도 상주시", 2012, "우수"), ("경상북도 문경시", 2012, "우수"),
      ("경상북도 예천군", 2012, "우수")}),
    # look-alikes: no year before the grade (a standing, not a dated prize), a group counted otherwise than listed
    ("undated-apposition",
     "이날 회의에서는 일자리창출 우수기관인 칠곡군의 우수사례 발표가 이어졌다.",
     set()),
    ("group-counted-otherwise",
     "이날 회의에서는 2012년 일자리창출 우수기관인 칠곡군을 비롯한 상주·문경시, 예천군 등 6개 시군의 우수사례 발표가 "
     "이어졌다.",
     {("경상북도 칠곡군", 2012, "우수")}),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in APPOSITIVES], ids=[c[0] for c in APPOSITIVES])
def test_dated_grade_in_apposition(run, text, expected):
    assert award_keys(run(text, published="2013-02-25")) == expected


# A 새일센터 under its 본부 name ("시흥 여성새일지원본부") wins its own grade, as a 새일센터 does (data/institutions.tsv);
# the district's own grade in the same evaluation stays, and a run's adverb ("4년 내리") is no part of the award's name
def test_a_centres_headquarters_wins_its_own_grade(run):
    out = run("시흥시 여성새일지원본부는 2014년부터 4년 내리 A등급을 받아 전국에서 손꼽히는 여성 취업기관이 됐다.",
              published="2017-11-24")
    assert award_keys(out) == set()


def test_the_districts_own_run_keeps_its_records_and_name(run):
    out = run("시흥시는 2014년부터 4년 내리 새일센터 평가에서 A등급을 받았다.", published="2017-11-24")
    assert award_keys(out) == {("경기도 시흥시", y, "A") for y in (2014, 2015, 2016, 2017)}
    assert {a["award"] for a in out["awards"]} == {"새일센터 평가"}


# A run counted in years from its start ("2018년부터 3년 동안", "… 3년간") gives a record for each of its years, as
# "2014년부터 4년 내리" did
RUNS = [
    ("run-of-years-with-donan", "서산시는 2018년부터 3년 동안 전국 새일센터 평가에서 최우수 등급을 받았다.",
     {("충청남도 서산시", y, "최우수") for y in (2018, 2019, 2020)}),
    ("run-of-years-with-gan", "서산시는 2018년부터 3년간 전국 새일센터 평가에서 최우수 등급을 받았다.",
     {("충청남도 서산시", y, "최우수") for y in (2018, 2019, 2020)}),
    # look-alike: a span without a count of years keeps its last year ("2019~2021년 실적 평가에서")
    ("span-of-the-evaluated-work", "서산시는 2019~2021년 실적 평가에서 최우수 등급을 받았다.",
     {("충청남도 서산시", 2021, "최우수")}),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in RUNS], ids=[c[0] for c in RUNS])
def test_runs_counted_in_years(run, text, expected):
    assert award_keys(run(text, published="2022-05-23")) == expected


# A story that counts no district and tells of "시는" only, from the desk of one 광역시 (home_region): the 광역
HOME = [
    ("metropolitan-desk-city-anaphor", "대전광역시",
     "시는 최근 실·국별 일자리 보고회를 열어 지난 성과를 점검했다고 16일 밝혔다. 시는 2018년까지 일자리 24만 개를 "
     "만들 계획이다.",
     ["대전광역시"]),
    # look-alikes: a 도's desk with "시는" (one of its 시, unnamed), a 군 anaphor on a 도's desk, a body that names its unit
    ("province-desk-city-anaphor", "제주특별자치도",
     "시는 최근 읍·면·동 일자리 보고회를 열어 지난 성과를 점검했다고 16일 밝혔다.",
     []),
    ("province-desk-county-anaphor", "강원특별자치도",
     "군은 최근 일자리 보고회를 열어 지난 성과를 점검했다고 16일 밝혔다.",
     []),
    ("body-names-its-unit", "대전광역시",
     "유성구는 최근 일자리 보고회를 열어 지난 성과를 점검했다고 16일 밝혔다. 구는 일자리 2천 개를 만들 계획이다.",
     ["대전광역시 유성구"]),
]


@pytest.mark.parametrize("home,text,expected", [c[1:] for c in HOME], ids=[c[0] for c in HOME])
def test_home_desk_anaphor(run, home, text, expected):
    assert run(text, published="2016-09-16", home_region=home)["districts"] == expected


# Bodies counted as the subject of a grade ("대전 지역 센터 두 곳이 우수기관으로 뽑혔다") hold the grade themselves: the
# rules give the district no record (the award model dropped it before, at the edge of its threshold)
BODIES = [
    ("centres-counted-as-the-subject",
     "대전시는 여성새로일하기센터 운영 평가에서 대전 지역 센터 두 곳이 우수기관으로 뽑혔다고 28일 밝혔다.", set()),
    ("the-city-itself-chosen",  # look-alike: the district is the subject
     "대전시는 여성새로일하기센터 운영 평가에서 우수기관으로 뽑혔다고 28일 밝혔다.", {("대전광역시", 2024, "우수")}),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in BODIES], ids=[c[0] for c in BODIES])
def test_counted_bodies_hold_their_grade(run, text, expected):
    with using({awards.AWARD_MODEL: None}):
        assert award_keys(run(text, published="2024-11-28")) == expected
