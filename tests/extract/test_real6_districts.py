"""Districts in further shapes of real coverage (issue #9, fifth tuning round, real_dev_n…q).

Sentences written for the test after the structures of real reports (central bodies and terms of office
dating an undated text, the city an event is held in, officials' employers, statistics and scores by
광역, 광역 short names in mixed winners' lists, same-name units with their 광역 in brackets, a 광역's own
funds and calls, names written without their space, datelines, members of a counted group); names and
numbers invented.
"""

from __future__ import annotations

import pytest


def districts(out: dict) -> set[str]:
    return set(out["districts"])


FRAME_CASES = [
    # a central body that existed only in one period dates an undated text with no year
    ("행정자치부는 지방규제개혁 우수기관으로 강원도와 전북도를 골랐다고 밝혔다.", None, {},
     {"강원도", "전라북도"}),
    ("안전행정부가 주관한 평가에서 강원 횡성군이 우수기관으로 뽑혔다.", None, {}, {"강원도 횡성군"}),
    ("지역발전위원회는 전라북도의 '농촌 일자리 잇기' 사업을 우수사례로 뽑았다.", None, {}, {"전라북도"}),
    # a term of office begun after the default day dates the text after its start
    ("민선 9기 첫해를 맞아 곡성군은 읍·면을 도는 일자리 상담 버스를 운영한다.", None, {},
     {"전남광주통합특별시 곡성군"}),
    # the outlet's region under its full name of a period that had ended
    ("도는 올해 시·군 공무원을 대상으로 인구 정책 실적을 평가해 포상하기로 했다.\n강원도가 밝힌 포상금은 9백만원이다.",
     None, {"home_region": "강원도"}, {"강원도"}),
]


@pytest.mark.parametrize(("text", "published", "hints", "expected"), FRAME_CASES,
                         ids=["ministry-2014-2017", "ministry-2013-2014", "committee-2009-2018", "term-9",
                              "home-region-ended"])
def test_undated_text_is_read_in_the_period_its_names_belong_to(run, text, published, hints, expected):
    assert districts(run(text, published, **hints)) == expected


FRAME_DISTRACTORS = [
    # a body that exists again today dates nothing
    ("행정안전부는 지방규제혁신 우수기관으로 강원도와 전북도를 골랐다고 밝혔다.", None, {},
     {"강원특별자치도", "전북특별자치도"}),
    # a publication date decides whatever body the text names
    ("행정자치부가 주관한 평가에서 강원 횡성군이 우수기관으로 뽑혔다.", "2024-03-01", {},
     {"강원특별자치도 횡성군"}),
    # a term of office already begun says nothing ("민선 8기" on the default day)
    ("민선 8기 공약에 따라 곡성군은 읍·면을 도는 일자리 상담 버스를 운영한다.", None, {}, {"전라남도 곡성군"}),
    # the outlet's region under today's name
    ("도는 올해 시·군 공무원을 대상으로 인구 정책 실적을 평가해 포상하기로 했다.\n강원도가 밝힌 포상금은 9백만원이다.",
     None, {"home_region": "강원특별자치도"}, {"강원특별자치도"}),
]


@pytest.mark.parametrize(("text", "published", "hints", "expected"), FRAME_DISTRACTORS,
                         ids=["ministry-today", "published-wins", "term-running", "home-region-today"])
def test_names_without_a_period_cue_keep_their_day(run, text, published, hints, expected):
    assert districts(run(text, published, **hints)) == expected


VENUE_CASES = [
    # the city where a ceremony or an event takes place
    ("대구 달서구는 지난 13일 충북 청주시에서 열린 '2023 일자리 정책 시상식'에서 우수상을 받았다.",
     {"대구광역시 달서구"}),
    ("부산 사하구는 경기도 고양시에서 개최된 박람회에서 구정 홍보관을 운영했다.", {"부산광역시 사하구"}),
    # a hall of the city's residents, a room of a chamber, the front of an office building
    ("올해 두 번째 채용박람회는 오는 23일 평택시민회관에서 열린다. 경기도는 박람회를 31차례 연다.", {"경기도"}),
    ("시상식은 서울 중구 대한상공회의소 국제회의장에서 열렸다. 이날 전남 보성군이 대상을 받았다.",
     {"전라남도 보성군"}),
    ("공공근로 참여자들이 2일 오전 마포구청 앞에서 화단을 가꾸고 있다.", set()),
]


@pytest.mark.parametrize(("text", "expected"), VENUE_CASES,
                         ids=["held-in-city", "hosted-in-city", "residents-hall", "chamber-room", "office-front"])
def test_venues_are_not_districts(run, text, expected):
    assert districts(run(text)) == expected


VENUE_DISTRACTORS = [
    # the city itself acts in the same sentence: it stays
    ("고양시는 지난 13일 시청에서 열린 회의에서 일자리 목표를 정했다.", {"경기도 고양시"}),
    # residents of the city, not a hall
    ("오산시민 300명이 일자리 설명회에 참여했다고 오산시가 밝혔다.", {"경기도 오산시"}),
    # the 구 wins at a ceremony held elsewhere, both named
    ("세종시에서 열린 시상식에서 광주 서구가 최우수상을 받았다.", {"광주광역시 서구"}),
]


@pytest.mark.parametrize(("text", "expected"), VENUE_DISTRACTORS, ids=["actor", "residents", "winner"])
def test_actors_beside_venues_stay(run, text, expected):
    assert districts(run(text)) == expected


PEOPLE_AND_AREA_CASES = [
    # the employers of a number of decorated officials
    ("부산시는 일자리 1300개를 만드는 성과를 냈다. 경기도와 울산시 공무원 두 명은 훈장을 받는다.", {"부산광역시"}),
    ("창원시 소속 직원 3명이 장관 표창을 받았다. 평가는 김해시가 맡았다.", {"경상남도 김해시"}),
    # the area where companies sit
    ("이번 박람회에는 부산·경남에 자리한 기업 190곳이 참가한다. 박람회는 부산시가 연다.", {"부산광역시"}),
]


@pytest.mark.parametrize(("text", "expected"), PEOPLE_AND_AREA_CASES, ids=["officials", "staff", "area"])
def test_employers_and_areas_are_not_districts(run, text, expected):
    assert districts(run(text)) == expected


PEOPLE_AND_AREA_DISTRACTORS = [
    # the city's staff photographed with its own prize: the city won
    ("부천시 직원들이 전국 지방자치단체 일자리대상 우수상을 받은 뒤 기념사진을 찍고 있다.", {"경기도 부천시"}),
    # 광역 short names as receivers
    ("부산·경남에는 각 6억원의 교부금이 돌아간다.", {"부산광역시", "경상남도"}),
]


@pytest.mark.parametrize(("text", "expected"), PEOPLE_AND_AREA_DISTRACTORS, ids=["own-staff", "receivers"])
def test_receivers_stay(run, text, expected):
    assert districts(run(text)) == expected


FIGURE_CASES = [
    # 광역 written in full with a score or a figure of their own
    ("광역자치단체 17곳 가운데 경기도(8.12)가 가장 높았고 전라남도(6.50점)가 가장 낮았다.", {"경기도", "전라남도"}),
    # 기초 written as the 광역's short name and the stem, with a shared figure
    ("상반기 실업률은 경북 구미와 경기 오산의 실업률이 5.3%로 가장 높았다.", {"경상북도 구미시", "경기도 오산시"}),
    ("군 지역에서는 충남 청양(0.8%)이 가장 낮았다.", {"충청남도 청양군"}),
    # a 광역's statistic with its own number
    ("6월 기준 울산 실업자는 2만 6천명으로 1년 전보다 4천명 늘었다.", {"울산광역시"}),
]


@pytest.mark.parametrize(("text", "expected"), FIGURE_CASES,
                         ids=["province-score", "prefixed-stems-shared", "prefixed-stem-bracket", "region-stat"])
def test_units_with_a_figure_of_their_own_are_districts(run, text, expected):
    assert districts(run(text)) == expected


FIGURE_DISTRACTORS = [
    # a rank without a number of its own
    ("울산 실업자 수가 서울 다음으로 많은 가운데 울산 남구가 청년 일자리 대책을 내놨다.", {"울산광역시 남구"}),
    # a prefixed stem as the home of a factory
    ("전남 함평에 공장을 둔 업체가 광주 평동산단으로 옮긴다고 광주시가 밝혔다.", {"광주광역시"}),
    # a prefixed stem as a venue
    ("지역발전 우수사례 시상식은 전남 여수의 한 호텔에서 열린다. 행사는 전라남도가 주관한다.", {"전라남도"}),
]


@pytest.mark.parametrize(("text", "expected"), FIGURE_DISTRACTORS, ids=["rank-only", "factory", "venue"])
def test_units_without_a_figure_stay_out(run, text, expected):
    assert districts(run(text)) == expected


LIST_CASES = [
    # 광역 short names in a winners' list with 기초 names
    ("행정안전부는 인천, 울산, 대구 동구, 경기 용인시 등 10곳이 대통령 표창을 받는다고 밝혔다.",
     "2016-05-10", {"인천광역시", "울산광역시", "대구광역시 동구", "경기도 용인시"}),
    ("구미시는 전남, 충북, 전북 부안군과 함께 우수 지자체에 이름을 올렸다.", "2024-12-17",
     {"경상북도 구미시", "전라남도", "충청북도", "전북특별자치도 부안군"}),
    # members in brackets of a counted group that receives
    ("사업 성과가 좋은 자치단체 2곳(부산광역시, 경상북도)과 유공자 15명은 장관 표창을 받는다.", "2022-12-06",
     {"부산광역시", "경상북도"}),
]


@pytest.mark.parametrize(("text", "published", "expected"), LIST_CASES,
                         ids=["mixed-list-count", "mixed-list-together", "group-bracket"])
def test_provinces_in_winners_lists_are_districts(run, text, published, expected):
    assert districts(run(text, published)) == expected


LIST_DISTRACTORS = [
    # an area of several 광역
    ("부산·울산·경남 지역 기업 40곳이 채용관을 연다고 고용노동청이 밝혔다.", "2022-05-01", set()),
    # members of a group that is only counted or evaluated
    ("평가 대상 자치단체 2곳(부산광역시, 경상북도)의 자료를 모아 분석했다.", "2022-12-06", set()),
    # a comparison of ranks
    ("인천의 취업자 증가는 서울, 부산에 이어 세 번째로 많다.", "2022-05-01", set()),
]


@pytest.mark.parametrize(("text", "published", "expected"), LIST_DISTRACTORS,
                         ids=["area", "group-counted", "rank"])
def test_provinces_outside_winners_lists_stay_out(run, text, published, expected):
    assert districts(run(text, published)) == expected


SAME_NAME_CASES = [
    # the 광역 in brackets after the unit, or "(이상 …)" after a list ending in it
    ("정책대상은 강동구(서울), 서구(대전)가, 소통대상은 북구, 연제구(이상 부산)가 받았다.", None,
     {"서울특별시 강동구", "대전광역시 서구", "부산광역시 북구", "부산광역시 연제구"}),
    # 광역시 written in full, later "광주시": the 광역시, even beside 경기 units (undated and without a
    # year: under today's name, gold README "Old 광역 names do not date a text")
    ("광주광역시와 경기도 화성시는 규제를 고쳐 안전을 높였다. 광주시는 드론 영상 체계를 하나로 묶었다.", None,
     {"전남광주통합특별시", "경기도 화성시"}),
    # a name written without its space, alone on its line or with a particle
    ("강원고성군\n고성군은 하반기 공공일자리 참여자 158명을 모집한다.", "2022-06-01", {"강원도 고성군"}),
    ("서울중구는 올해 청년 인턴 60명을 뽑는다.", "2022-06-01", {"서울특별시 중구"}),
]


@pytest.mark.parametrize(("text", "published", "expected"), SAME_NAME_CASES,
                         ids=["bracket-province", "gwangju-metro-named", "joined-tag-line", "joined-particle"])
def test_same_name_units_settled_by_their_own_cues(run, text, published, expected):
    assert districts(run(text, published)) == expected


SAME_NAME_DISTRACTORS = [
    # no cue: left out
    ("서구가 우수상을 받았다고 밝혔다.", "2020-05-01", set()),
    # the 경기 unit named with its 도: "광주시" is that unit
    ("경기도 광주시와 하남시는 일자리 센터를 함께 연다. 광주시는 상담사 5명을 둔다.", "2020-05-01",
     {"경기도 광주시", "경기도 하남시"}),
    # glued before a body's name: no district
    ("울산동구 축제추진위원회는 15일 방어진 일대에서 축제를 연다.", "2020-05-01", set()),
]


@pytest.mark.parametrize(("text", "published", "expected"), SAME_NAME_DISTRACTORS,
                         ids=["no-cue", "gyeonggi-named", "glued-body"])
def test_same_name_units_without_their_cue(run, text, published, expected):
    assert districts(run(text, published)) == expected


ACTS_CASES = [
    # a 광역's own funds glued to its name
    ("고창군은 국비 2억8천만원, 전북도비 2천만원, 군비 1억9천만원을 확보했다.", "2021-03-02",
     {"전라북도 고창군", "전라북도"}),
    # the 광역's call that selects a 기초's centre
    ("진안군 일자리센터는 2022년 전라북도 지역맞춤형 일자리 공모사업(도비 1억원)에 선정돼 문을 열었다.", "2022-07-13",
     {"전라북도 진안군", "전라북도"}),
    # "…평가에서도" with the grade it gave
    ("해운대구가 부산시의 일자리창출사업 종합평가에서도 2년 연속 최우수 구로 뽑혔다.", "2011-12-20",
     {"부산광역시 해운대구", "부산광역시"}),
    # the 광역's own job centre, its name glued to the 광역's
    ("전라남도일자리센터가 문을 연 지 1년을 맞아 '청년 매칭데이'를 연다.", "2022-03-23", {"전라남도"}),
]


@pytest.mark.parametrize(("text", "published", "expected"), ACTS_CASES,
                         ids=["own-funds", "own-call", "evaluation-too", "own-centre-glued"])
def test_provinces_that_pay_or_evaluate(run, text, published, expected):
    assert districts(run(text, published)) == expected


ACTS_DISTRACTORS = [
    # another evaluation named in passing, no grade
    ("남동구는 인천시 군·구 평가에서도 줄곧 1위를 지켰다.", "2022-05-01", {"인천광역시 남동구"}),
    # a ministry's call, not the 광역's
    ("고창군 센터가 고용노동부 일자리창출 지원사업에 최종 뽑혔다.", "2021-03-02", {"전라북도 고창군"}),
]


@pytest.mark.parametrize(("text", "published", "expected"), ACTS_DISTRACTORS,
                         ids=["in-passing", "ministry-call"])
def test_provinces_named_in_passing(run, text, published, expected):
    assert districts(run(text, published)) == expected


DATELINE_CASES = [
    # a story told with "군은" filed from one 기초 (a text in which the gazetteer finds no name at all is
    # skipped by the batch prefilter, so each text names some place)
    ("군은 올해 재정지원 일자리 사업에 700억원을 쓴다.\n설명회는 서울 강남구의 한 호텔에서 열렸다.\n\n홍천=김가람 기자",
     "2025-04-23", {"강원특별자치도 홍천군"}),
    ("[김해=한빛뉴스] 시는 올해 청년 일자리 1천개를 만든다고 밝혔다. 발표회는 서울 강남구의 한 호텔에서 열렸다.",
     "2025-04-23", {"경상남도 김해시"}),
]


@pytest.mark.parametrize(("text", "published", "expected"), DATELINE_CASES, ids=["closing", "bracket"])
def test_dateline_names_the_unit_told_by_its_kind(run, text, published, expected):
    assert districts(run(text, published)) == expected


DATELINE_DISTRACTORS = [
    # the body names another unit of the same kind: the reference may be to it
    ("인제군은 올해 일자리 사업에 100억원을 쓴다. 군은 상담소도 연다.\n\n홍천=김가람 기자", "2025-04-23",
     {"강원특별자치도 인제군"}),
    # no reference by kind
    ("고용노동부는 올해 지역 일자리 사업에 1조원을 쓴다.\n\n홍천=김가람 기자", "2025-04-23", set()),
]


@pytest.mark.parametrize(("text", "published", "expected"), DATELINE_DISTRACTORS,
                         ids=["other-unit", "no-reference"])
def test_dateline_alone_names_no_district(run, text, published, expected):
    assert districts(run(text, published)) == expected


QUOTED_STEM_CASES = [
    # stems of the named 광역's 시·군 listed with their quoted projects
    ("전남도는 올해도 공모를 연다. 지난해에는 광양 '신중년 경력 잇기', 영암 '현장 일자리망', 무안 '고용 기반 다지기' "
     "등 13개 시·군이 사업을 벌였다.", "2023-02-06",
     {"전라남도", "전라남도 광양시", "전라남도 영암군", "전라남도 무안군"}),
]
QUOTED_STEM_DISTRACTORS = [
    # one stem with a quote is no list
    ("전남도는 올해도 공모를 연다. 지난해에는 광양 '신중년 경력 잇기'가 뽑혔다.", "2023-02-06", {"전라남도"}),
    # no 광역 named: the stems stay words
    ("지난해에는 광양 '신중년 경력 잇기', 영암 '현장 일자리망' 등이 뽑혔다.", "2023-02-06", set()),
]


@pytest.mark.parametrize(("text", "published", "expected"), QUOTED_STEM_CASES + QUOTED_STEM_DISTRACTORS,
                         ids=["list", "single", "no-province"])
def test_stems_listed_with_their_quoted_projects(run, text, published, expected):
    assert districts(run(text, published)) == expected
