"""Rules added in 0.3.1 (extract/RULES.md "Rules added in 0.3.1"), one table per cause.

Every sentence is written for this file (none is copied from a gold set) and stands for a family of
phrasings; each table has negatives next to the positives.
"""

from __future__ import annotations

import pytest

from .conftest import job_keys as _jobs

Y = "경상북도 예천군"

# --- 1. inline ▲ lists: every item takes the list's predicate; a plan makes every item a target ----------
INLINE_LISTS = [
    ("plan-sentence-then-chujinhanda",
     "예천군은 올해 청년 1,500명 지원을 목표로 한 청년고용 종합계획을 발표했다. 군은 ▲‘청년 창직 과정’ 400명 "
     "▲‘디지털 인재 양성 과정’ 250명 ▲‘지역 정착 지원 사업’ 600명 등 신규 사업을 추진한다.",
     {(Y, 1500, "target"), (Y, 400, "target"), (Y, 250, "target"), (Y, 600, "target")}),
    ("unhaenghal-yejeong",
     "예천군은 ▲‘신중년 경력 활용 사업’ 120명 ▲‘스마트팜 실습 과정’ 80명 ▲‘경력 이음 인턴’ 150명을 운영할 예정이다.",
     {(Y, 120, "target"), (Y, 80, "target"), (Y, 150, "target")}),
    ("mandeul-gyehoek-after-target",
     "예천군은 내년 일자리 3,000개 창출을 목표로 세웠다. 군은 ▲공공 일자리 1,200개 ▲민간 일자리 1,800개를 만들 계획이다.",
     {(Y, 3000, "target"), (Y, 1200, "target"), (Y, 1800, "target")}),
    ("mojiphanda", "예천군은 ▲청년 인턴 50명 ▲신중년 일자리 30명을 새로 모집한다.", {(Y, 50, "target"), (Y, 30, "target")}),
    ("bullet-lines-under-chujinhanda",
     "예천군은 올해 다음과 같은 신규 사업을 추진한다.\n▲‘청년 창직 과정’ 400명\n▲‘디지털 인재 과정’ 250명",
     {(Y, 400, "target"), (Y, 250, "target")}),
    # past lists keep the predicate's kind, for every item
    ("past-suryo", "예천군은 지난해 ▲‘스마트팜 과정’ 120명 ▲‘드론 과정’ 80명이 교육을 수료했다.",
     {(Y, 120, "participants"), (Y, 80, "participants")}),
    ("past-chaeyong", "예천군은 지난해 ▲청년 인턴 50명 ▲신중년 30명을 채용했다.", {(Y, 50, "employed"), (Y, 30, "employed")}),
    # the total after the items is a sum (skipped as before), the items are kept
    ("items-then-total", "예천군은 ▲제조 분야 40명 ▲서비스 분야 25명 등 모두 65명을 채용했다.",
     {(Y, 40, "employed"), (Y, 25, "employed")}),
    # negatives: lists of companies or bodies are no counts
    ("companies", "예천군은 ▲제조업체 30개 ▲유관기관 12개와 협약을 맺었다.", set()),
    ("startup-items", "예천군은 ▲창업 지원 40명 ▲창업 교육 25명을 선발할 계획이다.", set()),
    ("subsidy-items", "예천군은 ▲청년 40명 ▲신혼부부 25명에게 지원금을 지급할 계획이다.", set()),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in INLINE_LISTS], ids=[c[0] for c in INLINE_LISTS])
def test_inline_bullet_lists(run, text, expected):
    assert _jobs(run(text, "2023-03-02")) == expected


# --- 2. "목표 N개 중/가운데 M개": N is the target, M the achievement ---------------------------------------
TARGET_OF = [
    ("mokpyo-jung", "예천군은 올해 일자리 목표 2,100개 중 8월 말까지 1,765개를 달성했다.",
     {(Y, 2100, "target"), (Y, 1765, "created")}),
    ("mokpyo-gaunde-changchul", "예천군은 올해 일자리 목표 2,100개 가운데 9월까지 1,765개를 창출했다.",
     {(Y, 2100, "target"), (Y, 1765, "created")}),
    ("mokpyo-iljari-jung", "예천군은 올해 목표 일자리 1,500개 중 10월 말까지 1,320개를 만들었다.",
     {(Y, 1500, "target"), (Y, 1320, "created")}),
    ("mokpyoro-jabeun", "예천군은 일자리 목표로 잡은 2,100개 가운데 1,900개를 달성했다.",
     {(Y, 2100, "target"), (Y, 1900, "created")}),
    ("mokpyochi-percent", "예천군은 일자리 목표치 2,000개의 91%인 1,820개를 만들었다.",
     {(Y, 2000, "target"), (Y, 1820, "created")}),
    # negatives: a share of jobs with no target is neither a target nor a new count
    ("share-no-target", "예천군은 일자리 500개 중 300개를 청년에게 배정했다.", set()),
    ("pool-of-people", "예천군 교육생 60명 중 38명이 취업했다.", {(Y, 60, "participants"), (Y, 38, "employed")}),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in TARGET_OF], ids=[c[0] for c in TARGET_OF])
def test_target_then_share(run, text, expected):
    assert _jobs(run(text, "2023-10-02")) == expected


# --- 3. a joint total of several districts, then one district's share ----------------------------------
JOINT_TOTALS = [
    ("hamkke-i-jung-jumin",
     "고성군은 통영시와 함께 조선업 퇴직자 1,430명의 재취업을 도왔다. 이 중 고성군 주민은 612명이다.",
     {("경상남도 고성군", 612, "employed")}),
    ("hamkke-i-gaunde-gumin",
     "노원구는 도봉구와 함께 센터를 운영해 980명을 취업시켰다. 이 가운데 구민은 540명이다.",
     {("서울특별시 노원구", 540, "employed")}),
    ("geujung-partner-residents",
     "노원구와 도봉구가 함께 연 교육에 청년 420명이 참여했다. 그중 250명이 도봉구 주민이다.",
     {("서울특별시 도봉구", 250, "participants")}),
    ("two-shares",
     "고성군과 통영시는 조선업 퇴직자 1,430명의 재취업을 도왔다. 이 중 고성군 주민이 612명, 통영시 주민이 818명이다.",
     {("경상남도 고성군", 612, "employed"), ("경상남도 통영시", 818, "employed")}),
    # negatives: one district's own total stays its count; no share sentence leaves the sentence as it was
    ("single-district-total", "노원구는 센터를 운영해 980명을 취업시켰다. 이 가운데 구민은 540명이다.",
     {("서울특별시 노원구", 980, "employed")}),
    ("joint-without-share", "고성군은 통영시와 함께 조선업 퇴직자 1,430명의 재취업을 도왔다.",
     {("경상남도 고성군", 1430, "employed")}),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in JOINT_TOTALS], ids=[c[0] for c in JOINT_TOTALS])
def test_joint_total_breakdown(run, text, expected):
    assert _jobs(run(text, "2023-06-01")) == expected


# --- 4. people who took, finished or attended a course -----------------------------------------------
COURSES = [
    ("gyoyuk-badatda", "예천군은 센터를 열었다. 센터에서는 중장년 310명이 재취업 교육을 받았다.", {(Y, 310, "participants")}),
    ("isu", "예천군은 센터를 열었다. 올해 85명이 교육을 이수했다.", {(Y, 85, "participants")}),
    ("gwajeong-machyeotda", "예천군은 센터를 열었다. 올해 42명이 과정을 마쳤다.", {(Y, 42, "participants")}),
    ("gwajeong-modu-machyeotda", "예천군은 센터를 열었다. 올해 청년 42명이 12주 과정을 모두 마쳤다.", {(Y, 42, "participants")}),
    ("hullyeon-machyeotda", "예천군은 센터를 열었다. 올해 청년 64명이 직무 훈련을 마쳤다.", {(Y, 64, "participants")}),
    ("hullyeon-chamyeo", "예천군은 센터를 열었다. 올해 64명이 훈련에 참여했다.", {(Y, 64, "participants")}),
    ("gangjwa-deureotda", "예천군은 센터를 열었다. 신중년 64명이 인생 설계 강좌를 들었다.", {(Y, 64, "participants")}),
    ("machin-machyeotda-then-hired", "예천군은 센터를 열었다. 과정을 마친 뒤 28명이 취업했다.", {(Y, 28, "employed")}),
    # negatives: visitors of an event, and counselling contacts, are no counts
    ("fair-visitors", "예천군 박람회에는 이날 1,200명이 찾아와 강좌를 들었다.", set()),
    ("counselling", "예천군은 어르신 50명에게 취업 상담을 했다.", set()),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in COURSES], ids=[c[0] for c in COURSES])
def test_course_participants(run, text, expected):
    assert _jobs(run(text, "2023-06-01")) == expected
