"""Rules of extractor 0.31.0 (extract/RULES.md "0.31.0"), each sentence written for this file (none is copied from
an article or a gold set); each case holds a convention next to its look-alikes."""

from __future__ import annotations

import pytest

from .conftest import award_keys, check_jobs, job_keys

# --- districts ---------------------------------------------------------------------------------------------------------


def test_the_hosts_of_a_touring_fairs_dates_in_brackets_are_districts(run):
    text = (
        "서울시는 자치구와 함께 여는 '찾아가는 채용 장터'를 다음 달부터 여섯 차례 연다고 밝혔다. "
        "장터는 ▴6월 3일(은평·마포구 공동개최) ▴7월 8일(강북·도봉구 공동주관) 순으로 지역을 돈다."
    )
    out = run(text, published="2013-05-20")
    assert set(out["districts"]) == {
        "서울특별시", "서울특별시 은평구", "서울특별시 마포구", "서울특별시 강북구", "서울특별시 도봉구",
    }


def test_the_areas_a_venue_serves_in_brackets_stay_places(run):
    # look-alike: stems in brackets after a venue name the areas it serves, not hosts
    text = "서울시는 신촌 일자리 플라자(은평·마포)에서 상담 창구를 연다고 밝혔다."
    assert run(text, published="2013-05-20")["districts"] == ["서울특별시"]


def test_a_provinces_own_job_centre_named_with_it_reports_for_it(run):
    text = "부산시 일자리종합센터는 올해 들어 10월 말까지 구직 등록 5,310명, 취업 1,942명의 실적을 올렸다."
    out = run(text, published="2015-11-10")
    assert out["districts"] == ["부산광역시"]
    assert job_keys(out) == {("부산광역시", 1942, "employed")}


# --- job counts ---------------------------------------------------------------------------------------------------------

JOBS = [
    # people chosen and placed are employed, though a later clause plans more
    ("chosen-placed-then-more-planned",
     "부안군은 상반기 공공근로에 주민 31명을 뽑아 하천 정비, 마을 안내 등 12개 분야에 배치했으며, 다음 달 5명가량을 "
     "더 모집할 계획이다.",
     {("전라북도 부안군", 31, "employed"), ("전라북도 부안군", 5, "target")}),
    # volunteers and experts who staff an event or a centre are no count
    ("volunteers-at-a-fair",
     "고양시는 장애인 취업박람회에서 면접 볼 업체를 정하지 못한 구직자를 위해 현장 상담관을 열어 적성에 맞는 길을 함께 "
     "찾아 주었고, 수어통역사 2명과 직업상담사, 자원봉사자 30여 명을 배치해 행사장 안내와 이력서 작성을 도왔다.",
     set()),
    ("experts-of-a-centre",
     "부안군은 일자리센터를 새로 열었다. 센터에서는 직업상담사와 취업 설계사 등 전문가 4명이 일자리를 찾는 군민과 "
     "사람을 구하는 기업을 이어 준다.",
     set()),
    # a prize's winners, counted after their list, are no count
    ("a-prizes-winners-counted",
     "부안군, 올해 산업대상 수상자 5명 확정\n\n전북 부안군은 지역 고용에 힘쓴 기업과 근로자를 뽑는 '부안군 산업대상' "
     "올해 수상자를 확정했다고 4일 밝혔다.\n\n부문별 수상자는 ▲고용촉진 우수기업 한결산업 ▲우수기업인 ㈜동명실업 "
     "정○○·한빛식품 최○○ ▲모범근로자 ㈜세진 김○○·이○○ 등 3개 부문 5명이다.",
     set()),
    # the year's placements named as results and compared with the year before are counted
    ("placements-named-then-compared",
     "전라북도에 따르면 도 일자리센터를 거친 취업 실적이 2014년 2천317명으로 2013년보다 21.5% 늘었다.",
     {("전라북도", 2317, "employed")}),
    # look-alike: a labour statistic's level compared is no count
    ("employed-residents-compared",
     "전라북도의 취업자 수는 2014년 91만 명으로 2013년보다 1만 명 늘었다.",
     set()),
    # a network's placements split among a class of districts' centres and state offices are no district's count
    ("a-networks-shares",
     "전라북도 일자리센터는 취업기관 연계망의 컨트롤타워다. 올해 도와 시·군 일자리센터 1만 2480명, 고용센터 2105명, "
     "4개 대학 일자리센터 512명이 이 연계망으로 취업했다.",
     set()),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in JOBS], ids=[c[0] for c in JOBS])
def test_job_counts(run, text, expected):
    check_jobs(run, text, expected, published="2015-02-10")


# --- awards -------------------------------------------------------------------------------------------------------------


def test_citizens_budgeting_and_administrative_innovation_are_other_topics(run):
    text = (
        "함양군은 올해 각종 대외평가에서 30건을 받았다고 밝혔다. 행정 혁신 분야에서는 행정안전부 주민참여예산제도 "
        "우수 자치단체에 뽑혔고, 지방자치단체 생산성 대상에서 A등급(상위 25%)을 받았다."
    )
    assert award_keys(run(text, published="2025-12-30")) == set()


def test_a_jobs_evaluation_beside_them_is_still_read(run):
    text = (
        "함양군은 올해 각종 대외평가에서 30건을 받았다고 밝혔다. 일자리 분야에서는 경상남도 일자리 창출 평가에서 "
        "우수상을 받았다."
    )
    assert award_keys(run(text, published="2025-12-30")) == {("경상남도 함양군", 2025, "우수")}
