"""Extractor 0.44.0 (extract/RULES.md "0.44.0"): stories that name their district only through its own job centre, a
읍·면 office or a head standing in. Each sentence is written for this file (none is copied from an article or a gold
set); the cases the change settles stand next to look-alikes it must leave as they were."""

from __future__ import annotations

import pytest

DISTRICTS = [
    # a 시·군·구's own job centre, its name glued to the unit's, as the story's actor
    ("glued-city-centre",
     "양산시일자리센터가 다음 달 3일부터 읍·면을 돌며 '찾아가는 취업상담'을 연다. 상담사 두 명이 구직 등록을 받는다.",
     ["경상남도 양산시"]),
    # a 광역's own job centre, named by the 광역's short name glued to it
    ("glued-province-centre",
     "대전일자리지원센터는 올해 상반기 구직자 1,200여명을 기업에 연결했다. 센터는 하반기에도 면접 행사를 이어 간다.",
     ["대전광역시"]),
    # a 읍·면 office acting for its 시
    ("office-of-a-township",
     "상주시 모동면 행정복지센터는 지난 14일 면민회관에서 노인일자리 참여자 52명과 발대식을 열었다.",
     ["경상북도 상주시"]),
    # the head's stand-in in brackets after the 광역's name
    ("acting-governor",
     "제주특별자치도(도지사 권한대행 한정민)는 지난 5일 서귀포에 여성 일자리 상담 창구를 열었다고 밝혔다.",
     ["제주특별자치도"]),
    # look-alikes: the 광역's centre named in a 군's story is the 군's story; the ministry's 고용센터 is no unit's
    # centre; a 읍·면 office as the venue names only where
    ("province-centre-in-a-county-story",
     "음성군은 충북일자리지원센터가 주관한 시·군 일자리센터 우수사례 경진대회에서 1위에 올랐다고 7일 밝혔다.",
     ["충청북도 음성군"]),
    ("ministry-employment-office",
     "울산고용센터가 조선 배관 분야 구직자를 위한 채용 설명회를 연다고 고용노동부가 밝혔다.",
     []),
    ("office-as-venue",
     "상주시 모동면 행정복지센터에서 열린 교육에는 주민 30여 명이 참석했다.",
     []),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in DISTRICTS], ids=[c[0] for c in DISTRICTS])
def test_districts_named_through_their_offices(run, text, expected):
    assert run(text, published=None)["districts"] == expected


def test_a_centre_named_district_owns_the_centres_facts(run):
    out = run("양산시일자리센터가 이달 20일부터 '찾아가는 일자리센터'를 연다. 센터는 구직자 40명을 모집한다.",
              published="2024-05-02")
    assert out["districts"] == ["경상남도 양산시"]
    assert {(p["district"], p["name"]) for p in out["programs"]} >= {("경상남도 양산시", "찾아가는 일자리센터")}
    assert [(j["district"], j["value"]) for j in out["job_counts"]] == [("경상남도 양산시", 40)]
