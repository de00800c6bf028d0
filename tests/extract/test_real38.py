"""Extractor 0.38.0 (extract/RULES.md "0.38.0"). Each sentence is written for this file (none is copied from an article
or a gold set); the cases each change settles stand next to look-alikes it must leave as they were."""

from __future__ import annotations

import pytest

from .conftest import job_keys, program_keys

# "N명 취업" closing an item of a list of results: people placed (data/job_kinds.tsv)
JOBS = [
    ("placements-closing-a-list-item",
     "수성구는 일자리센터를 민간 기관에 맡겨 운영하며 지금까지 578명 취업, 일자리 상담 3만2490명 등의 성과를 냈다.",
     {("대구광역시 수성구", 578, "employed")}),
    ("placements-named-first",  # look-alike: the placements' noun before the number (read before 0.38.0 already)
     "수성구 일자리센터의 올해 실적은 구직 상담 3120명, 취업 415명이다.",
     {("대구광역시 수성구", 415, "employed")}),
    ("a-headline-hiring-stays-no-placement",  # "N명 채용" alone in a subtitle is a plan, not hires made
     "광주시와 광주청년센터가 함께 여는 '청년 채용파티'가 4일 열린다.\n4일 청년사업장별 진행, 25명 채용\n행사는 "
     "금남로 지하상가에서 열린다.",
     set()),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in JOBS], ids=[c[0] for c in JOBS])
def test_job_counts(run, text, expected):
    assert {k for k in job_keys(run(text, published="2016-05-02")) if k[1] in (578, 415, 25)} == expected


# Same-name units (동구, 서구, 중구) settled by the 광역 a headline or a body's name puts them in, when the body names
# no 광역 itself
DISTRICTS = [
    ("headline-names-the-province",
     "광주 동구, 신중년 사회공헌활동 참여기관 간담회",
     "동구는 29일 구청에서 신중년 사회공헌활동 참여기관 간담회를 열었다. 동구는 올해 참여자 120명과 함께한다.",
     ["광주광역시 동구"]),
    ("body-name-names-the-province",
     None,
     "대구 서구시니어클럽은 29일 노인일자리 성과보고회를 열었다. 서구는 올해 노인일자리 1200개를 만들었다.",
     ["대구광역시 서구"]),
    # look-alikes: a headline without a 광역, a headline naming two 광역 that both have a 동구, a body that names its own
    # 광역 (it decides, not the headline)
    ("headline-without-province",
     "동구, 신중년 사회공헌활동 참여기관 간담회",
     "동구는 29일 구청에서 신중년 사회공헌활동 참여기관 간담회를 열었다.",
     []),
    ("headline-with-two-provinces",
     "대구·광주 동구 신중년 일자리 협력",
     "동구는 29일 구청에서 신중년 사회공헌활동 참여기관 간담회를 열었다.",
     []),
    ("body-names-its-own-province",
     "광주 동구 소식",
     "부산 동구는 29일 구청에서 신중년 사회공헌활동 참여기관 간담회를 열었다. 동구는 올해 참여자 120명과 함께한다.",
     ["부산광역시 동구"]),
]


@pytest.mark.parametrize("title,text,expected", [c[1:] for c in DISTRICTS], ids=[c[0] for c in DISTRICTS])
def test_same_name_units(run, title, text, expected):
    kw = {"title": title} if title else {}
    assert run(text, published="2022-05-01", **kw)["districts"] == expected


# A district that runs a programme hand in hand with another ("전남도와 손잡고 '…'을 편다") runs it jointly, as
# "함께" and "공동" already said
PROGRAMS = [
    ("hand-in-hand-with-its-province",
     "전남 영암군은 전남도와 손잡고 '조선업 새내기 정착 지원사업'을 편다고 6일 밝혔다.",
     {("전라남도 영암군", "조선업 새내기 정착 지원사업"), ("전라남도", "조선업 새내기 정착 지원사업")}),
    ("taking-its-provinces-hand",
     "포천시는 경기도와 손을 잡고 '찾아가는 일자리 버스'를 운영한다고 6일 밝혔다.",
     {("경기도 포천시", "찾아가는 일자리 버스"), ("경기도", "찾아가는 일자리 버스")}),
    # look-alikes: a partner that is no district, the 광역 named only in the next sentence
    ("hand-in-hand-with-a-university",
     "구로구는 지역 대학과 손잡고 '청년 취업 사다리'를 운영한다고 3일 밝혔다.",
     {("서울특별시 구로구", "청년 취업 사다리")}),
    ("province-in-the-next-sentence",
     "포천시는 '찾아가는 일자리 버스'를 운영한다고 6일 밝혔다. 경기도는 올해 버스 두 대를 더 들인다.",
     {("경기도 포천시", "찾아가는 일자리 버스")}),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in PROGRAMS], ids=[c[0] for c in PROGRAMS])
def test_joint_programmes(run, text, expected):
    assert program_keys(run(text, published="2024-05-01")) == expected
