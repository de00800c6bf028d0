"""Rules of extractor 0.26.0 (extract/RULES.md "0.26.0"), each sentence written for this file (none is copied from
an article or a gold set); each case holds a convention next to its look-alikes."""

from __future__ import annotations

import pytest

from .conftest import award_keys, check_jobs, check_programs

# --- awards ------------------------------------------------------------------------------------------------------------

AWARDS = [
    # the 상격 given in brackets after a rank
    ("grade-after-a-rank",
     "2021-06-02", "여주시는 2일 고용노동부가 주최한 '전국 지방자치단체 일자리 대상'에서 전국 226개 기초자치단체 가운데 "
     "1위(대상)에 올라 국무총리 표창과 사업비 2억원을 받았다.",
     {("경기도 여주시", 2021, "대상")}),
    # look-alike: a score in the brackets after the rank is no grade
    ("score-after-a-rank",
     "2021-06-02", "여주시는 경기도 고용률 평가에서 31개 시·군 가운데 1위(72.4%)에 올랐다.", set()),
    # "올해의" that opens a prize's name is no year of its own: the prize's own year dates the undated story
    ("prize-named-this-year's",
     None, "여주시는 지난달 서울의 한 호텔에서 열린 '2018 올해의 혁신경영 대상'에서 시장이 올해의 일자리 창출 지자체 "
     "대상을 받았다고 밝혔다.",
     {("경기도 여주시", 2018, "대상")}),
    # a 광역's general 시·군 평가 and a lifelong-education prize are other topics; a jobs 시·군 평가 is not
    ("general-evaluation-of-the-towns",
     "2022-04-20", "논산시는 충남도가 15개 시·군을 대상으로 벌인 '2022년 시·군 평가'에서 5년 연속 우수기관에 뽑혔다.",
     set()),
    ("jobs-evaluation-of-the-towns",
     "2022-04-20", "논산시는 충남도가 벌인 '2022년 시·군 일자리 평가'에서 우수기관에 뽑혔다.",
     {("충청남도 논산시", 2022, "우수")}),
    ("lifelong-education-prize",
     "2022-12-10", "성주군은 경상북도의 평생교육 추진시책 평가에서 최우수상을 받았다.", set()),
    # the 공시제 prize named at the ceremony without its year takes the report's year
    ("ceremony-without-its-year",
     "2013-03-15", "고흥군은 지난 13일 서울에서 열린 『지역일자리 정책 한마당』 행사에서 2012년도 지역일자리 공시제 우수 "
     "자치단체로 뽑혀 \"우수상\" 표창을 받았다.",
     {("전라남도 고흥군", 2013, "우수")}),
    # look-alike: without a ceremony the evaluated year stays
    ("evaluated-year-without-a-ceremony",
     "2013-03-15", "고흥군은 2012년도 지역일자리 공시제 평가에서 우수 자치단체로 뽑혔다.",
     {("전라남도 고흥군", 2012, "우수")}),
    # the lead's evaluated year and a ceremony later: the prizes of the story take the ceremony's year
    ("lead-year-and-a-later-ceremony",
     "2013-03-29", "부평구는 2012년도 지역일자리 목표 공시제 추진 실적을 놓고 벌인 정부 평가에서 최우수 기관으로 뽑혔다고 "
     "29일 밝혔다. 이에 따라 구는 27일 고용노동부가 주관한 지역일자리 정책 한마당 행사에서 최우수상을 받았다.",
     {("인천광역시 부평구", 2013, "최우수")}),
    # the earlier holders of a prize listed before "에 이어" are no winners of its grade
    ("earlier-holders-before-에-이어",
     "2021-11-03", "2019년 고창군, 지난해 군산시에 이어 올해는 전북도와 고창군이 나란히 사회적기업 육성 우수자치단체 우수상을 "
     "받았다.",
     {("전라북도", 2021, "우수"), ("전라북도 고창군", 2021, "우수")}),
    ("two-winners-side-by-side",
     "2021-11-03", "올해는 군산시와 고창군이 나란히 사회적기업 육성 우수자치단체 우수상을 받았다.",
     {("전라북도 군산시", 2021, "우수"), ("전라북도 고창군", 2021, "우수")}),
    # an earlier prize the text does not date ("앞서 … 바 있다") is not the reported one; dated, it is a record
    ("undated-earlier-prize",
     "2014-07-10", "한편 강서구의 일자리 정책은 앞서 서울시 주관 희망일자리 인센티브사업에서 2년 연속 최우수구로 뽑히며 이미 "
     "인정받은 바 있다.",
     set()),
    ("dated-earlier-prize",
     "2014-07-10", "한편 강서구는 앞서 2012년 서울시 주관 희망일자리 인센티브사업에서 최우수구로 뽑힌 바 있다.",
     {("서울특별시 강서구", 2012, "최우수")}),
    # the place a story is filed from is no winner, also when the text names it elsewhere
    ("filed-from",
     "2024-12-20", "진주·김해 등 5곳에 거점\n[진주=한빛뉴스] 경남도는 고용노동부가 주관한 청년도전 지원사업 성과평가에서 "
     "최우수 기관으로 뽑혔다고 20일 밝혔다. 도는 진주, 김해 등 5곳에 거점을 두고 청년을 도왔다.",
     {("경상남도", 2024, "최우수")}),
    # a contest named between a history item's year and its grade
    ("contest-between-year-and-grade",
     "2011-08-31", "무주군은 2010년 지역일자리 브랜드사업 경진대회 대상에 이어 올해 같은 대회에서 최우수상을 받았다.",
     {("전라북도 무주군", 2010, "대상"), ("전라북도 무주군", 2011, "최우수")}),
]


@pytest.mark.parametrize("published,text,expected", [c[1:] for c in AWARDS], ids=[c[0] for c in AWARDS])
def test_award_records(run, published, text, expected):
    assert award_keys(run(text, published=published)) == expected


def test_an_undated_story_takes_the_year_of_its_evaluation_named_in_quotes(run):
    text = (
        "전북도는 2021년 고용노동부가 주관한 ‘사회적기업 육성 우수자치단체’ 평가에서 우수기관으로 뽑혔다고 3일 밝혔다.\n"
        "지난해 군산시에 이어 올해는 전북도와 고창군이 나란히 우수상을 받았다."
    )
    assert award_keys(run(text, published=None)) == {("전라북도", 2021, "우수"), ("전라북도 고창군", 2021, "우수")}


# --- districts -------------------------------------------------------------------------------------------------------


def test_the_town_of_a_venue_in_brackets_is_no_district(run):
    text = "광주 서구는 오는 29일 킨텍스(경기도 고양시)에서 보건복지부 장관 표창을 받는다고 27일 밝혔다."
    assert run(text, published="2021-10-27")["districts"] == ["광주광역시 서구"]


def test_a_town_that_acts_in_brackets_stays(run):
    text = "광주 서구와 자매도시(경기도 고양시)는 함께 일자리 박람회를 연다고 27일 밝혔다."
    assert "경기도 고양시" in run(text, published="2021-10-27")["districts"]


def test_senior_job_types_of_the_early_years_date_an_undated_text(run):
    text = (
        "진안군은 노인일자리사업 발대식을 열고 사업에 들어갔다. 참여 노인들은 환경 지킴이 같은 공익형 사업과 학습지도 "
        "강사 같은 교육형 사업, 돌봄 같은 복지형 사업에서 일한다."
    )
    assert run(text, published=None)["districts"] == ["전라북도 진안군"]


def test_without_a_marker_an_undated_text_takes_todays_names(run):
    text = "진안군은 노인일자리사업 발대식을 열고 사업에 들어갔다. 참여 노인들은 환경 지킴이 같은 공익활동에서 일한다."
    assert run(text, published=None)["districts"] == ["전북특별자치도 진안군"]


# --- job counts -----------------------------------------------------------------------------------------------------


def test_jobs_given_at_a_launch_ceremony_are_employed(run):
    text = (
        "임실군이 노인일자리 사업 발대식을 열고 본격적으로 사업에 들어갔다고 13일 밝혔다.\n"
        "올해 임실군은 120억원을 들여 4개 수행기관을 통해 모두 2850명의 어르신에게 일자리를 제공한다. 사업은 △공익활동 "
        "(2500명) △역량활용(250명) △공동체 사업단(100명) 등으로 운영된다."
    )
    expected = {("전북특별자치도 임실군", v, "employed") for v in (2850, 2500, 250, 100)}
    check_jobs(run, text, expected, published="2026-03-13")


def test_jobs_to_give_without_a_launch_are_a_plan(run):
    text = "임실군은 올해 120억원을 들여 모두 2850명의 어르신에게 일자리를 제공한다."
    check_jobs(run, text, {("전북특별자치도 임실군", 2850, "target")}, published="2026-01-05")


def test_the_level_given_jobs_at_a_launch_not_the_difference(run):
    text = (
        "함양군이 지난 21일 군민회관에서 '2024년 노인일자리사업 발대식'을 열었다.\n"
        "군은 늘어나는 수요에 맞춰 지난해보다 181명 많은 1,426명에게 역대 가장 큰 규모의 일자리를 준다."
    )
    check_jobs(run, text, {("경상남도 함양군", 1426, "employed")}, published="2024-02-23")


JOBS = [
    # people linked to jobs, the clause cut at a comma
    ("linked-to-new-jobs",
     "울산 동구는 올해 일자리센터를 운영해 10월 말까지 610명을 새 일자리에 연계, 이미 지난해 실적을 넘어섰다.",
     {("울산광역시 동구", 610, "employed")}),
    # "일터를 제공한" is jobs given, like 일자리
    ("workplaces-given",
     "광주 북구는 시장형 사업으로 어르신 212명에게 안정적인 일터를 제공한 점이 좋은 평가를 받았다.",
     {("광주광역시 북구", 212, "employed")}),
    # a programme of N jobs run this year: a plan
    ("jobs-programme-run",
     "울산 중구는 올해 지난해보다 310개 많은 3,820개의 노인일자리 사업을 추진하며, 이는 역대 가장 큰 규모다.",
     {("울산광역시 중구", 3820, "target")}),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in JOBS], ids=[c[0] for c in JOBS])
def test_job_counts(run, text, expected):
    check_jobs(run, text, expected, published="2025-11-01")


# --- programmes -------------------------------------------------------------------------------------------------------


def test_a_place_named_centre_before_a_compound_particle(run):
    text = "이천시는 그동안 이천일자리센터에서만 열던 취업 특강을 내년부터 읍·면 행정복지센터에서도 연다."
    check_programs(run, text, {("경기도 이천시", "이천일자리센터")})


def test_a_place_named_centre_used_as_a_venue(run):
    # the district's own jobs centre is its programme whatever its role; another body's hall stays a venue
    text = "이천시는 다음 달 이천일자리센터에서 취업 특강을 열고, 이천상공회의소 대회의실에서 채용설명회를 연다."
    check_programs(run, text, {("경기도 이천시", "이천일자리센터")})


def test_a_bare_centre_before_a_compound_particle_stays_no_name(run):
    text = "이천시는 그동안 일자리센터에서만 열던 취업 특강을 내년부터 읍·면에서도 연다."
    check_programs(run, text, set())
