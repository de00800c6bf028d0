"""bench/corpus.py: synthetic articles, deterministic by seed, of real length and a realistic mix."""

from __future__ import annotations

import importlib.util
from collections import Counter
from pathlib import Path

BENCH = Path(__file__).resolve().parents[2] / "bench" / "corpus.py"


def _corpus():
    spec = importlib.util.spec_from_file_location("bench_corpus", BENCH)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_deterministic_by_seed_and_real_length() -> None:
    corpus = _corpus()
    a = list(corpus.articles(300, seed=1))
    assert a == list(corpus.articles(300, seed=1))
    assert a != list(corpus.articles(300, seed=2))
    assert corpus.article(123, seed=1) == a[123]
    lengths = [len(x["body_text"]) for x in a]
    assert min(lengths) >= 900 and max(lengths) <= 8000
    assert 1500 <= sorted(lengths)[len(lengths) // 2] <= 3000
    kinds = Counter(x["kind"] for x in a)
    assert (kinds["award"] + kinds["jobs"] + kinds["program"]) / len(a) < 0.3  # most news holds no fact
    assert len({x["id"] for x in a}) == len(a)


def test_write_is_cached(tmp_path: Path) -> None:
    corpus = _corpus()
    path = corpus.write(20, tmp_path / "a.jsonl", seed=3)
    mtime = path.stat().st_mtime_ns
    assert corpus.write(20, path, seed=3).stat().st_mtime_ns == mtime
    assert len(path.read_text(encoding="utf-8").splitlines()) == 20
