"""Districts in further shapes of real coverage (issue #9, sixth tuning round, real_dev_r…u).

Sentences written for the test after the structures of real reports (undated texts read under today's
names unless a year, a term of office, an era or a period marker frames them; 광역-prefixed stems
listed as the subject; middle-dot lists that share the kind of their last name; districts named only
as the zone, sites, tour stops, venues or list labels of something; a 광역 that co-hosts, evaluates,
selects or runs its own centre); names and numbers invented.
"""

from __future__ import annotations

import pytest


def districts(out: dict) -> set[str]:
    return set(out["districts"])


UNDATED_CASES = [
    # no year and no frame: today's names, also for a 광역 short name that names a former 광역
    ("담양군은 읍·면 공공근로 참여자 64명을 뽑아 배치했다고 밝혔다.", None, {"전남광주통합특별시 담양군"}),
    ("전남도 공모사업에 뽑힌 장성군은 청년 30명에게 일자리를 준다.", None,
     {"전남광주통합특별시", "전남광주통합특별시 장성군"}),
    # a unit split since then with no single successor keeps its last name
    ("인천시에 따르면 서구는 올해 일자리 4천개를 만든다.", None, {"인천광역시", "인천광역시 서구"}),
    # the latest term of office named frames the text (민선6기: 2014-07 to 2018-06)
    ("민선6기 공약에 따라 익산시는 일자리 1만개 만들기에 나선다.", None, {"전라북도 익산시"}),
    # a period marker: the pandemic, a government's national scheme
    ("코로나19로 일감이 줄자 홍천군은 희망일자리 120명을 뽑았다.", None, {"강원도 홍천군"}),
    ("삼척시는 도시재생 뉴딜사업으로 일자리 300개가 생길 것으로 본다.", None, {"강원도 삼척시"}),
    # a quarter written "2013 2/4분기" is a year
    ("'2013 2/4분기 지역별고용조사'를 보면 영월군의 고용률은 70.2%였다.", None, {"강원도 영월군"}),
    # the quarterly survey ran until 2012
    ("통계청의 올해 2분기 지역별고용조사에서 정선군 고용률은 68.1%로 가장 높았다.", None, {"강원도 정선군"}),
    # a year named only as a plan's end frames the names too
    ("광주시는 2015년까지 사회적기업 80곳을 키우기로 했다.", None, {"광주광역시"}),
    # a short 광역 name with a figure of its own, read under today's name
    ("대도시 가운데서는 울산(2.9%), 광주(3.1%) 순이었다.", None, {"울산광역시", "전남광주통합특별시"}),
]


@pytest.mark.parametrize(("text", "published", "expected"), UNDATED_CASES,
                         ids=["today", "short-province-today", "split-unit-last-name", "term-6", "covid",
                              "new-deal", "quarter-year", "quarterly-survey", "plan-year", "short-name-figure"])
def test_undated_text_takes_its_frame_else_todays_names(run, text, published, expected):
    assert districts(run(text, published)) == expected


UNDATED_DISTRACTORS = [
    # a term that spans a change (민선 8기 and 강원특별자치도, 2023-06-11) gives the name after it
    ("민선 8기 공약에 따라 평창군은 일자리 500개를 만든다.", None, {"강원특별자치도 평창군"}),
    # a publication date decides whatever marker the text holds
    ("코로나19로 일감이 줄자 홍천군은 희망일자리 120명을 뽑았다.", "2024-02-01", {"강원특별자치도 홍천군"}),
    # "2013 명" is no year: the bare year still needs a word after it
    ("담양군은 2013 명의 참여자를 모았다.", None, {"전남광주통합특별시 담양군"}),
    # a plan year still to come dates nothing
    ("광주시는 2035년까지 사회적기업 800곳을 키우기로 했다.", None, {"전남광주통합특별시"}),
]


@pytest.mark.parametrize(("text", "published", "expected"), UNDATED_DISTRACTORS,
                         ids=["term-spans-change", "published-wins", "number-not-year", "future-plan-year"])
def test_markers_that_do_not_frame_the_text(run, text, published, expected):
    assert districts(run(text, published)) == expected


def test_era_name_frames_below_the_outlets_ended_region(run):
    # the outlet's region under its former full name bounds the text; the era name still frames it
    text = "지역발전위원회는 장수군과 무주군의 사업을 우수사례로 뽑았다."
    assert districts(run(text, None, home_region="전라남도")) == {"전라북도 장수군", "전라북도 무주군"}


PREFIXED_SUBJECT_CASES = [
    # 광역-prefixed stems listed as the subject of the sentence
    ("고용노동부에 따르면 충남 보령, 경북 영덕, 경남 고성은 내년 3월까지 지원을 받는다.", "2022-05-02",
     {"충청남도 보령시", "경상북도 영덕군", "경상남도 고성군"}),
    ("전남 해남과 전남 진도는 2023년 6월까지 지정이 이어진다.", "2022-05-02",
     {"전라남도 해남군", "전라남도 진도군"}),
]


@pytest.mark.parametrize(("text", "published", "expected"), PREFIXED_SUBJECT_CASES, ids=["comma-list", "and-list"])
def test_prefixed_stems_listed_as_the_subject_are_districts(run, text, published, expected):
    assert districts(run(text, published)) == expected


PREFIXED_DISTRACTORS = [
    # "…에는": where something is built, not a subject
    ("여성가족부는 센터 8곳을 지정했다. 충북 음성과 경기도 이천에는 새 센터가 들어선다.", "2015-07-01", set()),
    # a place a company sits in
    ("전남 함평에 공장을 둔 업체가 직원 20명을 뽑는다.", "2022-05-02", set()),
]


@pytest.mark.parametrize(("text", "published", "expected"), PREFIXED_DISTRACTORS, ids=["where-built", "company-home"])
def test_prefixed_stems_that_only_say_where(run, text, published, expected):
    assert districts(run(text, published)) == expected


def test_dotted_list_shares_the_kind_of_its_last_name(run):
    text = "대구시는 하반기 채용박람회를 잇달아 연다. 이 밖에 중·남·수성구도 주민을 위한 박람회를 연다."
    assert districts(run(text, "2019-08-01")) == {
        "대구광역시", "대구광역시 중구", "대구광역시 남구", "대구광역시 수성구"}


def test_dotted_list_with_an_item_of_no_such_kind_is_left_alone(run):
    # "시" is no 구 of 대구: the list is no list of 구 and only the full name stays
    text = "대구시는 하반기 채용박람회를 잇달아 연다. 이 밖에 시·수성구도 주민을 위한 박람회를 연다."
    assert districts(run(text, "2019-08-01")) == {"대구광역시", "대구광역시 수성구"}


PLACE_CASES = [
    # the zone a list of 구 makes up
    ("인천시가 1일 부평·계양·서구 등 북부권 구직자를 돕는 센터를 열었다.", "2019-03-02", {"인천광역시"}),
    # the stops of a tour, dotted groups joined by commas before one area word
    ("충청북도는 6월부터 괴산·증평, 보은·옥천, 영동·단양 지역을 돌며 상담 창구를 연다.", "2019-03-02",
     {"충청북도"}),
    # a labelled list block: "- 원주(2) : …"
    ("강원도는 예비사회적기업 4곳을 새로 지정했다고 밝혔다.\n<지정 현황>\n- 원주(2) : ㈜가람 / 나래협동조합\n"
     "- 동해(2) : ㈜바다 / 솔협동조합", "2016-03-02", {"강원도"}),
    # the city a touring fair started in
    ("충청남도는 9월 3일 아산시에서 첫 행사를 연 중장년 일자리 박람회를 마쳤다고 밝혔다.", "2021-11-02",
     {"충청남도"}),
    # a campus somewhere in the district, the square before a 구청, sites of a programme
    ("서울시는 5일 노원구의 서울시 50플러스 북부캠퍼스에서 설명회를 연다.", "2019-02-02", {"서울특별시"}),
    ("서울시는 9월 도봉구청 광장(도봉·노원)에서 박람회를 연다.", "2019-02-02", {"서울특별시"}),
    ("서울시는 서대문구와 은평구의 복지관, 도서관, 학교 등 80여 곳에서 일할 참여자 120명을 뽑는다.",
     "2019-02-02", {"서울특별시"}),
    # a venue's list of served areas in brackets, with a full name in it
    ("서울시는 5월 서울광장(종로·중구)에서 박람회를 연다.", "2019-02-02", {"서울특별시"}),
]


@pytest.mark.parametrize(("text", "published", "expected"), PLACE_CASES,
                         ids=["zone", "tour-groups", "list-label", "first-stop", "campus", "office-square",
                              "sites", "bracket-full-name"])
def test_districts_named_only_as_places(run, text, published, expected):
    assert districts(run(text, published)) == expected


PLACE_DISTRACTORS = [
    # the 구 that act in a list stay districts
    ("인천시에 따르면 부평·계양·서구는 올해 일자리 목표를 모두 넘었다.", "2019-03-02",
     {"인천광역시", "인천광역시 부평구", "인천광역시 계양구", "인천광역시 서구"}),
    # a figure of its own is no list label
    ("강원도 고용률은 원주(62.1%)가 가장 높았다.", "2016-03-02", {"강원도", "강원도 원주시"}),
    # the city that holds its own fair
    ("아산시는 9월 3일 시청에서 첫 박람회를 열었다.", "2021-11-02", {"충청남도 아산시"}),
]


@pytest.mark.parametrize(("text", "published", "expected"), PLACE_DISTRACTORS,
                         ids=["acting-list", "own-figure", "own-fair"])
def test_districts_that_act_beside_place_shapes(run, text, published, expected):
    assert districts(run(text, published)) == expected


PROVINCE_ACTS_CASES = [
    # a 광역 listed with another body the subject hosts with
    ("영주시가 12일 연 일자리 박람회는 경상북도, 영주고용센터와 함께 마련했다.", "2022-05-13",
     {"경상북도 영주시", "경상북도"}),
    # another evaluation of the 광역, with the grade it gave
    ("같은 해 부산시 평가에서도 자원봉사 우수사례 최우수상을 받았다고 해운대구는 밝혔다.", "2023-07-10",
     {"부산광역시 해운대구", "부산광역시"}),
    # the grade of the 광역's own evaluation
    ("함양군은 공시제 평가에서 경남도 최우수군으로 뽑혔다고 밝혔다.", "2014-04-01",
     {"경상남도 함양군", "경상남도"}),
    # the 광역's own centre with an audience word, glued and quoted
    ("‘충청북도중장년일자리센터’가 문을 열고 상담을 시작했다.", "2022-03-02", {"충청북도"}),
    # the 광역's call right after its name
    ("지난해 충남도 공모사업에 뽑힌 서산시는 청년 40명을 채용했다.", "2021-05-02",
     {"충청남도", "충청남도 서산시"}),
]


@pytest.mark.parametrize(("text", "published", "expected"), PROVINCE_ACTS_CASES,
                         ids=["cohost-list", "eval-also-graded", "province-grade", "own-centre-glued", "own-call"])
def test_province_that_acts(run, text, published, expected):
    assert districts(run(text, published)) == expected


PROVINCE_DISTRACTORS = [
    # another evaluation named in passing, with no grade of the 광역
    ("해운대구는 부산시 평가에서도 줄곧 좋은 성적을 냈다.", "2023-07-10", {"부산광역시 해운대구"}),
    # a centre of the 광역's residents named only as a place people go to
    ("서산시는 충남 청년센터에서 상담을 받을 수 있다고 밝혔다.", "2021-05-02", {"충청남도 서산시"}),
]


@pytest.mark.parametrize(("text", "published", "expected"), PROVINCE_DISTRACTORS,
                         ids=["eval-in-passing", "centre-as-place"])
def test_province_named_without_acting(run, text, published, expected):
    assert districts(run(text, published)) == expected
