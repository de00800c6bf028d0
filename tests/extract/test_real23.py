"""Rules of extractor 0.23.0 (extract/RULES.md "0.23.0"), each sentence written for this file (none is copied from
an article or a gold set); each case holds a convention next to its look-alikes."""

from __future__ import annotations

import pytest

from .conftest import award_keys, check_jobs

# --- awards: a tally of the classes given, in two words ---------------------------------------------------------------
TALLIES = [
    # "(종합대상 1, 부문별 대상 2, …)": how many of each class were given, not the district's grade
    ("tally-with-two-word-class",
     "영천시가 고용노동부의 2015 전국 지방자치단체 일자리대상에서 우수상을 받았다. 올해는 모두 48곳(종합대상 1, 부문별 대상 2, "
     "최우수상 9, 우수상 29, 특별상 7)이 상을 받았다.",
     {("경상북도 영천시", 2015, "우수")}),
    ("tally-with-one-word-class",
     "영천시가 고용노동부의 2015 전국 지방자치단체 일자리대상에서 우수상을 받았다. 올해는 모두 38곳(대상 2, 최우수상 9, "
     "우수상 27)이 상을 받았다.",
     {("경상북도 영천시", 2015, "우수")}),
    # look-alike: the class in two words is the district's own grade
    ("two-word-class-won",
     "영천시가 고용노동부의 2015 전국 지방자치단체 일자리대상에서 부문별 대상을 받았다.",
     {("경상북도 영천시", 2015, "대상")}),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in TALLIES], ids=[c[0] for c in TALLIES])
def test_tallies_of_classes_are_no_grades(run, text, expected):
    assert award_keys(run(text, published="2015-04-22")) == expected


# --- job counts: an employer's hires that will come ---------------------------------------------------------------
HIRES = [
    # "N명을 고용하게 됩니다": the hires an agreement plans, in the polite ending too (a target)
    ("will-hire-polite",
     "춘천시는 식품 기업 2곳과 투자 협약을 맺었습니다. 두 기업은 퇴계농공단지에 820억 원을 투자하고 새로 94명을 고용하게 "
     "됩니다.",
     {("강원특별자치도 춘천시", 94, "target")}),
    ("will-hire-plain",
     "춘천시는 식품 기업 2곳과 투자 협약을 맺었다. 두 기업은 공장을 세우고 지역 주민 94명을 새로 고용하게 된다.",
     {("강원특별자치도 춘천시", 94, "target")}),
    # look-alike: people chosen whose work starts are placed (employed)
    ("chosen-start-work",
     "춘천시는 공공근로 참여자 94명을 뽑았다. 이들은 다음 달부터 동 주민센터에서 일하게 됩니다.",
     {("강원특별자치도 춘천시", 94, "employed")}),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in HIRES], ids=[c[0] for c in HIRES])
def test_hires_that_will_come_are_targets(run, text, expected):
    check_jobs(run, text, expected, published="2025-03-06")
