"""Award records in further shapes of real coverage (issue #9, second tuning round).

Every sentence here was written for the test: the structures follow real releases and reports
(bare grade words before names, histories with ranges, 광역 short-name lists, other-topic prizes,
prizes to companies and entries), the names and numbers are invented.
"""

from __future__ import annotations

import pytest

from .conftest import award_keys as keys

# --- winner lists: a bare grade word right before its winners -----------------------------------

PAIR_CASES = [
    # three groups, each "grade name(·name)" pair in one sentence
    ("경상남도는 시·군 일자리센터 운영 평가 결과를 내놨다.\n"
     "인구 30만 이상 시에서는 최우수 김해시·우수 양산시·장려 거제시, 군 지역에서는 최우수 함안군, "
     "우수 고성군이 각각 선정됐다.", "2015-12-02",
     {("경상남도 김해시", 2015, "최우수"), ("경상남도 양산시", 2015, "우수"), ("경상남도 거제시", 2015, "장려"),
      ("경상남도 함안군", 2015, "최우수"), ("경상남도 고성군", 2015, "우수")}),
    # pairs listed as the object, then the group label "우수기관" for all of them adds nothing
    ("충청남도는 최우수 아산시, 우수 공주시, 장려 보령시·서산시를 올해 일자리 우수기관으로 선정했다.", "2019-11-20",
     {("충청남도 아산시", 2019, "최우수"), ("충청남도 공주시", 2019, "우수"), ("충청남도 보령시", 2019, "장려"),
      ("충청남도 서산시", 2019, "장려")}),
    # a single pair opening a bracket
    ("도는 우수시군 부문(최우수 옥천군, 우수 영동군)을 시상했다고 밝혔다.", "2021-12-10",
     {("충청북도 옥천군", 2021, "최우수"), ("충청북도 영동군", 2021, "우수")}),
]


@pytest.mark.parametrize(("text", "published", "expected"), PAIR_CASES, ids=["groups", "object-list", "bracket"])
def test_bare_grade_before_its_winners(run, text, published, expected):
    assert keys(run(text, published)) == expected


def test_one_bare_grade_before_a_name_is_no_list(run):
    # one "우수 <name>" alone, no verb of an award: an adjective, not a ranked list
    assert keys(run("도는 우수 논산시 사례를 다른 시·군에 알렸다.", "2019-05-02")) == set()


# --- the year of a graded selection -----------------------------------------------------------------

def test_year_of_a_graded_selection_dates_an_undated_story(run):
    text = ("광명시와 안성시가 경기도가 뽑은 '2014년도 최우수 일자리센터'에 이름을 올렸다.\n"
            "도는 평가 결과 광명시가 최우수 기관, 안성시가 우수 기관에 올랐다고 밝혔다.")
    assert keys(run(text, None)) == {("경기도 광명시", 2014, "최우수"), ("경기도 안성시", 2014, "우수")}


def test_year_of_a_prize_giving_meeting_named_in_the_lead(run):
    text = ("고용노동부는 9일 '2018년도 마을기업 육성 성과공유대회'를 열었다.\n"
            "마을기업 육성 우수기관 대상에는 전라남도가, 최우수상에는 완주군이 뽑혔다.")
    assert keys(run(text, "2019-03-10")) == {("전라남도", 2018, "대상"), ("전라북도 완주군", 2018, "최우수")}


# --- histories: spelled-out runs, spans right before a grade, 대상 in a history ---------------------

HISTORY_CASES = [
    ("목포시는 2014년부터 네 해 연속 우수상을 받았으며 이번에 최우수상을 받았다.", "2018-06-01",
     {("전라남도 목포시", 2014, "우수"), ("전라남도 목포시", 2015, "우수"), ("전라남도 목포시", 2016, "우수"),
      ("전라남도 목포시", 2017, "우수"), ("전라남도 목포시", 2018, "최우수")}),
    ("영주시는 '17년 우수상, '18~'19년 대상에 이어 올해 최우수상을 받았다.", "2020-07-20",
     {("경상북도 영주시", 2017, "우수"), ("경상북도 영주시", 2018, "대상"), ("경상북도 영주시", 2019, "대상"),
      ("경상북도 영주시", 2020, "최우수")}),
    ("나주시는 2016년 대상(상금 2억 원)에 이은 두 번째 수상으로 올해 우수상을 받았다.", "2019-05-30",
     {("전라남도 나주시", 2016, "대상"), ("전라남도 나주시", 2019, "우수")}),
    ("금산군은 '12~'13년도 잇달아 특별상을 받았다.", "2014-05-20",
     {("충청남도 금산군", 2012, "특별"), ("충청남도 금산군", 2013, "특별")}),
    # "YYYY년(도)에 이어 두 번째": that year and the article's own
    ("울산시는 '2023년 전국 지방자치단체 일자리대상'에서 우수사업 부문 2019년도에 이어 두 번째로 우수상을 받았다.",
     "2023-07-12", {("울산광역시", 2019, "우수"), ("울산광역시", 2023, "우수")}),
    # a year and 지난해 before "에 이어 N년 연속": both, and the article's own year
    ("충남도는 2016년과 지난해에 이어 3년 연속 전국 최우수 기관에 올랐다.", "2018-03-20",
     {("충청남도", 2016, "최우수"), ("충청남도", 2017, "최우수"), ("충청남도", 2018, "최우수")}),
    # an open run "YYYY년 이후 해마다": every year up to the one before the article's own prize
    ("경상남도는 일자리 평가에서 2014년 이후 해마다 우수상을 받았고, 종합대상은 올해가 처음이다.", "2018-07-24",
     {("경상남도", 2014, "우수"), ("경상남도", 2015, "우수"), ("경상남도", 2016, "우수"), ("경상남도", 2017, "우수"),
      ("경상남도", 2018, "대상")}),
]


@pytest.mark.parametrize(("text", "published", "expected"), HISTORY_CASES,
                         ids=["spelled-run", "short-span-daesang", "daesang-bracket", "jaldara", "ieo-year",
                              "year-and-last-year", "open-run"])
def test_award_histories(run, text, published, expected):
    assert keys(run(text, published)) == expected


def test_years_that_cannot_be_paired_with_their_grades(run):
    # three years, two grades, no "respectively": no pairing, only the current prize
    text = ("안산시가 '2016년 전국 지방자치단체 일자리대상'에서 우수상을 받았다.\n"
            "시는 일자리대상에서 2013년, 2014년, 2015년 세 번 연속 특별상과 장려상을 받았다.")
    assert keys(run(text, "2016-06-01")) == {("경기도 안산시", 2016, "우수")}


def test_this_time_drops_a_year_that_dates_a_statistic(run):
    text = ("천안시는 2017년 고용률 64.1%를 기록하는 등 여러 시책을 편 공을 인정받아 이번에 우수상을 받았다.")
    assert keys(run(text, "2018-06-20")) == {("충청남도 천안시", 2018, "우수")}


# --- grade forms -----------------------------------------------------------------------------------

GRADE_FORM_CASES = [
    ("동구가 '2018년 일자리 창출 유공' 우수 지방자치단체로 뽑혀 장관 표창을 받는다.", "2018-12-20", "대전",
     {("대전광역시 동구", 2018, "우수")}),
    ("세종시는 행정안전부 평가에서 '전국 최우수 시도'로 뽑혔다.", "2020-08-03", None,
     {("세종특별자치시", 2020, "최우수")}),
    ("부산시는 2023년 지역 일자리 사업 평가에서 청년 사업이 에스(S)등급을 받았다고 밝혔다.", "2024-01-10", None,
     {("부산광역시", 2023, "S")}),
]


@pytest.mark.parametrize(("text", "published", "home", "expected"), GRADE_FORM_CASES,
                         ids=["jibang-jachidanche", "quoted-sido", "letter-in-hangul"])
def test_grade_forms(run, text, published, home, expected):
    kw = {"home_region": "대전광역시"} if home else {}
    assert keys(run(text, published, **kw)) == expected


NOT_A_GRADE_CASES = [
    # an average over projects is no grade received
    ("부산시는 2023년 지역 일자리 사업 평가에서 사업별 평균 에이(A)등급을 받았다.", "2024-01-10"),
    # "우수시책" is a word, not the grade 우수시
    ("'2019 일자리대상'은 △단체장 의지 △우수시책 발굴 등을 평가해 시상하는 제도다. 창원시는 사례를 냈다.", "2019-06-01"),
    # a standing, not a prize
    ("김해시는 일자리 정책 우수기관으로 자리를 굳히고 있다고 밝혔다.", "2019-06-01"),
    # denied prizes
    ("익산시는 최우수상, 우수상, 장려상 가운데 어느 것도 받지 못했다.", "2020-03-29"),
    # prize counts of an idea contest
    ("시는 일자리 아이디어 공모전을 열어 최우수상 1건, 우수상 2건을 골랐다.", "2019-10-31"),
]


@pytest.mark.parametrize(("text", "published"), NOT_A_GRADE_CASES,
                         ids=["average-letter", "word-usu-si", "standing", "negated", "contest-count"])
def test_not_a_grade(run, text, published):
    assert run(text, published)["awards"] == []


# --- who did not win -------------------------------------------------------------------------------

def test_contest_prizes_in_the_sentences_after_the_contest(run):
    text = ("춘천시는 시민 일자리 아이디어 공모전도 열어 제안 41건을 받았다.\n"
            "시는 심사를 거쳐 수상작을 골랐다.\n"
            "최우수상은 동네 수리공 양성(김민재), 우수상은 공유 주방 운영(이서윤) 등이 받았다.")
    assert run(text, "2019-11-02")["awards"] == []


def test_prizes_to_companies_in_a_bullet_list(run):
    text = ("대구고용대상 시상식에서 △대상(대구시장상)에 ㈜한울기계 △최우수상에 ㈜새빛소재 △특별상에 "
            "윤하늘(수성구청 일자리 담당자)이 뽑혔다.\n대상을 받는 ㈜한울기계는 직원의 80%를 지역에서 뽑았다.")
    assert run(text, "2015-11-17")["awards"] == []


def test_a_run_of_conferrer_prizes_gives_no_grade(run):
    text = ("전남도는 2022년 국무총리상, 지난해 행정안전부 장관상에 이어 3년 연속 일자리 분야 우수기관에 "
            "이름을 올렸다.")
    assert run(text, "2024-11-20")["awards"] == []


OTHER_TOPIC_CASES = [
    ("경상북도는 23개 시·군의 도정 주요 시책 추진 성과를 평가했다.\n"
     "우수 시·군에는 구미시·경산시가, 장려 시·군에는 영주시가 이름을 올렸다.", "2016-12-04"),
    ("청주시는 지역노사민정 협력 활성화 평가에서 최우수 기초자치단체로 뽑혔다.", "2017-12-15"),
    ("도는 '제6회 대한민국 SNS대상' 광역자치단체 부문에서 최우수상을 차지했다.", "2016-12-20"),
    ("도는 일자리 사업인 '마을 일꾼'을 키운 성과로 제18회 지방자치 경영대전 대상을 받았다.", "2022-12-05"),
]


@pytest.mark.parametrize(("text", "published"), OTHER_TOPIC_CASES,
                         ids=["dojeong-sichaek", "nosaminjeong", "sns", "nearest-name"])
def test_other_topic_prizes(run, text, published):
    assert run(text, published)["awards"] == []


def test_job_prize_next_to_an_other_topic_word_stays(run):
    # the 분야 joins a job word: still a job prize (distractor of the nearest-name rule)
    out = run("강릉시는 일자리·투자유치 분야 우수상을 받았다.", "2021-12-01")
    assert keys(out) == {("강원도 강릉시", 2021, "우수")}


def test_evaluation_in_a_contest_story_stays_a_record(run):
    text = ("대전시, 시민 아이디어 공모전 연다\n"
            "대전시는 이달 말까지 '일자리 아이디어 공모전'을 연다고 밝혔다.\n"
            "시는 지난달 행정안전부가 발표한 상반기 일자리사업 평가에서 '전국 최우수 시도'로 뽑혔다.")
    assert keys(run(text, "2020-07-07")) == {("대전광역시", 2020, "최우수")}


def test_province_short_names_as_winners(run):
    text = ("여성가족부는 2014년 새일센터 운영 평가 결과를 발표했다.\n"
            "표창을 받는 우수 시·도는 부산·충북·경남이며, 우수 센터는 8곳이다.")
    assert keys(run(text, None)) == {("부산광역시", 2014, "우수"), ("충청북도", 2014, "우수"),
                                     ("경상남도", 2014, "우수")}


def test_grades_in_backticks_pair_with_the_names_before(run):
    text = "도는 시상식에서 구미시가 `대상`, 경산시와 영천시가 `최우수상`을 받았다고 밝혔다."
    assert keys(run(text, "2019-12-28")) == {("경상북도 구미시", 2019, "대상"), ("경상북도 경산시", 2019, "최우수"),
                                           ("경상북도 영천시", 2019, "최우수")}


def test_a_year_that_dates_the_prize_class_is_not_the_award_year(run):
    text = ("고용노동부는 '2017 전국 지방자치단체 일자리대상' 시상식을 열었다.\n"
            "지난해 새로 생긴 특별상은 여건이 어려운데도 애쓴 경상북도 봉화군 등 10곳이 받았다.")
    assert keys(run(text, None)) == {("경상북도 봉화군", 2017, "특별")}


def test_a_class_with_its_own_conferrer_takes_no_section_category(run):
    text = ("국무총리상인 기초자치단체 부문 대상은 전라남도 영광군이 받았다.\n"
            "고용노동부장관상인 최우수상은 충남 홍성군 등 9곳이 받았다.")
    out = run(text, "2016-05-20")
    cats = {a["district"]: a["category"] for a in out["awards"]}
    assert cats == {"전라남도 영광군": "기초자치단체 부문", "충청남도 홍성군": None}


def test_an_unnamed_bodys_entry_gives_the_district_no_record(run):
    text = ("영주시는 일자리 사례 발표대회를 열었다고 밝혔다.\n"
            "한 협동조합의 '골목 반찬가게' 사례가 마을기업부문 최우수상에 뽑혔다.")
    assert run(text, "2014-12-20")["awards"] == []
