"""Job counts: genre rules generalised over the later real dev sets (extract/RULES.md, "Job counts over
fresh real articles").

Every sentence is written for this file (none is copied from an article or a gold set); each table holds
the positives and the look-alikes next to them. Facts are compared as (district, value, kind).
"""

from __future__ import annotations

import pytest

from .conftest import job_keys as _jobs

Y = "강원특별자치도 영월군"
J = "충청북도 진천군"


def _years(out: dict) -> set[tuple]:
    return {(j["value"], j["kind"], j["year"]) for j in out["job_counts"]}


# --- J-BREAKDOWN: counts that add up to a stated total are its parts -------------------------------------
BREAKDOWNS = [
    ("bullets-after-plan",
     "영월군은 올해 일자리 4,200개를 만들기로 했다. 군청에서 보고회를 열었다. 분야별로는 ▲공공일자리 2,600개 "
     "▲직업훈련 900개 ▲기업 유치 700개 등으로 노인 일자리에 힘을 실었다.",
     {(Y, 4200, "target"), (Y, 2600, "target"), (Y, 900, "target"), (Y, 700, "target")}),
    ("shares-of-a-result",
     "영월군은 지난해 일자리 9,310개를 만들었다. 분야별로는 공공부문이 5,020개(53.9%)로 가장 많았고, 민간부문 "
     "3,100개(33.3%), 직업훈련 1,190개(12.8%) 순이었다.",
     {(Y, 9310, "created"), (Y, 5020, "created"), (Y, 3100, "created"), (Y, 1190, "created")}),
    ("parts-then-total",
     "영월군은 공공일자리에 2,140명, 민간일자리에 360명(창업 지원 40명 등), 취업 연계 500명 등 모두 3,000명에게 "
     "일자리를 제공하기로 했다.",
     {(Y, 3000, "target"), (Y, 2140, "target"), (Y, 360, "target"), (Y, 500, "target")}),
    ("nested-parts-over-sentences",
     "영월군은 올해 일자리 목표를 1,930개로 정했다. 먼저 정부부문에서 모두 1,640개의 일자리를 만들 계획이다. 이 가운데 "
     "직접일자리가 1,170개로 가장 많고, 직업훈련으로 470개를 만든다. 민간부문 목표는 모두 290개다. 기업 유치로 205개, "
     "사회적경제 육성으로 85개를 만들 계획이다.",
     {(Y, 1930, "target"), (Y, 1640, "target"), (Y, 1170, "target"), (Y, 470, "target"), (Y, 290, "target"),
      (Y, 205, "target"), (Y, 85, "target")}),
    ("startup-part-is-no-count",
     "영월군은 올해 일자리 1,000개를 만들기로 했다. 분야별 계획은 ▲직접일자리 880명 ▲직업훈련 90명 ▲창업지원 30명이다.",
     {(Y, 1000, "target"), (Y, 880, "target"), (Y, 90, "target")}),
    ("jobs-and-startups-line-stays",
     "영월군은 올해 일자리 1,500개를 만든다고 밝혔다. 주요 사업은 △공공일자리 1,200개 △청년 취·창업 지원 300개 등이다.",
     {(Y, 1500, "target"), (Y, 1200, "target"), (Y, 300, "target")}),
    # look-alikes: a level and its difference are no parts; a bracketed gloss is no part
    ("level-and-difference",
     "영월군은 지난해 1만2,400개의 일자리를 만들어 목표 1만1,000개보다 1,400개 많았다.",
     {(Y, 12400, "created"), (Y, 11000, "target")}),
    ("sum-of-other-things",
     "영월군은 지난해 일자리 300개를 만들었다. 박람회에는 기업 120곳과 구직자 180명이 찾았다.",
     {(Y, 300, "created")}),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in BREAKDOWNS], ids=[c[0] for c in BREAKDOWNS])
def test_parts_of_a_total(run, text, expected):
    assert _jobs(run(text, "2024-02-14")) == expected


# --- J-REPEAT: a rounded restatement of an exact figure is the same count --------------------------------
REPEATS = [
    ("rounded-lead",
     "영월군이 2028년까지 일자리 3만여 개를 만든다. 군은 2028년까지 2만 9,640개의 일자리를 만들겠다고 밝혔다.",
     {(Y, 29640, "target")}),
    ("one-digit-round",
     "영월군은 민선 8기 동안 일자리 2만 개를 만들었다. 군에 따르면 지난해까지 만든 일자리는 모두 2만1,130개다.",
     {(Y, 21130, "created")}),
    # look-alikes: a goal and a forecast in one sentence; a part with two significant digits
    ("goal-and-forecast",
     "영월군은 올해 일자리 8천여 개 창출을 목표로 했고, 연말까지 7,940개를 달성할 전망이다.",
     {(Y, 8000, "target"), (Y, 7940, "target")}),
    ("field-with-two-digits",
     "영월군은 지난해 일자리 2만 8,640개를 만들었다. 분야별 집계는 복지 2만 9천개, 관광 3천개다.",
     {(Y, 28640, "created"), (Y, 29000, "created"), (Y, 3000, "created")}),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in REPEATS], ids=[c[0] for c in REPEATS])
def test_rounded_repeats(run, text, expected):
    assert _jobs(run(text, "2024-02-14")) == expected


# --- J-FORWARD: goals, expectations and plans are targets ------------------------------------------------
FORWARD = [
    ("expected-to-arise", "영월군은 이번 협약으로 210여명의 일자리가 생길 것으로 기대하고 있다.", {(Y, 210, "target")}),
    ("purpose-giki-wihae", "영월군은 올해 일자리 2,700개를 새로 만들기 위해 사업을 벌이기로 했다.", {(Y, 2700, "target")}),
    ("polite-plan", "영월군은 2027년까지 일자리 1만 1,000개를 만들 계획입니다.", {(Y, 11000, "target")}),
    ("goal-participle-past", "영월군은 지난해 1만 300개의 일자리를 지원했다. 지난해 목표로 잡았던 9,900개를 넘어선 것이다.",
     {(Y, 10300, "created"), (Y, 9900, "target")}),
    ("goal-as-task", "영월군은 '좋은 일자리 2,500개 창출'을 군정의 첫 과제로 삼아 힘써 왔다.", {(Y, 2500, "target")}),
    ("hires-of-an-agreement", "영월군은 한 부품 회사가 80억원을 투자하고 새로 45명을 고용하는 업무협약을 맺었다.",
     {(Y, 45, "target")}),
    ("figure-set-as-goal", "영월군은 올해 일자리 목표를 지난해보다 5% 늘어난 3,150개로 정했다.", {(Y, 3150, "target")}),
    ("hire-purpose", "영월군이 연 박람회에서 기업 40곳이 지역 인재 320여명을 뽑으려고 면접을 진행했다.",
     {(Y, 320, "target")}),
    ("support-announced", "영월군은 올해 청년 일자리 12개 사업에 640명을 지원한다고 밝혔다.", {(Y, 640, "target")}),
    ("series-head-total", "영월군은 올해 일자리 2만1천개를 만드는 등 2026년까지 모두 6만4천개의 일자리를 만든다는 목표를 정했다.",
     {(Y, 21000, "target"), (Y, 64000, "target")}),
    ("series-start", "영월군은 올해 일자리 4천 개를 시작으로 2027년까지 1만6천여 개를 만들어 인구 감소에 맞설 계획입니다.",
     {(Y, 4000, "target"), (Y, 16000, "target")}),
    ("launch-article",
     "영월군이 올해 청년 일자리 60개를 만드는 '청년 정착 사업'에 나선다. 이 사업은 미취업 청년 24명을 지역 기업에 이어 주고, "
     "인건비를 지원한다. 돌봄 분야 사업은 청년 16명 채용을 돕는다.",
     {(Y, 60, "target"), (Y, 24, "target"), (Y, 16, "target")}),
    ("launch-article-past-group",
     "영월군은 올해 일자리 900개 창출을 목표로 정했다. 군은 지난해 센터를 통해 취업한 310명의 사후 관리에도 나선다.",
     {(Y, 900, "target"), (Y, 310, "employed")}),
    ("next-year-places", "영월군은 내년 노인 일자리 사업에 모두 2천3백여 명의 참여가 확정됐다고 밝혔다.",
     {(Y, 2300, "target")}),
    ("scale-to-reach", "영월군은 내년까지 일자리 800개 규모로 키워 나가기로 했다.", {(Y, 800, "target")}),
    ("goal-in-policy-brackets", "영월군이 내건 '1234' 일자리 정책(기업 10곳 유치, 일자리 1만 2천 개 창출)이 성과를 내고 있다.",
     {(Y, 12000, "target")}),
    # look-alike: an achievement named with 창출 outside a goal stays created
    ("achievement-noun", "영월군은 지난해 'ㄱ 사업'으로 일자리 340개 창출이라는 성과를 냈다.", {(Y, 340, "created")}),
    # look-alikes: past hires, a finished clause before a plan, interviews to come
    ("past-hires", "영월군은 지난해 기업 14곳에 청년 38명을 이어 줬고, 38명 모두 채용됐다.", {(Y, 38, "employed")}),
    ("hired-then-interviews",
     "영월군이 연 채용의 날에는 기업 21곳이 참여했고, 현장에서 26명이 채용됐으며 90명은 2차 면접을 볼 예정이다.",
     {(Y, 26, "employed")}),
    ("hiring-by-interview", "영월군 채용박람회에는 기업 30곳이 나와 110여 명을 면접으로 채용할 예정이다.", {(Y, 110, "target")}),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in FORWARD], ids=[c[0] for c in FORWARD])
def test_forward_looking(run, text, expected):
    assert _jobs(run(text, "2024-02-14")) == expected


# --- J-PAREN-TARGET and jobs counted in people ---------------------------------------------------------
ACHIEVED = [
    ("target-in-brackets", "영월군은 기업 18곳에서 36명을 채용해 목표(9개 기업 30명) 대비 120%의 성과를 냈다.",
     {(Y, 36, "employed"), (Y, 30, "target")}),
    ("jobs-in-people", "영월군은 지난해 일자리 2,310명을 만들어 목표의 110%를 달성했다.", {(Y, 2310, "created")}),
    ("jobs-created-label", "영월군의 통합 프로젝트는 기업 12개사 발굴, 일자리 창출 25명 등의 성과를 냈다.", {(Y, 25, "created")}),
    ("share-of-term-target", "영월군은 민선 8기 목표인 일자리 4만개의 55.0%(2만2,000개)를 채웠다.",
     {(Y, 40000, "target"), (Y, 22000, "created")}),
    ("made-jobs-total", "영월군에 따르면 지난해 군이 새로 만든 일자리는 모두 4,310개로 목표를 넘었다.", {(Y, 4310, "created")}),
    ("jobs-reported", "영월군의 지난해 일자리 실적이 나왔다. 안정적인 청년 일자리도 412개(8.1%)에 이르렀다.",
     {(Y, 412, "created")}),
    # look-alike: people placed stay employed
    ("placed-people", "영월군은 지난해 구직자 512명을 취업시켰다.", {(Y, 512, "employed")}),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in ACHIEVED], ids=[c[0] for c in ACHIEVED])
def test_achievements(run, text, expected):
    assert _jobs(run(text, "2024-02-14")) == expected


# --- J-NOT-JOBS and J-SERVED: numbers of other things, classes of districts, statistics, staff -----------
NOT_JOBS = [
    ("new-projects-included", "영월군은 신규사업 12개를 포함해 3,200여개의 일자리를 만들기로 했다.", {(Y, 3200, "target")}),
    ("projects-of-a-list", "영월군은 신규 5개를 포함한 19개 사업에 30억원을 들여 청년 420명의 일자리를 지원할 계획이다.",
     {(Y, 420, "target")}),
    ("schemes-evaluated", "영월군은 54개 지역일자리사업의 실적을 평가해 우수 사업을 골랐다.", set()),
    ("booths", "영월군 박람회장에는 ▲기업 채용관(18개) ▲기관 홍보관(6개) ▲부대행사관(4개)을 운영한다. 일자리 정보도 준다.",
     set()),
    ("list-size", "영월군의 일자리 전략은 ▲청년 정착 ▲여성 재취업 ▲신중년 일자리 등 4개다.", set()),
    ("places-of-all-dong", "영월군은 9개 모든 읍면에 일자리 창구를 두었다. 구직자 취업을 돕는다.", set()),
    ("class-of-districts", "서울시와 25개 구청이 하반기 공공근로에 참여할 시민 6,200명을 모집한다. 서울시가 700명, 자치구가 5,500명을 뽑는다.",
     {("서울특별시", 700, "target")}),
    ("labour-survey", "통계청 조사에서 강원 영월군의 고용률은 64.1%였고, 취업자는 영월군이 2만 1천 명으로 실업률은 1.2%였다.", set()),
    ("statistic-with-commas", "영월군의 고용률은 65.3%였다. 취업자 수는 2만 1,000명으로 1,200명 늘었다.", set()),
    ("staff-of-a-centre", "영월군 일자리센터가 문을 열었다. 센터에는 직업상담사 3명과 행정지원 1명 등 4명이 배치됐다.", set()),
    ("staff-of-an-operator", "영월군은 수행기관 전담인력(3명)을 포함해 ▲경로당 지원(60명) ▲환경 지킴이(40명) 등 사업을 "
     "펼칠 계획이다.",
     {(Y, 60, "target"), (Y, 40, "target")}),
    ("services-served", "영월군은 올해 근로자와 사업주 1,830명에게 고용지원 서비스를 제공했다고 밝혔다.", set()),
    # look-alikes: a merged city's own count; hires of counsellors stay counts
    ("merged-city-topic", "3개 시가 통합해 출범한 청주시는 올해 일자리 1만2,300개를 만들었다.", {("충청북도 청주시", 12300, "created")}),
    ("hired-counsellors", "영월군은 직업상담사 6명을 채용했다.", {(Y, 6, "employed")}),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in NOT_JOBS], ids=[c[0] for c in NOT_JOBS])
def test_not_job_counts(run, text, expected):
    assert _jobs(run(text, "2024-02-14")) == expected


# --- J-SERVED: pools of job-seekers and counselled people ------------------------------------------------
def test_seekers_pools_are_no_counts(run):
    out = run("영월군은 일자리센터를 운영해 2022년에 구직자 1천400명 가운데 760명이, 2023년에는 1천500명 가운데 910명이 "
              "일자리를 찾았다.", "2024-02-14")
    values = {j["value"] for j in out["job_counts"]}
    assert not values & {1400, 1500}
    assert (Y, 910, "employed") in _jobs(out)


def test_trainee_pools_stay_participants(run):
    out = run("영월군은 구직자 상담을 이어 왔고, '목공 기술 과정'을 수료한 청년 48명 가운데 31명이 기업에 채용됐다.",
              "2024-02-14")
    assert _jobs(out) == {(Y, 48, "participants"), (Y, 31, "employed")}


# --- J-TRAINING-COPULA, J-SINGLE-TOTAL, J-RESPECTIVELY ----------------------------------------------------
OTHERS = [
    ("training-scope", "영월군은 주민에게 제과 자격증 교육을 무료로 지원한다고 밝혔다. 대상은 취업을 바라는 군민 20명이다.",
     {(Y, 20, "participants")}),
    ("recruit-scope", "영월군은 '청년 든든 일터'에 참여할 청년을 모집한다. 기업에는 인건비를 준다. 대상은 군에 사는 미취업 청년 40명이다.",
     {(Y, 40, "target")}),
    ("field-topic-parts", "영월군이 내년 공공일자리 참여자를 모집한다. 모집 분야는 환경정비 30명, 행정 지원 12명, 돌봄 8명 등 모두 50명이다.",
     {(Y, 50, "target"), (Y, 30, "target"), (Y, 12, "target"), (Y, 8, "target")}),
    ("topic-total", "영월군이 신중년 일자리 참여자를 모집한다. 모집 인원은 분기마다 10명씩 모두 40명이며 곧 접수한다.",
     {(Y, 40, "target"), (Y, 10, "target")}),  # the unit of the total is recorded beside it (gold README, 0.33.0)
    ("respectively", "부산 사하구와 금정구가 올해 각각 3,100개와 2,900개의 일자리를 만들기 위해 사업에 나선다.",
     {("부산광역시 사하구", 3100, "target"), ("부산광역시 금정구", 2900, "target")}),
    ("each-one-is-no-count", "영월군은 기업마다 각 1명씩 청년을 채용하도록 돕는다.", set()),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in OTHERS], ids=[c[0] for c in OTHERS])
def test_scopes_totals_and_pairs(run, text, expected):
    assert _jobs(run(text, "2024-02-14")) == expected


def test_parts_take_the_total_year(run):
    out = run("영월군은 지난해 일자리 1,200개를 만들었다. 분야별로는 공공 700개, 민간 500개였다.", "2024-02-14")
    assert _years(out) == {(1200, "created", 2023), (700, "created", 2023), (500, "created", 2023)}


# --- J-ELLIPSIS: parallel clauses share the last clause's predicate --------------------------------------
ELLIPSIS = [
    ("rates-then-verb",
     "인천시 일자리센터 취업 실적을 보면 연수구가 2천410명으로 92.4% 늘어 가장 높았고, 부평구가 1천330명으로 41.2%, "
     "남동구가 2천870명으로 30.5% 늘었다.",
     {("인천광역시 연수구", 2410, "employed"), ("인천광역시 부평구", 1330, "employed"),
      ("인천광역시 남동구", 2870, "employed")}),
    ("pools-passed-over",
     "영월군은 일자리센터를 운영해 2021년에는 구직자 1천240명 가운데 610명(49.2%)이, 2022년에는 1천310명 가운데 "
     "705명(53.8%)이 일자리를 찾았다.",
     {(Y, 610, "employed"), (Y, 705, "employed")}),
    ("rates-after-the-list",
     "인천시 계양구와 부평구의 일자리센터 취업자가 크게 늘었다. 이어 부평구 4120명, 계양구 1870명으로 각각 21.5%, 12.4% 늘었다.",
     {("인천광역시 부평구", 4120, "employed"), ("인천광역시 계양구", 1870, "employed")}),
    # look-alike: people counselled before the placements are no count
    ("counselled-then-placed",
     "영월군은 올해 구직자 1천120명을 상담하고 기업과 이어준 결과 530명(47.3%)이 지역 기업에 취업했다.",
     {(Y, 530, "employed")}),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in ELLIPSIS], ids=[c[0] for c in ELLIPSIS])
def test_parallel_clauses(run, text, expected):
    assert _jobs(run(text, "2024-02-14")) == expected


# --- "각 N명" after a list of districts, and the total of the units ---------------------------------------
def test_each_district_gets_the_figure(run):
    out = run("전라남도가 청년 마을살이 참여자를 더 뽑는다. 추가 모집 인원은 나주·담양 각 5명, 곡성·구례·보성 각 2명 등 "
              "22개 시군 16명이다.", "2024-02-14")
    assert _jobs(out) == {
        ("전라남도 나주시", 5, "target"), ("전라남도 담양군", 5, "target"), ("전라남도 곡성군", 2, "target"),
        ("전라남도 구례군", 2, "target"), ("전라남도 보성군", 2, "target"), ("전라남도", 16, "target"),
    }


def test_each_without_a_list_is_no_count(run):
    out = run("영월군은 참여 기업에 각 2명씩 청년을 배치하도록 돕는다.", "2024-02-14")
    assert _jobs(out) == set()


def test_labour_survey_article_has_no_counts(run):
    out = run("강원 음식점업 취업자가 크게 늘었다. 통계청이 내놓은 '2023년 하반기 지역별고용조사'에 따르면 도내 취업자는 "
              "모두 82만여명이었다. 시·군별로는 원주가 17만6천여명으로 가장 많았고 춘천(14만3천명)이 뒤를 이었다. "
              "음식점업 취업자는 7만1천여명으로 2위였다.", "2024-02-14")
    assert _jobs(out) == set()


def test_labour_trend_article_has_no_counts(run):
    out = run("영월군, 3월 고용동향…고용률 61.2%\n통계청의 '3월 강원 고용동향'에 따르면 영월군 취업자는 2만 1천명으로 "
              "한 달 전보다 4백명 늘었다. 직업별로는 사무종사 1천2백명(6.1%)이 늘었다.", "2024-04-20")
    assert _jobs(out) == set()


# --- crowds, classes of governments, entrants, programme selections --------------------------------------
MORE = [
    ("fair-goals-crowd",
     "영월군 채용박람회에는 기업 60곳이 참가해 채용관과 상담관을 운영한다. 군은 참여자 2천여명, 현장면접 500여명, "
     "취업자 90여명을 목표로 준비하고 있다.",
     {(Y, 90, "target")}),
    ("all-local-governments",
     "지난해 지자체 사회적기업 육성의 주요 성과를 보면 일자리 4천200여명을 새로 만들었다. 영월군은 우수상을 받았다.",
     set()),
    ("named-entrants", "영월군 아이디어 공모전에서 우수상은 '마을 택배 도우미'(박지훈 등 5명)가 받았다.", set()),
    ("programme-selection",
     "영월군이 '청년 귀촌 살아보기'에 참여할 청년을 더 모집한다. 1차 모집에서 심사를 거쳐 22명만 선발되면서 "
     "추가 모집에 나섰다.",
     {(Y, 22, "participants")}),
    # look-alikes: public jobs selected are employed; companies taking part do not make a programme
    ("public-job-selection",
     "영월군이 직접 일자리 사업 참여자를 다시 모집한다. 1차 모집에서는 46명의 참여자를 뽑았다.",
     {(Y, 46, "employed")}),
    ("fair-hires", "영월군 박람회에는 업체 24곳이 참가해 현장면접으로 52명을 채용했고, 구인기업이 공고를 내 131명을 뽑았다.",
     {(Y, 52, "employed"), (Y, 131, "employed")}),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in MORE], ids=[c[0] for c in MORE])
def test_crowds_classes_and_selections(run, text, expected):
    assert _jobs(run(text, "2024-02-14")) == expected


# --- real structures: the main structure of real job articles (none in a gold set), in our own words -----
# One sentence per article read: 노인일자리 발대식, 일자리 목표 공시, 투자협약, 채용박람회, 일자리 실적, and
# labour statistics as negatives. Facts are (district, value, kind, year), as a careful reader records them
# (a sentence with no time word gives no year: the gold convention for counts with no time anchor).
def _facts(out: dict) -> set[tuple]:
    return {(j["district"], j["value"], j["kind"], j["year"]) for j in out["job_counts"]}


REAL_STRUCTURES = [
    ("senior-jobs-plan-by-fields",
     "진천군은 올해 환경 정비와 도서관 관리 등 24개 분야에서 모두 1,230명 규모의 노인 일자리를 만들 계획이다.",
     {(J, 1230, "target", 2024)}),
    ("launch-places-and-applicants",
     "진천군은 지난 13일 군청에서 노인일자리사업 발대식을 열었다. 84명이 참여할 이 사업에는 295명이 신청해 3.5대1의 "
     "경쟁률을 보였다.",
     {(J, 84, "participants", 2024)}),
    ("launch-places-to-take-part",
     "진천군은 5일 노인일자리사업 발대식을 열었다. 이 사업은 읍면사무소와 민간기관 등 19개 기관에서 36개 사업으로 "
     "1,418명이 참여하게 된다.",
     {(J, 1418, "participants", 2024)}),
    ("launch-places-and-attendees",
     "진천군은 12일 노인일자리 발대식을 열었다. 군은 올해 95억 원을 확보해 31개 사업에 2,870명이 참여하며, 이 가운데 "
     "발대식에 참석한 어르신 1,650명은 경로당 도우미 등 20개 사업에서 활동한다.",
     {(J, 2870, "participants", 2024)}),
    ("launch-places-and-months",
     "진천군이 어르신 일자리 사업단 발대식을 연다. 올해 사업은 22개 사업에 760명의 어르신이 참여해 3월부터 11월까지 "
     "주 3일씩 일하게 된다.",
     {(J, 760, "participants", 2024)}),
    ("launch-lines-in-brackets",
     "진천군은 30일 노인일자리 및 사회활동 지원사업 발대식을 열었다. 군은 올해 9억 원을 들여 ▲학교 급식 지원(120명) "
     "▲경로당 돌봄(55명) ▲마을 환경 지킴이(35명) 등 3개 사업을 펼칠 계획이다.",
     {(J, 120, "participants", 2024), (J, 55, "participants", 2024), (J, 35, "participants", 2024)}),
    ("term-goal-with-rate",
     "진천군은 민선 8기 일자리 6,210개 창출과 고용률 71.5% 달성을 목표로 일자리 정책을 추진한다는 방침이다.",
     {(J, 6210, "target", None)}),
    ("term-plan-lines-in-brackets",
     "진천군이 공시한 민선 8기 일자리 대책 종합계획에 따르면 정부부문은 직접일자리 창출(1만2,400개), 직업능력개발훈련"
     "(380개), 고용서비스(1,120개), 창업지원(60개) 등이며, 500억 원을 들여 맞춤형 일자리를 제공한다.",
     {(J, 12400, "target", None), (J, 380, "target", None), (J, 1120, "target", None)}),
    ("agreement-hires-by-year-end",
     "진천군은 부품 회사 두 곳과 투자협약을 맺었다. 한 회사는 올해 말까지 60억 원을 들여 공장을 짓고 23명을 새로 "
     "고용하기로 했다.",
     {(J, 23, "target", 2024)}),
    ("agreement-hires-by-deadline",
     "진천군이 배터리 부품 회사와 투자협약을 맺었다. 협약에 따라 이 회사는 2029년까지 1,800억 원을 투자하고 250명을 "
     "새로 고용할 계획이다.",
     {(J, 250, "target", None)}),
    ("agreements-so-far",
     "진천군은 민선 8기 들어 모두 48개 기업과 투자협약을 맺어 1,520명의 고용창출과 2,300억 원의 투자를 이끌어냈다.",
     {(J, 1520, "employed", None)}),
    ("result-against-bracketed-goal",
     "진천군은 지난해 일자리 8,420개를 만들어 목표(7,600개)의 110.8%를 달성했다고 밝혔다.",
     {(J, 8420, "created", 2023), (J, 7600, "target", 2023)}),
    ("half-year-result",
     "진천군은 올해 일자리 5,310개를 공급할 계획이었는데 상반기에 목표 대비 4,120개의 실적을 거뒀다.",
     {(J, 5310, "target", 2024), (J, 4120, "created", 2024)}),
    ("fair-hires-ahead",
     "진천군은 오는 27일 군민회관에서 현장채용박람회를 연다. 박람회에는 기업 18곳이 참여해 현장 면접으로 96명을 채용한다.",
     {(J, 96, "target", 2024)}),
    ("fair-record-and-goal",
     "진천군 찾아가는 취업박람회는 지금까지 1,240명의 군민에게 일자리를 연결했다. 올해 취업 목표는 300여명이다.",
     {(J, 1240, "employed", None), (J, 300, "target", 2024)}),
    # negatives: labour statistics and a ceremony's attendees
    ("survey-rate-and-employed",
     "통계청이 발표한 상반기 지역별고용조사에 따르면 진천군의 고용률은 70.2%로 도내에서 가장 높았고, 취업자는 "
     "4만 6,000명으로 1년 전보다 1,000명 늘었다.",
     set()),
    ("unemployed-level", "진천군의 상반기 실업자는 900명으로 지난해 같은 기간보다 100명 줄었다.", set()),
    ("ceremony-attendees", "진천군 노인일자리사업 발대식에는 참여 어르신 60여 명이 참석했다.", set()),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in REAL_STRUCTURES], ids=[c[0] for c in REAL_STRUCTURES])
def test_real_structures(run, text, expected):
    assert _facts(run(text, "2024-02-14")) == expected


# --- rules of the genre found on the real structures and the dev sets (round 2) --------------------------
ROUND2 = [
    # J-EACH: "N명씩" with its total in the text: both are recorded, the unit once (gold README "N명씩 모두 M명", 0.33.0)
    ("rate-per-stage", "진천군은 올해 공공근로 참여자 2,000명을 뽑는다. 네 단계로 나눠 단계마다 500명씩 선발한다.",
     {(J, 2000, "target"), (J, 500, "target")}),
    ("rate-per-year", "진천군은 2028년까지 해마다 일자리 3천 개씩 모두 1만2천 개를 만들 계획이다.",
     {(J, 12000, "target"), (J, 3000, "target")}),  # the unit takes its total's kind (0.34.0)
    # J-JOINT: an event several districts run together: its figures belong to none of them
    ("joint-fair",
     "충북 중부권 채용박람회가 진천·음성·증평 3개 군 공동 주관으로 열렸다. 기업 60곳이 참가해 신입사원 320여명 채용을 "
     "목표로 면접을 진행했다.",
     set()),
    ("joint-with-state-office",
     "진천군은 고용노동부 청주지청, 지역 대학과 공동 주최로 다음 달 채용박람회를 연다. 박람회에서는 기업 30곳이 150명을 "
     "채용할 예정이다.",
     {(J, 150, "target")}),
    # J-COMPARED: the level compared with is a count; the difference is not
    ("level-compared",
     "진천군은 지난해 일자리 6,420개를 만들었다. 이는 2022년 일자리 5,980개보다 440개(7.4%) 늘어난 것이다.",
     {(J, 6420, "created"), (J, 5980, "created")}),
    # J-LAUNCH: without a launch ceremony the programme lines of a plan stay targets (see staff-of-an-operator)
    ("plan-lines-without-launch",
     "진천군은 올해 9억 원을 들여 ▲학교 급식 지원(120명) ▲경로당 돌봄(55명) 등 사업을 펼칠 계획이다.",
     {(J, 120, "target"), (J, 55, "target")}),
    ("launch-recruiting-lines",
     "진천군은 청년 일자리 사업 발대식을 열었다. 군은 ▲마을 기록가(10명) ▲돌봄 매니저(8명)를 추가로 모집할 계획이다.",
     {(J, 10, "target"), (J, 8, "target")}),
    # a threshold passed is no figure; a target passed stays a target
    ("threshold-passed", "진천군은 올해 말까지 센터 취업자가 1천명을 넘어 목표를 이룰 것으로 보고 있다.", set()),
    ("target-passed", "진천군은 지난해 일자리 목표 5,200개를 넘어선 5,730개의 일자리를 만들었다.",
     {(J, 5200, "target"), (J, 5730, "created")}),
    # an event word inside another word is no event ("동행사업" is 동행 + 사업, not a 행사)
    ("no-event-in-a-word", "진천군은 지난해 '청년 동행사업'으로 중장년 140명이 재취업 교육을 받았다.", {(J, 140, "participants")}),
    # jobs supplied (공급) are jobs made; "A 등이며, N억 원을 들여 …" keeps the list's verb
    ("jobs-supplied", "진천군은 올해 일자리 4,800개를 공급할 계획이다.", {(J, 4800, "target")}),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in ROUND2], ids=[c[0] for c in ROUND2])
def test_round2_rules(run, text, expected):
    assert _jobs(run(text, "2024-02-14")) == expected
