"""Tokenizer contract: Kiwi morphemes as spaCy tokens, text kept exactly."""

from __future__ import annotations

import pytest
import spacy

from extract.text import sentence_spans
from extract.tokenizer import NLP_CONFIG, TOKENIZER_NAME


@pytest.mark.parametrize(
    "text",
    [
        "구로구가 최우수상을 수상했다.",
        "일이 잘 됐다. 그래서 갔어요",
        "두  칸   띄어쓰기",
        "줄\n바꿈\n\n두 번",
        "",
        "   ",
        "\t탭과 끝 공백 ",
        "English and 숫자 1만3,752개 ‘인용’ “따옴표”",
        "\u200b폭 없는 공백",
    ],
    ids=["haetda", "dwaetda", "double-space", "newlines", "empty", "spaces-only", "tab", "mixed", "zwsp"],
)
def test_doc_text_equals_input(nlp, text):
    doc = nlp.make_doc(text)
    assert doc.text == text


def test_contraction_is_one_token_with_two_morphemes(nlp):
    doc = nlp.make_doc("수상했다")
    tokens = {t.text: [(m.form, str(m.tag)) for m in t._.morphs] for t in doc}
    assert tokens["했"] == [("하", "XSV"), ("었", "EP")]


def test_tokenizer_is_registered_under_versioned_name(nlp):
    assert TOKENIZER_NAME == "govnews.KiwiTokenizer.v1"
    blank = spacy.blank("ko", config=NLP_CONFIG)
    assert [t.text for t in blank("구로구가")] == ["구로구", "가"]


def test_components_carry_the_govnews_prefix(nlp):
    assert nlp.pipe_names and all(name.startswith("govnews_") for name in nlp.pipe_names)


def test_user_words_keep_domain_names_whole(nlp):
    doc = nlp.make_doc("미추홀구와 청년내일채움공제 그리고 일자리대상")
    assert "미추홀구" in [t.text for t in doc]


def test_sentences_do_not_split_dates():
    text = "2011.5.5 ~ 6.15 간 263명이 참여했다. 다음 문장\n새 줄"
    spans = [text[s:e] for s, e in sentence_spans(text)]
    assert spans == ["2011.5.5 ~ 6.15 간 263명이 참여했다.", "다음 문장", "새 줄"]


def test_search_tokens_are_morphemes_of_title_and_text(run):
    out = run("구로구가 수상했다.", title="구로구 수상")
    assert out["search_tokens"].split() == ["구로구", "수상", "구로구", "가", "수상", "하", "었", "다", "."]
