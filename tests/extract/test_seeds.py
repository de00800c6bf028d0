"""The two seed articles produce every fact of their gold (EXTRACTION.md scoring keys)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from extract.evaluate import evaluate
from extract.pipeline import extract_article, parse_input

GOLD = Path(__file__).parent / "gold" / "seeds.jsonl"


def _gold() -> list[dict]:
    return [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="module")
def predicted(nlp):
    return {g["id"]: extract_article(nlp, parse_input(g)).to_json() for g in _gold()}


@pytest.mark.parametrize("gold", _gold(), ids=lambda g: g["id"][:3])
def test_seed_recall_is_complete(gold, predicted):
    scores = evaluate([(gold, predicted[gold["id"]])])
    assert {k: s.misses for k, s in scores.items()} == {k: [] for k in scores}


def test_seed_districts_and_awards_have_no_false_positives(predicted):
    scores = evaluate([(g, predicted[g["id"]]) for g in _gold()])
    assert scores["districts"].false_positives == []
    assert scores["awards"].false_positives == []
    assert scores["job_counts"].false_positives == []


def test_guro_2020_top_grade_in_gongsije_category_with_evidence(predicted):
    awards = predicted["001_121eea873b690487"]["awards"]
    hit = [
        a for a in awards
        if (a["district"], a["year"], a["grade"], a["category"]) == ("서울특별시 구로구", 2020, "최우수", "공시제 부문")
    ]
    assert len(hit) == 1
    assert hit[0]["award"] == "전국 지방자치단체 일자리대상"
    assert hit[0]["organizer"] == "고용노동부"
    assert "최우수상" in hit[0]["evidence"]


def test_every_fact_has_evidence_span_and_version(predicted):
    for out in predicted.values():
        assert out["extractor_version"]
        for key in ("awards", "programs", "job_counts", "district_mentions"):
            for fact in out[key]:
                start, end = fact["char_span"]
                assert 0 <= start < end
                assert fact["evidence"]
