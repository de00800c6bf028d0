"""Rules added in 0.3.0 (extract/RULES.md), one table per rule.

Every sentence is written for this file (none is copied from a gold set) and stands for a family of
phrasings, not for one item.
"""

from __future__ import annotations

import pytest

from .conftest import job_keys as _jobs
from .conftest import program_keys as _programs


def _awards(out: dict) -> set[tuple]:
    return {(a["district"], a["year"], a["grade"]) for a in out["awards"]}


def _award_meta(out: dict) -> set[tuple]:
    return {(a["district"], a["award"], a["category"], a["organizer"]) for a in out["awards"]}


# --- districts -----------------------------------------------------------------------------

DISTRICTS = [
    # a 광역 named in a long opening sentence, then acting through its generic tail ("통합특별시는")
    ("nudged-by-anaphor-tonghap",
     "광주 북구가 전남광주통합특별시 출범 뒤 처음 열린 시·군·구 일자리 평가에서 우수기관으로 뽑혔다. "
     "통합특별시는 27개 시·군·구의 실적을 평가해 시상금을 준다.", "2026-11-02",
     {"전남광주통합특별시", "전남광주통합특별시 북구"}),
    ("anaphor-gwangyeoksi",
     "울산 중구가 울산광역시 구·군 평가에서 최우수상을 받았다. 광역시는 중구에 1억 원을 지급한다.", "2022-05-01",
     {"울산광역시", "울산광역시 중구"}),
    # the tail alone, with no such 광역 named, makes nothing a district
    ("anaphor-without-antecedent", "노원구가 우수상을 받았다. 광역시는 이번 평가를 하지 않았다.", "2022-05-01",
     {"서울특별시 노원구"}),
    # venue addresses ending in 회의소/전시관/기념관 … are not districts
    ("venue-chamber", "성남시가 우수상을 받았다. 시상식은 서울 중구 대한상공회의소에서 열렸다.", "2023-11-30",
     {"경기도 성남시"}),
    ("venue-museum", "수원시가 대상을 받았다. 시상식은 부산 남구 국립일제강제동원역사관 옆 평화기념관에서 열렸다.",
     "2023-11-30", {"경기도 수원시"}),
    # units left out of an evaluation are not actors
    ("excluded-stem-list",
     "경상남도는 ‘2023년 시·군 일자리 평가’ 결과 김해시가 최우수상을 받았다고 밝혔다. 창원·진주·통영은 평가 대상에서 제외됐다.",
     "2024-03-01", {"경상남도", "경상남도 김해시"}),
    ("excluded-full-names", "양산시가 우수상을 받았다. 창원시와 진주시는 이번 평가 대상에서 제외됐다.", "2024-03-01",
     {"경상남도 양산시"}),
    ("dropped-out", "양산시가 우수상을 받았다. 지난해 수상한 거제시는 올해 평가에서 빠졌다.", "2024-03-01",
     {"경상남도 양산시"}),
    ("excluded-but-won", "창원시는 지난해 평가 대상에서 제외됐지만 올해 최우수상을 받았다.", "2024-03-01",
     {"경상남도 창원시"}),
    # an excluded unit that acts elsewhere in the article stays a district
    ("excluded-but-acts", "창원시는 청년 일자리 120개를 만들었다. 창원시는 올해 평가 대상에서 제외됐다.", "2024-03-01",
     {"경상남도 창원시"}),
]


@pytest.mark.parametrize("text,published,expected", [d[1:] for d in DISTRICTS], ids=[d[0] for d in DISTRICTS])
def test_districts(run, text, published, expected):
    assert set(run(text, published)["districts"]) == expected


# --- awards: sibling phrasings --------------------------------------------------------------

AWARD_PHRASINGS = [
    ("영예를-안았다", "강동구가 고용노동부 주관 ‘2024년 전국 지방자치단체 일자리대상’에서 최우수상의 영예를 안았다.", "최우수"),
    ("쾌거를-이뤘다", "강동구가 ‘2024년 전국 지방자치단체 일자리대상’에서 우수상을 수상하는 쾌거를 이뤘다.", "우수"),
    ("이름을-올렸다", "강동구가 ‘2024년 전국 지방자치단체 일자리대상’에서 우수기관에 이름을 올렸다.", "우수"),
    ("기쁨을-누렸다", "강동구는 ‘2024년 지역일자리 목표 공시제 종합평가’에서 우수기관으로 선정되는 기쁨을 누렸다.", "우수"),
    ("으로-뽑혔다", "강동구가 서울시 ‘2024년 자치구 일자리창출 평가’에서 최우수구로 뽑혔다.", "최우수"),
    ("으로-꼽혔다", "강동구가 서울시 ‘2024년 자치구 일자리창출 평가’에서 우수구로 꼽혔다.", "우수"),
    ("spaced-class-꼽혔다", "강동구는 ‘2024년 전국 지방자치단체 일자리대상’에서 최우수 기관으로 꼽혔다.", "최우수"),
    ("수상기관으로-확정", "강동구가 ‘2024년 전국 지방자치단체 일자리대상’ 우수상 수상 기관으로 확정됐다.", "우수"),
    ("대상-수상기관-확정", "강동구는 ‘2024년 전국 지방자치단체 일자리대상’에서 대상 수상 기관으로 확정됐다.", "대상"),
    ("장려상의-영예", "강동구는 ‘2024년 전국 지방자치단체 일자리대상’에서 장려상의 영예를 안았다.", "장려"),
]


@pytest.mark.parametrize("text,grade", [a[1:] for a in AWARD_PHRASINGS], ids=[a[0] for a in AWARD_PHRASINGS])
def test_award_phrasings(run, text, grade):
    assert _awards(run(text, "2024-12-01")) == {("서울특별시 강동구", 2024, grade)}


AWARD_META = [
    ("joint-organizer",
     "강동구는 고용노동부·행정안전부 공동 주관 ‘2024년 지역일자리 목표 공시제 종합평가’에서 우수기관으로 선정됐다.",
     ("서울특별시 강동구", "지역일자리 목표 공시제 종합평가", None, "고용노동부·행정안전부")),
    ("society-organizer",
     "강동구는 한국지방자치단체학회 주최 ‘2024 지방자치 경영대상’에서 최우수상으로 꼽혔다.",
     ("서울특별시 강동구", "지방자치 경영대상", None, "한국지방자치단체학회")),
    ("category-in-parentheses",
     "강동구는 한국지방자치단체학회 주최 ‘2024 지방자치 경영대상’(공시제 부문)에서 최우수상을 받았다.",
     ("서울특별시 강동구", "지방자치 경영대상", "공시제 부문", "한국지방자치단체학회")),
    ("category-two-words",
     "강동구는 ‘2024년 전국 지방자치단체 일자리대상’ 일자리 창출 부문에서 우수상을 받았다.",
     ("서울특별시 강동구", "전국 지방자치단체 일자리대상", "일자리 창출 부문", None)),
    ("newspaper-organizer",
     "강동구는 서울경제신문 주관 ‘2024 대한민국 일자리 어워드’에서 대상을 받았다.",
     ("서울특별시 강동구", "대한민국 일자리 어워드", None, "서울경제신문")),
]


@pytest.mark.parametrize("text,expected", [a[1:] for a in AWARD_META], ids=[a[0] for a in AWARD_META])
def test_award_metadata(run, text, expected):
    assert _award_meta(run(text, "2024-12-01")) == {expected}


# --- job counts -----------------------------------------------------------------------------

JOBS = [
    ("천여-개", "노원구는 올해 일자리 1천여 개를 창출했다.", {("서울특별시 노원구", 1000, "created")}),
    ("약-만-천", "노원구는 지난해 약 1만 2천 개의 일자리를 만들었다.", {("서울특별시 노원구", 12000, "created")}),
    ("여-명-일자리를-얻었다", "노원구에서는 지난해 2,000여 명이 일자리를 얻었다.", {("서울특별시 노원구", 2000, "employed")}),
    # 건 counts cases (referrals, contacts), not people or jobs
    ("건-is-no-count", "노원구는 지난해 취업 연계 300건을 기록했다.", set()),
    ("rates-are-no-count", "노원구의 고용률은 70%로 높아졌고, 청년 취업률 85%를 기록했다.", set()),
    # a planned event written in the present tense
    ("present-tense-plan-event",
     "부산 해운대구는 오는 20일 구청 광장에서 채용박람회를 열어 구직자 1,000명을 현장에서 채용한다.",
     {("부산광역시 해운대구", 1000, "target")}),
    ("present-tense-plan-next-month", "해운대구는 다음 달부터 청년 40명이 참여하는 인턴 사업을 시작한다.",
     {("부산광역시 해운대구", 40, "target")}),
    ("present-tense-plan-created", "해운대구는 내년 공공일자리 500개를 새로 만든다.", {("부산광역시 해운대구", 500, "target")}),
    # the same event in the past tense stays a placement
    ("past-event", "해운대구는 지난 20일 채용박람회를 열어 구직자 150명을 현장에서 채용했다.",
     {("부산광역시 해운대구", 150, "employed")}),
    ("past-participants", "해운대구는 청년 40명이 참여한 인턴 사업을 마쳤다.", {("부산광역시 해운대구", 40, "participants")}),
    # a 광역 that only pays does not take over the 기초's following counts
    ("payer-is-not-subject",
     "대전 대덕구는 대전시와 함께 ‘대덕 일자리 희망센터’를 열었다. 시는 운영비 3억 원을 부담했다. "
     "올해 센터의 직업훈련에는 주민 210명이 참가했다.",
     {("대전광역시 대덕구", 210, "participants")}),
]


@pytest.mark.parametrize("text,expected", [j[1:] for j in JOBS], ids=[j[0] for j in JOBS])
def test_job_counts(run, text, expected):
    assert _jobs(run(text, "2024-05-10")) == expected


# --- programmes -----------------------------------------------------------------------------

PROGRAMS = [
    ("trade-list-course",
     "구는 경력단절 여성 취업교실, 택시·마을버스 운전기사 양성 과정, 중장년 재취업 토털 프로젝트 등을 운영했다.",
     ("서울특별시 구로구", "택시·마을버스 운전기사 양성 과정"), False),
    ("trade-list-course-joined",
     "구는 바리스타·제과제빵 교육과정과 청년 뉴미디어 크리에이터 양성과정을 운영했다.",
     ("서울특별시 구로구", "바리스타·제과제빵 교육과정"), False),
    ("named-course-kept",
     "구는 바리스타·제과제빵 교육과정과 청년 뉴미디어 크리에이터 양성과정을 운영했다.",
     ("서울특별시 구로구", "청년 뉴미디어 크리에이터 양성과정"), True),
]


@pytest.mark.parametrize("text,item,present", [p[1:] for p in PROGRAMS], ids=[p[0] for p in PROGRAMS])
def test_programs(run, text, item, present):
    out = run("구로구는 일자리 정책을 펼쳤다. " + text, "2020-10-01")
    assert (item in _programs(out)) is present
