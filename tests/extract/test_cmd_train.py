"""``govnews train`` and ``govnews evaluate --rules-only`` through click's CliRunner."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from extract.train import specs
from govnews.cmd_extract import evaluate, train

GOLD = Path(__file__).parent / "gold"


def test_an_unknown_model_is_named_with_the_known_ones():
    result = CliRunner().invoke(train, ["no_such_model"])
    assert result.exit_code == 1
    assert "unknown model(s) no_such_model; known: " in result.output
    for name in specs():
        assert name in result.output


def test_a_bad_gold_line_is_named_by_file_and_line(tmp_path):
    bad = tmp_path / "gold.jsonl"
    bad.write_text('{"id": "x", "text": "구로구"}\n{"id": \n', encoding="utf-8")
    result = CliRunner().invoke(train, ["--gold", str(bad), "--cv"])
    assert result.exit_code == 1
    assert f"{bad}:2: not JSON" in result.output


def test_rules_only_scores_the_rules_without_their_models(tmp_path):
    runner = CliRunner()
    gold = str(GOLD / "real_dev_h.jsonl")
    both = runner.invoke(evaluate, [gold])
    rules = runner.invoke(evaluate, [gold, "--rules-only"])
    assert both.exit_code == 0 and rules.exit_code == 0, both.output + rules.output
    for out in (both.output, rules.output):
        assert out.splitlines()[0].split() == ["type", "P", "R", "F1", "tp", "fp", "fn"]
    assert specs()
    assert both.output != rules.output  # a model that changes nothing would not be worth shipping


def test_training_writes_nothing_under_cv(tmp_path):
    small = tmp_path / "a.jsonl"
    other = tmp_path / "b.jsonl"
    lines = [json.loads(x) for x in (GOLD / "real_dev_a.jsonl").read_text(encoding="utf-8").splitlines()[:6]]
    small.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in lines[:3]), encoding="utf-8")
    other.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in lines[3:]), encoding="utf-8")
    result = CliRunner().invoke(train, ["--gold", str(small), "--gold", str(other), "--cv"])
    assert result.exit_code == 0, result.output
    assert "== a.jsonl: models trained on the other 1 files" in result.output
    assert "-- pooled, rules without the models" in result.output
