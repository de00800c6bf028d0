"""Districts in the shapes real coverage takes (issue #9: time frame, same-name units, non-actors).

Sentences written for the test, after the structures of real reports; names and numbers invented.
"""

from __future__ import annotations

import datetime as dt

import pytest

from extract import text as T


def districts(out: dict) -> set[str]:
    return set(out["districts"])


# --- names valid in the article's time frame ----------------------------------------------------

FRAME_CASES = [
    # a story about 2011 with no date: the names of 2011
    ("강원도 춘천시는 2011년 지역일자리 공시제 평가에서 우수상을 받았다.", None, {"강원도 춘천시"}),
    ("전북 완주군은 2017년 시·군 일자리 평가에서 최우수에 올랐다.", None, {"전라북도 완주군"}),
    ("인천 남구는 2015년 일자리 평가에서 장려상을 받았다.", None, {"인천광역시 남구"}),
    # no date, no year: today's names (gold README "Undated texts: the text's frame, else today's names")
    ("장성군이 전국 지방자치단체 일자리대상 시상식에서 우수상을 받았다.", None, {"전남광주통합특별시 장성군"}),
    # a name the text itself writes moves the frame to when that name existed
    ("인천 미추홀구는 2017년 일자리 실적이 좋았다고 밝혔다.", None, {"인천광역시 미추홀구"}),
    ("강원특별자치도 원주시는 2022년 실적을 바탕으로 우수상을 받았다.", None, {"강원특별자치도 원주시"}),
    # a dated story keeps its date
    ("강원도 춘천시는 일자리 평가에서 우수상을 받았다.", "2024-02-01", {"강원특별자치도 춘천시"}),
]


@pytest.mark.parametrize(("text", "published", "expected"), FRAME_CASES,
                         ids=["2011-gangwon", "2017-jeonbuk", "2015-incheon-namgu", "undated-no-year",
                              "new-name-written", "new-province-written", "dated"])
def test_names_valid_in_the_time_frame(run, text, published, expected):
    assert districts(run(text, published)) == expected


def test_units_that_did_not_win_stay_districts(run):
    out = run("목포시가 대상을 받았다. 완도군, 신안군 등 2개 군은 수상 명단에서 빠졌다.", "2024-12-16")
    assert districts(out) == {"전라남도 목포시", "전라남도 완도군", "전라남도 신안군"}


def test_article_frame_function():
    fr = T.article_frame("2018 전국 지방자치단체 일자리 대상 시상식", "시상식이 20일 열렸다.", None)
    assert (fr.year, fr.date, fr.source, fr.event_year) == (2018, dt.date(2018, 6, 30), "event", 2018)
    fr = T.article_frame(None, "구는 2014년과 2016년 실적을 공개했다. 2030년까지 일자리 1만 개를 만든다.", None)
    assert (fr.year, fr.date, fr.source) == (None, dt.date(2016, 6, 30), "latest")
    fr = T.article_frame(None, "구는 2022년 일자리 평가에서 우수상을 받았다.", dt.date(2023, 3, 2))
    assert (fr.year, fr.date, fr.source) == (2022, None, "event")
    fr = T.article_frame(None, "구는 2019년 일자리 평가에서 우수상을 받았다.", dt.date(2023, 3, 2))
    assert (fr.year, fr.source) == (2023, "published")  # a history year is not this article's evaluation


def test_year_ranges():
    ys = T.find_years("2019년부터 2021년까지, ‘21~’22년, 2012년부터 3년 연속", None, ranges=True)
    assert [y.years for y in ys] == [(2019, 2020, 2021), (2021, 2022), (2012, 2013, 2014)]
    assert [y.years for y in T.find_years("2019년부터 2021년까지", None)] == [(2019,), (2021,)]


# --- same-name districts -----------------------------------------------------------------------------

SAME_NAME_CASES = [
    ("대구시 평가에서 중구가 최우수, 수성구와 달서구가 우수에 뽑혔다.", "2019-12-01",
     {"대구광역시", "대구광역시 중구", "대구광역시 수성구", "대구광역시 달서구"}),
    ("우수사업 부문에서는 인천 부평구/서구/계양구가 최우수상을 받았다.", "2018-06-21",
     {"인천광역시 부평구", "인천광역시 서구", "인천광역시 계양구"}),
    ("부산시가 구·군 일자리 평가 결과를 내놓았다. 최우수상에는 사상구, 우수상에는 금정구·남구가 이름을 올렸다.",
     "2019-11-01", {"부산광역시", "부산광역시 사상구", "부산광역시 금정구", "부산광역시 남구"}),
    ("강원 고성군은 일자리 평가에서 우수기관으로 뽑혔다.", "2014-12-23", {"강원도 고성군"}),
]


@pytest.mark.parametrize(("text", "published", "expected"), SAME_NAME_CASES,
                         ids=["daegu-junggu-neighbours", "incheon-prefix-slash-list", "busan-evaluates",
                              "goseong-gangwon-prefix"])
def test_same_name_districts(run, text, published, expected):
    assert districts(run(text, published)) == expected


# --- who is not a district -------------------------------------------------------------------------

NOT_ACTOR_CASES = [
    ("(세종=연합뉴스) 김기자 = 진안군은 세종시에서 열린 시상식에서 특별상을 받았다.", "2022-07-20", {"전라북도 진안군"}),
    ("서울 곳곳을 도는 '찾아가는 취업박람회'가 중구·종로를 찾았다.", "2015-04-23", set()),
    ("서울시가 공동 주최하는 박람회는 6월 코엑스(강남·송파), 9월 체육관(강서·양천)을 돈다.", "2015-04-23",
     {"서울특별시"}),
    ("서울시가 12일 서대문구청을 시작으로 자치구를 돌며 박람회를 연다.", "2016-04-08", {"서울특별시"}),
    ("경남도는 한일정밀이 사천시 외국인투자지역에 200억 원을 투자한다고 밝혔다.", "2016-05-02", {"경상남도"}),
    ("진안군은 일자리대상에서 특별상을 받았다.\n(충남본부) 충남 천안시 동남구 천안대로 12", "2022-07-20",
     {"전라북도 진안군"}),
]


@pytest.mark.parametrize(("text", "published", "expected"), NOT_ACTOR_CASES,
                         ids=["dateline-and-venue", "visited-stems", "bracketed-areas-of-venues",
                              "first-venue-gucheong", "investment-zone", "footer-address"])
def test_places_that_do_not_act(run, text, published, expected):
    assert districts(run(text, published)) == expected


PROVINCE_ACTS_CASES = [
    ("고창군은 전북도 1차 평가를 통과한 뒤 전국 평가에서 우수상을 받았다.", "2015-05-20",
     {"전라북도", "전라북도 고창군"}),
    ("경상북도에 따르면 올해 만들어진 일자리는 5만 개다.", "2010-11-01", {"경상북도"}),
    ("서울시의 '50+보람 일자리' 사업이 올해 일자리 2천 개를 만들었다.", "2018-12-17", {"서울특별시"}),
    ("부문별 대상은 대구광역시·충남 천안시에 돌아갔다.", "2018-06-21", {"대구광역시", "충청남도 천안시"}),
    ("충청북도(도지사 김도민)가 일자리대상에서 특별상을 받았다.", "2019-06-05", {"충청북도"}),
    ("고창군은 전북도의 1차 평가를 거쳐 전국 평가에서 우수상을 받았다.", "2015-05-20", {"전라북도", "전라북도 고창군"}),
    ("서울시 '50+나눔 일자리' 사업이 올해 일자리 2천 개를 만들었다.", "2018-12-17", {"서울특별시"}),
    ("울산 중구 등 2개 구가 목표를 넘겼다. 울산 전체 고용률은 울산시 목표에 못 미쳤고, 시는 2년 연속 목표 달성에 실패했다.",
     "2017-02-01", {"울산광역시 중구", "울산광역시"}),
    ("지난해 광주시와 자치구들의 가장 큰 화두는 일자리였다. 광주 남구는 새 일자리 2,940개를 만들었다.", "2012-01-24",
     {"광주광역시 남구"}),
    ("박람회는 노원구와 도봉구, 서울시, 서울상공회의소가 공동으로 주최했다.", "2013-06-27",
     {"서울특별시 노원구", "서울특별시 도봉구", "서울특별시"}),
    # a 광역 named in a comparison list is still no district
    ("서울·부산·대구 등 대도시의 고용률이 올랐다.", "2019-06-05", set()),
]


@pytest.mark.parametrize(("text", "published", "expected"), PROVINCE_ACTS_CASES,
                         ids=["first-round-evaluation", "according-to", "province-own-scheme",
                              "province-in-winner-list", "governor-bracket", "first-round-ui", "scheme-no-ui",
                              "si-neun-after-comma", "province-and-its-gu", "co-host-list", "bare-stems-comparison"])
def test_provinces_that_act(run, text, published, expected):
    assert districts(run(text, published)) == expected


# --- round 2 (generalised over real_dev_c / real_dev_d) ------------------------------------------

ROUND2_CASES = [
    # a 행정시 (제주시, 서귀포시) is no local government, even as the actor; its facts go nowhere
    ("제주 서귀포시가 이달부터 구인구직 상담 창구를 열고 시민과 기업을 잇는다고 4일 밝혔다.", "2016-03-04", set()),
    ("제주특별자치도는 읍·면·동 일자리사업을 평가했다. 우수기관에는 제주시청이 이름을 올렸다.", "2011-12-20",
     {"제주특별자치도"}),
    # entrants' home addresses in brackets are no districts
    ("광주광역시는 일자리 정책 제안 공모 결과를 발표했다. 김모(북구 운암동·31)씨의 제안이 뽑혔다.", "2019-09-08",
     {"광주광역시"}),
    # bare stems joined by commas before one full name of the same 광역 and kind
    ("경북 군 지역에서는 청도, 고령, 성주, 예천군의 고용률이 올랐다.", "2020-02-25",
     {"경상북도 청도군", "경상북도 고령군", "경상북도 성주군", "경상북도 예천군"}),
    # 광역 among the bodies that co-host or sponsor
    ("대구 경북 합동 채용박람회가 열린다. 대구시, 경북도와 고용노동청, 대학 10곳이 함께 준비했다.", "2019-05-01",
     {"대구광역시", "경상북도"}),
    ("전라남도, 고용센터, 상공회의소 등이 후원한다.", "2018-06-01", {"전라남도"}),
    # places somewhere in a district, and people or bodies named with it
    ("도는 시상식을 열었다. 시상식은 서울 마포구의 한 공유오피스에서 열렸다.", "2019-07-01", set()),
    ("도는 교육을 연다. 교육은 강서구 화곡로의 한 교육원에서 진행된다.", "2019-07-01", set()),
    ("충북도는 유공자를 시상했다. △공무원 부문(제천시 나하윤, 단양군 오세진) △우수시군 부문(최우수 음성군)",
     "2024-12-01", {"충청북도", "충청북도 음성군"}),
    ("충북도는 유공 기관을 시상했다. △기관 부문(괴산군노인복지관, 보은군일자리지원센터)", "2024-12-01", {"충청북도"}),
    # 일반구 after a city in brackets are no person's names, and no districts either: an 일반구 is the office of
    # its 시 (gold README "Some names are not districts"; real_dev_i/l/u/x)
    ("수상 기관은 경기도의 두 곳(수원시 팔달구, 용인시 기흥구)이다.", "2019-07-01", set()),
]


@pytest.mark.parametrize(("text", "published", "expected"), ROUND2_CASES,
                         ids=["haengjeongsi-actor", "haengjeongsi-winner", "entrant-address", "comma-stems",
                              "cohosts", "sponsors", "somewhere-in", "road-address", "people-affiliation",
                              "glued-body", "ilbangu-in-brackets"])
def test_districts_round2(run, text, published, expected):
    assert districts(run(text, published)) == expected


def test_haengjeongsi_takes_its_award_with_it(run):
    out = run("제주특별자치도는 읍·면·동 일자리사업을 평가했다. 우수기관에는 제주시청이 이름을 올렸다.", "2011-12-20")
    assert out["awards"] == []


def test_comma_stems_need_one_province_and_kind(run):
    # 고성 of another 광역 or kind breaks the list: it is left alone
    out = run("군 지역에서는 청도, 고성, 예천군의 고용률이 올랐다.", "2020-02-25")
    assert districts(out) == {"경상북도 예천군"}
