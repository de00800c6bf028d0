"""``text._event_match`` answers like the evaluation-name pattern it guards, only without its slow failures."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from extract import text as T

GOLD = Path(__file__).parent / "gold"

CASES = [
    ("2019년 전국 지방자치단체 일자리대상에서 우수상을 받았다.", True),
    ("2021년 '상반기 일자리 창출' 시상에서 최우수로 뽑혔다.", True),
    ("2012년 '최우수 일자리센터'에 이름을 올렸다.", True),
    ("2018년 구·군 일자리창출 실적평가 결과를 발표했다.", True),
    ("2020년 청년 일자리 사업을 시작했다. 평가는 다음 달에 한다.", False),  # the word only after the stop
    ("2023년 일자리 1만 개를 만들었다", False),
    ("", False),
]


@pytest.mark.parametrize(("sentence", "found"), CASES)
def test_event_match_equals_the_pattern(sentence, found):
    pos = sentence.find("년") + 1 if "년" in sentence else 0
    fast, slow = T._event_match(sentence, pos), T._EVENT_AFTER.match(sentence, pos)
    assert (fast and fast.span()) == (slow and slow.span())
    assert (fast is not None) == found


def test_event_match_equals_the_pattern_after_every_year_of_real_texts():
    texts = [
        json.loads(line)["text"]
        for name in ("real_dev_a.jsonl", "real_dev_j.jsonl", "real_dev_n.jsonl")
        for line in (GOLD / name).read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    checked = 0
    for text in texts:
        for year in T.find_years(text, None):
            fast, slow = T._event_match(text, year.end), T._EVENT_AFTER.match(text, year.end)
            assert (fast and fast.span()) == (slow and slow.span()), text[year.end : year.end + 60]
            checked += 1
    assert checked > 400

