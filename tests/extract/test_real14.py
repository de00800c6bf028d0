"""Rules of extractor 0.16.0 and 0.16.1 (extract/RULES.md "0.16.0", "0.16.1"), each sentence written for this
file (none is copied from an article or a gold set); each table holds a convention next to its look-alikes."""

from __future__ import annotations

import pytest

from extract import jobs
from extract.learn import using

from .conftest import job_keys, program_keys


def _jobs(run, text, published="2023-02-14"):
    return job_keys(run(text, published=published))


# --- job counts: the jobs a plan will provide, named as the sentence's topic, and the parts listed after them -----
TOPICS = [
    ("jobs-to-provide-and-their-parts",
     "대구 수성구는 어르신 일자리 참여자를 모집한다. 올해 어르신들에게 나눠 드릴 일자리는 공익활동형 2,310개를 "
     "비롯해 사회서비스형 240개, 시장형 150개 등 모두 2,700개다.",
     {("대구광역시 수성구", 2310, "target"), ("대구광역시 수성구", 240, "target"), ("대구광역시 수성구", 150, "target"),
      ("대구광역시 수성구", 2700, "target")}),
    ("jobs-to-provide-plain",
     "대구 수성구는 어르신 일자리 참여자를 모집한다. 올해 어르신들에게 제공할 일자리는 모두 2,700개다.",
     {("대구광역시 수성구", 2700, "target")}),
    ("public-jobs-it-runs",
     "영월군은 일자리 계획을 내놨다. 영월군이 올해 추진하는 공공일자리는 모두 94건, 812명으로 산불감시 등이다.",
     {("강원도 영월군", 812, "target")}),
    ("parts-of-a-goal",
     "창원시는 올해 일자리 대책을 세웠다. 분야별 목표를 보면 직접일자리 8,120명, 직업훈련 960명, 고용서비스 4,400명이다.",
     {("경상남도 창원시", 8120, "target"), ("경상남도 창원시", 960, "target"), ("경상남도 창원시", 4400, "target")}),
    # look-alike: jobs already made, named as the topic, stay created
    ("jobs-made",
     "창원시는 지난해 실적을 냈다. 지난해 시가 만든 일자리는 모두 9,870개에 이른다.",
     {("경상남도 창원시", 9870, "created")}),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in TOPICS], ids=[c[0] for c in TOPICS])
def test_jobs_named_as_the_topic(run, text, expected):
    assert _jobs(run, text) == expected


# --- job counts: hires announced in the formal present, a scale to run at, the size of a fair's hiring --------------
PLANNED = [
    ("formal-present-hires",
     "대전시는 올해 공공기관 채용을 늘렸습니다. 도시철도공사 등 5개 기관에서 188명을 뽑습니다.",
     {("대전광역시", 188, "target")}),
    ("choosing-as-the-scale",
     "대전시는 올해 공공기관 채용을 늘렸다. 모두 11개 공공기관에서 407명을 선발하는 것으로 역대 가장 많다.",
     {("대전광역시", 407, "target")}),
    ("run-at-a-scale",
     "김천시는 청년 인턴 사업을 넓힌다. '김천 청년 첫걸음 사업'은 올해 120명 규모로 운영할 예정이다.",
     {("경상북도 김천시", 120, "target")}),
    ("hiring-size-of-a-fair",
     "춘천시는 다음 달 일자리 박람회를 연다. 채용 규모는 240여명이다.",
     {("강원도 춘천시", 240, "target")}),
    # look-alikes: people already chosen; a scale reached in the past
    ("people-chosen",
     "대전시는 상반기 공공기관 채용을 마쳤다. 5개 기관에서 188명을 뽑았다.",
     {("대전광역시", 188, "employed")}),
    ("hires-counted",
     "춘천시는 일자리 박람회를 마쳤다. 채용 인원은 96명이었다.",
     {("강원도 춘천시", 96, "employed")}),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in PLANNED], ids=[c[0] for c in PLANNED])
def test_planned_hires(run, text, expected):
    assert _jobs(run, text) == expected


# --- job counts: people placed named before the number; a target passed ------------------------------------------
PLACED = [
    ("who-succeeded",
     "부산 사하구는 지난해 실적을 냈다. 지난해 사하구 일자리센터를 거쳐 취업에 성공한 구민은 131명으로 집계됐다.",
     {("부산광역시 사하구", 131, "employed")}),
    # look-alike: a target passed, then the jobs made (read as before)
    ("target-passed",
     "함평군은 2013년 공공부문 창출 목표 900명을 넘겨 1,080개의 일자리를 만들었다.",
     {("전라남도 함평군", 900, "target"), ("전라남도 함평군", 1080, "created")}),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in PLACED], ids=[c[0] for c in PLACED])
def test_people_placed_and_targets_passed(run, text, expected):
    assert _jobs(run, text, published="2014-01-20") == expected


# --- job counts: what is no district's count -----------------------------------------------------------------------
NOT_COUNTS = [
    ("projects-named-then-counted",
     "고령군은 고용노동부 공모에 '신중년 사회공헌 일자리사업' 11개가 뽑혔다고 밝혔다. 이 사업에는 45명이 참여한다.",
     {("경상북도 고령군", 45, "participants")}),
    ("insurance-statistics",
     "시흥시는 지난해 고용 없는 성장을 했다. 고용보험 현황을 보면 사업장은 1,904개 늘었지만 일자리는 2,210개 늘어나는 데 "
     "그쳤다.",
     set()),
    ("the-club-again",
     "합천군은 합천시니어클럽이 보건복지부 평가에서 최우수기관이 됐다고 밝혔다. 클럽은 지난해 학교 급식 도우미 같은 "
     "공익활동 일자리 318개, 카페 등 시장형 사업단 일자리 62개 등 모두 380개의 일자리를 제공했다.",
     set()),
    # look-alike: the district's own count next to a club named elsewhere
    ("the-county-after-the-club",
     "합천시니어클럽은 보건복지부 평가에서 최우수기관이 됐다. 합천군은 올해 노인일자리 1,450개를 제공한다.",
     {("경상남도 합천군", 1450, "target")}),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in NOT_COUNTS], ids=[c[0] for c in NOT_COUNTS])
def test_no_district_count(run, text, expected):
    assert _jobs(run, text) == expected


# --- job counts: a list's total after its items; items in brackets that add up to it; a goal set earlier -----------
LISTS = [
    ("total-after-named-items",
     "보성군은 노인일자리 사업을 시작한다. 사업은 ▲초등학교 급식도우미 ▲마을 쉼터 관리 등 5개 사업에 모두 240명이 "
     "참여한다.",
     {("전라남도 보성군", 240, "participants")}),
    ("bracketed-items-that-add-up",
     "진안군은 올해 청년일자리 사업을 시작한다. 군은 사업비 21억 원을 들여 청년일자리 150개를 제공할 예정이다. 사업은 "
     "△다시 만나는 중소기업(12명) △청년 스마트팜 일자리사업(60명) △진안형 디지털 청년일자리 지원(48명) △청년 로컬상점 "
     "지원(30명) 등 4개로 짜였다.",
     {("전라북도 진안군", 150, "target"), ("전라북도 진안군", 12, "target"), ("전라북도 진안군", 60, "target"),
      ("전라북도 진안군", 48, "target"), ("전라북도 진안군", 30, "target")}),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in LISTS], ids=[c[0] for c in LISTS])
def test_list_totals(run, text, expected):
    with using({jobs.JOB_MODEL: None}):  # the rules alone (the model may relabel single items)
        assert _jobs(run, text) == expected


GOALS_SET_EARLIER = [
    ("planned-at-first",
     "광주 북구는 지난해 4,210명에게 일자리를 제공해 애초 계획한 3,980명을 웃돌았다.",
     {("광주광역시 북구", 4210, "employed"), ("광주광역시 북구", 3980, "target")}),
    ("set-at-the-start-of-the-year",
     "울산 중구는 지난해 일자리 실적을 냈다. 지난해 52개 사업에서 나온 일자리는 6,110개였다. 연초에 잡은 5,700개를 "
     "400여 개 웃돌았다.",
     {("울산광역시 중구", 6110, "created"), ("울산광역시 중구", 5700, "target")}),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in GOALS_SET_EARLIER], ids=[c[0] for c in GOALS_SET_EARLIER])
def test_goals_set_earlier(run, text, expected):
    with using({jobs.JOB_MODEL: None}):  # the rules alone (the model may relabel single items)
        assert _jobs(run, text) == expected


def test_a_rounded_restatement_the_model_adds_is_dropped(run, monkeypatch):
    # the model's additions are checked for rounded restatements like the rules' counts: a round "8천여 개" the
    # model adds next to the exact 8,130 of another sentence is that count
    text = ("광주 서구는 올해 모두 610억 원을 들여 8,130개의 일자리를 만든다는 계획이다. 구는 올해 일자리 8천여 개를 "
            "만들어 고용률을 높이겠다고 밝혔다.")
    decide = jobs.decide

    def adding(art, facts, model, doc=None):
        out = decide(art, facts, model, doc)
        start = art.text.index("8천여")
        s0, e0 = art.sentence_of(start)
        exact = next(f for f in out if f.value == 8130)
        extra = jobs.JobCountFact(art.id, exact.district, exact.district_code, exact.year, 8000, "target",
                                  art.text[s0:e0], (start, start + len("8천여 개")))
        return [f for f in out if f.value != 8000] + [extra]

    monkeypatch.setattr(jobs, "decide", adding)
    assert _jobs(run, text) == {("광주광역시 서구", 8130, "target")}


# --- job counts: a 수행기관 naming a list item holds its share; the district's own share stays ---------------------
SHARES = [
    ("shares-by-institution",
     "인천 부평구는 노인일자리 참여자 4,120명을 모집한다. 기관별 모집 인원은 ▲부평구노인인력개발센터 1,980명 "
     "▲부평시니어클럽 1,240명 ▲부평구노인복지관 420명 ▲대한노인회부평구지회 480명이다.",
     {("인천광역시 부평구", 4120, "target")}),
    ("institution-units",
     "전남 영암군은 노인일자리 1,460명을 모집한다. 기관별로는 영암군 610명, 대한노인회 영암군지회 530명, "
     "종합사회복지관 6개 사업단 320명이다.",
     {("전라남도 영암군", 1460, "target"), ("전라남도 영암군", 610, "target")}),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in SHARES], ids=[c[0] for c in SHARES])
def test_institutions_shares(run, text, expected):
    assert _jobs(run, text, published="2024-01-10") == expected


# --- programmes: a body that steers the policy and a pledge of a number of jobs are no programmes -----------------
def _programs(run, text):
    return program_keys(run(text, published="2023-02-14"))


BODIES_AND_PLEDGES = [
    ("task-force", "거창군은 '거창군 일자리 대책 추진단'을 꾸려 첫 회의를 열었다.", set()),
    ("governance", "익산시는 '민·관·학 청년 일자리 거버넌스'를 출범했다.", set()),
    ("study", "대전 중구는 일자리 정책을 세우려고 '중구형 일자리 분석 연구용역'을 시작했다.", set()),
    ("pledge", "남양주시는 민선 8기 '일자리 3만개 창출' 사업에 힘을 쏟는다.", set()),
    # look-alikes: a scheme with a count in its name; a scheme named after a team of job hunters
    ("scheme-with-a-count", "김해시는 청년 일자리 사업인 '일자리 1만개+ 프로젝트'를 시작했다.",
     {("경상남도 김해시", "일자리 1만개+ 프로젝트")}),
    ("a-team-that-finds-jobs", "관악구는 구직자를 돕는 '찾아가는 일자리발굴단'을 운영한다.",
     {("서울특별시 관악구", "찾아가는 일자리발굴단")}),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in BODIES_AND_PLEDGES], ids=[c[0] for c in BODIES_AND_PLEDGES])
def test_bodies_and_pledges(run, text, expected):
    assert _programs(run, text) == expected
