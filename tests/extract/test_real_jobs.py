"""Job counts in the phrasings of real coverage (extract/RULES.md "Rules added in 0.4.0", job counts).

Issue 9, pattern 7. Every sentence is written for this file (none is copied from an article or a gold
set); each table holds positives and the negatives next to them.
"""

from __future__ import annotations

import pytest

from .conftest import job_keys as _jobs

Y = "충청북도 영동군"


def _years(out: dict) -> set[tuple]:
    return {(j["value"], j["kind"], j["year"]) for j in out["job_counts"]}


# --- announced goals are targets, not jobs created ------------------------------------------------------
GOALS = [
    ("goal-after-stat", "영동군은 민선 8기 일자리 6,100개 창출과 고용률 70% 달성을 목표로 한다.", {(Y, 6100, "target")}),
    ("plan-to-create", "영동군은 올해 5,400개의 일자리를 창출할 계획이라고 밝혔다.", {(Y, 5400, "target")}),
    ("mandeundaneun-gyehoek", "영동군은 2030년까지 모두 3만 1천 명의 일자리를 만든다는 계획을 세웠다.", {(Y, 31000, "target")}),
    ("expected-effect", "영동군은 이번 투자로 1만 명의 고용이 새로 생길 것으로 기대했다.", {(Y, 10000, "target")}),
    ("expected-after-clause", "영동군은 이 공장들이 일자리 820개를 만들어 지역 경제에 힘을 보탤 것으로 내다봤다.", {(Y, 820, "target")}),
    ("joined-clauses", "협약에 따라 두 회사는 영동군에 공장을 지어 35명을 고용하고, 또 다른 공장에서 60명을 고용하기로 했다.",
     {(Y, 35, "target"), (Y, 60, "target")}),
    ("agreement-present", "영동군은 산업단지에 들어서는 회사가 2029년까지 90억 원을 투자하고 최대 140명을 채용한다고 밝혔다.",
     {(Y, 140, "target")}),
    ("roadmap-adnominal", "영동군이 2030년까지 좋은 일자리 2만 3천 개를 만드는 일자리 로드맵을 내놓았다.", {(Y, 23000, "target")}),
    ("pledge", "영동군은 일자리 1만 개를 만들기로 했다. 일자리 1만 개 창출은 군수의 핵심 공약이다.", {(Y, 10000, "target")}),
    # negatives: an achievement stays created, a target exceeded stays created
    ("past-created", "영동군은 지난해 일자리 2천312개를 창출해 목표를 넘어섰다.", {(Y, 2312, "created")}),
    ("achieved-vs-target", "영동군은 지난해 일자리 1만 7,400여 개를 만들어 목표치 1만 4,700개의 118%를 달성했다.",
     {(Y, 17400, "created"), (Y, 14700, "target")}),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in GOALS], ids=[c[0] for c in GOALS])
def test_goals_are_targets(run, text, expected):
    assert _jobs(run(text, "2025-03-02")) == expected


# --- parts of a target, and totals of one district ------------------------------------------------------
BREAKDOWNS = [
    ("i-jung-parts", "영동군은 올해 일자리 4,000개 창출 목표를 공시했다. 이 중 공공일자리는 1,500개, 민간일자리는 2,500개다.",
     {(Y, 4000, "target"), (Y, 1500, "target"), (Y, 2500, "target")}),
    ("comma-parts-then-total", "영동군은 올해 일자리 목표를 민간부문 900명, 공공부문 2,100명 등 모두 3,000명으로 정했다.",
     {(Y, 900, "target"), (Y, 2100, "target"), (Y, 3000, "target")}),
    ("yearly-parts", "영동군의 연도별 일자리 창출 계획은 2026년 1,100개, 2027년 1,300개, 2028년 1,500개다.",
     {(Y, 1100, "target"), (Y, 1300, "target"), (Y, 1500, "target")}),
    ("parenthesised-parts", "영동군은 공무원(40명), 사회서비스(70명) 등 공공부문에서 일자리 110개를 먼저 만들고, 민간 일자리를 늘릴 계획이다.",
     {(Y, 40, "target"), (Y, 70, "target"), (Y, 110, "target")}),
    ("bullet-parts-with-total", "영동군은 올해 ▲직접일자리 1,200개 ▲민간일자리 800개 등 2,000개 일자리를 만들 계획이다.",
     {(Y, 1200, "target"), (Y, 800, "target"), (Y, 2000, "target")}),
    ("achievement-topic", "영동군은 지난해 목표를 넘었다. 일자리 창출은 ▷공공부문 310명 ▷민간부문 190명 등 모두 500명이었다.",
     {(Y, 310, "created"), (Y, 190, "created")}),
    ("field-breakdown", "영동군의 상반기 청년일자리 창출 실적은 모두 640명이다. 분야별로는 청년창업 지원 80명, 청년취업 연계 360명, "
     "공공부문 일자리 200명이다.",
     {(Y, 640, "created"), (Y, 360, "created"), (Y, 200, "created")}),
    ("total-one-district", "영동군 청년 일자리 사업에는 총 85명이 참여했다.", {(Y, 85, "participants")}),
    ("total-named-schemes", "영동군은 올해 청년인턴, 공공근로 등 총 1만3천여 개의 일자리를 만들 계획이다.", {(Y, 13000, "target")}),
    ("including-then-total", "영동군은 지난해 9천 개를 포함해 4년 동안 모두 3만 1,200개의 좋은 일자리를 만들었다고 밝혔다.",
     {(Y, 9000, "created"), (Y, 31200, "created")}),
    # negatives: a share of one district's total given as residents adds nothing; a difference is no count
    ("residents-share", "영동군은 센터를 운영해 980명을 취업시켰다. 이 가운데 군민은 540명이다.", {(Y, 980, "employed")}),
    ("difference", "영동군의 좋은 일자리는 2023년 1만 2천 개에서 지난해 1만 5천 개로 3천 개 늘었다.",
     {(Y, 12000, "created"), (Y, 15000, "created")}),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in BREAKDOWNS], ids=[c[0] for c in BREAKDOWNS])
def test_breakdowns_and_totals(run, text, expected):
    assert _jobs(run(text, "2025-03-02")) == expected


# --- training places and programme participants ---------------------------------------------------------
PLACES = [
    ("daesang-euro", "영동군은 내년에도 구직단념 청년 120명을 대상으로 심리상담과 진로 탐색을 지원할 계획이다.",
     {(Y, 120, "participants")}),
    ("ege-gwajeong", "영동군은 연말까지 관내 청년 420명에게 취업 준비 전 과정을 지원하는 아카데미를 연다.", {(Y, 420, "participants")}),
    ("chamyeohage-doenda", "영동군 노인 일자리 사업은 12월까지 이어지며, 어르신 452명이 주 3일씩 참여하게 된다.", {(Y, 452, "participants")}),
    ("running-programme", "영동군이 올해 처음 시작하는 이 사업에는 청년 13명이 참여해 복지시설에서 업무를 맡는다.", {(Y, 13, "participants")}),
    ("mojip-inwon", "영동군의 모집 인원은 12명 안팎이며, 만 19세 이상 39세 이하라면 지원할 수 있다.", {(Y, 12, "target")}),
    ("mojip-inwon-items", "영동군의 모집 인원은 최근 6개월 동안 취업 이력이 없는 청년 80명(중기 45명, 단기 35명)이다.",
     {(Y, 80, "target"), (Y, 45, "target"), (Y, 35, "target")}),
    ("participant-noun-selected", "영동군은 ‘영동 청년 행정체험’ 참여자 40명을 최종 선발했다.", {(Y, 40, "participants")}),
    ("selected-for-jobs", "영동군 공공일자리 사업에는 301명이 지원했고, 군은 소득을 심사해 198명을 최종 선발했다.", {(Y, 198, "employed")}),
    ("attended-noun", "영동군 일자리카페에서 1대 1 상담을 한 청년은 1362명, 취업 특강을 들은 청년은 1018명이었다.",
     {(Y, 1362, "participants"), (Y, 1018, "participants")}),
    # negatives: an event's crowd, attendees and service users are no counts
    ("fair-crowd-planned", "영동군 박람회에는 구인기업 20곳과 구직자 350여 명이 참여할 예정이다.", set()),
    ("ceremony-attendees", "영동군 발대식에는 주민 300여 명이 참석했다.", set()),
    ("service-users", "영동군에서는 지난해 모두 3만5735명이 일자리카페의 취업지원 프로그램을 이용했다.", set()),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in PLACES], ids=[c[0] for c in PLACES])
def test_places_and_participants(run, text, expected):
    assert _jobs(run(text, "2025-03-02")) == expected


# --- numbers that are not counts ------------------------------------------------------------------------
NOT_COUNTS = [
    ("target-employed-stock", "영동군의 목표 취업자 수는 5만 2천 명으로 정했다.", set()),
    ("employed-stock-change", "영동군 취업자 수는 지난해보다 1,300명 늘었다.", set()),
    ("unemployed", "영동군의 실업자는 2,100명으로 줄었다.", set()),
    ("workplace-based", "영동군은 근무지 기준 취업자가 15만3000명인 반면 거주지 기준 취업자는 8만7000명이었다.", set()),
    ("regular-workers", "영동군 상용근로자 역시 5,800명 늘어 13만 7,100명에 달했다.", set()),
    ("population", "영동군 관계자는 \"공장이 들어서면 인구도 250명 이상 늘어날 것으로 보인다\"고 말했다.", set()),
    ("firm-size-threshold", "영동군은 상시근로자 5명 이상 기업을 대상으로 지원한다.", set()),
    ("range-team", "영동군 사업은 2∼4명이 팀을 이뤄 신청해도 된다.", set()),
    ("one-each", "영동군은 입주기업이 청년을 1명씩 채용하도록 돕는다.", set()),
    ("firms-hiring", "영동군에서는 기업 1184개가 새로 인력을 채용했다.", set()),
    ("model-estimate", "영동군은 이번 협약으로 2천250명의 고용유발효과가 생길 것으로 내다봤다.", set()),
    ("subsidy-recipients", "다만 영동군은 구직 활동비 지원 대상자 1,100명은 실적에서 제외했다.", set()),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in NOT_COUNTS], ids=[c[0] for c in NOT_COUNTS])
def test_not_counts(run, text, expected):
    assert _jobs(run(text, "2025-03-02")) == expected


# --- numeral forms and placements ----------------------------------------------------------------------
FORMS = [
    ("man-yeo-gae", "영동군은 지난해 1만3천여 개의 일자리를 만들었다.", {(13000, "created", 2024)}),
    ("cheon-baek-myeong", "영동군은 지난해 2천500명의 취업을 도왔다.", {(2500, "employed", 2024)}),
    ("man-myeong-goyong", "영동군은 이번 투자로 1만 명의 고용이 기대된다고 밝혔다.", {(10000, "target", 2025)}),
    ("ege-yeongyeol", "영동군 박람회는 지금까지 시민 3천900명에게 일자리를 연결했다.", {(3900, "employed", None)}),
    ("changeop-pohamhae", "영동군은 지난해 센터에서 2천700여 명이 창업을 포함해 일자리를 얻었다고 밝혔다.", {(2700, "employed", 2024)}),
    ("baechi-yejeong", "영동군은 모두 28개 사업장에 36명을 배치할 예정이다.", {(36, "target", 2025)}),
    ("jiwon-gyehoek", "영동군은 올해 청년 100명 채용을 지원할 계획이다.", {(100, "target", 2025)}),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in FORMS], ids=[c[0] for c in FORMS])
def test_forms_and_years(run, text, expected):
    assert _years(run(text, "2025-03-02")) == expected


# --- 0.4.1 (generalised on real_dev_c/d): announced hires, differences, statistics, interviews ----------
JOBS_041 = [
    # hires announced in the present tense are planned, like 뽑는다 / 선발한다
    ("chaeyong-handa", "영동군이 여는 박람회에서 참여 기업 18곳이 모두 95명을 채용한다.", {(Y, 95, "target")}),
    ("chaeyong-handa-plain", "영동군은 하반기에 공공일자리 참여자 40명을 새로 채용한다.", {(Y, 40, "target")}),
    ("chaeyonghaetda-stays", "영동군은 지난달 박람회에서 구직자 27명을 채용했다.", {(Y, 27, "employed")}),
    # a difference in brackets after a rate is no count
    ("rate-bracket", "영동군 센터의 취업자는 지난해 2,410명으로 전년보다 21.4%(425명) 늘었다.", {(Y, 2410, "employed")}),
    # where employed residents live or work, and a level compared with another period, are statistics
    ("workplace-stat", "영동군에서 일하는 취업자는 4만 명이지만 영동군에 사는 취업자는 3만 2천 명이다.", set()),
    ("level-stat", "영동군 취업자가 2만 6천 명으로 상반기보다 900명 늘었다.", set()),
    # interviews are no placements
    ("interviews", "영동군 박람회에서 한 제과업체가 수료생 11명을 면접했다.", set()),
    ("interview-goal", "영동군은 현장면접 300여명, 취업자 45명을 목표로 박람회를 준비한다.", {(Y, 45, "target")}),
    # visitors of a hands-on programme are a crowd
    ("purpose-ryeogo", "영동군은 올해 일자리 3,100여 개를 만들려고 60개 사업을 펼치고 있다.", {(Y, 3100, "target")}),
    ("achieved-rate", "영동군은 목표 대비 112.5%인 4,210명을 달성했다.", {(Y, 4210, "created")}),
    ("beyond-target", "영동군에서는 농가 310곳에 9천여 명이 참여해 사업 목표 인원을 넘겼다.", {(Y, 9000, "participants")}),
    ("hired-against-target", "영동군은 기업 12곳에서 38명을 채용해 목표 대비 126%의 성과를 냈다.", {(Y, 38, "employed")}),
    ("seekers-pool", "영동군은 지난해 구직자 2천100명 가운데 1천300명이 일자리를 찾았다고 밝혔다.", {(Y, 1300, "employed")}),
    ("trainee-pool", "영동군은 지난해 교육생 2천100명 가운데 1천300명이 취업했다고 밝혔다.",
     {(Y, 2100, "participants"), (Y, 1300, "employed")}),
    ("counselled", "영동군 센터는 구직자 1천800명을 상담하고 이 가운데 900명이 취업했다.", {(Y, 900, "employed")}),
    ("all-units-centres", "영동군에 따르면 도내 시·군·구 일자리센터 취업자는 1만2천명으로 늘었다.", set()),
    ("rate-then-count", "영동군은 2026년까지 취업자 수 5% 증가와 일자리 9천여 개 창출을 목표로 잡았다.", {(Y, 9000, "target")}),
    ("experience-visitors", "영동군 마을기업은 체험객 8천300명을 끌어들이고 일자리 12개를 만들었다.", {(Y, 12, "created")}),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in JOBS_041], ids=[c[0] for c in JOBS_041])
def test_counts_041(run, text, expected):
    assert _jobs(run(text, "2025-03-02")) == expected
