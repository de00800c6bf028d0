"""Rules of extractor 0.14.0 (extract/RULES.md "0.14.0"), each sentence written for this file (none is copied from
an article or a gold set); each table holds a convention next to its look-alikes."""

from __future__ import annotations

import pytest

from extract.gazetteer import era_periods, sexagenary_year

GN = "경상남도"


# --- districts: the members a group word introduces in brackets, and the stems closing a △ list's items ----------
GROUPS = [
    ("bracketed-members-as-subject",
     "경남도와 진주시가 주최하고 서부권 5개 시·군(사천, 남해, 하동, 산청, 함양)이 함께 주관하는 채용박람회가 열린다.",
     {GN, f"{GN} 진주시", f"{GN} 사천시", f"{GN} 남해군", f"{GN} 하동군", f"{GN} 산청군", f"{GN} 함양군"}),
    ("bracketed-members-with-dots",
     "경남도는 도내 시·군(밀양·창녕·의령)을 일자리 우수 시·군으로 뽑았다.",
     {GN, f"{GN} 밀양시", f"{GN} 창녕군", f"{GN} 의령군"}),
    ("stems-closing-bullet-items",
     "경기도는 시군 맞춤형 공모사업 결과를 내놓았다. 뽑힌 시군과 사업은 △반려식물 관리사 양성과정(구리) "
     "△청년 창업 길잡이(양주) △중장년 재취업 교실(군포)이다.",
     {"경기도", "경기도 구리시", "경기도 양주시", "경기도 군포시"}),
    # look-alikes: neighbours a fair links with; companies' home towns; one bracketed stem after a scheme
    ("neighbours-between",
     "청주시는 이웃 시군(보은·증평·괴산) 사이 일자리를 잇는 매칭관을 운영했다.",
     {"충청북도 청주시"}),
    ("companies-home-towns",
     "경기도는 우수기업으로 동서정밀(수원), 한빛광학(성남), 새솔테크(용인)를 인증했다.",
     {"경기도"}),
    ("one-bracketed-stem",
     "경기도는 시군 공모사업으로 △청년 창업 길잡이(양주)를 새로 뽑았다.",
     {"경기도"}),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in GROUPS], ids=[c[0] for c in GROUPS])
def test_group_members(run, text, expected):
    assert set(run(text, published="2024-05-09")["districts"]) == expected


# --- districts: stems before their towns' centres or "지역의" are places, not actors --------------------------------
PLACES = [
    ("towns-of-centres",
     "부산시는 부산광역자활센터가 최우수기관에 뽑혔고, 금정·동래·사하 등 3개 지역자활센터가 우수기관으로 선정됐다고 밝혔다.",
     {"부산광역시"}),
    ("area-of-activity",
     "서대문구는 중장년 참여자들이 서대문·마포·은평 지역의 여러 기관에서 활동한다고 밝혔다.",
     {"서울특별시 서대문구"}),
    # look-alike: the same list as subjects
    ("stems-as-subjects",
     "부산시는 금정·동래·사하가 일자리 평가에서 우수구로 뽑혔다고 밝혔다.",
     {"부산광역시", "부산광역시 금정구", "부산광역시 동래구", "부산광역시 사하구"}),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in PLACES], ids=[c[0] for c in PLACES])
def test_stems_as_places(run, text, expected):
    assert set(run(text, published="2017-12-19")["districts"]) == expected


# --- time frame: a sexagenary year dates an undated text --------------------------------------------------------
@pytest.mark.parametrize("name,year", [("정유", 2017), ("갑오", 2014), ("경인", 2010), ("병오", 2026), ("갑자", 2044)])
def test_sexagenary_year(name, year):
    assert sexagenary_year(name[0], name[1]) == year


def test_no_sexagenary_year_for_a_mismatched_pair_or_a_war():
    assert sexagenary_year("갑", "축") is None
    assert era_periods("임진왜란 때의 일이다.") == []


def test_a_sexagenary_year_gives_the_names_of_its_year(run):
    text = "광주 북구가 지난해 일자리 9천여 개를 만들었다. 구청장은 \"정유년에도 일자리를 늘리겠다\"고 말했다."
    assert run(text, published=None)["districts"] == ["광주광역시 북구"]
    # look-alike: with no year at all, the names of today (the 2026 merger)
    assert run(text.replace("정유년에도", "올해도"), published=None)["districts"] == ["전남광주통합특별시 북구"]


# --- programmes: quotes paired as written; a clause before a defined name --------------------------------------
def test_a_long_quote_does_not_shift_the_pairing(run):
    text = ("'지역맞춤형 부문'에서는 경북도의 '경북 자동차부품 벨트 주간 2교대 전환에 따른 생산관리·물류 전문인력 양성사업', "
            "대구시의 '성서산단 기계·전자 분야 여성 일자리 창출사업'이 우수상을 받았다.")
    names = {p["name"] for p in run(text, published="2013-11-05")["programs"]}
    assert "경북 자동차부품 벨트 주간 2교대 전환에 따른 생산관리·물류 전문인력 양성사업" in names
    assert "성서산단 기계·전자 분야 여성 일자리 창출사업" in names
    assert not any(n.startswith((",", "대구시의")) for n in names)


def test_names_quoted_inside_long_speech_are_kept(run):
    text = ('남동구 관계자는 "하반기에는 구민이 바라는 대로 \'남동 청년 디딤돌 사업\'을 새로 열어 더 많은 청년이 '
            '일자리를 찾도록 하겠다"고 말했다.')
    assert {p["name"] for p in run(text, published="2019-06-05")["programs"]} == {"남동 청년 디딤돌 사업"}


def test_a_clause_before_a_defined_name_is_no_name(run):
    text = ("인천시는 청년 정책 예산을 늘렸다. 올해 새로 시작하는 '청년 구직 지원카드'는 형편이 어려운 미취업 청년에게 "
            "구직활동비를 주는 사업이다.")
    assert [(p["district"], p["name"]) for p in run(text, published="2019-01-20")["programs"]] == [
        ("인천광역시", "청년 구직 지원카드")]


# --- awards: the conferrer's prize in brackets after 대상; 위임사무 evaluations are another topic ----------------
AWARDS = [
    ("daesang-with-conferrer",
     "원주시가 보건복지부 주관 노인일자리사업 평가에서 상을 받았다. 시는 이번 평가에서 공익활동 부문 대상(장관표창)을 받았다.",
     {("강원도 원주시", 2017, "대상")}),
    ("daesang-as-target-group",
     "원주시는 노인일자리사업 대상(만 65세 이상)을 넓혔다.",
     set()),
    ("delegated-affairs-evaluation",
     "충남도는 2017년 위임사무 시·군 평가 우수기관으로 논산시와 서천군을 뽑았다.",
     set()),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in AWARDS], ids=[c[0] for c in AWARDS])
def test_awards(run, text, expected):
    assert {(a["district"], a["year"], a["grade"]) for a in run(text, published="2017-06-01")["awards"]} == expected


# --- job counts: insured workers are labour statistics ----------------------------------------------------------
def test_insured_workers_are_statistics(run):
    text = ("거창군은 일자리 평가에서 우수상을 받았다고 밝혔다. 지난 6월 기준 거창지역 사업장의 직장건강보험 가입 현황은 "
            "2,410곳, 2만1,380명으로 2014년(1,520곳, 1만4,260명)보다 사업장은 890곳, 가입자는 7,120명 늘었다.")
    assert run(text, published="2017-09-01")["job_counts"] == []
    # look-alike: the 시's own placements in the same story
    text2 = "밀양시는 올해 일자리센터를 통해 구직자 1,250명을 취업시켰다고 밝혔다."
    assert [(j["value"], j["kind"]) for j in run(text2, published="2017-09-01")["job_counts"]] == [(1250, "employed")]


def test_a_past_adnominal_count_stays_a_result(run):
    text = "영월군은 지난해 20억원을 들여 1천240명의 일자리를 만든 데 이어, 올해는 3천150명의 일자리를 만들 방침이다."
    got = {(j["value"], j["kind"]) for j in run(text, published="2019-03-01")["job_counts"]}
    assert got == {(1240, "created"), (3150, "target")}


# --- district focus: "시는" names the main 시 that acts, not a city named once for comparison -------------------
def test_the_anaphor_takes_the_acting_city_over_a_compared_one(run):
    text = ("인천시의 청년 고용률이 다섯 분기 내리 1위를 지켰다. 지난해 청년 고용률도 48.1%로 서울(46.3%), 부산(40.2%) "
            "등 다른 대도시를 앞섰다고 인천시가 16일 밝혔다.\n시는 그동안 '다문화 여성 사장 만들기 프로젝트' 등을 추진했다.")
    assert [(p["district"], p["name"]) for p in run(text, published="2019-01-16")["programs"]] == [
        ("인천광역시", "다문화 여성 사장 만들기 프로젝트")]


def test_stems_listed_before_their_group(run):
    text = "경기도는 공모에서 수원, 용인, 안성, 가평 등 4개 시군을 지원 대상으로 골랐다고 밝혔다."
    assert set(run(text, published="2025-03-18")["districts"]) == {
        "경기도", "경기도 수원시", "경기도 용인시", "경기도 안성시", "경기도 가평군"}
    # look-alike: places of the same kind named for a tour, with no group word after them
    tour = "경기도는 일자리버스를 수원, 용인, 안성에서 운영한다."
    assert set(run(tour, published="2025-03-18")["districts"]) == {"경기도"}
