"""extract/learn.py (the models the rules consult) and extract/train.py (training them from gold)."""

from __future__ import annotations

import json

import pytest

from extract import learn
from extract.learn import ModelSpec, from_json, get_model, train, using
from extract.train import read_gold


def _examples() -> list[tuple[list[str], str]]:
    # A number followed by 창출 is a created count, by 목표 a target, by 참석 nothing; the "topic=" cue is noise.
    out = []
    for i in range(30):
        out.append(([f"topic={i % 3}", "pred=창출하", "unit=개"], "created"))
        out.append(([f"topic={i % 3}", "pred=목표", "unit=개"], "target"))
        out.append(([f"topic={i % 3}", "pred=참석하", "unit=명"], "none"))
    return out


def test_a_trained_model_separates_the_cues():
    model = train("kinds", _examples())
    assert model.labels == ("created", "none", "target")
    assert model.best(["pred=창출하", "unit=개"])[0] == "created"
    assert model.best(["pred=목표", "unit=개"])[0] == "target"
    label, p = model.best(["pred=참석하", "unit=명", "never-seen"])
    assert (label, p > 0.9) == ("none", True)
    probs = model.probabilities(["pred=창출하"])
    assert abs(sum(probs.values()) - 1.0) < 1e-9


def test_training_is_deterministic_and_survives_a_round_trip(tmp_path):
    a, b = train("kinds", _examples()), train("kinds", _examples())
    assert a.to_json() == b.to_json()
    path = tmp_path / "kinds.json"
    a.save(path)
    back = from_json(json.loads(path.read_text(encoding="utf-8")))
    for feats in (["pred=창출하"], ["pred=목표", "unit=개"], ["unit=명"], []):
        want, got = a.probabilities(feats), back.probabilities(feats)
        assert want.keys() == got.keys()
        assert all(abs(want[k] - got[k]) < 1e-3 for k in want)
    assert back.meta["examples"] == 90 and back.meta["label_counts"] == {"created": 30, "none": 30, "target": 30}


def test_rare_features_are_dropped_and_labels_keep_the_given_order():
    ex = [*_examples(), (["pred=창출하", "once-only"], "created")]
    model = train("kinds", ex, labels=("none", "created", "target", "employed"), min_count=2)
    assert "once-only" not in model.index
    assert model.labels == ("none", "created", "target", "employed")
    assert model.best(["pred=목표"])[0] == "target"


def test_bad_training_input_is_named():
    with pytest.raises(ValueError, match="model kinds: no training examples"):
        train("kinds", [])
    with pytest.raises(ValueError, match=r"model kinds: example 0 has label 'maybe'"):
        train("kinds", [(["a"], "maybe")], labels=("none", "created"))


def test_overrides_replace_the_stored_model_only_inside_the_block():
    model = train("kinds", _examples())
    with using({"kinds": model, "absent": None}):
        assert get_model("kinds") is model
        assert get_model("absent") is None
    with pytest.raises(FileNotFoundError, match=r"absent\.json: no such model"):
        get_model("absent")


def test_a_missing_model_file_names_itself(monkeypatch, tmp_path):
    monkeypatch.setattr(learn, "MODELS_DIR", tmp_path)
    learn.load_model.cache_clear()
    try:
        with pytest.raises(FileNotFoundError, match=r"nothing\.json: no such model .*python -m extract\.train nothing"):
            learn.load_model("nothing")
    finally:
        learn.load_model.cache_clear()


def test_a_spec_carries_its_training_parameters():
    spec = ModelSpec(examples=lambda art, doc, gold: [], labels=("none", "x"), params={"l2": 0.01})
    assert spec.params == {"l2": 0.01} and spec.labels == ("none", "x")


def test_read_gold_names_the_file_and_line_of_a_bad_line(tmp_path):
    path = tmp_path / "gold.jsonl"
    path.write_text('{"id": "a", "text": "x"}\n\n[1, 2]\n', encoding="utf-8")
    with pytest.raises(ValueError, match=r"gold\.jsonl:3: not a JSON object"):
        read_gold(path)
    path.write_text('{"id": "a", "text": "x"}\n{"id": \n', encoding="utf-8")
    with pytest.raises(ValueError, match=r"gold\.jsonl:2: not JSON"):
        read_gold(path)
