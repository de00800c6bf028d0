"""Batch extraction (Kiwi's threaded batch tokenizer) gives exactly the one-at-a-time facts."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from extract.batch import counts_no_district, extract_batch, may_hold_facts
from extract.context import read_article
from extract.districts import find_mentions
from extract.nlp import pipeline_gazetteer
from extract.pipeline import ArticleInput, article_body, default_nlp, extract_article, parse_input

GOLD = Path(__file__).parent / "gold"


def _gold_inputs() -> list[ArticleInput]:
    out = []
    for path in sorted(GOLD.glob("*.jsonl")):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
            if line.strip():
                out.append(parse_input(json.loads(line), fallback_id=f"{path.stem}:{n}"))
    return out


@pytest.fixture(scope="module")
def gold_inputs() -> list[ArticleInput]:
    return _gold_inputs()


def test_batch_equals_one_at_a_time_on_all_gold(gold_inputs: list[ArticleInput]) -> None:
    nlp = default_nlp()
    single = [extract_article(nlp, a).to_json() for a in gold_inputs]
    batch = list(extract_batch(((i, a) for i, a in enumerate(gold_inputs)), nlp=nlp))
    assert [tag for tag, _ in batch] == list(range(len(gold_inputs)))
    for (tag, facts), want in zip(batch, single, strict=True):
        assert not isinstance(facts, Exception), facts
        assert facts.to_json() == want, gold_inputs[tag].id


def test_prefilter_never_drops_a_fact(gold_inputs: list[ArticleInput]) -> None:
    nlp = default_nlp()
    for a in gold_inputs:
        if not may_hold_facts(a, article_body(a)):
            f = extract_article(nlp, a)
            assert not (f.districts or f.awards or f.programs or f.job_counts), a.id


def test_no_counted_district_no_fact(gold_inputs: list[ArticleInput]) -> None:
    """The batch skips the rules when the district rules count no mention (and no board district):
    every fact names a district the rules take from those. Over every gold text, with and without
    the hints."""
    nlp = default_nlp()
    gaz = pipeline_gazetteer(nlp)
    skipped = 0
    for a in gold_inputs:
        for given in (a, replace(a, home_region=None, district_code=None)):
            context = find_mentions(read_article(given, article_body(given), gaz))
            if counts_no_district(given, context):
                skipped += 1
                f = extract_article(nlp, given)
                assert not (f.districts or f.awards or f.programs or f.job_counts), given.id
    assert skipped


def test_long_texts_empty_texts_titles_and_errors() -> None:
    nlp = default_nlp()
    para = "구로구는 2020년 일자리 대상에서 최우수상을 받았다. 시민 120명이 새 일자리를 얻었다.\n"
    other = "오늘 날씨는 맑고 기온은 평년보다 높겠다. 주말에는 비가 온다.\n"
    items: list[tuple[int, ArticleInput | Exception]] = [
        (0, ArticleInput("long", para * 150, "2021-01-05", title="구로구 일자리 대상")),
        (1, ArticleInput("empty", "")),
        (2, ValueError("bad line")),
        (3, ArticleInput("other", other * 90, title="날씨")),
        (4, ArticleInput("notitle", other)),
        (5, ArticleInput("blank", "   \n  ", title="제목")),
        (6, ArticleInput("dated", "입력 2019.03.02 10:00\n" + other)),
    ]
    got = list(extract_batch(iter(items), nlp=nlp))
    assert [t for t, _ in got] == [0, 1, 2, 3, 4, 5, 6]
    assert isinstance(got[2][1], ValueError)
    for (tag, facts), (_t, art) in zip(got, items, strict=True):
        if isinstance(art, Exception):
            continue
        assert facts.to_json() == extract_article(nlp, art).to_json(), tag
    assert got[0][1].awards and got[0][1].districts


def test_without_prefilter_same_output(gold_inputs: list[ArticleInput]) -> None:
    nlp = default_nlp()
    some = gold_inputs[:40]
    a = [f.to_json() for _, f in extract_batch(enumerate(some), nlp=nlp, prefilter=False)]
    b = [f.to_json() for _, f in extract_batch(enumerate(some), nlp=nlp)]
    assert a == b
