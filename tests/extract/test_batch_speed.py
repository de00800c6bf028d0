"""The speed paths of batch extraction give what the plain paths give.

The tokenizer groups Kiwi's morphemes into words on arrays; here a reference implementation (the
per-morpheme loop it replaced) checks it on synthetic analyses with every odd case Kiwi can return
(overlaps, zero-width morphemes, morphemes that start before the one before, characters it skipped,
pieces of a long text), and on real analyses. The batch skips the rules of an article in which the
district rules count no mention, and keeps one whose body refers back to its headline's district or
that names a board district.
"""

from __future__ import annotations

import random
import re
from collections.abc import Sequence
from typing import Any

import pytest

from extract.batch import _forms, counts_no_district, extract_batch, may_hold_facts
from extract.context import read_article
from extract.districts import find_mentions
from extract.nlp import pipeline_gazetteer
from extract.pipeline import ArticleInput, article_body, extract_article
from extract.tokenizer import (
    INDEX_KEY,
    RESORTED_KEY,
    Morph,
    doc_morph_index,
    doc_morphs,
    doc_morphs_resorted,
    get_kiwi,
    piece_spans,
)

_NON_SPACE = re.compile(r"\S+")


def _reference(text: str, chunks: list[int], analysed: list[list[Any]]) -> tuple[list[str], list[bool], list[list]]:
    """Words, spaces and per word its morphemes (as (form, tag, start, len)), one morpheme at a time."""
    words: list[str] = []
    spaces: list[bool] = []
    aligned: list[list] = []
    n = len(text)

    def flush(start: int, end: int, morphs: list, pos: int) -> int:
        if start > pos:
            gap = text[pos:start]
            if gap.isspace():
                words.append(gap)
                spaces.append(False)
                aligned.append([])
            else:
                for piece in _NON_SPACE.finditer(text, pos, start):
                    pos = flush(piece.start(), piece.end(), [], pos)
                if start > pos:
                    words.append(text[pos:start])
                    spaces.append(False)
                    aligned.append([])
        words.append(text[start:end])
        aligned.append(morphs)
        if end < n and text[end] == " ":
            spaces.append(True)
            return end + 1
        spaces.append(False)
        return end

    pos = 0
    g_start = g_end = -1
    g_morphs: list = []
    for offset, toks in zip(chunks, analysed, strict=True):
        for tok in toks:
            start = tok.start + offset
            end = start + tok.len
            morph = (tok.form, str(tok.tag), start, tok.len)
            if g_start >= 0 and (start < g_end or end <= start):
                g_end = max(g_end, end)
                g_morphs.append(morph)
            elif end > start:
                if g_start >= 0:
                    pos = flush(g_start, g_end, g_morphs, pos)
                g_start, g_end, g_morphs = start, end, [morph]
    if g_start >= 0:
        pos = flush(g_start, g_end, g_morphs, pos)
    if pos < n:
        if text[pos:].isspace():
            words.append(text[pos:])
            spaces.append(False)
            aligned.append([])
        else:
            for piece in _NON_SPACE.finditer(text, pos, n):
                pos = flush(piece.start(), piece.end(), [], pos)
            if pos < n:
                words.append(text[pos:])
                spaces.append(False)
                aligned.append([])
    return words, spaces, aligned


def _as_tuples(morphs: Sequence[Any]) -> list[tuple]:
    return [(m.form, str(m.tag), m.start, m.len) for m in morphs]


def _check(nlp, text: str, chunks: list[int], analysed: list[list[Any]], kiwi: bool = True) -> None:
    doc = nlp.tokenizer.from_analysis(text, chunks, analysed)
    words, spaces, aligned = _reference(text, chunks, analysed)
    # (a synthetic group that starts inside the word before does not keep the text, in either)
    assert doc.text == "".join(w + " " * s for w, s in zip(words, spaces, strict=True))
    assert not kiwi or doc.text == text
    assert [t.text for t in doc] == words
    assert [bool(t.whitespace_) for t in doc] == spaces
    groups = doc_morphs(doc)
    assert len(groups) == len(doc)
    assert [_as_tuples(g) for g in groups] == aligned
    assert [_as_tuples(t._.morphs) for t in doc] == aligned
    assert [_as_tuples(groups[i]) for i in range(-len(doc), 0)] == aligned
    # the index stored with the Doc is the one doc_morph_index computes from the tokens' morphemes
    flat = [m for g in groups for m in g]
    starts = [m.start for m in flat]
    resorted = starts != sorted(starts)
    if resorted:
        flat.sort(key=lambda m: m.start)
    assert doc.user_data[RESORTED_KEY] == resorted == doc_morphs_resorted(doc)
    assert _as_tuples(doc.user_data[INDEX_KEY][0]) == _as_tuples(flat) == _as_tuples(doc_morph_index(doc)[0])
    assert doc.user_data[INDEX_KEY][1] == [m.start for m in flat]
    # the search tokens' forms of an article the prefilter skips: the same morphemes
    assert _forms(analysed) == [m[0] for g in aligned for m in g]


@pytest.mark.parametrize(
    "text",
    [
        "구로구가 최우수상을 수상했다.",
        "두  칸   띄어쓰기\n\n줄 바꿈 \t탭 ",
        "   앞과 끝의 공백   ",
        "English 1만3,752개 ‘인용’ “따옴표” ▲항목 ※주석",
        "\u200b폭 없는 공백 a\u3000b",
        "구로구는 2020년 일자리 대상에서 최우수상을 받았다. 시민 120명이 새 일자리를 얻었다.\n" * 150,
        "가나다 " * 1500,
    ],
)
def test_real_analyses_group_as_one_morpheme_at_a_time(nlp, text):
    chunks, spans = piece_spans(text)
    kiwi = get_kiwi()
    _check(nlp, text, chunks, [kiwi.tokenize(text[a:b]) for a, b in spans])


def test_synthetic_analyses_with_every_odd_case(nlp):
    rnd = random.Random(13)
    alphabet = "가나다라 마바\n사,.·  아자"
    for _ in range(400):
        n = rnd.randrange(1, 60)
        text = "".join(rnd.choice(alphabet) for _ in range(n))
        cut = rnd.randrange(0, n) if n > 1 and rnd.random() < 0.4 else 0
        chunks = [0, cut] if cut else [0]
        analysed = []
        for i, a in enumerate(chunks):
            b = chunks[i + 1] if i + 1 < len(chunks) else n
            toks = []
            pos = 0
            while pos < b - a:
                start = max(0, min(b - a, pos + rnd.choice([-2, -1, 0, 0, 0, 1, 2])))
                width = rnd.choice([0, 0, 1, 1, 1, 2, 3])
                toks.append(Morph(f"f{len(toks)}", rnd.choice(["NNG", "JKS", "EP", "SF"]), start,
                                  min(width, b - a - start)))
                pos = max(pos + 1, start + width)
            analysed.append(toks)
        _check(nlp, text, chunks, analysed, kiwi=False)


def test_no_morpheme_at_all(nlp):
    _check(nlp, "  \n ", [0], [[]])
    _check(nlp, "기호만 ※", [0], [[Morph("", "SF", 0, 0), Morph("", "SF", 3, 0)]])
    doc = nlp.tokenizer.from_analysis("", [], [])
    assert len(doc) == 0 and list(doc_morphs(doc)) == []


def test_groups_index_like_a_list(nlp):
    doc = nlp.make_doc("구로구가 수상했다.")
    groups = doc_morphs(doc)
    assert [t.text for t in doc] == ["구로구", "가", "수상", "했", "다", "."]
    assert _as_tuples(groups[3]) == [("하", "XSV", 7, 1), ("었", "EP", 7, 1)]
    assert [_as_tuples(g) for g in groups[1:3]] == [_as_tuples(groups[1]), _as_tuples(groups[2])]
    with pytest.raises(IndexError):
        groups[len(doc)]
    assert bool(groups)


def _skipped(nlp, a: ArticleInput) -> bool:
    """Whether the batch skips the rules of ``a`` (before Kiwi, or after the district rules)."""
    body = article_body(a)
    if not may_hold_facts(a, body):
        return True
    return counts_no_district(a, find_mentions(read_article(a, body, pipeline_gazetteer(nlp))))


@pytest.mark.parametrize(
    ("body", "title"),
    [
        ("오늘 일대는 오전부터 흐리고 오후 한때 비가 내리겠다.\n기온은 평년보다 높겠다.\n", "구로구 소식 3"),
        ("오늘 서울은 흐리고 비가 내리겠다.\n경기도 날씨는 맑겠다.\n", "날씨"),
        ("강서구노인복지관에서 가을 음악회가 열린다.\n관람료는 무료다.\n", "음악회"),
    ],
    ids=["headline-only", "uncounted-provinces", "inside-a-body-name"],
)
def test_no_counted_district_is_skipped(nlp, body, title):
    a = ArticleInput("t", body, "2020-10-21", title=title)
    assert may_hold_facts(a, article_body(a)) and _skipped(nlp, a)
    facts = extract_article(nlp, a)
    assert not (facts.districts or facts.awards or facts.programs or facts.job_counts)
    [(_tag, got)] = extract_batch([(0, a)], nlp=nlp)
    assert got.to_json() == facts.to_json()


@pytest.mark.parametrize("code", [None, "1153000000"])
def test_body_referring_to_the_headline_district_is_kept(nlp, code):
    body = "구는 2020년 지방자치단체 일자리 대상에서 최우수상을 받았다고 21일 밝혔다.\n"
    a = ArticleInput("t", body, "2020-10-21", title="구로구, 일자리 대상 최우수", district_code=code)
    assert not _skipped(nlp, a)
    [(_tag, got)] = extract_batch([(0, a)], nlp=nlp)
    assert got.to_json() == extract_article(nlp, a).to_json()
    assert [(f.district, f.grade) for f in got.awards] == [("서울특별시 구로구", "최우수")]


def test_board_district_is_kept_without_a_mention(nlp):
    body = "구는 2020년 지방자치단체 일자리 대상에서 최우수상을 받았다고 21일 밝혔다.\n"
    a = ArticleInput("t", body, "2020-10-21", title="일자리 대상 최우수", district_code="1153000000")
    assert not _skipped(nlp, a)
    [(_tag, got)] = extract_batch([(0, a)], nlp=nlp)
    assert got.to_json() == extract_article(nlp, a).to_json()


def test_article_read_before_the_doc_is_the_one_the_pipeline_reads(nlp):
    body = "구로구는 2020년 지방자치단체 일자리 대상에서 최우수상을 받았다.\n금천구청에서 시상식이 열렸다.\n"
    a = ArticleInput("t", body, "2020-10-21", title="구로구 일자리 대상")
    [(_tag, got)] = extract_batch([(0, a)], nlp=nlp)
    [(_tag, plain)] = extract_batch([(0, a)], nlp=nlp, prefilter=False)
    assert got.to_json() == plain.to_json() == extract_article(nlp, a).to_json()


def test_middle_dot_look_alikes_become_one_dot():
    a = ArticleInput("t", "구로구∙금천구‧관악구･동작구·영등포구")
    assert article_body(a) == "구로구·금천구·관악구·동작구·영등포구"
