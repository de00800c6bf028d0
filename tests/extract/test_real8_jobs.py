"""Job counts: rules generalised over the former held-out sets v..z (extract/RULES.md, "Job counts
generalised over real_dev_v..z").

Every sentence is written for this file (none is copied from an article or a gold set); each table holds
the phrasings of one convention next to its look-alikes. Facts are compared as (district, value, kind).
"""

from __future__ import annotations

import pytest

from .conftest import check_jobs as _check

G = "충청북도 괴산군"
Y = "경상북도 예천군"
H = "전라남도 해남군"


# --- J8-LIST-JOBS: items of a list whose last item names jobs counted in people stay jobs made ------------
LIST_JOBS = [
    ("years-then-jobs-made",
     "괴산군은 2021년 3,120명, 2022년 2,870명, 2023년 3,405명의 일자리 창출 성과를 거뒀다.",
     {(G, 3120, "created"), (G, 2870, "created"), (G, 3405, "created")}),
    ("schemes-then-jobs-made",
     "예천군은 농촌 일자리 사업으로 410명, 관광 사업으로 265명의 일자리를 새로 만들었다.",
     {(Y, 410, "created"), (Y, 265, "created")}),
    ("part-then-total-jobs",
     "해남군은 지난해 기업 유치로 870명 등 모두 2천310명의 일자리를 만들었다.",
     {(H, 870, "created"), (H, 2310, "created")}),
    # look-alike: a list of people hired stays people placed
    ("list-of-hires",
     "괴산군은 지난해 공공근로 120명, 청년인턴 35명을 채용했다.",
     {(G, 120, "employed"), (G, 35, "employed")}),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in LIST_JOBS], ids=[c[0] for c in LIST_JOBS])
def test_list_of_jobs_in_people(run, text, expected):
    _check(run, text, expected)


# --- J8-QUOTED-JOB / J8-GIVEN-TOPIC: jobs given to people, also under a quoted name or as the topic --------
GIVEN = [
    ("quoted-job-name",
     "예천군은 지난해 군비 9억원을 들여 모두 214명에게 '행복 일자리'를 제공했다.",
     {(Y, 214, "employed")}),
    ("jobs-as-topic",
     "해남군의 지난해 일자리는 1만2,450명에게 제공했다.",
     {(H, 12450, "employed")}),
    ("jobs-as-topic-present-plan",
     "괴산군은 올해 일자리를 1,380명에게 제공한다.",
     {(G, 1380, "target")}),
    # look-alike: a quoted name that is no job noun gives no placement
    ("quoted-newsletter-sent",
     "예천군은 지난해 모두 214명에게 '행복 일자리'를 제공했다. 또 1,500명에게 '행복 소식지'를 보냈다.",
     {(Y, 214, "employed")}),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in GIVEN], ids=[c[0] for c in GIVEN])
def test_jobs_given(run, text, expected):
    _check(run, text, expected)


# --- J8-PROJECTS-JOBS / J8-SUBSIDY-LINE / J8 ▲ clauses: lines of a plan that count projects, then jobs -------
PLAN_LINES = [
    ("unit-projects-then-jobs",
     "괴산군은 올해 일자리 4,200개를 목표로 잡았다. 분야별로는 △직접일자리 12개 단위사업 2,310개 △직업훈련 6개 사업 480개 등이다.",
     {(G, 4200, "target"), (G, 2310, "target"), (G, 480, "target")}),
    ("subsidy-line-of-a-plan",
     "예천군은 올해 일자리 3,100개를 목표로 잡았다. 분야별로는 △직접일자리 9개 사업 1,650개 △고용서비스·고용장려금 4개 사업 520개 △기타 30개 사업 930개 등이다.",
     {(Y, 3100, "target"), (Y, 1650, "target"), (Y, 930, "target")}),
    ("startup-line-does-not-reach-next-item",
     "해남군은 올해 일자리 2,900개를 목표로 잡았다. 분야별로는 △직접일자리 9개 사업 2,140개 △창업 지원 5개 사업 12개 "
     "△기타 41개 사업 760개를 목표로 잡았다.",
     {(H, 2900, "target"), (H, 2140, "target"), (H, 760, "target")}),
    # look-alike: the projects counted after the detail word are still no count
    ("detail-projects-only",
     "괴산군은 올해 세부사업 45개를 추진한다.",
     set()),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in PLAN_LINES], ids=[c[0] for c in PLAN_LINES])
def test_plan_lines(run, text, expected):
    _check(run, text, expected)


# --- J8-COMPARED: the level compared with takes the kind of the count before --------------------------------
COMPARED = [
    ("same-period-in-brackets",
     "괴산군은 올해 9월까지 1,204명을 취업시켜 지난해 같은 기간(860명)보다 40% 늘었다.",
     {(G, 1204, "employed"), (G, 860, "employed")}),
    ("level-before-보다-next-sentence",
     "예천군은 지난해 일자리센터를 통해 취업한 군민이 모두 2,315명이라고 밝혔다. 이는 전년 1,870명보다 23.8% 늘어난 것이다.",
     {(Y, 2315, "employed"), (Y, 1870, "employed")}),
    ("compared-with",
     "해남군은 지난해 노인일자리에 3,150명이 참여해 2020년 실적 2,480명과 비교하면 27% 늘었다.",
     {(H, 3150, "participants"), (H, 2480, "participants")}),
    ("last-years-level-passed",
     "괴산군 일자리센터는 9월 말 현재 취업 실적이 2,316명으로 지난해 연간 실적 1,905명을 넘었다.",
     {(G, 2316, "employed"), (G, 1905, "employed")}),
    ("threshold-passed-alone",
     "예천군 일자리센터를 통한 취업자가 올해 2천명을 넘었다.",
     set()),
    # look-alikes: a target compared stays a target; a goal compared with last year's jobs is not taken as made
    ("target-compared",
     "괴산군은 지난해 일자리 6,210개를 만들어 처음 목표 5,400개보다 15% 많았다.",
     {(G, 6210, "created"), (G, 5400, "target")}),
    ("plan-compared",
     "예천군은 올해 일자리 5,000개를 만든다. 이는 지난해 4,000개보다 1,000개 많다.",
     {(Y, 5000, "target")}),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in COMPARED], ids=[c[0] for c in COMPARED])
def test_compared_levels(run, text, expected):
    _check(run, text, expected)


# --- J8-STAT-FRAME: employed residents in a labour-statistics passage are no count --------------------------
STATS = [
    ("stat-two-sentences-back",
     "충북의 하반기 고용률은 괴산군(68.1%), 음성군(67.0%) 순으로 높았다. 보은군 65.2%, 옥천군 63.0%였다. "
     "취업자는 청주시(43만2000명), 충주시(10만8000명) 순으로 많았다.",
     set()),
    ("labour-target-list-item",
     "예천군은 올해 고용률 70.5%, 취업자 수 2만 1300명, 공공·민간 부문 일자리 8,450개를 목표로 내놓았다.",
     {(Y, 8450, "target")}),
    ("jobs-to-run-this-year",
     "해남군은 올해 212억원을 들여 6개 분야 4,310명의 일자리를 추진한다.",
     {(H, 4310, "target")}),
    # look-alike: placements through a centre stay counts
    ("placements-not-stat",
     "괴산군 일자리센터를 통한 취업자는 올해 642명이다.",
     {(G, 642, "employed")}),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in STATS], ids=[c[0] for c in STATS])
def test_statistic_frame(run, text, expected):
    _check(run, text, expected)


# --- J8-CITY-GOVERNMENT / J8-HIGHER-GOAL / J8-BRACKET-LIST: plans written in other words ---------------------
PLANS = [
    ("city-government-subject",
     "괴산군이 일자리 만들기에 나선다. 군정부는 2026년까지 2,400개 일자리를 만들어 고용률 70%를 이루기 위한 종합계획을 세웠다.",
     {(G, 2400, "target")}),
    ("higher-than-national-goal",
     "예천군은 2027년까지 당초 목표보다 500개 많은 1만500개의 일자리를 만들겠다고 밝혔다.",
     {(Y, 10500, "target")}),
    ("bracketed-fields-of-a-plan",
     "해남군의 민선8기 공시 계획은 5개 분야로 구성됐다. 분야별로 보면 직접일자리(2,150개), 직업훈련(430개), "
     "관광단지(260개) 등이다.",
     {(H, 2150, "target"), (H, 430, "target"), (H, 260, "target")}),
    # look-alikes: a past achievement above the target stays made; bracketed figures of a past report stay out
    ("achievement-above-goal",
     "괴산군은 지난해 목표 1,800개보다 200개 많은 2,000개의 일자리를 만들었다.",
     {(G, 1800, "target"), (G, 2000, "created")}),
    ("bracketed-counts-of-a-past-report",
     "예천군은 지난해 계획을 세웠다. 분야별로 보면 직접일자리(2,150개), 직업훈련(430개)을 달성했다.",
     {(Y, 2150, "created"), (Y, 430, "created")}),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in PLANS], ids=[c[0] for c in PLANS])
def test_plans_in_other_words(run, text, expected):
    _check(run, text, expected)


# --- J8-COMPOUND-JOB / J8-EVENT-DAY ------------------------------------------------------------------------
MORE = [
    ("compound-senior-jobs-made",
     "괴산군은 토요장터를 열어 연간 1,240명의 노인일자리를 만들었다.",
     {(G, 1240, "created")}),
    ("compound-youth-jobs-made",
     "예천군은 지난해 315명의 청년일자리를 만들었다.",
     {(Y, 315, "created")}),
    ("event-day-of-a-coming-fair",
     "해남군은 오는 12일 군민회관에서 일자리 박람회를 연다. 이날 현장 면접으로 120명을 채용하고 상담도 진행된다.",
     {(H, 120, "target")}),
    # look-alikes: the day of a past fair, and people hired with no event ahead
    ("event-day-of-a-past-fair",
     "해남군은 12일 군민회관에서 일자리 박람회를 열었다. 이날 현장 면접으로 120명을 채용했다.",
     {(H, 120, "employed")}),
    ("hired-no-event",
     "괴산군은 지난해 공공근로로 86명을 채용했다.",
     {(G, 86, "employed")}),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in MORE], ids=[c[0] for c in MORE])
def test_compound_jobs_and_event_day(run, text, expected):
    _check(run, text, expected)


# --- J8-PLACED-NOUN and placement verbs: people placed named as a noun or by a plain verb -------------------
PLACED = [
    ("placements-as-noun-after",
     "괴산군은 청년일자리사업으로 지난해 31개 기업 47명, 올해는 18개 기업 22명의 정규직 취업을 도왔다.",
     {(G, 47, "employed"), (G, 22, "employed")}),
    ("people-who-found-jobs",
     "예천군은 일자리센터를 통해 일자리를 구한 사람이 1,846명으로 지난해 같은 기간(1,500명)보다 23% 늘었다고 밝혔다.",
     {(Y, 1846, "employed"), (Y, 1500, "employed")}),
    ("worked-last-year",
     "해남군에서는 지난해 상·하반기를 합쳐 310여 명이 환경 정비 등 여러 분야에서 일했다.",
     {(H, 310, "employed")}),
    ("hiring-confirmed-notice",
     "괴산군 채용박람회에서 면접을 본 140명 중 52명이 1차 채용 확정 통보를 받았다.",
     {(G, 52, "employed")}),
    ("placed-after-counselling",
     "예천군은 장터에서 기업들이 현장 면접과 상담을 진행해 85명을 그 자리에서 취업시켰다.",
     {(Y, 85, "employed")}),
    # look-alikes: counselling lines and start-ups stay out
    ("counselling-line",
     "해남군 일자리센터의 실적은 취업상담 알선 1,480명이다.",
     set()),
    ("startups-helped",
     "괴산군은 올해 청년 25명의 창업을 도왔다.",
     set()),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in PLACED], ids=[c[0] for c in PLACED])
def test_placed_people(run, text, expected):
    _check(run, text, expected)


# --- J8-LIST-TAIL: ▲ items whose last items count no jobs take the predicate after the last counted item ----
LIST_TAIL = [
    ("trailing-items-without-people",
     "괴산군은 일자리를 나누려고 △공공근로 64명 △지역공동체일자리 41명 △소상공인 지원 220개소 △일자리센터 운영 "
     "등에 9억원을 투입했다.",
     {(G, 64, "employed"), (G, 41, "employed")}),
    # look-alike: an item with its own predicate keeps it, and a tail with no predicate gives nothing
    ("item-with-own-predicate",
     "예천군은 ◇기업 유치를 통한 52명 고용창출 ◇청년 정주 여건 개선 ◇농업인 육성 등에 힘을 쏟았다.",
     {(Y, 52, "employed")}),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in LIST_TAIL], ids=[c[0] for c in LIST_TAIL])
def test_list_tail(run, text, expected):
    _check(run, text, expected)


EVENT_PAST = [
    ("event-day-report-past-verb",
     "해남군이 12일 연 박람회에는 1천여명이 찾았고, 이날 41명이 현장에서 채용됐으며 나머지는 2차 면접이 열린다.",
     {(H, 41, "employed")}),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in EVENT_PAST], ids=[c[0] for c in EVENT_PAST])
def test_event_day_past(run, text, expected):
    _check(run, text, expected)


# --- J8-TRAITS / J8 crowd of a 장터: people split by a trait, and job-seekers at an event, are no counts -----
CROWDS = [
    ("split-by-age",
     "괴산군은 지난해 일자리센터를 통해 취업한 군민이 모두 900명이라고 밝혔다. 연령대별로는 50대가 310명, 60대 이상 "
     "280명, 40대 190명, 30대 이하 120명이었다.",
     {(G, 900, "employed")}),
    ("split-by-occupation",
     "예천군은 올해 1,200명을 취업시켰다. 직종별로는 생산직 520명, 사무직 410명, 서비스직 270명 순이었다.",
     {(Y, 1200, "employed")}),
    ("job-seekers-at-a-market",
     "해남군은 26일 군청 광장에서 '찾아가는 취업 장터'를 연다. 지역 구인업체 15곳과 구직자 380여 명이 참여한다.",
     set()),
    ("staff-of-a-centre-listed",
     "괴산군은 청년 일자리센터를 열었다. 센터에는 상담실을 갖췄고 센터장과 상담사 등 6명이 일한다.",
     set()),
    # look-alike: a plan split by field keeps its parts
    ("split-by-field",
     "괴산군은 지난해 일자리 1,000개를 만들었다. 분야별로는 공공일자리 600개, 민간일자리 400개였다.",
     {(G, 1000, "created"), (G, 600, "created"), (G, 400, "created")}),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in CROWDS], ids=[c[0] for c in CROWDS])
def test_traits_and_crowds(run, text, expected):
    _check(run, text, expected)
