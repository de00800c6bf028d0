"""Rules of extractor 0.27.0 (extract/RULES.md "0.27.0"), each sentence written for this file (none is copied from
an article or a gold set); each case holds a convention next to its look-alikes."""

from __future__ import annotations

import pytest

from .conftest import award_keys, check_jobs

# --- awards ------------------------------------------------------------------------------------------------------------

AWARDS = [
    # a 읍 or 면 that wins the district's own contest is no district's record
    ("a-town-wins-the-district's-contest",
     "2024-12-20", "영주시는 읍면동 행정 종합평가 결과를 발표했다. 평가 결과 △풍기읍이 최우수상을 받아 지난해 3위에서 "
     "1위로 올라섰다.",
     set()),
    # look-alike: the district itself as the winner
    ("the-district-wins",
     "2024-12-20", "평가 결과 영주시가 경상북도 일자리 평가에서 최우수상을 받았다.",
     {("경상북도 영주시", 2024, "최우수")}),
    # one evaluation of a period named with two years takes the last
    ("evaluation-of-a-period",
     "2014-09-02", "보령시가 2013년 및 2014년 상반기 노인일자리 종합평가 대회에서 최우수 기관으로 뽑혔다.",
     {("충청남도 보령시", 2014, "최우수")}),
    # look-alike: two years of one history keep both
    ("two-years-of-a-history",
     "2014-09-02", "보령시는 2013년과 2014년 노인일자리 평가에서 잇따라 최우수 기관으로 뽑혔다.",
     {("충청남도 보령시", 2013, "최우수"), ("충청남도 보령시", 2014, "최우수")}),
    # a welfare programme for disabled people is another topic; their jobs are not
    ("disabled-welfare-evaluation",
     "2021-11-10", "대전 중구는 보건복지부가 주관한 2021년 장애인복지사업 평가에서 우수기관으로 뽑혔다.", set()),
    ("disabled-jobs-evaluation",
     "2021-11-10", "대전 중구는 보건복지부가 주관한 2021년 장애인 일자리사업 평가에서 우수기관으로 뽑혔다.",
     {("대전광역시 중구", 2021, "우수")}),
]


@pytest.mark.parametrize("published,text,expected", [c[1:] for c in AWARDS], ids=[c[0] for c in AWARDS])
def test_award_records(run, published, text, expected):
    assert award_keys(run(text, published=published)) == expected


# --- job counts -----------------------------------------------------------------------------------------------------

JOBS = [
    # person-times, ratios and averages are no counts
    ("person-times",
     "하동군은 지난해 희망근로로 연인원 21,000명을 고용했다.", set()),
    ("people-employed",
     "하동군은 지난해 희망근로로 주민 210명을 고용했다.", {("경상남도 하동군", 210, "employed")}),
    ("a-ratio",
     "하동군 전담 인력은 참여자 120명당 1명꼴로 배치된다.", set()),
    ("an-average",
     "하동군은 10월 말까지 일자리센터를 거쳐 2,860명이 취업했으며, 한 달에 286명꼴로 일자리를 찾았다고 밝혔다.",
     {("경상남도 하동군", 2860, "employed")}),
    # jobs given to people with the honorific verb, reported done
    ("jobs-given-honorific",
     "하동군은 올해 21억여원을 들여 어르신 1,050여명에게 11개 분야 일자리를 드려 살림에 보탬이 되도록 도왔다.",
     {("경상남도 하동군", 1050, "employed")}),
    # a goal raised from the one published before: the old goal is no count
    ("goal-raised-from-the-published-one",
     "하동군은 지난해 공시한 1만2000명보다 800명 많은 1만2800명으로 일자리 제공 목표를 바꿨다.",
     {("경상남도 하동군", 12800, "target")}),
    # hires an investor promises are a plan
    ("hires-promised",
     "이들 기업은 640명을 새로 고용하는 투자도 약속했다고 하동군이 밝혔다.",
     {("경상남도 하동군", 640, "target")}),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in JOBS], ids=[c[0] for c in JOBS])
def test_job_counts(run, text, expected):
    check_jobs(run, text, expected, published="2025-11-20")


def test_jobs_given_at_a_launch_in_the_passive_are_employed(run):
    text = (
        "대구 남구가 2026년 노인일자리사업 통합 발대식을 열었다.\n"
        "이날 발대식을 시작으로 올 한 해 30개 분야 노인일자리사업이 남구 곳곳에서 펼쳐져 어르신 2,310명에게 공익활동형이나 "
        "시장형 사업단으로 나뉜 맞춤형 일자리가 제공되며, 참여 어르신들은 한 달 30시간 일한다."
    )
    check_jobs(run, text, {("대구광역시 남구", 2310, "employed")}, published="2026-02-10")


def test_jobs_to_give_in_the_passive_without_a_launch_are_a_plan(run):
    text = "대구 남구는 올해 어르신 2,310명에게 맞춤형 일자리가 제공된다고 밝혔다."
    check_jobs(run, text, {("대구광역시 남구", 2310, "target")}, published="2026-01-10")
