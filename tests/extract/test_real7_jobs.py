"""Job counts: genre rules generalised over the fresh real dev sets r..u (extract/RULES.md, "Job counts
generalised over real_dev_r..u").

Every sentence is written for this file (none is copied from an article or a gold set); each table holds
the phrasings of one convention next to its look-alikes. Facts are compared as (district, value, kind).
"""

from __future__ import annotations

import pytest

from .conftest import check_jobs as _check

G = "충청북도 괴산군"
Y = "경상북도 예천군"
H = "전라남도 해남군"


# --- J-GIVEN: "N명의 어르신에게 (노인)일자리를 제공했다" are people placed --------------------------------
GIVEN = [
    ("people-named-before-에게",
     "괴산군은 지난해 18억 원을 들여 1,240명의 어르신에게 일자리를 제공했다.",
     {(G, 1240, "employed")}),
    ("compound-job-noun",
     "예천군은 올해 노인일자리 사업비 12억원으로 860명에게 노인일자리를 제공했다.",
     {(Y, 860, "employed")}),
    ("about-N-residents",
     "해남군은 지난해 530여명의 주민에게 공공일자리를 제공했다.",
     {(H, 530, "employed")}),
    # look-alikes: the same words in the present tense are a plan; information given is no placement
    ("present-tense-plan",
     "괴산군은 올해 1,100명의 어르신에게 일자리를 제공한다.",
     {(G, 1100, "target")}),
    ("information-not-jobs",
     "예천군은 지난해 2,300명의 주민에게 취업 정보를 제공했다.",
     set()),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in GIVEN], ids=[c[0] for c in GIVEN])
def test_jobs_given_to_people(run, text, expected):
    _check(run, text, expected)


# --- J-CHOOSE-THEN: "N명을 뽑아 … 배치합니다" is recruitment still to come; "N명을 뽑은 X는" is done ---------
CHOOSE = [
    ("choose-then-place-present",
     "괴산군은 청년 20명과 일반 140명 등 모두 160명을 뽑아 다음 달 2일부터 환경 정비에 배치합니다.",
     {(G, 20, "target"), (G, 140, "target"), (G, 160, "target")}),
    ("choose-then-place-한다",
     "예천군은 공공근로 참여자 75명을 뽑아 3월부터 읍·면 사무 보조에 배치한다.",
     {(Y, 75, "target")}),
    # look-alikes: a choice told in the past is people placed, also before a plan of the same sentence
    ("choose-then-placed-past",
     "해남군은 지난달 주민 75명을 뽑아 읍·면 사무 보조에 배치했다.",
     {(H, 75, "employed")}),
    # (interns chosen are participants since 0.35.0, gold README "Selected people": internships → participants)
    ("chosen-adnominal-before-plan",
     "지난달 청년인턴 32명을 뽑은 괴산군은 인턴 규모를 60명까지 늘리기로 했다.",
     {(G, 32, "participants"), (G, 60, "target")}),
    ("caused-past-then-goal",
     "예천군은 지난해 만남의 날 행사로 31명을 지역 기업에 취업시켰으며, 올해도 40명 이상 채용되도록 하는 것이 목표다.",
     {(Y, 31, "employed"), (Y, 40, "target")}),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in CHOOSE], ids=[c[0] for c in CHOOSE])
def test_choice_tense(run, text, expected):
    _check(run, text, expected)


# --- J-LEVEL: a people statistic moving between two levels is no count ------------------------------------
LEVELS = [
    ("employed-residents",
     "괴산군 취업자는 2022년 2만1,300명에서 2만2,050명으로 750명 늘었다.",
     set()),
    ("regular-workers",
     "예천군 상용근로자 수도 2022년 9천100명에서 2023년 9천400명으로 늘었다.",
     set()),
    ("population-group",
     "해남군 신중년(50~64세) 인구는 2018년 1만9천여 명에서 지난해 2만1천여 명으로 늘었다.",
     set()),
    # look-alike: placements through the district's centre are counts even when they grow
    ("placements-through-centre",
     "괴산군은 일자리센터를 통한 취업자가 2022년 410명에서 530명으로 늘었다.",
     {(G, 410, "employed"), (G, 530, "employed")}),
    ("placements-at-a-date",
     "괴산군 일자리센터 취업자는 9월 말 기준 1,480명으로 충북 전체의 12%에 이른다.",
     {(G, 1480, "employed")}),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in LEVELS], ids=[c[0] for c in LEVELS])
def test_statistic_levels(run, text, expected):
    _check(run, text, expected)


# --- J-MIXED: job or start-up together, job-linking activities, staff and bodies counted are no count ---------
MIXED = [
    ("job-or-startup",
     "괴산군은 지난해 8개 과정을 운영해 96명이 수료했고, 이 가운데 61명이 취업하거나 창업했다.",
     {(G, 96, "participants")}),
    ("job-and-startup-support-item",
     "예천군은 청년 공공일자리로 1,200명, 취·창업 지원으로 430명, 인력 양성으로 90명 등 모두 1,720명에게 일자리를 제공한다는 구상이다.",
     {(Y, 1200, "target"), (Y, 90, "target"), (Y, 1720, "target")}),
    ("job-linking-activity",
     "해남군 인턴 사업에는 지난해 80명이 참여해 11명이 취·창업에 성공했고, 27명이 취업 연계 활동을 이어 갔다.",
     {(H, 80, "participants")}),
    ("consultants-posted",
     "괴산군은 올해 2억원을 들여 전문 컨설턴트 4명을 배치하고, 대학에 운영을 맡긴다.",
     set()),
    ("staff-of-a-centre",
     "예천군청 1층 민원실에 새로 들어선 일자리종합센터에는 상담사와 공무원 등 8명이 배치돼 구인·구직을 안내한다.",
     set()),
    ("bodies-before-a-job-word",
     "해남군은 전국 17개 광역자치단체와 226개 기초자치단체의 일자리 대책을 따진 평가에서 우수상을 받았다.",
     set()),
    ("bodies-in-brackets",
     "괴산군은 전국 243개 자치단체(광역 17개, 기초 226개)를 상대로 벌인 평가에서 특별상을 받았다.",
     set()),
    # look-alikes: people placed in jobs and jobs of a quality word stay counts
    ("public-job-placed",
     "예천군은 공공근로 참여자 40명을 읍·면에 배치했다.",
     {(Y, 40, "employed")}),
    ("good-jobs",
     "해남군은 올해 1,360개의 좋은 일자리를 만든다.",
     {(H, 1360, "target")}),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in MIXED], ids=[c[0] for c in MIXED])
def test_not_counts(run, text, expected):
    _check(run, text, expected)


# --- J-PARTS-COPULA: a list of parts ending in a copula right after a count takes that count's kind ----------
PARTS = [
    ("bracketed-parts-with-money",
     "괴산군이 올해 56억 원을 들여 직접 일자리 1,200여개를 만든다. 주요 사업은 괴산형 일자리사업(140명/815백만 원), "
     "공공근로사업(60명/320백만 원), 장애인일자리사업(25명/190백만 원) 등이다.",
     {(G, 1200, "target"), (G, 140, "target"), (G, 60, "target"), (G, 25, "target")}),
    ("projects-then-jobs",
     "예천군은 올해 일자리 5,300개를 만든다. 직접 일자리 분야 40개 사업에서 3,100개, 직업훈련 4개 사업에서 120개, "
     "창업지원 분야 9개 사업에서 300개다.",
     {(Y, 5300, "target"), (Y, 3100, "target"), (Y, 120, "target")}),
    ("subsidy-part-left-out",
     "해남군은 지난해 일자리 2,400개를 만들었다. 주요 사업은 직접일자리 1,700명, 고용장려금 310명, 직업훈련 90명 등이다.",
     {(H, 2400, "created"), (H, 1700, "created"), (H, 90, "created")}),
    # look-alike: a part with a gloss in brackets keeps the sentence's recruitment
    ("gloss-is-no-predicate",
     "괴산군의 모집 인원은 읍사무소 12명, 면사무소 30명, 보건소 추천 6명(방문 간호 보조) 등 모두 48명이다.",
     {(G, 12, "target"), (G, 30, "target"), (G, 6, "target"), (G, 48, "target")}),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in PARTS], ids=[c[0] for c in PARTS])
def test_parts_after_a_count(run, text, expected):
    _check(run, text, expected)


# --- J-ONGOING / J-CONFIRMED: people already taking part; hires confirmed on the spot ----------------------
ONGOING = [
    ("already-taking-part",
     "괴산군은 이미 청년 140명이 참여하고 있는 12개 사업까지 더해 올해 청년 300명에게 일자리를 제공한다는 방침이다.",
     {(G, 140, "participants"), (G, 300, "target")}),
    ("hire-confirmed",
     "예천군 박람회에서는 210명이 면접을 봤고, 이 가운데 23명은 현장에서 채용이 확정됐다.",
     {(Y, 23, "employed")}),
    # look-alike: places still to be taken are a target
    ("to-take-part",
     "해남군은 청년 140명이 참여할 예정인 사업 12개를 새로 시작한다.",
     {(H, 140, "target")}),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in ONGOING], ids=[c[0] for c in ONGOING])
def test_ongoing_and_confirmed(run, text, expected):
    _check(run, text, expected)


# --- J-WILL / J-OWN-VERB: a will after the object; parts of a total keep their own verb; a pool of hires ----
OWN = [
    ("will-after-object",
     "괴산군은 올해 일자리 2,150개의 창출을 지원하겠다고 밝혔다.",
     {(G, 2150, "target")}),
    ("part-taking-part-stays",
     "해남군은 지난해 1,000명의 일자리를 만들었다. 공공 부문에서 700명이 일자리를 얻었고, 직업훈련에는 300명이 참여했다.",
     {(H, 1000, "created"), (H, 700, "employed"), (H, 300, "participants")}),
    ("pool-of-hires",
     "예천군의 지난해 민간 기업 채용 420명 가운데 250명은 산업단지 입주 기업에서 나왔다.",
     {(Y, 420, "employed")}),
    # look-alikes: the same object reported done; a pool of trainees stays participants
    ("done-after-object",
     "괴산군은 지난해 일자리 2,150개의 창출을 지원했다.",
     {(G, 2150, "created")}),
    ("pool-of-trainees",
     "예천군 교육생 180명 가운데 124명이 취업했다.",
     {(Y, 180, "participants"), (Y, 124, "employed")}),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in OWN], ids=[c[0] for c in OWN])
def test_will_and_own_verbs(run, text, expected):
    _check(run, text, expected)


# --- J-TERM-PLEDGE: a term's pledge named as a noun phrase is a target -------------------------------------
PLEDGES = [
    ("bulleted-pledge",
     "괴산군은 ▲민선8기 일자리 1만개 창출 ▲청년 인력뱅크 운영 등 여러 분야에서 높은 점수를 받았다.",
     {(G, 10000, "target")}),
    ("pledge-with-purpose",
     "예천군은 민선 8기 일자리 6천개 창출을 위해 전담 조직을 꾸렸다.",
     {(Y, 6000, "target")}),
    # look-alike: jobs a term reports as made stay made
    ("term-report",
     "해남군은 민선 7기 동안 일자리 3만 5천개를 만들었다.",
     {(H, 35000, "created")}),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in PLEDGES], ids=[c[0] for c in PLEDGES])
def test_term_pledges(run, text, expected):
    _check(run, text, expected)
