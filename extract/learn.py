"""Stage 2 (extract), layer 1: small statistical models the rules consult.

A :class:`Model` is a multinomial logistic regression over sparse string features (``"pred=창출하"``,
``"unit=명"`` …): it turns the cues a rule module collects around a candidate (a number, a winner
slot, a programme span) into label probabilities. Models are trained from the gold sets by
:func:`train` (deterministic: full-batch Adam from zero weights, no sampling) and stored as JSON under
``extract/data/models/`` (features sorted, weights rounded), read once by :func:`load_model`.
numpy only; must not import spaCy, scrapy or kb.
"""

from __future__ import annotations

import json
import math
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cache, cached_property
from pathlib import Path
from typing import Any

import numpy as np

MODELS_DIR = Path(__file__).parent / "data" / "models"

#: weights whose every label value is below this are not stored
_PRUNE = 1e-4


@dataclass(frozen=True)
class Model:
    """Label probabilities of a bag of string features."""

    name: str
    labels: tuple[str, ...]
    index: dict[str, int]  #: feature -> row of ``weights``
    weights: np.ndarray  #: (features, labels)
    bias: np.ndarray  #: (labels,)
    meta: dict  #: how it was trained (data files, sizes, parameters)

    def probabilities(self, features: Iterable[str]) -> dict[str, float]:
        """The probability of each label for one candidate's features (unknown features are ignored).

        Plain Python over the rows as tuples: a candidate has tens of features and a few labels,
        where numpy's per-call overhead would cost more than the arithmetic.
        """
        row = self._rows.get
        found = [r for f in dict.fromkeys(features) if (r := row(f)) is not None]  # input order: sums are reproducible
        logits = [sum(column) for column in zip(self._bias, *found, strict=True)]
        top = max(logits)
        exps = [math.exp(v - top) for v in logits]
        total = sum(exps)
        return {label: v / total for label, v in zip(self.labels, exps, strict=True)}

    @cached_property
    def _rows(self) -> dict[str, tuple[float, ...]]:
        return {f: tuple(float(v) for v in self.weights[i]) for f, i in self.index.items()}

    @cached_property
    def _bias(self) -> tuple[float, ...]:
        return tuple(float(v) for v in self.bias)

    def best(self, features: Iterable[str]) -> tuple[str, float]:
        """The most probable label and its probability."""
        probs = self.probabilities(features)
        label = max(probs, key=lambda k: (probs[k], k))
        return label, probs[label]

    def to_json(self) -> dict:
        """A JSON-ready dict: labels, bias, pruned weights by feature (sorted), meta."""
        keep = {}
        for feature, row in sorted(self.index.items()):
            w = self.weights[row]
            if np.abs(w).max() >= _PRUNE:
                keep[feature] = [round(float(v), 5) for v in w]
        return {
            "name": self.name,
            "labels": list(self.labels),
            "bias": [round(float(v), 5) for v in self.bias],
            "weights": keep,
            "meta": self.meta,
        }

    def save(self, path: Path) -> None:
        """Write :meth:`to_json` to ``path`` (UTF-8, one feature a line for readable diffs)."""
        data = self.to_json()
        weights = data.pop("weights")
        head = json.dumps(data, ensure_ascii=False, sort_keys=True)
        lines = [f"  {json.dumps(k, ensure_ascii=False)}: {json.dumps(v)}" for k, v in weights.items()]
        body = head[:-1] + ', "weights": {\n' + ",\n".join(lines) + "\n}}\n"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(body, encoding="utf-8")


def from_json(data: dict) -> Model:
    """The :class:`Model` of :meth:`Model.to_json`'s dict."""
    labels = tuple(data["labels"])
    features = list(data["weights"])
    weights = np.array([data["weights"][f] for f in features], dtype=np.float64).reshape(len(features), len(labels))
    return Model(
        name=data["name"],
        labels=labels,
        index={f: i for i, f in enumerate(features)},
        weights=weights,
        bias=np.array(data["bias"], dtype=np.float64),
        meta=dict(data.get("meta") or {}),
    )


@dataclass(frozen=True)
class ModelSpec:
    """How a rule module trains one of its models (collected by :mod:`extract.train`).

    ``examples(article, doc, gold)`` returns the ``(features, label)`` pairs of one gold line's
    candidates: ``article`` is the :class:`extract.context.Article` with its district mentions,
    ``doc`` the spaCy Doc, ``gold`` the decoded gold line.
    """

    examples: Callable[[Any, Any, dict], list[tuple[list[str], str]]]
    labels: tuple[str, ...] | None = None
    params: dict[str, Any] = field(default_factory=dict)  #: keyword arguments of :func:`train`


#: models put in place of the stored ones (``None``: no model, the rules alone), see :func:`using`
_OVERRIDES: dict[str, Model | None] = {}


@contextmanager
def using(models: dict[str, Model | None]) -> Iterator[None]:
    """Within the block, :func:`get_model` answers these models (cross-validation, ablation)."""
    saved = dict(_OVERRIDES)
    _OVERRIDES.update(models)
    try:
        yield
    finally:
        _OVERRIDES.clear()
        _OVERRIDES.update(saved)


def get_model(name: str) -> Model | None:
    """The model a rule consults: an override of :func:`using`, else the stored one."""
    if name in _OVERRIDES:
        return _OVERRIDES[name]
    return load_model(name)


def model_or_none(name: str) -> Model | None:
    """The model a rule consults (:func:`get_model`), or None when it was never trained: the rules decide alone."""
    try:
        return get_model(name)
    except FileNotFoundError:
        return None


@cache
def load_model(name: str) -> Model:
    """The stored model ``extract/data/models/<name>.json`` (read once per process).

    :raises FileNotFoundError: naming the file, when the model was never trained
    """
    path = MODELS_DIR / f"{name}.json"
    if not path.exists():
        raise FileNotFoundError(f"{path}: no such model (train it with `python -m extract.train {name}`)")
    return from_json(json.loads(path.read_text(encoding="utf-8")))


def train(
    name: str,
    examples: Sequence[tuple[Sequence[str], str]],
    *,
    labels: Sequence[str] | None = None,
    l2: float = 1e-3,
    epochs: int = 300,
    rate: float = 0.05,
    min_count: int = 1,
    meta: dict | None = None,
) -> Model:
    """Fit a multinomial logistic regression to ``(features, label)`` examples.

    Deterministic: features are indexed in sorted order, weights start at zero and every epoch is one
    full-batch Adam step on the mean log-loss plus ``l2`` times the squared weights.

    :param name: the model's name (its file name under ``extract/data/models/``)
    :param examples: one ``(features, label)`` pair per candidate
    :param labels: every label, in output order (default: the sorted labels of the examples)
    :param l2: weight of the L2 penalty
    :param epochs: full-batch steps
    :param rate: Adam's step size
    :param min_count: features seen in fewer examples are dropped
    :param meta: stored with the model (data files, counts)
    :returns: the model
    :raises ValueError: when there are no examples or a label is not in ``labels``
    """
    if not examples:
        raise ValueError(f"model {name}: no training examples")
    label_list = tuple(labels) if labels is not None else tuple(sorted({y for _, y in examples}))
    lab = {y: i for i, y in enumerate(label_list)}
    counts = Counter(f for feats, _ in examples for f in set(feats))
    features = sorted(f for f, c in counts.items() if c >= min_count)
    index = {f: i for i, f in enumerate(features)}
    ex_ids: list[int] = []
    feat_ids: list[int] = []
    y = np.zeros(len(examples), dtype=np.int64)
    for i, (feats, label) in enumerate(examples):
        if label not in lab:
            raise ValueError(f"model {name}: example {i} has label {label!r}, not one of {label_list}")
        y[i] = lab[label]
        for f in sorted(set(feats)):
            if f in index:
                ex_ids.append(i)
                feat_ids.append(index[f])
    n, k, d = len(examples), len(label_list), len(features)
    ex = np.array(ex_ids, dtype=np.int64)
    fx = np.array(feat_ids, dtype=np.int64)
    onehot = np.zeros((n, k))
    onehot[np.arange(n), y] = 1.0
    w = np.zeros((d, k))
    b = np.zeros(k)
    mw, vw, mb, vb = np.zeros_like(w), np.zeros_like(w), np.zeros_like(b), np.zeros_like(b)
    beta1, beta2, eps = 0.9, 0.999, 1e-8
    for step in range(1, epochs + 1):
        logits = np.tile(b, (n, 1))
        np.add.at(logits, ex, w[fx])
        logits -= logits.max(axis=1, keepdims=True)
        p = np.exp(logits)
        p /= p.sum(axis=1, keepdims=True)
        g = (p - onehot) / n
        gw = np.zeros_like(w)
        np.add.at(gw, fx, g[ex])
        gw += 2 * l2 * w
        gb = g.sum(axis=0)
        mw = beta1 * mw + (1 - beta1) * gw
        vw = beta2 * vw + (1 - beta2) * gw * gw
        mb = beta1 * mb + (1 - beta1) * gb
        vb = beta2 * vb + (1 - beta2) * gb * gb
        c1, c2 = 1 - beta1**step, 1 - beta2**step
        w -= rate * (mw / c1) / (np.sqrt(vw / c2) + eps)
        b -= rate * (mb / c1) / (np.sqrt(vb / c2) + eps)
    info: dict[str, Any] = {"examples": n, "features": d, "l2": l2, "epochs": epochs, "rate": rate, "min_count": min_count}
    info["label_counts"] = {label: int((y == i).sum()) for i, label in enumerate(label_list)}
    info.update(meta or {})
    return Model(name=name, labels=label_list, index=index, weights=w, bias=b, meta=info)
