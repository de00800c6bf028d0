"""``text.runs_evaluation``: the one cue, shared by the district focus and the award rules, that a name is the body
running an evaluation rather than a winner of it."""

from __future__ import annotations

import pytest

from extract import text as T

CASES = [
    ("서울시", "서울시가 실시한 자치구 일자리 평가에서 구로구가 최우수구로 뽑혔다.", True),
    ("전북도", "전북도의 일자리정책 우수시·군 평가에서 완주군이 대상을 받았다.", True),
    ("부산시", "구는 지난해 부산시 지역 일자리창출 추진평가에서 우수상을 받았다.", True),
    ("서울시", "서울시 희망일자리 만들기 사업 평가에서도 최우수로 꼽혔다.", True),
    # another agent runs it: the name before is not the evaluator
    ("인천시", "인천시가 보건복지부와 노인인력개발원이 주관한 노인일자리 평가에서 대상을 받았다.", False),
    ("세종시", "세종시가 고용노동부가 주관한 일자리 공시제 평가에서 우수상을 받았다.", False),
    # a winner: the name is the subject of receiving, no evaluation after it
    ("울산시", "울산시가 일자리 대상에서 최우수상을 받았다.", False),
    ("경기도", "경기도는 올해 일자리 창출 1만 명을 목표로 세웠다.", False),
]


@pytest.mark.parametrize(("name", "sentence", "evaluates"), CASES)
def test_runs_evaluation(name, sentence, evaluates):
    assert T.runs_evaluation(sentence, sentence.index(name) + len(name)) is evaluates


@pytest.mark.parametrize(("sentence", "expected"), [
    ("부산시의 일자리창출사업 종합평가에서 해운대구가 최우수 기관으로 뽑혔다.", {"부산광역시 해운대구"}),
])
def test_the_evaluating_province_gets_no_award(run, sentence, expected):
    facts = run(sentence, published="2019-05-02")
    assert {a["district"] for a in facts["awards"]} == expected
