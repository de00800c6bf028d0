"""Districts in further shapes of real coverage (issue #9, fourth tuning round, real_dev_j…m).

Sentences written for the test after the structures of real reports (names valid only earlier or later
dating an undated text, 광역 listed beside a counted district, a headline naming the unit the body calls
"도"/"시"/"군", venues, cooperatives' home towns, rankings against other units, places a list of openings
gives, stems joined by 와 and commas); names and numbers invented.
"""

from __future__ import annotations

import pytest


def districts(out: dict) -> set[str]:
    return set(out["districts"])


FRAME_CASES = [
    # no date and no year: a name the text writes that had ended dates the text before its end
    ("경북 군위군은 2일부터 공공근로 사업에 참여할 주민 180명을 뽑아 읍·면에 배치한다.", None, {},
     {"경상북도 군위군"}),
    ("이천시와 여주군이 지역공동체일자리 사업 평가에서 우수기관으로 뽑혔다.", None, {},
     {"경기도 이천시", "경기도 여주군"}),
    # the outlet's region written under a name that exists only from a later day dates it after that day
    ("곡성군이 지난 5일 면사무소에서 찾아가는 일자리 상담 버스를 운영했다고 밝혔다.", None,
     {"home_region": "전남광주통합특별시"}, {"전남광주통합특별시 곡성군"}),
]


@pytest.mark.parametrize(("text", "published", "hints", "expected"), FRAME_CASES,
                         ids=["ended-prefix-form", "ended-name", "home-region-newer"])
def test_names_of_an_undated_text_follow_what_dates_it(run, text, published, hints, expected):
    assert districts(run(text, published, **hints)) == expected


FRAME_DISTRACTORS = [
    # without such a name the undated text takes today's names (gold README "Undated texts")
    ("곡성군이 지난 5일 면사무소에서 찾아가는 일자리 상담 버스를 운영했다고 밝혔다.", None, {},
     {"전남광주통합특별시 곡성군"}),
    # a publication date decides whatever form the text writes
    ("경북 군위군은 2일부터 공공근로 사업에 참여할 주민 180명을 뽑아 읍·면에 배치한다.", "2024-03-01", {},
     {"대구광역시 군위군"}),
    # the outlet's region under a name valid already says nothing about the day
    ("곡성군이 지난 5일 면사무소에서 찾아가는 일자리 상담 버스를 운영했다고 밝혔다.", None,
     {"home_region": "전라남도"}, {"전라남도 곡성군"}),
]


@pytest.mark.parametrize(("text", "published", "hints", "expected"), FRAME_DISTRACTORS,
                         ids=["no-cue", "published-wins", "home-region-old"])
def test_names_without_a_dating_cue_keep_the_default_day(run, text, published, hints, expected):
    assert districts(run(text, published, **hints)) == expected


PROVINCE_LIST_CASES = [
    # a 광역 joined to a counted district by 와/과 or a comma is an item of the same list
    ("행정안전부는 조기집행 실적이 좋은 대전광역시와 충북도 등 12개 지방자치단체에 교부금을 준다고 밝혔다.",
     {"대전광역시", "충청북도"}),
    ("이 밖에 우수사례 가운데 인천시와 전라남도의 사업이 눈길을 끌었다.", {"인천광역시", "전라남도"}),
    ("중소벤처기업부는 올해 사업 대상으로 제주도, 경상북도, 경북 봉화군 등 3개 지방자치단체를 골랐다.",
     {"제주특별자치도", "경상북도", "경상북도 봉화군"}),
    ("통영시는 경남도, 거제시·고성군과 컨소시엄을 꾸려 공모에 신청했다.",
     {"경상남도 통영시", "경상남도", "경상남도 거제시", "경상남도 고성군"}),
    # a grade lead with a bracketed conferrer or a body noun before the 광역 winners
    ("최우수상(장관상)은 전라남도를 비롯해 광역·기초 자치단체 9곳이 받았다.", {"전라남도"}),
    ("정성평가 우수 지자체는 울산시, 대전시, 경남도였다.", {"울산광역시", "대전광역시", "경상남도"}),
]


@pytest.mark.parametrize(("text", "expected"), PROVINCE_LIST_CASES,
                         ids=["and-etc", "and-possessive", "comma-mixed", "consortium", "bracket-lead", "body-lead"])
def test_a_province_listed_with_counted_districts_counts(run, text, expected):
    assert districts(run(text, "2021-05-05")) == expected


def test_gwangju_among_provinces_is_the_metropolitan_city(run):
    text = ("행정안전부 합동평가에서 경기도가 정량평가 우수 지자체로 뽑혔다. 정성평가 우수 지자체는 대구시, 광주시, "
            "경북도였다.")
    assert districts(run(text, "2020-12-01")) == {"경기도", "대구광역시", "광주광역시", "경상북도"}


@pytest.mark.parametrize(("hints", "expected"), [({"home_region": "경기도"}, {"경기도 광주시"}), ({}, {"광주광역시"})],
                         ids=["gyeonggi-desk", "no-cue"])
def test_the_outlets_region_settles_gwangju_si(run, hints, expected):
    text = "광주시는 올해 예산 300억 원을 들여 일자리 8천 개를 만든다는 목표를 세웠다."
    assert districts(run(text, "2016-04-06", **hints)) == expected


TITLE_CASES = [
    # the body refers to the headline's unit by its kind only
    ("충북도, 노사 협력 평가 최우수기관", "8일 도에 따르면 고용노동부 평가에서 최우수기관으로 뽑혀 표창을 받는다.",
     {"충청북도"}),
    ("예산군, 상반기 채용박람회 열어", "군은 오는 10일 체육관에서 채용박람회를 연다고 밝혔다.", {"충청남도 예산군"}),
    ("구미시 채용박람회에 구직자 몰려", "참가자들은 \"시가 한자리에서 정보를 볼 수 있게 해 줘 고맙다\"고 말했다.",
     {"경상북도 구미시"}),
    # the head speaking: "○○○ 시장은"
    ("논산시, 올해 첫 취업박람회", "박람회에는 구직자 400여 명이 찾았다. 김도윤 시장은 \"일자리를 늘리겠다\"고 말했다.",
     {"충청남도 논산시"}),
]


@pytest.mark.parametrize(("title", "text", "expected"), TITLE_CASES, ids=["do-ttareumyeon", "gun-eun", "si-ga", "sijang"])
def test_the_headline_names_the_unit_the_body_calls_by_its_kind(run, title, text, expected):
    assert districts(run(text, "2014-10-22", title=title)) == expected


TITLE_DISTRACTORS = [
    # the body names another unit of the same kind: "군은" may be that one
    ("예산군, 상반기 채용박람회 열어", "홍성군과 함께 준비했다. 군은 오는 10일 박람회를 연다고 밝혔다.",
     {"충청남도 홍성군"}),
    # no reference by kind in the body
    ("예산군, 상반기 채용박람회 열어", "오는 10일 체육관에서 채용박람회가 열린다.", set()),
    # a headline that does not open with the name
    ("채용박람회 연 예산군", "군은 오는 10일 체육관에서 채용박람회를 연다고 밝혔다.", set()),
    # words that only look like a reference: "시도" (시·도), "…을 도는" (돌다)
    ("서울시, 일자리 평가 1위", "전국 17개 시도 가운데 고용률이 가장 높았다.", set()),
    ("강원도, 일자리 버스 운행", "상담 버스가 정선군을 도는 동안 주민 40명이 찾았다.", set()),
]


@pytest.mark.parametrize(("title", "text", "expected"), TITLE_DISTRACTORS,
                         ids=["other-unit", "no-reference", "not-first", "sido", "doneun-verb"])
def test_a_headline_unit_without_a_reference_adds_nothing(run, title, text, expected):
    assert districts(run(text, "2014-10-22", title=title)) == expected


NOT_ACTOR_CASES = [
    # venues, agencies' seats, a 군청 counter lent to another body, a centre somewhere in the district
    ("증평군이 9월 9일 고양시 킨텍스에서 열린 경영대상 시상식에서 대상을 받았다.", {"충청북도 증평군"}),
    ("고용정보원은 12일 충북 음성군 고용정보원에서 26개 기관에 인증서를 줬다.", set()),
    ("대구지방고용노동청은 16일부터 군위군청 민원실에서 출장소를 운영한다.", set()),
    ("울산시는 동구 조선업희망센터에 원전 일자리 취업 창구를 운영한다.", {"울산광역시"}),
    # a welfare centre labelled with its district; a photo caption of a place
    ("대전시는 공모전에서 동구 한빛복지관이 우수기관으로 뽑혔다고 밝혔다.", {"대전광역시"}),
    ("진안군 귀농귀촌 게스트하우스 전경. 전북도가 귀농 지원에 61억 원을 들인다.", {"전라북도"}),
    # cooperatives and companies with their home towns
    ("고도화 마을기업에는 밀양시 숲속마을영농조합법인과 합천군 산골푸드영농조합법인이 뽑혔다.", set()),
    ("안전행정부는 가평군 '솔뫼골 영농조합' 등 27곳을 마을기업으로 지정했다.", set()),
    ("거창군은 투자 협약을 맺었다. 이 회사는 경북 고령군에 있는 한솔산업사가 규모를 키워 옮겨오는 것이다.",
     {"경상남도 거창군"}),
]


@pytest.mark.parametrize(("text", "expected"), NOT_ACTOR_CASES,
                         ids=["kintex", "agency-seat", "gun-counter", "centre-in", "welfare-centre", "caption",
                              "cooperatives", "quoted-cooperative", "company-sits-in"])
def test_places_and_bodies_named_with_a_district_are_not_actors(run, text, expected):
    assert districts(run(text, "2022-09-01")) == expected


NOT_ACTOR_DISTRACTORS = [
    # the district's own hall used by the district itself, and a centre that reports
    ("송파구는 25일 송파구청 대강당에서 희망 취업박람회를 열었다.", {"서울특별시 송파구"}),
    ("구로구 일자리센터에 따르면 올해 구직자 1천 명이 취업했다.", {"서울특별시 구로구"}),
    # a company named after the district's own cooperative programme is still the district acting
    ("밀양시는 올해 청년 협동조합 10곳을 키운다고 밝혔다.", {"경상남도 밀양시"}),
]


@pytest.mark.parametrize(("text", "expected"), NOT_ACTOR_DISTRACTORS, ids=["own-hall", "centre-reports", "acts"])
def test_districts_acting_beside_places_still_count(run, text, expected):
    assert districts(run(text, "2022-09-01")) == expected


SCOPE_CASES = [
    # a ranking against other units
    ("강진군이 3년 연속 최우수상을 받았다. 전국 지자체 가운데서는 수원시에 이어 두 번째다.", "2020-10-30",
     {"전라남도 강진군"}),
    ("경북도의 사회적기업은 362개로 서울, 경기에 이어 세 번째로 많다.", "2021-07-04", set()),
    # units a figure leaves out, in brackets
    ("인천 8개 구(강화군·옹진군 제외) 가운데 고용률은 서구가 가장 높았다.", "2022-08-23", {"인천광역시 서구"}),
    # the places where something opens
    ("여성가족부가 새일센터를 15곳 더 연다. 새로 생기는 곳은 서울 마포구, 부산 서구, 경기 광명시 등이다.", "2011-01-24",
     set()),
    # a 광역 that only frames one of its own units
    ("사회적기업 육성 우수 자치단체에 13곳이 뽑혔으며, 강원특별자치도에서는 영월군이 유일하다.", "2023-07-04",
     {"강원특별자치도 영월군"}),
    # an evaluation of a 광역 named in passing ("…평가에서도")
    ("남동구는 사회적기업 육성 최우수기관에 뽑혔다. 그 결과 인천시 군·구 평가에서도 줄곧 1위를 지켰다.", "2017-07-07",
     {"인천광역시 남동구"}),
]


@pytest.mark.parametrize(("text", "published", "expected"), SCOPE_CASES,
                         ids=["rank-one", "rank-two", "bracket-excluded", "opens-at", "province-frames", "in-passing"])
def test_units_named_for_scope_or_comparison_are_not_districts(run, text, published, expected):
    assert districts(run(text, published)) == expected


SCOPE_DISTRACTORS = [
    # a 광역 that evaluates, with no unit of its own right after it
    ("경기도에서는 올해 처음 시·군 일자리 평가를 열어 우수 시·군을 뽑는다.", "2019-03-02", {"경기도"}),
    # the list of selected places (not where something opens) stays a list of districts
    ("올해 선정된 곳은 서울 마포구, 부산 서구 등이다.", "2011-01-24", {"서울특별시 마포구", "부산광역시 서구"}),
    # "…평가에서" (not 에서도) still makes the 광역 the evaluator
    ("밀양시가 경남도의 2013년 지역 일자리공시제 시ㆍ군 평가에서 우수기관으로 뽑혔다.", "2014-02-03",
     {"경상남도 밀양시", "경상남도"}),
]


@pytest.mark.parametrize(("text", "published", "expected"), SCOPE_DISTRACTORS, ids=["evaluates", "selected", "evaluator"])
def test_acting_units_next_to_scope_words_still_count(run, text, published, expected):
    assert districts(run(text, published)) == expected


STEM_CASES = [
    # bare stems joined by 와 and commas, all 시·군 of the 광역 the article names
    ("충북도는 농촌인력중개센터 5곳을 운영한다. 센터는 충주와 제천, 옥천, 영동, 단양에 들어서며 도는 한 곳에 7천만원씩 준다.",
     {"충청북도", "충청북도 충주시", "충청북도 제천시", "충청북도 옥천군", "충청북도 영동군", "충청북도 단양군"}),
    # a 광역's short name among the stems of another 광역's 시
    ("경기도는 올해 시·군 종합평가에서 성남·광주·양주시를 최우수 시·군으로 뽑았다.",
     {"경기도", "경기도 성남시", "경기도 광주시", "경기도 양주시"}),
    # a stem with its own grade as the subject
    ("전남 시·군 가운데 보성군이 1등급을 받았다. 나주는 가장 낮은 5등급이었다.", {"전라남도 보성군", "전라남도 나주시"}),
    # the 광역's own job centre reports its results
    ("경기도 일자리센터가 문을 연 지 6개월 만에 올해 목표를 넘어섰다.", {"경기도"}),
]


@pytest.mark.parametrize(("text", "expected"), STEM_CASES, ids=["wa-commas", "gwangju-si", "grade-subject", "own-centre"])
def test_stems_and_centres_name_districts(run, text, expected):
    assert districts(run(text, "2023-01-26")) == expected


STEM_DISTRACTORS = [
    # stems joined by commas only, then "등 도시별 …에서": places
    ("경남도는 창원, 김해, 양산 등 도시별 청년카페에서 상담을 한다.", {"경상남도"}),
    # 와 between ordinary words, not stems
    ("충북도는 사업과 예산, 인력을 함께 점검했다.", {"충청북도"}),
]


@pytest.mark.parametrize(("text", "expected"), STEM_DISTRACTORS, ids=["commas-places", "not-stems"])
def test_lists_that_are_not_stem_lists_add_nothing(run, text, expected):
    assert districts(run(text, "2023-01-26")) == expected


BODY_NAME_CASES = [
    # a 기초 named only inside its bodies' names, referred to as "군"
    ("노인일자리 사업은 노인회 서천군지회와 서천군노인복지관이 맡는다. 군에 따르면 올해 일자리는 2천 개다.",
     {"충청남도 서천군"}),
    # a notice signed by the 면 office of the 시 on its last line
    ("공공근로 참여자를 다음과 같이 모집합니다.\n1. 접수: 주소지 행정복지센터\n\n천안시 성환읍", {"충청남도 천안시"}),
]


@pytest.mark.parametrize(("text", "expected"), BODY_NAME_CASES, ids=["glued-bodies", "signature"])
def test_units_named_only_by_their_bodies_or_offices(run, text, expected):
    assert districts(run(text, "2023-07-20")) == expected


BODY_NAME_DISTRACTORS = [
    # the bodies' names alone, no reference by kind: no district
    "노인회 군산시지회가 수행기관 평가에서 최고 등급을 받았다. 회장은 참여 어르신들 덕분이라고 말했다.",
    # bodies of two different 기초: undecided
    "청양군지회와 서천군노인복지관이 사업을 맡는다. 군에 따르면 올해 일자리는 2천 개다.",
    # an address in the text, not a signature line
    "접수는 천안시 성환읍 행정복지센터에서 받는다.",
]


@pytest.mark.parametrize("text", BODY_NAME_DISTRACTORS, ids=["no-reference", "two-units", "address"])
def test_bodies_and_addresses_alone_name_no_district(run, text):
    assert districts(run(text, "2023-07-20")) == set()
