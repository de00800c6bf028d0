"""A pattern that starts with ``^`` never matches at a position past the string's start.

``pattern.match(text, pos)`` and ``pattern.search(text, pos)`` do not treat ``pos`` as the start of
the string for ``^``: a rule that reads "the sentence starts with …" by ``match(text, s0)`` with an
anchored pattern silently never fires after the first sentence. Until 0.12.0 four rules were dead that
way (``_OF_THESE``, ``_COMPETING``, ``_ORG_SUBJECT``, ``_ANAPHOR_START``). This test reads every rule
module and fails on any module-level anchored pattern called with a position.
"""

from __future__ import annotations

import importlib
import re
from pathlib import Path

import pytest

MODULES = (
    "extract.awards",
    "extract.context",
    "extract.districts",
    "extract.jobs",
    "extract.numerals",
    "extract.programs",
    "extract.text",
    "extract.zones",
)


def _anchored(module: object) -> set[str]:
    return {
        name for name, value in vars(module).items()
        if isinstance(value, re.Pattern) and value.pattern.startswith("^") and not value.flags & re.MULTILINE
    }


def _calls_with_position(source: str, name: str) -> list[int]:
    """Lines where ``name.match/search/fullmatch(...)`` is called with more than one argument."""
    call = re.compile(rf"(?<![\w.]){re.escape(name)}\.(?:match|search|fullmatch)\(([^()]*(?:\([^()]*\)[^()]*)*)\)")
    return [n for n, line in enumerate(source.splitlines(), 1) for m in call.finditer(line) if "," in m.group(1)]


@pytest.mark.parametrize("module_name", MODULES)
def test_no_anchored_pattern_is_called_with_a_position(module_name: str) -> None:
    module = importlib.import_module(module_name)
    source = Path(module.__file__).read_text(encoding="utf-8")  # type: ignore[arg-type]
    bad = {name: lines for name in _anchored(module) if (lines := _calls_with_position(source, name))}
    assert not bad, f"{module_name}: anchored patterns called with a position (never match past 0): {bad}"


def test_the_check_finds_an_anchored_call() -> None:
    source = "x = _P.match(text, s0)\ny = _P.match(text[s0:])\nz = _Q_P.match(text, 3)\n"
    assert _calls_with_position(source, "_P") == [1]


def test_a_mid_text_sentence_start_is_read() -> None:
    from extract import jobs, programs

    text = "첫 문장이다. 이 가운데 청주시민이 210명이다."
    assert jobs._OF_THESE.match(text, text.index("이 가운데"))
    text = "센터가 문을 열었다. ○○창조경제혁신센터는 오는 5일 행사를 연다."
    assert programs._ORG_SUBJECT.match(text, text.index("○○"))
    text = "첫 문장이다. 구는 ‘청년 잇다’를 운영한다."
    assert programs._ANAPHOR_START.match(text, text.index("구는"), len(text))
    text = "모두 30명을 뽑는데 120명이 몰렸다."
    assert jobs._COMPETING.match(text, text.index("이 몰렸"))
