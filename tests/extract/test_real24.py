"""Rules of extractor 0.24.0 (extract/RULES.md "0.24.0"), each sentence written for this file (none is copied from
an article or a gold set); each case holds a convention next to its look-alikes."""

from __future__ import annotations

import datetime as dt

import pytest

from extract.gazetteer import default_gazetteer

from .conftest import award_keys, check_jobs, check_programs, job_keys

# --- districts: a unit merged away is nobody's namesake -----------------------------------------------------------------


def test_a_unit_merged_away_has_no_namesake_successor():
    gaz = default_gazetteer()
    incheon_donggu = next(u for u in gaz.candidates("인천 동구"))
    gwangju_donggu = next(u for u in gaz.candidates("광주 동구") if u.valid_to < dt.date(2027, 1, 1))
    # 인천 동구 ended on 2026-06-30 (merged into 제물포구); 광주's 동구, re-coded under 전남광주통합특별시 that day, is
    # not its successor
    assert gaz.at(incheon_donggu, dt.date(2026, 12, 1)) is None
    assert gaz.at(gwangju_donggu, dt.date(2026, 12, 1)).full_name == "전남광주통합특별시 동구"


UNDATED_HEADLINES = [
    # an undated story with no year: today's names, except a unit whose headline names its ended 광역 with it
    ("merged-away-named-with-its-province", "인천 동구, 구립도서관에서 '찾아가는 일자리 상담소'",
     ["인천광역시 동구"]),
    ("recoded-named-with-its-province", "광주 동구, 구립도서관에서 '찾아가는 일자리 상담소'",
     ["전남광주통합특별시 동구"]),
]


@pytest.mark.parametrize("title,expected", [c[1:] for c in UNDATED_HEADLINES], ids=[c[0] for c in UNDATED_HEADLINES])
def test_undated_headline_with_its_province(run, title, expected):
    text = "동구는 다음 달까지 매주 화요일 구립도서관에서 '찾아가는 일자리 상담소'를 운영한다. 구는 지난해 상담으로 41명이 일자리를 얻었다."
    out = run(text, published=None, title=title)
    assert out["districts"] == expected
    assert job_keys(out) == {(expected[0], 41, "employed")}


ERAS = [
    # the government of the day frames an undated text ("문재인 정부 100대 국정과제": 2017-05 … 2022-05)
    ("government-frames", "완주군이 문재인 정부 100대 국정과제에 맞춰 일자리 사업 발굴 보고회를 열었다.", ["전라북도 완주군"]),
    ("government-no-space", "완주군이 박근혜정부 국정과제에 맞춰 일자리 사업 발굴 보고회를 열었다.", ["전라북도 완주군"]),
    # look-alike: no frame, today's name
    ("no-frame", "완주군이 새 국정과제에 맞춰 일자리 사업 발굴 보고회를 열었다.", ["전북특별자치도 완주군"]),
    # the merger of 광주 and 전남 while it was pursued frames the text before 2026-07-01
    ("merger-pursued", "광주시는 광주·전남 행정통합 추진에 따른 행정수요를 반영해 올해 지방공무원을 더 뽑는다.", ["광주광역시"]),
    ("merger-look-alike", "광주시는 늘어난 행정수요를 반영해 올해 지방공무원을 더 뽑는다.", ["전남광주통합특별시"]),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in ERAS], ids=[c[0] for c in ERAS])
def test_period_markers_frame_undated_texts(run, text, expected):
    assert run(text, published=None)["districts"] == expected


# --- awards: other topics and the grade of this time ----------------------------------------------------------------
AWARDS = [
    # a welfare delivery evaluation, a business-attraction evaluation, a rural-works evaluation: other topics
    ("welfare-delivery",
     "인천 남동구가 보건복지부의 '2013 창의적 복지전달체계 평가'에서 우수기관으로 뽑혔다.", set()),
    ("business-attraction",
     "전라남도는 올해 시군 기업유치 실적을 평가한 결과 여수시와 장흥군이 최우수상을 받았다고 밝혔다.", set()),
    ("rural-works",
     "경상북도는 2019년 농어촌정비사업 평가에서 안동시와 청도군을 우수로 뽑았다.", set()),
    # look-alike: a jobs evaluation of the same shape
    ("jobs-evaluation",
     "전라남도는 올해 시군 일자리 창출 실적을 평가한 결과 여수시와 장흥군이 최우수상을 받았다고 밝혔다.",
     {("전라남도 여수시", 2019, "최우수"), ("전라남도 장흥군", 2019, "최우수")}),
    # a prize gone back over by its field: the field decides
    ("field-gone-back-over",
     "진도군이 전라남도 일자리 한마당에서 투자유치 평가 최우수상을 받았다. 최우수상을 받은 투자유치 분야에서는 투자 실적이 "
     "좋은 점수를 받았다.", set()),
    ("jobs-field-gone-back-over",
     "진도군이 전라남도 일자리 창출 평가에서 최우수상을 받았다. 최우수상을 받은 일자리 분야에서는 청년 일자리 실적이 좋은 "
     "점수를 받았다.",
     {("전라남도 진도군", 2019, "최우수")}),
    # "이번 최우수상": this time's grade, not the streak's before it
    ("this-time-after-a-streak",
     "2016년부터 2년 연속 공시제 평가에서 우수상을 받았던 나주시는 이번 최우수상으로 다시 한 번 인정받았다.",
     {("전라남도 나주시", 2016, "우수"), ("전라남도 나주시", 2017, "우수"), ("전라남도 나주시", 2019, "최우수")}),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in AWARDS], ids=[c[0] for c in AWARDS])
def test_award_topics_and_grades(run, text, expected):
    assert award_keys(run(text, published="2019-11-20")) == expected


# --- job counts ------------------------------------------------------------------------------------------------------
JOBS = [
    # "N명이던 … 참여 인원": the level a plan starts from, taking part (not the plan)
    ("level-it-starts-from",
     "남원시는 올해 132명이던 공공근로사업 참여 인원을 내년에는 180명까지 늘린다고 밝혔다.",
     {("전북특별자치도 남원시", 132, "participants"), ("전북특별자치도 남원시", 180, "target")}),
    # a level compared with a planned figure takes its kind
    ("compared-with-a-plan",
     "서울 강서구는 내년 어르신 일자리 참여자 5,210명을 모집한다. 올해 4,580명보다 630명 늘어난 규모다.",
     {("서울특별시 강서구", 5210, "target"), ("서울특별시 강서구", 4580, "target")}),
    ("compared-with-placements",
     "서울 강서구는 올해 어르신 5,210명을 일자리에 배치했다. 지난해 4,580명보다 630명 늘어난 규모다.",
     {("서울특별시 강서구", 5210, "employed"), ("서울특별시 강서구", 4580, "employed")}),
    # hires and second interviews counted together are no count; hires alone are
    ("hired-or-second-interview",
     "영동군 취업박람회에서 구직자 240명이 면접을 봤다. 이 가운데 37명은 그 자리에서 채용이 확정되거나 2차 면접 날짜를 "
     "잡았다.", set()),
    ("hired-alone",
     "영동군 취업박람회에서 구직자 240명이 면접을 봤다. 이 가운데 37명은 그 자리에서 채용이 확정됐다.",
     {("충청북도 영동군", 37, "employed")}),
    # "N명이 활동한다" in an activity scheme: people taking part
    ("senior-activity",
     "창원시는 시청 시민홀에서 노인사회활동 지원사업 발대식을 열었다. 올해 어르신 3,140명이 활동한다.",
     {("경상남도 창원시", 3140, "participants")}),
    ("social-contribution-activity",
     "세종시는 지난해 사회공헌 74명, 경력형 19명 등 모두 93명의 신중년이 사회공헌 활동을 하도록 지원했다.",
     {("세종특별자치시", 74, "participants"), ("세종특별자치시", 19, "participants"), ("세종특별자치시", 93, "participants")}),
    # look-alike: job-seekers' search activity is no count
    ("job-search-activity",
     "창원시 일자리센터에는 구직자 52명이 구직 활동을 하고 있다.", set()),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in JOBS], ids=[c[0] for c in JOBS])
def test_job_count_kinds(run, text, expected):
    check_jobs(run, text, expected, published="2025-11-28")


RECRUITMENT = (
    "광주시는 올해 지방공무원 724명을 새로 뽑는다고 밝혔다. 상반기에 701명, 하반기에 23명을 뽑는다. "
    "직군별로는 행정직군 452명, 기술직군 269명, 연구직 3명이다. "
    "직급별로는 7급 16명, 8급 61명, 9급 644명, 연구사 3명이다."
)


def test_posts_splitting_a_broken_down_total_again_are_no_counts(run):
    # the total and its own breakdown (by half year) are counts; the splits by job group and grade are the same
    # people again
    check_jobs(run, RECRUITMENT, {
        ("광주광역시", 724, "target"), ("광주광역시", 701, "target"), ("광주광역시", 23, "target"),
    }, published="2024-02-12")


def test_a_plan_broken_down_by_year_and_by_field_keeps_both(run):
    # look-alike: a plan's breakdowns by year and by field are its own (the heading names no post)
    text = (
        "제주도는 2028년까지 일자리 9,000개를 만든다. 연도별로는 2026년 2,000개, 2027년 3,000개, 2028년 4,000개를 "
        "만든다. 분야별로는 관광 5,000개, 농업 1,500개, 정보통신 2,500개를 만들 계획이다."
    )
    keys = {(v, k) for _d, v, k in job_keys(run(text, published="2025-01-03"))}
    assert {(9000, "target"), (2000, "target"), (5000, "target"), (1500, "target"), (2500, "target")} <= keys


# --- programmes: names that are no programme -------------------------------------------------------------------------
PROGRAMS = [
    # a firm or a body by its legal form, in a list of designated firms
    ("legal-forms",
     "부산시는 예비사회적기업으로 △'㈜바다온' △'(사)한마음자립회 나눔사업단' △'(사복)늘빛직업재활원'을 새로 지정했다.",
     set()),
    # page code caught in quote marks
    ("page-code",
     "경기도는 사회적경제기업 390곳을 발굴한다. @include $docRoot.'/uhtml/article_relate.php';?>", set()),
    # a size word in Latin letters before a kind of fair
    ("mini-fair",
     "김해시는 산업단지 입주기업과 청년을 잇는 mini 채용박람회를 열었다.", set()),
    # the national senior-jobs scheme under another of its names
    ("national-senior-scheme",
     "서울 도봉구가 보건복지부 '어르신 일자리 및 사회활동 지원사업'에 참여할 어르신을 모집한다.", set()),
    # a plan ending in 대책
    ("a-plan",
     "은평구는 일자리 5만 개를 만드는 '민선 8기 일자리대책'을 추진한다고 밝혔다.", set()),
    # look-alike: the district's own named scheme beside them
    ("own-scheme",
     "서울 도봉구가 60세부터 참여할 수 있는 '도봉형 어르신 일자리사업' 발대식을 열었다.",
     {("서울특별시 도봉구", "도봉형 어르신 일자리사업")}),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in PROGRAMS], ids=[c[0] for c in PROGRAMS])
def test_names_that_are_no_programme(run, text, expected):
    check_programs(run, text, expected, published="2025-03-11")
