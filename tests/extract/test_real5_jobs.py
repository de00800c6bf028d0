"""Job counts: genre rules generalised over the fresh real dev sets j..m (extract/RULES.md, "Job counts
generalised over real_dev_j..m").

Every sentence is written for this file (none is copied from an article or a gold set); each table holds
the positives and the look-alikes next to them. Facts are compared as (district, value, kind).
"""

from __future__ import annotations

import pytest

from extract.learn import using
from extract.numerals import COUNT, parse_korean_number

from .conftest import job_keys as _jobs

Y = "강원특별자치도 영월군"
H = "경상남도 함양군"
S = "경상남도 산청군"


# --- J-RECRUIT: an article that recruits people lists places to be filled ---------------------------------
RECRUIT = [
    ("parts-in-brackets",
     "영월군이 다음 달 2일부터 9일까지 하반기 공공일자리 사업 참여자를 모집한다. 모집인원은 31명이다. 일은 "
     "산책로 정비(12명), 쓰레기 분리 지도(9명), 경로당 도우미(6명), 도서관 정리(4명) 등 네 갈래로 나뉜다.",
     {(Y, 31, "target"), (Y, 12, "target"), (Y, 9, "target"), (Y, 6, "target"), (Y, 4, "target")}),
    ("type-names-are-no-predicate",
     "영월군은 20일까지 내년 장애인 일자리 참여자를 모집한다고 3일 밝혔다. 모집 인원은 일반형 24명(전일제 15명, "
     "시간제 9명), 복지형 36명(참여형 28명, 특화형 8명) 등 모두 60명이다.",
     {(Y, 60, "target"), (Y, 24, "target"), (Y, 15, "target"), (Y, 9, "target"), (Y, 36, "target"),
      (Y, 28, "target"), (Y, 8, "target")}),
    ("topic-of-the-chosen",
     "영월군은 청년 인턴 참여자를 모집한다. 뽑는 인원은 행정 인턴 40명, 현장 인턴 25명 등 모두 65명이다.",
     {(Y, 65, "target"), (Y, 40, "target"), (Y, 25, "target")}),
    ("batches-that-will-work",
     "영월군이 올해 행정 인턴 54명을 모집한다. 이번에 모집하는 인턴은 모두 54명으로, 1차 30명은 3월부터, 2차 24명은 "
     "6월부터 일한다.",
     {(Y, 54, "target"), (Y, 30, "target"), (Y, 24, "target")}),
    ("people-chosen-at-an-interview",
     "영월군이 모두 1,240명을 뽑는 노인 일자리 면접을 마쳤다. 이번 면접에는 어르신 1,610명이 응시해 관심을 보였다.",
     {(Y, 1240, "target")}),
    # look-alikes: a past report in a recruiting article, a space recruited, an eligibility threshold
    ("past-report-stays",
     "영월군이 하반기 공공일자리 참여자를 모집한다. 지난해에는 이 사업에 주민 85명이 참여했다.",
     {(Y, 85, "participants")}),
    ("space-recruited-is-no-recruitment",
     "영월군 일자리카페가 새로 들어설 공간도 모집한다. 지난달까지 청년 2,310명이 취업지원 서비스를 이용했다. 취업 상담 "
     "420명, 특강 1,170명 등이다.",
     set()),
    ("eligibility-threshold",
     "영월군은 공공근로 참여자를 모집한다. 다만 한 가구에 2명 이상 참여자는 뽑지 않는다.",
     set()),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in RECRUIT], ids=[c[0] for c in RECRUIT])
def test_recruitment_places(run, text, expected):
    assert _jobs(run(text, published="2025-03-10")) == expected


# --- kinds from the predicate: jobs given to people, plans in the present tense ---------------------------
KINDS = [
    ("jobs-given-are-placements",
     "영월군은 지난해 공공근로와 지역공동체 일자리로 모두 312명에게 일자리를 제공했다.",
     {(Y, 312, "employed")}),
    ("jobs-supported-are-placements",
     "영월군은 구인·구직 연계로 1,406명에게 일자리를 지원했으며, 청년인턴 지원으로 128명의 정규직 일자리를 만들었다.",
     {(Y, 1406, "employed"), (Y, 128, "created")}),
    ("jobs-given-announced",
     "영월군은 국비 20억원을 들여 청년 640명에게 맞춤형 일자리를 제공한다고 12일 밝혔다.",
     {(Y, 640, "target")}),
    ("created-announced",
     "영월군은 추경으로 사업비를 확보해 청년 일자리 95개를 추가로 창출한다고 밝혔다.",
     {(Y, 95, "target")}),
    ("making-set-out",
     "영월군이 새해부터 새 일자리 3,400개 만들기에 나선다.",
     {(Y, 3400, "target")}),
    ("jobs-still-to-come",
     "영월군이 올해 군민에게 제공되는 일자리는 모두 2만 1,500개다.",
     {(Y, 21500, "target")}),
    ("plan-made-into-a-figure",
     "영월군은 올해 일자리 1,150개를 더 만들어 임기 목표 5,000개를 채우겠다는 계획이다.",
     {(Y, 1150, "target"), (Y, 5000, "target")}),
    ("plan-stated-after-the-count",
     "영월군은 임기 첫해 일자리 420여개 창출을 시작으로 4년 동안 일자리 2,000개 창출 계획을 세웠다.",
     {(Y, 420, "target"), (Y, 2000, "target")}),
    ("people-at-work",
     "영월군 노인 일자리 사업에서는 공익활동형에 1,320명, 사회서비스형에 410명이 일한다.",
     {(Y, 1320, "employed"), (Y, 410, "employed")}),
    ("jobs-to-come-as-topic",
     "영월군이 올해 군민에게 제공되는 일자리는 모두 9,400개다. 새로 생기는 일자리는 공공일자리(2,100개), 문화예술 "
     "일자리(640개) 등이다.",
     {(Y, 9400, "target"), (Y, 2100, "target"), (Y, 640, "target")}),
    ("goal-total-before-strategies",
     "영월군은 일자리 모두 1만2천300개를 목표로 7개 핵심전략을 추진한다.",
     {(Y, 12300, "target")}),
    ("hires-named-before",
     "영월군은 지난해 채용박람회를 열어 현장 면접 310건, 채용 46명의 성과를 냈다.",
     {(Y, 46, "employed")}),
    ("placements-after-counselling",
     "영월군 일자리센터는 지난해 구직자 210명과 상담하고 58명의 취업을 알선했다.",
     {(Y, 58, "employed")}),
    ("placements-passed-on",
     "영월군 일자리센터는 지난해 상담 1만 2천건을 진행해 11월까지 320명의 취업을 이어 줬다.",
     {(Y, 320, "employed")}),
    ("placement-record",
     "영월군 일자리센터는 문을 연 뒤 6개월 동안 공공근로를 뺀 순수 취업실적이 1만4,210명에 이른다고 밝혔다.",
     {(Y, 14210, "employed")}),
    ("people-chosen-for-public-jobs",
     "영월군이 노인 일자리 사업을 벌인다. 공익활동형에는 어르신 900여 명을 뽑았다. 시장형 사업에는 120여 명이 뽑혀 "
     "4억 원을 지원받는다.",
     {(Y, 900, "employed"), (Y, 120, "employed")}),
    ("people-to-be-chosen-after-a-planned-lead",
     "영월군은 청년 일자리 사업에 30억원을 들여 청년 260명에게 맞춤형 일자리를 제공한다고 밝혔다. 이 가운데 5개 사업은 "
     "참여 기업과 청년 90명을 골라 2년 동안 인건비를 지원한다.",
     {(Y, 260, "target"), (Y, 90, "target")}),
    ("people-chosen-for-start-ups-are-no-count",
     "영월군 청년창업 지원사업에는 지난해까지 40개 팀 150명이 뽑혀 22개 팀이 창업했다.",
     set()),
    # look-alikes: a past creation stays created; a made part of a later total stays made
    ("past-creation-stays",
     "영월군은 지난해 청년 일자리 95개를 창출했다.",
     {(Y, 95, "created")}),
    ("made-then-target-passed",
     "영월군은 지난해 일자리 2,870개를 만들어 목표를 넘겼다고 밝혔다.",
     {(Y, 2870, "created")}),
    ("made-part-of-a-planned-total",
     "영월군은 모두 8천 개 일자리 창출을 목표로 2022년부터 2024년까지 6,310개의 일자리를 만들었으며, 올해에는 "
     "1,900개를 더 만들어 최종 8,210개를 채우겠다는 계획이다.",
     {(Y, 8000, "target"), (Y, 6310, "created"), (Y, 1900, "target"), (Y, 8210, "target")}),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in KINDS], ids=[c[0] for c in KINDS])
def test_kinds(run, text, expected):
    assert _jobs(run(text, published="2025-03-10")) == expected


# --- J-REPEAT: "N여 개" in the lead restates the exact figure of the body -----------------------------------
REPEATS = [
    ("lead-over-figure",
     "영월군이 올해 일자리 4,300여개를 만든다. 군은 공공과 민간을 합쳐 4,368개의 일자리를 만들겠다고 20일 밝혔다.",
     {(Y, 4368, "target")}),
    ("lead-over-figure-hundreds",
     "영월군 첨단산단에 기업들이 들어선다. 이들 기업으로 370여개의 새 일자리가 만들어질 전망이다. 영월군은 이번 협약으로 "
     "최소 374개의 일자리가 생길 것으로 내다봤다.",
     {(Y, 374, "target")}),
    # look-alikes: small figures and figures far apart stay two counts
    ("small-figures-stay",
     "영월군은 올해 청년 20여 명을 뽑는다. 지난해에는 23명이 일자리를 얻었다.",
     {(Y, 20, "target"), (Y, 23, "employed")}),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in REPEATS], ids=[c[0] for c in REPEATS])
def test_rounded_lead_repeats(run, text, expected):
    assert _jobs(run(text, published="2025-03-10")) == expected


# --- J-AGREEMENT: planned staff of an agreement, totals over several hosts ----------------------------------
AGREEMENTS = [
    ("staff-to-work",
     "함양군은 7일 두 기업과 투자 양해각서를 맺었다. 한 포장업체는 함양 농공단지에 52억원을 들여 공장을 짓고 40여명의 상시 "
     "고용인원이 일할 예정이다.",
     {(H, 40, "target")}),
    ("hired-people-to-reach",
     "함양군은 25일 기업 3곳과 투자 협약을 맺었다. 군은 투자가 끝나면 새로 고용될 인원은 230여 명에 이를 것으로 내다봤다.",
     {(H, 230, "target")}),
    ("total-of-several-hosts",
     "경남도는 9일 함양군, 산청군과 두 기업이 모두 900억원을 투자해 210명에게 새 일자리를 주는 내용의 투자협약을 맺었다. "
     "협약에 따라 한 식품업체는 함양군 농공단지에 공장을 짓고 130명을 고용하기로 했다. 산청군에서는 한 부품업체가 산단 공장을 "
     "늘려 80명을 새로 뽑기로 했다.",
     {(H, 130, "target"), (S, 80, "target")}),
    # J-JOINT: a fair two districts host together ("합동", "A와 B가 주최하고") has a shared goal, no single district's
    ("joint-fair-goal-is-shared",
     "영월군은 평창군과 함께 다음 달 합동 일자리 박람회를 연다고 밝혔다. 박람회는 영월군과 평창군이 주최하고 두 군 "
     "일자리센터가 주관한다. 이번 박람회에는 기업 40곳이 참여하며 채용 인원 60명을 목표로 한다.",
     set()),
    ("one-host-fair-goal-stays",
     "영월군은 다음 달 일자리 박람회를 연다고 밝혔다. 박람회는 영월군이 주최하고 군 일자리센터가 주관한다. 이번 "
     "박람회에는 기업 40곳이 참여하며 채용 인원 60명을 목표로 한다.",
     {(Y, 60, "target")}),
    # look-alike: a model estimate of an agreement is no count
    ("induced-employment-is-no-count",
     "함양군은 12일 기업 4곳과 투자협약을 맺었다. 군은 이번 협약으로 해마다 310억원의 생산유발효과, 520명의 "
     "고용유발효과가 나타날 것으로 내다봤다.",
     set()),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in AGREEMENTS], ids=[c[0] for c in AGREEMENTS])
def test_agreements(run, text, expected):
    assert _jobs(run(text, published="2025-03-10")) == expected


# --- not job counts -----------------------------------------------------------------------------------------
NOT_COUNTS = [
    ("ratio",
     "영월군민 5명 가운데 1명꼴로 다른 지역에서 일하는 것으로 나타났다. 영월군은 지역 일자리를 늘리겠다고 밝혔다.", set()),
    ("survey-sample",
     "영월군은 지난해 군민 2,140명을 대상으로 직장 소재지를 조사했다.", set()),
    ("person-times",
     "영월군은 지난해 30억여원을 들여 연인원 4만명을 공공근로사업에 투입했다.", set()),
    ("prize-winners",
     "영월군은 적극행정 경진대회를 열어 우수공무원 4명을 뽑았다. 최우수상 1명과 장려상 3명에게 상금을 준다.", set()),
    ("facility-staff",
     "영월군 청년센터는 군청 1층을 고쳐 마련했고, 센터장 1명과 팀장 2명, 팀원 9명 등 12명이 일한다.", set()),
    # look-alike: people placed in public jobs stay placements
    ("public-job-placements-stay",
     "영월군은 신청을 받아 주민 140명을 뽑았으며, 이들은 읍·면 환경정비를 맡는다.", {(Y, 140, "employed")}),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in NOT_COUNTS], ids=[c[0] for c in NOT_COUNTS])
def test_not_counts(run, text, expected):
    assert _jobs(run(text, published="2025-03-10")) == expected


# --- numerals and the rules alone ------------------------------------------------------------------------------
@pytest.mark.parametrize("text,value", [("1백9십", 190), ("2백5십", 250), ("3십", 30), ("1만3,752", 13752)])
def test_tens_multiplier(text, value):
    assert parse_korean_number(text) == value


def test_tens_in_a_count():
    m = COUNT.search("공장이 들어서 1백9십여 명의 일자리가 기대된다")
    assert m is not None and parse_korean_number(m.group("num")) == 190


def test_recruitment_by_the_rules_alone(run):
    """J-RECRUIT is a rule: it holds without the trained model."""
    text = RECRUIT[0][1]
    with using({"job_kind": None}):
        assert _jobs(run(text, published="2025-03-10")) == RECRUIT[0][2]


# --- J-ONE-KIND: one figure of a district is one count ---------------------------------------------------------
ONE_KIND = [
    ("plan-carried-out",
     "영월군은 소상공인 지원금 업무를 도울 보조요원으로 청년 80명을 투입하기로 했는데 여기에 900여명이 지원했다. 군은 "
     "자격을 갖춘 지원자 가운데 추첨으로 80명을 뽑았다.",
     {(Y, 80, "employed")}),
    ("goal-restated",
     "영월군은 올해 일자리 3,200개 창출을 목표로 한다. 일자리 3,200개 창출과 직업훈련 400명이 올해 목표다.",
     {(Y, 3200, "target"), (Y, 400, "target")}),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in ONE_KIND], ids=[c[0] for c in ONE_KIND])
def test_one_kind_per_figure(run, text, expected):
    assert _jobs(run(text, published="2025-03-10")) == expected
