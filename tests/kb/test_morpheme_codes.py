"""kb.search.MorphemeCodes: the loader's array-based encoding gives exactly a form-by-form dictionary's codes."""

from __future__ import annotations

import random
import sqlite3

import pytest

from kb import search
from kb.schema import ensure_schema

#: forms of one to three characters (keyed in arrays), longer ones (looked up one by one), and the
#: characters str.split treats as separators, a NUL (no key: the form-by-form path) and astral ones
SHORT = ["구", "로", "청년", "일자리", "는", "ᆫ다", "a", "B", "1", "54", "%", "𠀀", "😀x", "Ａ"]
LONG = ["초등학교", "Seoul", "2024년도", "e-mail", "ΟΔΟΣ", "가나다라마"]
SEPARATORS = [" ", "  ", "\n", "\t", "\u3000", "\xa0", "\x85", "\u2028", "\x1c"]


def _random_tokens(rng: random.Random, n: int, nul: bool) -> str:
    out = rng.choice(["", " ", "\n"])
    for _ in range(n):
        out += rng.choice(SHORT if rng.random() < 0.9 else LONG) + rng.choice(SEPARATORS)
    if nul and rng.random() < 0.5:
        out += "가\x00나 "
    return out.rstrip() if rng.random() < 0.5 else out


def _reference(texts: list[str]) -> tuple[list[str], dict[str, int]]:
    """Codes form by form, ids numbered in the order the forms first occur."""
    ids: dict[str, int] = {}
    out = []
    for text in texts:
        for form in text.split():
            ids.setdefault(form, len(ids) + 1)
        out.append(" ".join(search.token_code(ids[form]) or "" for form in text.split()))
    return out, ids


@pytest.fixture
def conn():
    db = sqlite3.connect(":memory:")
    from sqlite_utils import Database

    ensure_schema(Database(db))
    yield db
    db.close()


@pytest.mark.parametrize("seed", range(12))
def test_encode_many_equals_form_by_form_codes(conn, seed):
    rng = random.Random(seed)
    texts = [_random_tokens(rng, rng.randint(0, 60), nul=seed % 3 == 0) for _ in range(120)]
    expected, ids = _reference(texts)
    codes = search.MorphemeCodes(conn)
    got = codes.encode_many(texts[:50]) + [codes.encode(t) for t in texts[50:60]] + codes.encode_many(texts[60:])
    assert got == expected
    assert dict(conn.execute("select form, id from morphemes")) == ids
    # a new object reads the vocabulary back and gives the same codes; decode inverts encode
    again = search.MorphemeCodes(conn)
    assert again.encode_many(texts) == expected
    assert [again.decode(c) for c in expected] == [" ".join(t.split()) for t in texts]


def test_encode_many_in_chunks_and_with_long_codes(conn, monkeypatch):
    monkeypatch.setattr(search, "_CHUNK_CHARS", 64)  # many chunks, texts split across none
    codes = search.MorphemeCodes(conn)
    texts = [f"가 나{i} 다 {'라' * (i % 5)}" for i in range(200)]
    expected, _ids = _reference(texts)
    assert codes.encode_many(texts) == expected
    codes.next_id = 36**3 - 2  # ids of three, then four base-36 digits
    more = [f"새{i} 가" for i in range(5)]
    got = codes.encode_many(more)
    assert got[0].split()[0] == "zzy" and got[2].split()[0] == "1000"
    assert [codes.decode(c) for c in got] == more
    assert codes.encode_many([]) == [] and codes.encode_many(["", " \n "]) == ["", ""]
