"""Rules of extractor 0.30.0 (extract/RULES.md "0.30.0"), each sentence written for this file (none is copied from
an article or a gold set); each case holds a convention next to its look-alikes."""

from __future__ import annotations

import pytest

from extract import programs, zones

from .conftest import check_jobs, job_keys, program_keys

# --- the article zone --------------------------------------------------------------------------------------------------


def test_a_section_label_above_the_headline_is_no_sidebar(run):
    # "실시간뉴스" over the headline and byline of an article page whose sidebar box is not in the text: the label is
    # masked, the article is read
    text = (
        "실시간뉴스\n마포구, 올해 일자리 3천 2백여 개 만들어\n  • 한지수 기자\n  • 승인 2012.01.05 09:30\n\n"
        "마포구는 2011년 한 해 동안 3천 215개의 일자리를 새로 만들었다고 밝혔다.\n\n"
        "구는 올해도 일자리를 늘리는 데 힘을 쏟기로 했다."
    )
    masked = zones.chrome_lines(text)
    assert 0 in masked and 5 not in masked
    out = run(text, published="2012-01-05")
    assert out["districts"] == ["서울특별시 마포구"]
    assert job_keys(out) == {("서울특별시 마포구", 3215, "created")}


def test_a_sidebar_box_before_the_article_is_still_masked():
    text = (
        "많이 본 뉴스\n중구, 청년 창업 공간 문 열어\n동구, 노인일자리 발대식\n\n\n"
        "마포구는 2011년 한 해 동안 3천 215개의 일자리를 새로 만들었다고 밝혔다.\n\n"
        "구는 올해도 일자리를 늘리는 데 힘을 쏟기로 했다."
    )
    masked = zones.chrome_lines(text)
    assert {0, 1, 2} <= masked and 5 not in masked


# --- job counts ---------------------------------------------------------------------------------------------------------

JOBS = [
    # an office's staffing levels are no count; its hires are
    ("staffing-levels",
     "태백시가 이달 말 공무원 60명을 뽑는다. 시는 지난해 조직을 고쳐 정원이 540명에서 570명으로 30명 늘었다. "
     "시는 지난해 41명을 채용했지만 연말 증원 30명까지 더해져 빈자리가 늘었다.",
     {("강원도 태백시", 60, "target"), ("강원도 태백시", 41, "employed")}),
    # a 행정시's share of a 광역's total is no district's count; the 도's own share is
    ("shares-of-administrative-cities",
     "제주특별자치도는 희망일자리 사업 참여자를 모집한다. 도 본청 96명, 제주시 102명, 서귀포시 42명을 뽑을 계획이다.",
     {("제주특별자치도", 96, "target")}),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in JOBS], ids=[c[0] for c in JOBS])
def test_job_counts(run, text, expected):
    check_jobs(run, text, expected, published="2023-01-18")


HEADLINES = [
    # a 부제 count the body does not repeat is a fact of the text; announced with a noun, it is a plan
    ("subtitle-only-count",
     "청송군, 노인일자리 참여자 신청 받아\n65세 이상 어르신 412명 모집…이달 말까지\n\n청송군은 이달 말까지 노인일자리 사업 "
     "참여 신청을 받는다고 밝혔다. 참여자는 경로당 도우미와 환경 지킴이 등으로 활동한다.",
     {("경상북도 청송군", 412, "target")}),
    ("subtitle-only-count-as-a-noun",
     "영양군, 청년 일자리 참여기관 모집\n예산 3억원 들여 청년 17명 일자리 창출\n\n영양군은 청년 일자리 사업에 함께할 "
     "기관을 오는 20일까지 모집한다고 밝혔다. 기관마다 청년 1명이 배치된다.",
     {("경상북도 영양군", 17, "target")}),
    # look-alike: a headline that repeats the body's count, rounded, adds nothing
    ("headline-repeats-the-body-rounded",
     "청송군, 한 해 일자리 2천 4백여 개 만들어\n\n청송군은 지난해 모두 2천 437개의 일자리를 새로 만들었다고 밝혔다.",
     {("경상북도 청송군", 2437, "created")}),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in HEADLINES], ids=[c[0] for c in HEADLINES])
def test_headline_counts(run, text, expected):
    check_jobs(run, text, expected, published=None)


def test_a_districts_share_after_its_name_stays_a_count(run):
    # look-alike: 시 that are districts keep their shares
    out = run("충청남도는 공공일자리 사업 참여자를 모집한다. 천안시 102명, 아산시 42명을 뽑을 계획이다.", published="2020-09-17")
    assert job_keys(out) == {("충청남도 천안시", 102, "target"), ("충청남도 아산시", 42, "target")}


# --- programmes ---------------------------------------------------------------------------------------------------------


def test_a_duration_opens_no_name(run):
    text = "마포구, 사흘간 구인·구직 매칭데이…40명 뽑는다\n\n마포구가 사흘간 구인·구직 매칭데이를 열어 기업 6곳이 40명을 뽑는다고 밝혔다."
    names = {name for _, name in program_keys(run(text, published="2024-09-24"))}
    assert not any(n.startswith("사흘간") for n in names)


@pytest.mark.parametrize("name", ["며 일자리 사업", "라며 청년 일자리 사업", "고 일자리 사업", "에서 청년 일자리 사업"])
def test_an_ending_or_particle_opens_no_name(name):
    # "…모으겠다"며 일자리 사업에": the ending of a quoted speech left of a phrase
    assert programs._no_name(name, False, {})


def test_a_name_that_opens_with_a_word_is_read():
    assert not programs._no_name("고양 청년 일자리 카페", False, {})
