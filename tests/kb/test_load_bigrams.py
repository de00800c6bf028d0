"""kb.load.bigram_texts: the loader's fast bigram rewriting gives exactly kb.search.bigram_text's strings."""

from __future__ import annotations

import random

import pytest

from kb import search
from kb.load import bigram_texts

#: pieces random texts are drawn from: Hangul (syllables, jamo, compatibility jamo with the unassigned
#: ends of its range), Hanja, Latin of both cases, digits, and the characters that sit on the edges of
#: the tokenizer's classes (underscore, punctuation, spaces, combining marks, letters whose lower case
#: is not one character or depends on context, full-width and other scripts' letters)
HANGUL = [chr(c) for c in range(0xAC00, 0xD7A4, 97)] + ["구", "로", "청", "년", "일", "자", "리"]
JAMO = [chr(c) for c in (0x1100, 0x1161, 0x11A8, 0x11AB, 0x11FF, 0x3130, 0x3131, 0x314F, 0x3164, 0x318E, 0x318F)]
HANJA = ["區", "廳", "年", "\u3400", "\u4dbf", "\u9fff", "\uf900", "\ufa6e", "\ufaff"]
LATIN = list("abcXYZgG") + ["AI", "Seoul", "GBD", "e-mail", "ÉCOLE", "Straße", "ǅ"]
DIGITS = list("0123456789") + ["1.2%p", "３", "²", "Ⅻ", "١٢"]
EDGES = [" ", "  ", "\n", "\t", "_", "-", ".", ",", "·", "'", "’", "(", ")", "「", "」", "\u0301", "\u200b",
         "Σ", "ΑΣ", "ΟΔΟΣ'Α", "İ", "İstanbul", "Ａ", "ｂ", "Ω", "ж", "Ж", "ا", "😀", "𠀀", "\U0001d400", "\x00",
         "\ud800", "\u2160", "\u24b6", "ß", "ﬁ", "\ufeff"]
GROUPS = [HANGUL, JAMO, HANJA, LATIN, DIGITS, EDGES]


def _random_text(rng: random.Random, n: int) -> str:
    weights = [50, 5, 5, 15, 10, 15]
    return "".join(rng.choice(rng.choices(GROUPS, weights)[0]) for _ in range(n))


@pytest.mark.parametrize("seed", range(20))
def test_bigram_texts_equal_bigram_text_on_random_text(seed):
    rng = random.Random(seed)
    texts = [_random_text(rng, rng.randint(0, 300)) for _ in range(40)]
    expected = [search.bigram_text(t) for t in texts]
    assert bigram_texts(texts) == expected  # all at once
    assert [bigram_texts([t])[0] for t in texts] == expected  # one by one


@pytest.mark.parametrize("seed", range(10))
def test_bigram_texts_equal_bigram_text_on_plain_korean_latin_digits(seed):
    # the common case, which takes the array path: no separator, nothing beyond the BMP, no Σ or İ
    rng = random.Random(1000 + seed)
    alphabet = HANGUL + list("abcXYZ0123456789 .,-_()") + ["\n", "區", "ᆫ"]
    texts = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 2000))) for _ in range(30)]
    assert bigram_texts(texts) == [search.bigram_text(t) for t in texts]


@pytest.mark.parametrize(
    "text",
    ["", " ", "구", "구로", "구로구청 G밸리", "AI와 ICT", "a구b", "구_로", "ΑΣ 구", "İ구", "😀구로", "구\x00로", None],
)
def test_bigram_texts_edge_cases(text):
    assert bigram_texts([text]) == [search.bigram_text(text)]
    assert bigram_texts([text, "구로구", text]) == [search.bigram_text(text), "구로 로구", search.bigram_text(text)]
