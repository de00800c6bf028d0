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
        ("1천200개", 1200, "개"),
        ("1천4백여 개", 1400, "개"),
        ("2천5백 명", 2500, "명"),
        ("1만 2천여 개", 12000, "개"),
        ("1만 5천 개", 15000, "개"),
        ("2,500개 이상", 2500, "개"),
        ("1백 명", 100, "명"),
        ("3만2천5백 명", 32500, "명"),
    ],
    ids=["man-comma", "man-space", "2man", "comma", "plain", "cheon", "man-yeo", "yak", "yeo", "man-cheon",
         "cheon-digits", "cheon-baek-yeo", "cheon-baek", "man-space-cheon-yeo", "man-space-cheon", "comma-isang",
         "baek", "man-cheon-baek"],
)
def test_count_forms(text, value, unit):
    m = COUNT.search(text)
    assert m is not None
    assert parse_korean_number(m.group("num")) == value
    assert m.group("unit") == unit


def test_baek_man_groups():
    assert parse_korean_number("2천5백만") == 25_000_000  # 만 multiplies the whole group before it
    assert parse_korean_number("1.5만") == 15000


def test_not_a_number():
    assert parse_korean_number("만") is None
    assert COUNT.search("만 18세 청년") is None
