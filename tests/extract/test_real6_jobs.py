"""Job counts: genre rules generalised over the fresh real dev sets n..q (extract/RULES.md, "Job counts
generalised over real_dev_n..q").

Every sentence is written for this file (none is copied from an article or a gold set); each table holds
the phrasings of one convention next to its look-alikes. Facts are compared as (district, value, kind).
"""

from __future__ import annotations

import pytest

from .conftest import check_jobs as _check
from .conftest import job_keys as _jobs

G = "충청북도 괴산군"
B = "충청북도"


# --- J-OVER-TARGET: an achievement measured against a target named before it is jobs made ----------------
OVER_TARGET = [
    ("share-of-target",
     "괴산군은 지난해 공공부문 일자리 목표 2,400명의 91.5%인 2,196명을 채용했다.",
     {(G, 2400, "target"), (G, 2196, "created")}),
    ("more-than-target",
     "괴산군은 지난해 목표치 3천100명보다 420명 많은 3천520명에게 일자리를 제공해 목표 대비 113%를 달성했다.",
     {(G, 3100, "target"), (G, 3520, "created")}),
    ("more-than-published",
     "괴산군은 올해 공시한 860명보다 74명 많은 934명에게 일자리를 마련해 줬다.",
     {(G, 860, "target"), (G, 934, "created")}),
    ("beyond-plan",
     "괴산군은 지난해 계획 1,200개를 웃도는 1,315개의 일자리를 만들었다.",
     {(G, 1200, "target"), (G, 1315, "created")}),
    ("rate-after-the-count",
     "괴산군의 상반기 신규 일자리 창출 실적은 공공 부문 310명, 민간 부문 190명 등 500명으로 달성률이 41.7%다.",
     {(G, 310, "created"), (G, 190, "created"), (G, 500, "created")}),
    # look-alikes: people taking part stay participants; a topic of placements keeps them placed; a target
    # named after the count does not change its predicate's kind
    ("trainees-beyond-target",
     "괴산군은 목표 30명을 넘는 45명이 교육을 수료했다.",
     {(G, 30, "target"), (G, 45, "participants")}),
    ("topic-of-placements",
     "괴산군의 취업알선은 계획 900명의 104%인 936명이 혜택을 봤다.",
     {(G, 900, "target"), (G, 936, "employed")}),
    ("target-named-after",
     "괴산군은 올해 1,020명이 취업에 성공해 목표 대비 108%를 달성했다.",
     {(G, 1020, "employed")}),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in OVER_TARGET], ids=[c[0] for c in OVER_TARGET])
def test_achievement_over_target(run, text, expected):
    _check(run, text, expected)


# --- J-POOL: people referred, counselled or applying are the pool of the share placed ---------------------
POOLS = [
    ("referred-then-placed",
     "괴산군 일자리센터는 구직자 1,150명에게 취업을 알선했고, 이 가운데 610명이 일자리를 얻었다.",
     {(G, 610, "employed")}),
    ("counselled-then-placed",
     "괴산군은 올해 군 일자리센터에서 2,300명이 취업 상담을 받았고, 이 중 380명이 취업했다고 밝혔다.",
     {(G, 380, "employed")}),
    ("applied-then-hired",
     "괴산군에 따르면 지난해 구직을 신청한 4,020명 가운데 2,210명이 채용됐다.",
     {(G, 2210, "employed")}),
    # look-alike: trainees are a programme's pool and stay participants
    ("trainees-then-placed",
     "괴산군이 운영한 용접 과정의 교육생 60명 가운데 42명이 취업했다.",
     {(G, 60, "participants"), (G, 42, "employed")}),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in POOLS], ids=[c[0] for c in POOLS])
def test_pools_of_placements(run, text, expected):
    _check(run, text, expected)


# --- J-COMPETITION: the applicants of a selection's competition are no count; its places are its target (the gold
# README: "790명 모집에 1510명이 신청" gives the places as target; extract/RULES.md "0.17.0") --------------------------
COMPETITION = [
    ("places-and-applicants",
     "괴산군은 공공근로 선발 결과를 내놨다. 2단계 사업은 40명 모집에 236명이 지원해 5.9대 1의 경쟁률을 보였다.",
     {(G, 40, "target")}),
    ("chosen-and-crowd",
     "괴산군은 청년 인턴 12명을 선발하는데 97명이 몰려 8대1의 경쟁률을 기록했다.",
     {(G, 12, "target")}),
    ("ratio-words",
     "괴산군 행정 인턴은 15명 모집에 120명이 신청해 경쟁률이 높았다.",
     {(G, 15, "target")}),
    # look-alike: a recruitment with no competition is a target
    ("plain-recruitment",
     "괴산군은 다음 달 공공근로 참여자 40명을 모집한다.",
     {(G, 40, "target")}),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in COMPETITION], ids=[c[0] for c in COMPETITION])
def test_competition_places_not_applicants(run, text, expected):
    _check(run, text, expected)


# --- J-REVISED: a goal before its revision, a plan given up ----------------------------------------------
REVISED = [
    ("goal-raised",
     "괴산군은 올해 일자리 창출 목표를 4,100개에서 4,350개로 높여 잡았다.",
     {(G, 4350, "target")}),
    ("goal-figure-raised",
     "괴산군은 민선 8기 일자리 목표치 9천200개를 9천600개로 상향 조정했다.",
     {(G, 9600, "target")}),
    # (interns chosen are participants since 0.35.0, gold README "Selected people": internships → participants)
    ("plan-given-up",
     "괴산군은 애초 인턴 20명을 뽑을 계획이었으나 예산이 줄어 14명만 뽑았다.",
     {(G, 14, "participants")}),
    # look-alike: a plan and what it achieved ("계획이었는데 … 실적을 올렸다") are both counts
    ("plan-then-result",
     "괴산군은 올해 일자리 2,800개를 공급할 계획이었는데 상반기에 1,900개의 실적을 올렸다.",
     {(G, 2800, "target"), (G, 1900, "created")}),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in REVISED], ids=[c[0] for c in REVISED])
def test_revised_goals(run, text, expected):
    _check(run, text, expected)


# --- J-EACH: a figure per year or per course is the count when no total of it is given; with its total, both are
# recorded (gold README "N명씩 모두 M명", 0.33.0) ---------------------------------------------------------------------
EACH = [
    ("per-year-plan",
     "괴산군은 앞으로 4년 동안 해마다 일자리 500개씩 만들겠다고 밝혔다.",
     {(G, 500, "target")}),
    ("per-course-recruitment",
     "괴산군은 경비원 양성 교실 1기와 2기 교육생을 기수마다 25명씩 모집한다.",
     {(G, 25, "target")}),
    # a unit in 명 with its total; look-alike: a quota per firm with no total is no count
    ("per-unit-with-total",
     "괴산군은 4개 읍·면의 마을가꾸기 사업에 3명씩 모두 12명을 뽑는다.",
     {(G, 12, "target"), (G, 3, "target")}),
    ("per-firm-quota",
     "괴산군은 참여 기업에 각 3명씩 청년을 배치하도록 돕는다.",
     set()),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in EACH], ids=[c[0] for c in EACH])
def test_figures_per_period(run, text, expected):
    _check(run, text, expected)


# --- J-NOT-JOBS: projects, universities, staff, judges, teams, subsidies, registrations --------------------
NOT_JOBS = [
    ("projects-after", "괴산군은 지난해 132개 일자리 사업을 벌여 목표를 넘겼다.", set()),
    ("projects-after-modifiers", "괴산군은 전문가 자문을 거쳐 58개 목표관리 대상 사업을 확정했다.", set()),
    ("projects-before", "괴산군의 청년 일자리 공모사업 3개가 뽑혔다.", set()),
    ("universities", "괴산군과 도내 4개 대학이 청년 일자리 박람회를 함께 준비한다.", set()),
    ("counsellors-on-duty", "괴산군 일자리센터에는 직업상담사 4명이 상주하며 구직자를 돕는다.", set()),
    ("judges", "괴산군 일자리 아이디어 공모전에서는 심사위원 7명이 서류와 발표를 평가했다.", set()),
    ("staff-voting", "괴산군 혁신 경진대회 본선에서는 직원 150명이 현장 투표에 참여했다.", set()),
    ("team-threshold", "괴산군 청년 일자리 아이디어 사업은 청년 3명 이상으로 꾸린 팀이면 신청할 수 있다.", set()),
    ("team-of-two", "괴산군 청년 창업 공모는 개인이나 2명 1팀으로 신청할 수 있다.", set()),
    ("subsidy-recipients", "괴산군은 지난해 고용 장려금을 450명에게 지원했다.", set()),
    ("difference-from-last-year", "괴산군의 올해 일자리 예산은 지난해보다 5억원 늘었고 일자리도 120개 늘었다.", set()),
    ("one-off-talk", "괴산군은 청년 40여명을 대상으로 취업 특강을 열었다.", set()),
    # look-alikes: jobs made by projects, a course's places, people placed
    ("jobs-of-projects", "괴산군은 지난해 3개 사업으로 일자리 450개를 만들었다.", {(G, 450, "created")}),
    ("course-places", "괴산군은 청년 40명을 대상으로 12주 교육 과정을 운영한다.", {(G, 40, "participants")}),
    ("seekers-placed", "괴산군 일자리센터를 통해 구직자 75명이 새 일자리를 얻었다.", {(G, 75, "employed")}),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in NOT_JOBS], ids=[c[0] for c in NOT_JOBS])
def test_not_job_counts(run, text, expected):
    _check(run, text, expected)


# --- parts of a plan: subsidy and start-up lines are no counts and do not break the list ------------------
PARTS = [
    ("subsidy-line-of-a-target",
     "괴산군의 올해 분야별 목표는 직접일자리 1,200명, 직업훈련 180명, 고용장려금 320명, 창업지원 40명이다.",
     {(G, 1200, "target"), (G, 180, "target")}),
    ("subsidy-item-inside-a-list",
     "괴산군은 지난해 노인일자리 900명, 공공근로 300명, 고용장려금 150명 등 1,350명에게 일자리를 지원했다.",
     {(G, 900, "employed"), (G, 300, "employed"), (G, 1350, "employed")}),
    ("start-up-part",
     "괴산군은 올해 청년일자리 1,000개를 만들 계획이다. 먼저 청년창업 지원 6개 사업에 30억원을 들여 청년일자리 "
     "150개를 만든다.",
     {(G, 1000, "target")}),
    ("results-of-a-centre",
     "괴산군 일자리센터의 올해 센터 실적은 취업 96명, 구인 70건, 구직 215명이다.",
     {(G, 96, "employed")}),
    ("registered-seekers-found",
     "괴산군 일자리센터는 올해 농가 구직자 450명을 찾아 농번기 일손으로 잇는다.",
     set()),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in PARTS], ids=[c[0] for c in PARTS])
def test_parts_of_plans(run, text, expected):
    _check(run, text, expected)


# --- J-FORWARD widened: goals named by a purpose, a plan's content, a joined clause, an agreement ---------
FORWARD = [
    ("joined-to-a-promise",
     "괴산군은 청년 일자리 1,200개를 만들고, 중장년 일자리 800개를 만들겠다고 밝혔다.",
     {(G, 1200, "target"), (G, 800, "target")}),
    ("for-the-goal",
     "괴산군은 한 해 일자리 3천개 창출을 위해 전담 조직을 꾸렸다.",
     {(G, 3000, "target")}),
    ("content-of-a-plan",
     "괴산군은 모두 2,400여개의 일자리를 창출하는 내용의 세부계획을 공시했다.",
     {(G, 2400, "target")}),
    ("supply-planned",
     "괴산군은 올해 일자리 1만1,500개 공급을 계획했다.",
     {(G, 11500, "target")}),
    ("go-on-growing",
     "괴산군은 사회적기업 30곳을 키워 좋은 일자리 600개를 만들고 돌봄 서비스를 늘려 나갈 방침이다.",
     {(G, 600, "target")}),
    ("jobs-to-come",
     "괴산군은 산업단지가 완공되면 새 일자리는 1천개에 이를 전망이라고 밝혔다.",
     {(G, 1000, "target")}),
    # look-alikes: jobs reached and a result against a goal are made
    ("jobs-reached",
     "괴산군이 유치한 투자는 2천억원 규모로, 이를 통한 일자리는 1,300여 개에 이른다.",
     {(G, 1300, "created")}),
    ("result-of-a-goal",
     "괴산군은 일자리 2천 개 창출을 목표로 힘쓴 결과 2천1백8개(105%)의 성과를 거뒀다.",
     {(G, 2000, "target"), (G, 2108, "created")}),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in FORWARD], ids=[c[0] for c in FORWARD])
def test_forward_looking(run, text, expected):
    _check(run, text, expected)


# --- people and places: trainees, work experience, a course begun, people already placed ----------------
PEOPLE = [
    ("trainees-secured", "괴산군은 참여자를 꼼꼼히 관리해 최종 수료자 48명을 확보했다.", {(G, 48, "participants")}),
    ("work-experience", "괴산군에서는 지난해 청년 18명이 이 사업으로 현장 직무를 경험했다.", {(G, 18, "participants")}),
    ("course-begun", "괴산군은 지난 5일 교육생 9명과 첫 수업을 시작했다.", {(G, 9, "participants")}),
    ("already-placed",
     "괴산군은 경로당 도우미 40명을 추가로 모집한다. 이미 도우미 120명이 배치돼 있지만 일손이 모자라다.",
     {(G, 40, "target"), (G, 120, "employed")}),
    ("people-placed-as-topic",
     "괴산군이 상반기 공공일자리 사업을 다음 달 시작한다. 군에 따르면 이번 사업으로 일자리를 얻은 주민은 △마을 "
     "가꾸기 60명 △행정 도우미 45명이다.",
     {(G, 60, "employed"), (G, 45, "employed")}),
    # look-alike: a trainee noun before a recruitment stays a target
    ("trainees-recruited", "괴산군은 다음 달 교육생 30명을 모집한다.", {(G, 30, "target")}),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in PEOPLE], ids=[c[0] for c in PEOPLE])
def test_people_counted(run, text, expected):
    _check(run, text, expected)


# --- the article's frame: labour surveys, headlines, agreements, national figures -----------------------
def test_survey_article_keeps_a_programmes_placements(run):
    out = run("괴산군이 통계청 지역별고용조사에서 군 단위 고용률 1위에 올랐다. 군 취업자는 4만1천명으로 1천200명 "
              "늘었다. 또 군 일자리센터의 알선으로 상반기에만 340명이 취업했고, 기업 20곳을 유치해 510명의 일자리를 "
              "만들었다.", published="2024-05-20")
    assert _jobs(out) == {(G, 340, "employed"), (G, 510, "created")}


def test_statistics_paragraph_continues(run):
    out = run("괴산군의 지난해 고용률은 68%로 한 해 전보다 1.2%p 올랐다. 산업별로는 서비스업 취업자가 1만 2천명에서 "
              "900명 늘었다.", published="2024-05-20")
    assert _jobs(out) == set()


def test_headline_goal_restated_in_the_body(run):
    out = run("괴산군은 올해 공공 분야 800명, 민간 분야 1,200명 등 모두 2천명의 신규 일자리 창출사업을 벌이고 있다.",
              published="2024-05-20", title="괴산군 올해 일자리 2천명 목표에 35% 그쳐")
    assert _jobs(out) == {(G, 800, "target"), (G, 1200, "target"), (G, 2000, "target")}


def test_agreement_jobs_go_to_the_host(run):
    out = run("충북도와 괴산군은 2일 한 식품기업과 투자협약을 맺었다. 이 회사는 괴산 산업단지에 공장을 짓는다. 도는 "
              "이번 협약으로 일자리 150개가 생길 것으로 기대했다.", published="2024-05-20")
    assert {j for j in _jobs(out)} == {(G, 150, "target")}


def test_national_figure_of_a_ministry(run):
    out = run("괴산군이 청년 일자리 우수 지자체로 뽑혔다. 이 사업은 행안부가 지자체와 함께 추진하는 사업으로, 5년 동안 "
              "모두 12만 명의 일자리를 만들었다.", published="2024-05-20")
    assert _jobs(out) == set()


JOINT = [
    ("two-units-as-subject",
     "충북 괴산군과 음성군은 3개 세부 사업으로 일자리 900개를 만드는 것을 목표로 한다.",
     set()),
    ("two-units-as-subject-past",
     "괴산군과 음성군이 함께 연 채용박람회로 구직자 85명이 일자리를 얻었다.",
     set()),
    # look-alike: 각각 pairs the figures with the units
    ("respectively",
     "괴산군과 음성군은 올해 각각 300개와 450개의 일자리를 만들 계획이다.",
     {(G, 300, "target"), ("충청북도 음성군", 450, "target")}),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in JOINT], ids=[c[0] for c in JOINT])
def test_joint_subject(run, text, expected):
    _check(run, text, expected)


def test_yearly_average_of_a_centre(run):
    out = run("괴산군 일자리센터는 문을 연 뒤 해마다 320여명의 새 일자리를 찾아 알선하고 있다. 올해는 구직자 150명의 "
              "취업을 돕는다는 계획이다.", published="2024-05-20")
    assert _jobs(out) == {(G, 150, "target")}
