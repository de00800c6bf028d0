"""F1 on the dev gold set must stay at or above the targets of issue #4."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from extract.evaluate import evaluate
from extract.pipeline import extract_article, parse_input

DEV = Path(__file__).parent / "gold" / "dev.jsonl"
TARGETS = {"districts": 0.97, "awards": 0.95, "job_counts": 0.95, "programs": 0.85}


@pytest.fixture(scope="module")
def dev_scores(nlp):
    if not DEV.exists():
        pytest.skip("tests/extract/gold/dev.jsonl not written yet")
    gold = [json.loads(line) for line in DEV.read_text(encoding="utf-8").splitlines() if line.strip()]
    return evaluate((g, extract_article(nlp, parse_input(g)).to_json()) for g in gold)


@pytest.mark.parametrize("fact_type", list(TARGETS))
def test_dev_f1_meets_target(dev_scores, fact_type):
    score = dev_scores[fact_type]
    assert score.f1 >= TARGETS[fact_type], (
        f"{fact_type} F1 {score.f1:.3f} < {TARGETS[fact_type]}; misses {score.misses[:5]}, "
        f"false positives {score.false_positives[:5]}"
    )
