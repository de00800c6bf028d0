"""Award names and programme names compared the way Korean text writes them (extract/vocab.py)."""

from __future__ import annotations

from extract.vocab import canonical_award, squash


def test_the_hangul_araea_dot_is_a_middle_dot():
    assert squash("시ㆍ군 협동평가") == squash("시·군 협동평가") == "시군협동평가"
    assert squash("청년ㆍ여성 일자리") == squash("청년 · 여성 일자리")


def test_an_award_name_written_with_the_araea_dot_is_shown_with_the_middle_dot():
    assert canonical_award("지역 일자리공시제 시ㆍ군   협동평가") == "지역 일자리공시제 시·군 협동평가"


def test_letters_and_digits_are_kept():
    assert squash("U턴 청년 1000 프로젝트!") == "u턴청년1000프로젝트"
