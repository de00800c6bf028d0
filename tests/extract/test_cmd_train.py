"""``govnews train`` and ``govnews evaluate --rules-only`` through click's CliRunner."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from extract.learn import MODELS_DIR
from extract.train import folds_of, specs
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


def _gold_files(tmp_path, count, per_file=2):
    lines = [json.loads(x) for x in (GOLD / "real_dev_a.jsonl").read_text(encoding="utf-8").splitlines()]
    paths = []
    for i in range(count):
        path = tmp_path / f"f{i}.jsonl"
        chunk = lines[i * per_file : (i + 1) * per_file]
        path.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in chunk), encoding="utf-8")
        paths.append(path)
    return paths


def test_folds_hold_out_groups_of_files_dealt_round_robin():
    assert folds_of(["c", "a", "d", "b", "e"], 2) == [["a", "c", "e"], ["b", "d"]]
    assert folds_of(["b", "a"]) == [["b"], ["a"]]  # leave-one-file-out keeps the given order
    for bad in (1, 6):
        with pytest.raises(ValueError, match=f"--folds {bad}: needs 2 to 5 folds"):
            folds_of(["c", "a", "d", "b", "e"], bad)


def test_cross_validation_over_folds_scores_every_line_once(tmp_path):
    paths = _gold_files(tmp_path, 3)
    args = [x for p in paths for x in ("--gold", str(p))]
    result = CliRunner().invoke(train, [*args, "job_kind", "--folds", "2"])
    assert result.exit_code == 0, result.output
    assert "== fold 1 of 2 (2 files: f0.jsonl …): models trained on the other 1 files" in result.output
    assert "== fold 2 of 2: models trained on the other 2 files" not in result.output
    assert "== f1.jsonl: models trained on the other 2 files" in result.output  # a fold of one file is named
    assert "== pooled, each of 2 folds with models trained on the others" in result.output
    pooled = result.output.split("== pooled")[1].split("-- pooled")[0]
    districts = next(row.split() for row in pooled.splitlines() if row.startswith("districts"))
    lines = [json.loads(x) for p in paths for x in p.read_text(encoding="utf-8").splitlines()]
    assert int(districts[4]) + int(districts[6]) == sum(len(set(x["districts"])) for x in lines)  # each line once
    assert not any((MODELS_DIR / f"{n}.json").stat().st_mtime > paths[0].stat().st_mtime for n in specs())


def test_a_fold_count_that_does_not_fit_the_files_is_refused_by_name(tmp_path):
    paths = _gold_files(tmp_path, 2)
    args = [x for p in paths for x in ("--gold", str(p))]
    result = CliRunner().invoke(train, [*args, "--folds", "3"])
    assert result.exit_code == 1
    assert "--folds 3: needs 2 to 2 folds (one gold file or more in each)" in result.output
