"""Extractor 0.44.1 (extract/RULES.md "0.44.1"): prizes for other fields of administration (귀농귀촌, 고객만족,
기업지원시책, 시책발굴 …) give no job award, and a 수행기관 that runs the district's programme for it, said with
"맡으며" / "맡을", leaves the programme's counts the district's. Each sentence is written for this file (none is copied
from an article or a gold set); the case the change settles stands next to the look-alike it must leave as it was."""

from __future__ import annotations

import pytest


def _counts(out):
    return sorted((j["district"], j["value"], j["kind"]) for j in out["job_counts"])


def test_institutions_that_share_the_work_leave_the_breakdown_the_districts(run):
    out = run(
        "대구 달성군은 올해 노인일자리 참여자 4,200명을 모집한다고 5일 밝혔다. 사업은 군과 시니어클럽, 노인복지관 등 "
        "3개 수행기관이 나눠 맡으며, 유형별 참여 인원은 △공익활동 2,600명 △역량활용형 1,100명 △공동체사업단 500명이다.",
        published="2025-12-05",
    )
    values = {v for _d, v, _k in _counts(out)}
    assert {4200, 2600, 1100} <= values
    assert all(d == "대구광역시 달성군" for d, _v, _k in _counts(out))


def test_an_institutions_own_figures_stay_out(run):
    out = run(
        "대구 달성군은 올해 노인일자리 참여자 4,200명을 모집한다고 5일 밝혔다. 달성시니어클럽은 따로 시장형 사업단 "
        "3곳을 꾸려 어르신 180명을 뽑는다.",
        published="2025-12-05",
    )
    values = {v for _d, v, _k in _counts(out)}
    assert 4200 in values and 180 not in values


OTHER_TOPICS = [
    # a returning-farmer scheme's evaluation by the farm ministry
    ("returning-farmers",
     "고흥군이 농림축산식품부가 전국 80여 개 지자체를 대상으로 벌인 '2025 귀농귀촌 유치 지원사업 성과평가'에서 "
     "장려상을 받았다고 3일 밝혔다."),
    # a magazine's customer-satisfaction prize for an administration
    ("customer-satisfaction",
     "양평군은 한 경제지가 주관한 '2024 대한민국 고객만족 대상'에서 공공행정 부문 대상을 받았다고 9일 밝혔다."),
    # a 광역's evaluation of its 시·군's business support
    ("business-support",
     "충청북도가 벌인 '2023년 기업지원시책 우수 시·군 평가'에서 음성군이 최우수, 증평군과 단양군이 우수기관으로 뽑혔다."),
    # a staff idea contest of a 구
    ("idea-contest",
     "유성구가 연 '2024 시책발굴 경진대회'에서 안전총괄과의 '밤길 안심 조명'이 금상을 받았다."),
]


@pytest.mark.parametrize("text", [c[1] for c in OTHER_TOPICS], ids=[c[0] for c in OTHER_TOPICS])
def test_prizes_for_other_fields_are_no_job_awards(run, text):
    assert run(text, published="2025-01-10")["awards"] == []


def test_a_jobs_prize_beside_a_welfare_centre_stays_an_award(run):
    out = run(
        "대구 달성군이 보건복지부의 '노인 일자리 및 사회활동 지원사업 평가'에서 우수 지자체로 뽑혔다. 달서노인복지관과 "
        "시니어클럽 두 곳은 우수 기관으로 이름을 올렸다.",
        published="2025-06-30",
    )
    assert [(a["district"], a["grade"]) for a in out["awards"]] == [("대구광역시 달성군", "우수")]


def test_the_jobs_field_of_a_contest_for_another_field_stays_an_award(run):
    out = run(
        "경북 칠곡군이 '2024 대한민국 고객만족 대상' 시상식에서 일자리 창출 부문 대상을 받았다고 12일 밝혔다.",
        published="2024-11-12",
    )
    assert [(a["district"], a["grade"]) for a in out["awards"]] == [("경상북도 칠곡군", "대상")]


def test_a_contest_among_the_offices_departments_gives_the_district_nothing(run):
    text = ("성동구는 올해 구청 안 부서를 대상으로 한 정책 경진대회 결과를 발표했다. 최우수팀에는 일자리정책팀이, 우수팀에는 "
            "자치행정팀이 이름을 올렸다. 이번 경진대회 최우수구 선정을 이끈 주민자치팀도 함께 표창을 받았다.")
    assert run(text, published="2024-11-20")["awards"] == []
    # the district's own national prize in the same story stays
    out = run(text + " 구는 앞서 고용노동부 주관 '2024년 전국 지방자치단체 일자리대상'에서 우수상을 받았다.",
              published="2024-11-20")
    assert [(a["district"], a["grade"]) for a in out["awards"]] == [("서울특별시 성동구", "우수")]
