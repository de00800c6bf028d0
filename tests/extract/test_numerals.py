"""Korean numerals → integers."""

from __future__ import annotations

import pytest

from extract.numerals import COUNT, parse_korean_number


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("1만3,752개", 13752, "개"),
        ("1만 3,752개", 13752, "개"),
        ("2만 2,023개", 22023, "개"),
        ("13,300개", 13300, "개"),
        ("132명", 132, "명"),
        ("3천 명", 3000, "명"),
        ("1만여 개", 10000, "개"),
        ("약 500명", 500, "명"),
        ("1,200여 명", 1200, "명"),
        ("1만4천개", 14000, "개"),
    ],
    ids=["man-comma", "man-space", "2man", "comma", "plain", "cheon", "man-yeo", "yak", "yeo", "man-cheon"],
)
def test_count_forms(text, value, unit):
    m = COUNT.search(text)
    assert m is not None
    assert parse_korean_number(m.group("num")) == value
    assert m.group("unit") == unit


def test_not_a_number():
    assert parse_korean_number("만") is None
    assert COUNT.search("만 18세 청년") is None
