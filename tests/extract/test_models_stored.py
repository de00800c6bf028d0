"""The stored models are what `python -m extract.train` makes of the development gold today.

A change to a candidate generator, a feature or a gold set without retraining fails here, naming the
model; retrain with `python -m extract.train` and commit the JSON files.
"""

from __future__ import annotations

import json

import pytest

from extract.learn import MODELS_DIR
from extract.pipeline import default_nlp
from extract.train import GOLD_DIR, TRAINING_SETS, examples_of, fit, read_gold, specs

SPECS = specs()


def test_every_declared_model_is_stored_and_nothing_else():
    stored = sorted(p.stem for p in MODELS_DIR.glob("*.json"))
    assert stored == sorted(SPECS), "declared models and extract/data/models/*.json differ"


def test_training_sets_are_development_sets_only():
    assert TRAINING_SETS and all(name.startswith("real_dev_") for name in TRAINING_SETS)
    assert all((GOLD_DIR / name).exists() for name in TRAINING_SETS)


@pytest.fixture(scope="module")
def retrained():
    lines = [line for name in TRAINING_SETS for line in read_gold(GOLD_DIR / name)]
    return fit(SPECS, examples_of(default_nlp(), lines, SPECS), list(TRAINING_SETS))


@pytest.mark.parametrize("name", sorted(SPECS))
def test_stored_model_equals_a_fresh_training(retrained, name, tmp_path):
    path = tmp_path / f"{name}.json"
    retrained[name].save(path)
    fresh = json.loads(path.read_text(encoding="utf-8"))
    stored = json.loads((MODELS_DIR / f"{name}.json").read_text(encoding="utf-8"))
    assert stored["meta"] == fresh["meta"], f"{name}: trained on other data or parameters; run python -m extract.train"
    assert stored["labels"] == fresh["labels"]
    # Equal up to float rounding of another CPU (weights are stored to 5 decimals, pruned below 1e-4).
    zero = [0.0] * len(fresh["labels"])
    off = {
        f: (stored["weights"].get(f, zero), fresh["weights"].get(f, zero))
        for f in stored["weights"].keys() | fresh["weights"].keys()
        if max(abs(a - b) for a, b in zip(stored["weights"].get(f, zero), fresh["weights"].get(f, zero), strict=True)) > 5e-4
    }
    assert not off, f"{name}: {len(off)} weights differ from a fresh training, e.g. {sorted(off.items())[:3]}; run python -m extract.train {name}"
    assert max(abs(a - b) for a, b in zip(stored["bias"], fresh["bias"], strict=True)) <= 5e-4
