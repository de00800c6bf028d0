"""Extractor 0.42.0 (extract/RULES.md "0.42.0"). Each sentence is written for this file (none is copied from an article
or a gold set); the cases each change settles stand next to look-alikes it must leave as they were."""

from __future__ import annotations

import pytest

from extract.text import sentence_spans

from .conftest import award_keys

# Who receives a grade: an office's department named in the sentence is no topic of the prize ("문화관광체육국이"
# before the 시·군 that win a jobs evaluation) and no district's receiver ("도시재생과가 최우수"); a district entering a
# contest as the sentence's subject wins its prize; a 광역 that evaluates "도내 시·군을 대상으로" is not the winner;
# "뽑히기도 했다" tells a prize
RECEIVERS = [
    ("department-before-the-winners",
     "경북도, 1분기 일자리 평가\n경북도는 1분기 일자리사업을 잘 추진한 부서와 기관을 뽑았다. 우수부서는 도 본청 "
     "문화관광체육국이, 시·군은 포항시와 영천시, 성주군이 우수기관으로 뽑혀 상패를 받았다.",
     "2016-04-20",
     {("경상북도 포항시", 2016, "우수"), ("경상북도 영천시", 2016, "우수"), ("경상북도 성주군", 2016, "우수")}),
    ("district-entering-a-contest",
     "김천시, 우수사례 공모전 최우수\n영주시가 경상북도가 전국을 대상으로 공모한 '2012 일자리창출 우수사례 공모전'에서 "
     "최우수상을 받았다.",
     "2012-11-20",
     {("경상북도 영주시", 2012, "최우수")}),
    ("province-evaluating-its-units",
     "성남시, 일자리창출 최우수\n성남시가 일자리 창출에 힘을 쏟고 있다. 시는 올 상반기 경기도가 도내 31개 시·군을 대상으로 "
     "벌인 일자리창출 사업 평가에서 최우수기관으로 뽑혔다.",
     "2010-09-15",
     {("경기도 성남시", 2010, "최우수")}),
    ("chosen-too",
     "군위군, 공공일자리 확대\n한편 의성군은 취약계층 공공일자리를 늘린 결과, 2018년도 행정안전부 일자리사업 신속집행 "
     "추진실적 평가에서 최우수군으로 뽑히기도 했다.",
     "2019-03-10",
     {("경상북도 의성군", 2018, "최우수")}),
    # look-alikes: departments as the winners of an office's own contest, the grade named before the department that
    # received it, a department that submitted the 도's winning entry, entries counted as the winners of the
    # district's own call, people counted as the winners of a contest the district's residents entered
    ("departments-win",
     "밀양시 우수사례 발표회\n밀양시는 부서별 일자리 우수사례를 평가했다. 그 결과 도시재생과가 최우수, 보건위생과가 우수로 "
     "뽑혔다. 최우수를 받은 도시재생과의 '삼문동 뉴딜사업'은 높은 점수를 받았다.",
     "2020-12-21",
     set()),
    ("department-submits-the-entry",
     "제주 마을 프로젝트 우수사업\n제주도는 고용노동부가 주관한 '2019년 전국 지방자치단체 일자리대상'에서 도 일자리과가 "
     "낸 '이웃마을 잇기 프로젝트'가 우수상(우수사업 분야)을 받았다고 4일 밝혔다.",
     "2019-12-04",
     {("제주특별자치도", 2019, "우수")}),
    ("entries-of-the-districts-call",
     "광주시, 일자리 아이디어 공모전 결과\n광주광역시가 시민 일자리 아이디어 공모전을 연 결과 '생활 방역 매니저 양성사업'과 "
     "'골목 돌봄 지킴이 사업' 2건이 우수상을 받았다고 8일 밝혔다.",
     "2019-11-08",
     set()),
    ("residents-win-a-contest",
     "강북구민, 청년 도전 공모전 수상\n서울 강북구는 고용노동부가 연 '2025 청년 도전 지원 사업 우수사례 공모전' 청년 "
     "부문에서 구민 2명이 최우수상과 장려상을 하나씩 받았다고 20일 밝혔다.",
     "2025-11-20",
     set()),
]


@pytest.mark.parametrize("text,published,expected", [c[1:] for c in RECEIVERS], ids=[c[0] for c in RECEIVERS])
def test_who_receives_the_grade(run, text, published, expected):
    assert award_keys(run(text, published=published)) == expected


# Lists and histories: winners labelled by level between them ("광역 시·도 가운데 A가, 기초 시 가운데 B가 각각",
# "… (기초)가, 광역에서는 C가"), and a relative year as an item of a history ("2023년 최우수상, 지난해 대상에 이어")
LISTS = [
    ("levels-labelled-between-winners",
     "2010 일자리 대상 시상\n노동부는 2010년 지역 일자리 창출 우수 자치단체를 시상했다. 종합대책 부문에서는 광역 시·도 가운데 "
     "충청남도가, 기초 시 가운데 경상북도 구미시가 각각 대상을 받았다.",
     "2010-12-17",
     {("충청남도", 2010, "대상"), ("경상북도 구미시", 2010, "대상")}),
    ("province-after-its-units-label",
     "대구 달서구 일자리공시제 우수\n2011년도 지역 일자리공시제 평가 결과 대구에서는 달서구와 수성구(기초)가, 광역에서는 "
     "대구광역시가 우수자치단체로 뽑혔다.",
     "2012-02-20",
     {("대구광역시 달서구", 2011, "우수"), ("대구광역시 수성구", 2011, "우수"), ("대구광역시", 2011, "우수")}),
    ("relative-year-in-a-history",
     "전남도, 노인일자리 평가 최우수\n전남도는 올해 노인일자리 지원사업 종합평가에서 최우수상을 받았다. 전남도는 2023년 "
     "우수상, 지난해 대상에 이어 3년 내리 좋은 평가를 받았다.",
     "2025-07-13",
     {("전라남도", 2025, "최우수"), ("전라남도", 2023, "우수"), ("전라남도", 2024, "대상")}),
    # look-alike: a province that only organises, named before its units' list
    ("organiser-before-the-list",
     "경남 일자리 평가\n경상남도는 시·군 일자리 평가 결과 창원시와 김해시가 우수기관으로 뽑혔다고 밝혔다.",
     "2015-12-10",
     {("경상남도 창원시", 2015, "우수"), ("경상남도 김해시", 2015, "우수")}),
]


@pytest.mark.parametrize("text,published,expected", [c[1:] for c in LISTS], ids=[c[0] for c in LISTS])
def test_lists_and_histories(run, text, published, expected):
    assert award_keys(run(text, published=published)) == expected


# A 광역's branded scheme ("경남형 예비사회적기업", "대구형 희망플러스 일자리사업") makes the 광역 a district of the story
# (gold README: a 광역's "○○형" scheme belongs to it and to the 기초 that runs it); the 광역 owns none of the
# sentence's facts for that
BRANDS = [
    ("brand-in-a-gun-story",
     "거창군, 예비사회적기업 2곳 지정\n거창군은 올해 2차 경남형 예비사회적기업 지정 공모에서 2곳이 뽑혔다고 밝혔다.",
     ["경상남도 거창군", "경상남도"]),
    ("brand-in-quotes",
     "수성구, 공공근로 참여자 모집\n수성구가 '3단계 대구형 희망플러스 일자리사업'에 참여할 구민 480명을 모집한다.",
     ["대구광역시 수성구", "대구광역시"]),
    # look-alike: a 광역's short name that is no brand ("경남 지역 청년")
    ("no-brand",
     "거창군, 청년 일자리 사업\n거창군은 경남 지역 청년 20명을 뽑는다고 밝혔다.",
     ["경상남도 거창군"]),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in BRANDS], ids=[c[0] for c in BRANDS])
def test_province_brand_is_a_district(run, text, expected):
    assert run(text, published="2020-07-20")["districts"] == expected


def test_brand_owns_no_count(run):
    out = run("수성구, 공공근로 참여자 모집\n수성구가 '3단계 대구형 희망플러스 일자리사업'에 참여할 구민 480명을 모집한다.",
              published="2020-07-20")
    assert {(c["district"], c["value"]) for c in out["job_counts"]} == {("대구광역시 수성구", 480)}


# Programme names with a count of their parts or an idiom ("청년일자리 6대 프로젝트", "1석5조 …"): a name, not a sum
NAMES = [
    ("parts-counted-in-the-name",
     "전남 나주시는 전남도의 '블루이코노미 청년일자리 6대 프로젝트'와 엮은 청년 일자리 사업을 넓혔다.",
     "블루이코노미 청년일자리 6대 프로젝트"),
    ("idiom-in-the-name",
     "인천시는 '1석5조 인천청년사랑 프로젝트'와 면접 지원 서비스 등 주요 사업의 계획을 1월 중 세운다.",
     "1석5조 인천청년사랑 프로젝트"),
]


@pytest.mark.parametrize("text,name", [c[1:] for c in NAMES], ids=[c[0] for c in NAMES])
def test_counted_words_inside_names(run, text, name):
    assert name in {p["name"] for p in run(text, published="2019-01-10")["programs"]}


def test_vehicles_counted_are_no_name(run):
    # look-alike: a count of vehicles in a phrase is a target, no name
    out = run("시는 '전기차 300대 보급 사업'으로 충전소도 늘린다.", published="2019-01-10")
    assert not any("300대" in p["name"] for p in out["programs"])


# Winners' entries: "A의 '…', B의 '…', 경북 C의 '…'은 우수상을" gives each district the grade, also when an entry's
# title holds other-topic words ("… 지역특화 농업") or an exclamation ("… 만들기! …")
ENTRIES = [
    ("possessive-list-with-prefix",
     "지역 사업 수상\n고용노동부가 연 '2013 전국 지방자치단체 일자리 경진대회'에서 대구·경북 자치단체의 사업이 상을 "
     "휩쓸었다. 대구 동구의 '골목 청년일자리 창출사업', 달성군의 '강변 힐링센터 조성사업', 경북 상주시의 '곶감 농가가 "
     "일구는 지역특화 농업'은 우수상을 받았다.",
     {("대구광역시 동구", 2013, "우수"), ("대구광역시 달성군", 2013, "우수"), ("경상북도 상주시", 2013, "우수")}),
    ("exclamation-inside-an-entry",
     "지역 사업 수상\n고용노동부가 연 '2013 전국 지방자치단체 일자리 경진대회'에서 대구·경북 자치단체의 사업이 상을 "
     "휩쓸었다. 대구 동구의 '골목 청년일자리 창출사업', 경북 상주시의 '곶감 협동조합 만들기! 농가가 일구는 특화 "
     "농업'은 우수상을 받았다.",
     {("대구광역시 동구", 2013, "우수"), ("경상북도 상주시", 2013, "우수")}),
    # look-alike: an other-topic prize named in quotes before the grade is still another topic
    ("other-topic-prize-quoted",
     "상주시 수상\n상주시가 '2013 지역특화 농업 경진대회'에서 우수상을 받았다.",
     set()),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in ENTRIES], ids=[c[0] for c in ENTRIES])
def test_entries_of_winners(run, text, expected):
    assert award_keys(run(text, published="2013-09-05")) == expected


def test_exclamation_inside_a_quoted_name_ends_no_sentence():
    text = "경북 상주시의 '곶감 만들기! 농가 특화 사업'은 우수상을 받았다. 그는 '좋다!' 고 말했다. \"정말 고맙다!\" 그가 말했다."
    assert [text[a:b] for a, b in sentence_spans(text)] == [
        "경북 상주시의 '곶감 만들기! 농가 특화 사업'은 우수상을 받았다.",
        "그는 '좋다!' 고 말했다.",
        "\"정말 고맙다!\"",
        "그가 말했다.",
    ]
