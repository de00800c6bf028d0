"""Rules of extractor 0.35.0 (extract/RULES.md "0.35.0"), each sentence written for this file (none is copied from
an article or a gold set); each case holds a convention next to its look-alikes."""

from __future__ import annotations

import pytest

from .conftest import check_jobs

H = "강원특별자치도 홍천군"

JOBS = [
    # the people taking part as the sentence's topic: participants, also for a series of years (gold README "Public and
    # senior jobs: the verb decides": 참여 인원 N명 → participants)
    ("participants-topic-series",
     "홍천군 공공일자리 참여자는 2022년 2,310명, 2023년 2,480명, 지난해 2,655명으로 꾸준히 늘고 있다.",
     {(H, 2310, "participants"), (H, 2480, "participants"), (H, 2655, "participants")}),
    # the same with a past growth verb, which the rules read as jobs made ("늘었다"): a strict xfail (conftest RULE_GAPS)
    ("participants-topic-series-past",
     "홍천군 공공일자리 참여자는 2022년 2,310명, 2023년 2,480명, 지난해 2,655명으로 해마다 늘었다.",
     {(H, 2310, "participants"), (H, 2480, "participants"), (H, 2655, "participants")}),
    ("participants-topic-compared",
     "홍천군 노인일자리 참여 인원은 1,320명으로 지난해보다 140명 늘었다.",
     {(H, 1320, "participants")}),
    # look-alike: the same topic with a recruitment still to come is a target
    ("participants-topic-recruiting",
     "홍천군은 올해 공공근로 일자리 200개를 제공한다. 참여자는 상반기 120명, 하반기 80명을 뽑을 예정이다.",
     {(H, 200, "target"), (H, 120, "target"), (H, 80, "target")}),
    # selected people: what they are chosen for decides (gold README "Selected people")
    ("chosen-for-public-jobs", "홍천군은 공공근로 참여자 96명을 뽑아 각 읍·면에 배치했다.", {(H, 96, "employed")}),
    ("chosen-for-an-internship", "홍천군은 청년 인턴 18명을 선발했다.", {(H, 18, "participants")}),
    ("chosen-for-work-experience", "홍천군은 행정 체험 청년 16명을 선발했다.", {(H, 16, "participants")}),
    ("chosen-for-work-experience-and-placed",
     "홍천군은 '청년 일 경험' 참여자 24명을 뽑아 지역 기업에 배치했다.", {(H, 24, "participants")}),
    # look-alike: senior public jobs described by their work (봉사) stay jobs
    ("chosen-for-senior-public-jobs",
     "홍천군은 공공시설 봉사 같은 공익활동형에 어르신 1,150명을 뽑았다.", {(H, 1150, "employed")}),
    # the people as the subject of being placed or of working are placed (gold README "Placement wording is employed:
    # N명이 배치돼 일한다")
    ("at-work-parallel",
     "홍천군 공공근로는 하천 정비 등 31개 사업장에서 64명이, 청년사업은 9개 사업장에서 11명이 근무한다.",
     {(H, 64, "employed"), (H, 11, "employed")}),
    ("placed-then-working-until",
     "홍천군 생활방역 일자리사업은 읍·면 청사 출입관리에 12명이 배치돼 6월 말까지 근무할 예정이다.",
     {(H, 12, "employed")}),
    # look-alike: the district's plan to place people is a target
    ("plan-to-place", "홍천군은 올해 공공근로 참여자 300명을 읍·면에 배치할 계획이다.", {(H, 300, "target")}),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in JOBS], ids=[c[0] for c in JOBS])
def test_job_counts(run, text, expected):
    check_jobs(run, text, expected, published="2024-05-20")
