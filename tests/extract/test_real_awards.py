"""Award records in the shapes real coverage takes (issue #9, patterns 1–6 and provenance).

Every sentence here was written for the test: the structures follow real releases and reports
(where the year sits, the list formats, the distractors), the names and numbers are invented.
"""

from __future__ import annotations

import pytest

from .conftest import award_keys as keys


def by_district(out: dict, district: str) -> list[dict]:
    return [a for a in out["awards"] if a["district"] == district]


# --- 1. the article's time frame --------------------------------------------------------------

FRAME_CASES = [
    # undated: the year of the evaluation named in the lead goes to the winners listed without one
    ("울산시는 2018년 구·군 일자리 창출 실적 평가 결과를 발표했다.\n"
     "평가 결과 최우수상에는 북구, 우수상에는 중구와 울주군이 뽑혔다.", None,
     {("울산광역시 북구", 2018, "최우수"), ("울산광역시 중구", 2018, "우수"), ("울산광역시 울주군", 2018, "우수")}),
    # results of the previous year's evaluation announced in spring: the evaluation's year
    ("경상북도는 2023년 시·군 일자리 창출 평가 결과를 4일 발표했다.\n"
     "이번 평가에서 구미시가 대상을, 영천시가 최우수상을 받았다.", "2024-03-05",
     {("경상북도 구미시", 2023, "대상"), ("경상북도 영천시", 2023, "최우수")}),
    # undated, no year anywhere: no award year (and today's names, gold README "Undated texts")
    ("화순군이 고용노동부 주관 전국 지방자치단체 일자리대상에서 공시제 부문 특별상을 받았다.", None,
     {("전남광주통합특별시 화순군", None, "특별")}),
    # "올해도" in an undated story of a named year's award: that year
    ("고흥군이 '2021 전국 지방자치단체 일자리대상'에서 특별상을 받았다.\n"
     "군은 올해도 특별상을 받아 상 사업비 5천만 원을 확보했다.", None,
     {("전라남도 고흥군", 2021, "특별")}),
    # a founding year in the lead is not the evaluation's year
    ("고용노동부는 2010년 지역일자리 목표 공시제를 도입했다.\n"
     "영암군은 이 제도의 평가에서 우수상을 받았다.", None,
     {("전라남도 영암군", None, "우수")}),
]


@pytest.mark.parametrize(("text", "published", "expected"), FRAME_CASES,
                         ids=["lead-year-undated", "next-spring", "no-year", "olhae-undated", "founding-year"])
def test_year_from_the_article_frame(run, text, published, expected):
    assert keys(run(text, published)) == expected


YEAR_CASES = [
    ("광주광역시는 2019년부터 2021년까지 3년 연속 일자리대상 최우수상을 받았다.", "2022-10-20",
     {("광주광역시", 2019, "최우수"), ("광주광역시", 2020, "최우수"), ("광주광역시", 2021, "최우수")}),
    ("광양시는 21~22년 연속 일자리대상 대상을 받았다.", "2023-08-01",
     {("전라남도 광양시", 2021, "대상"), ("전라남도 광양시", 2022, "대상")}),
    ("여수시는 2019~2021년 실적을 평가한 일자리 평가에서 우수상을 받았다.", "2022-02-01",
     {("전라남도 여수시", 2021, "우수")}),
    ("대구시는 고용노동부 평가에서 2012년부터 3년 연속 일자리 목표공시제 우수단체로 선정됐다.", "2015-01-20",
     {("대구광역시", 2012, "우수"), ("대구광역시", 2013, "우수"), ("대구광역시", 2014, "우수")}),
    ("경남도는 2016년 일자리 종합평가에서 최우수상을 받은 데 이어 3년 연속 최우수 지자체로 뽑혔다.", "2018-03-02",
     {("경상남도", 2016, "최우수"), ("경상남도", 2017, "최우수"), ("경상남도", 2018, "최우수")}),
    ("성동구는 ‘17년 서울시 자치구 일자리창출 평가에서 우수구로 뽑혔다.", "2018-02-01",
     {("서울특별시 성동구", 2017, "우수")}),
    ("대전 서구는 2016년 문을 연 일자리센터 운영으로 일자리대상 우수상을 받았다.", "2020-06-01",
     {("대전광역시 서구", 2020, "우수")}),
    ("대전 서구는 2015년 특별상 이후 9년 만에 일자리대상 우수상을 받았다.", "2024-08-12",
     {("대전광역시 서구", 2015, "특별"), ("대전광역시 서구", 2024, "우수")}),
    ("진천군이 2019년(’18년 실적) 일자리 평가에서 최우수기관으로 뽑혔다.", "2019-03-01",
     {("충청북도 진천군", 2019, "최우수")}),
    ("영동군은 지난해 일자리 1만 개를 지원해 목표를 달성했으며, 일자리대상 공시제 부문 최우수 지자체로 뽑혔다.",
     "2025-10-01", {("충청북도 영동군", 2025, "최우수")}),
    ("청주시는 지난해 140개 사업으로 일자리 1만 개를 지원해 목표를 달성해 공시제 부문 최우수 지자체로 뽑혔다.",
     "2025-10-01", {("충청북도 청주시", 2025, "최우수")}),
    ("2014년 일자리 종합평가에서 최우수상을 받은 충남도는 이로써 3년 연속 최우수 지자체에 선정됐다.", "2016-03-13",
     {("충청남도", 2014, "최우수"), ("충청남도", 2015, "최우수"), ("충청남도", 2016, "최우수")}),
    ("충남도는 일자리 종합평가 전국 최우수 표창과 함께 상금 1억 원을 받았다.", "2016-03-13", {("충청남도", 2016, "최우수")}),
    # "N년 연속" alone stays no record (EXTRACTION.md)
    ("논산시는 3년 연속 일자리대상을 수상했다.", "2021-06-01", set()),
]


@pytest.mark.parametrize(("text", "published", "expected"), YEAR_CASES,
                         ids=["range-streak", "two-digit-range", "range-no-streak", "from-n-years", "since-then-run",
                              "two-digit", "history-founding", "after-earlier-prize", "bracket-period",
                              "count-year-clause", "count-year-clause-hae", "run-after-iroseo", "pyochang",
                              "n-years-alone"])
def test_award_years(run, text, published, expected):
    assert keys(run(text, published)) == expected


def test_undated_this_year_follows_the_history(run):
    text = ("충북도는 공시제 부문에서 2017년 특별상을 시작으로 2018년 최우수상, 올해는 우수상을 받아 3년 연속 상을 받았다.\n"
            "함께 평가한 우수사업 부문에서도 도는 최우수상을 받았다.")
    assert keys(run(text, None)) == {("충청북도", 2017, "특별"), ("충청북도", 2018, "최우수"),
                                     ("충청북도", 2019, "우수"), ("충청북도", 2019, "최우수")}


def test_undated_story_takes_the_names_of_its_year(run):
    out = run("강원도는 2011년 지역일자리 목표 공시제 평가에서 최우수상을 받았다. 춘천시는 우수상을 받았다.", None)
    assert keys(out) == {("강원도", 2011, "최우수"), ("강원도 춘천시", 2011, "우수")}


# --- 2. winner slots in list formats -----------------------------------------------------------

LIST_CASES = [
    ("충남도는 우수상을 받았다고 4일 밝혔다. 도내 6개 시·군도 △최우수상(천안·서천·예산) △우수상(논산·청양) "
     "△특별상(당진)을 받았다.", "2019-06-04",
     {("충청남도", 2019, "우수"), ("충청남도 천안시", 2019, "최우수"), ("충청남도 서천군", 2019, "최우수"),
      ("충청남도 예산군", 2019, "최우수"), ("충청남도 논산시", 2019, "우수"), ("충청남도 청양군", 2019, "우수"),
      ("충청남도 당진시", 2019, "특별")}),
    ("부산시가 2021년 구·군 일자리 평가 결과를 내놓았다. 최우수상에는 수영구, 우수상 동래구·연제구, "
     "장려상에 기장군이 이름을 올렸다.", "2021-12-01",
     {("부산광역시 수영구", 2021, "최우수"), ("부산광역시 동래구", 2021, "우수"), ("부산광역시 연제구", 2021, "우수"),
      ("부산광역시 기장군", 2021, "장려")}),
    ("광역 부문 대상에는 일자리 종합센터로 원스톱 체계를 갖춘 경기도가, 기초 부문 대상에는 합동근무로 서비스를 "
     "높인 충남 아산시가 각각 뽑혔다.", "2017-05-12",
     {("경기도", 2017, "대상"), ("충청남도 아산시", 2017, "대상")}),
    ("우수사업 부문에서는 인천광역시·충청남도, 인천 부평구/계양구·전북 전주시가 최우수상을 받았다.", "2018-06-21",
     {("인천광역시", 2018, "최우수"), ("충청남도", 2018, "최우수"), ("인천광역시 부평구", 2018, "최우수"),
      ("인천광역시 계양구", 2018, "최우수"), ("전라북도 전주시", 2018, "최우수")}),
    ("광역 부문 대상은 ‘통합센터’로 체계를 갖춘 경기도가, 기초 부문 대상은 합동근무로 서비스를 높인 충남 아산시가 "
     "각각 차지했다.", "2017-05-12", {("경기도", 2017, "대상"), ("충청남도 아산시", 2017, "대상")}),
    ("행안부는 광역단체로는 충북도와 울산시, 기초단체로는 경기 이천시와 강원 정선군을 최우수기관으로 선정했다.",
     "2021-12-10", {("충청북도", 2021, "최우수"), ("울산광역시", 2021, "최우수"), ("경기도 이천시", 2021, "최우수"),
                    ("강원도 정선군", 2021, "최우수")}),
    ("광역 부문에서는 충북도와 울산시가 최우수, 기초 부문에서는 경기 이천시가 우수에 뽑혔다.", "2021-12-10",
     {("충청북도", 2021, "최우수"), ("울산광역시", 2021, "최우수"), ("경기도 이천시", 2021, "우수")}),
    ("우수상은 충북도, 대전시, 서울 마포구, 전남 담양군 등 20개 지자체가 받았다.", "2016-10-20",
     {("충청북도", 2016, "우수"), ("대전광역시", 2016, "우수"), ("서울특별시 마포구", 2016, "우수"),
      ("전라남도 담양군", 2016, "우수")}),
    ("고용노동부는 경기 수원시를 포함한 12개 지자체에 우수상을 수여했다.", "2021-12-10", {("경기도 수원시", 2021, "우수")}),
    ("종합대상은 광주광역시가 차지했으며, 부문별 대상의 영예는 대구광역시∙충남 천안시가 안았다.", "2018-06-21",
     {("광주광역시", 2018, "대상"), ("대구광역시", 2018, "대상"), ("충청남도 천안시", 2018, "대상")}),
    ("공시제 부문에서는 광주광역시가 종합대상을 안았고, 부문별 대상은 대구광역시∙충남 천안시에 돌아갔다.", "2018-06-21",
     {("광주광역시", 2018, "대상"), ("대구광역시", 2018, "대상"), ("충청남도 천안시", 2018, "대상")}),
    ("경북도의 일자리 평가에서 안동시가 대상, 영주시와 문경시가 최우수상, 상주시가 우수상을 받았다.", "2021-12-20",
     {("경상북도 안동시", 2021, "대상"), ("경상북도 영주시", 2021, "최우수"), ("경상북도 문경시", 2021, "최우수"),
      ("경상북도 상주시", 2021, "우수")}),
    ("모든 분야 '우수상'의 여수시와 '장려상'의 무안군도 함께 상을 받았다.", "2024-12-16",
     {("전라남도 여수시", 2024, "우수"), ("전라남도 무안군", 2024, "장려")}),
    ("기초 부문에서는 남해군이 최우수, 하동군이 우수로 각각 선정됐다.", "2025-11-21",
     {("경상남도 남해군", 2025, "최우수"), ("경상남도 하동군", 2025, "우수")}),
]


@pytest.mark.parametrize(("text", "published", "expected"), LIST_CASES,
                         ids=["bullets-brackets", "bare-item-in-ranked-list", "grade-ene-clause-subject",
                              "grade-eun-clause-subject", "province-label-lists", "province-label-mixed",
                              "grade-eun-list-deung", "poham-n-jijache", "yeongye-neun", "national-mixed-list", "list-to-dolagatda", "daesang-comma-list", "grade-ui-district",
                              "gakgak-ro"])
def test_winner_lists(run, text, published, expected):
    assert keys(run(text, published)) == expected


def test_one_grade_for_a_counted_group_listed_later(run):
    text = ("서울시가 일자리사업을 잘 이끈 우수 자치구 3곳을 골라 모두 3억 원을 준다.\n"
            "서울시는 「2016 희망일자리 자치구 평가」 결과를 1일 발표했다.\n"
            "평가 결과 △노원구 △도봉구 △중랑구 등 3개 자치구가 뽑혀 각각 1억 원을 받는다.")
    assert keys(run(text, "2016-11-01")) == {
        ("서울특별시 노원구", 2016, "우수"), ("서울특별시 도봉구", 2016, "우수"), ("서울특별시 중랑구", 2016, "우수")}


def test_counted_group_is_no_record_of_its_selector(run):
    out = run("서울시가 우수 자치구 20곳을 선정해 인센티브를 준다.", "2016-11-01")
    assert keys(out) == set()


def test_group_count_must_match(run):
    text = ("서울시가 우수 자치구 5곳을 골라 인센티브를 준다.\n"
            "평가 결과 △노원구 △도봉구 등이 뽑혔다.")
    assert keys(run(text, "2016-11-01")) == set()


def test_fields_of_one_winner(run):
    text = "화순군이 일자리 분야 최우수와 지역경제 분야 우수, 영광군이 지역경제 분야 최우수와 일자리 분야 우수를 받았다."
    assert keys(run(text, "2024-12-16")) == {("전라남도 화순군", 2024, "최우수"), ("전라남도 영광군", 2024, "우수")}


REFERENCE_CASES = [
    # "같은 대회에서", "시상식에서" refer back to the award named (with its year) in the lead
    ("고용노동부는 '2017 전국 지방자치단체 일자리대상' 시상식을 열었다.\n같은 대회에서 부산 해운대구가 최우수상, "
     "영도구와 금정구가 우수상을 받았다.\n시상식에서 부산시는 실적평가 대상을 받았다.", None,
     {("부산광역시 해운대구", 2017, "최우수"), ("부산광역시 영도구", 2017, "우수"), ("부산광역시 금정구", 2017, "우수"),
      ("부산광역시", 2017, "대상")}),
    ("전북도는 2020년 일자리 평가 결과 완주군과 고창군을 최우수기관으로 선정했다고 2일 밝혔다. 군산시와 순창군은 "
     "우수기관에 이름을 올렸다.", "2021-03-02",
     {("전라북도 완주군", 2020, "최우수"), ("전라북도 고창군", 2020, "최우수"), ("전라북도 군산시", 2020, "우수"),
      ("전라북도 순창군", 2020, "우수")}),
]


@pytest.mark.parametrize(("text", "published", "expected"), REFERENCE_CASES, ids=["same-contest", "next-sentence"])
def test_references_back_to_the_event(run, text, published, expected):
    assert keys(run(text, published)) == expected


def test_national_award_keeps_its_name_after_a_province(run):
    out = run("경기도는 지난해 종합대상에 이어 올해 일자리대상에서 최우수상을 받았다.", "2019-06-04")
    assert {(a["year"], a["grade"], a["award"]) for a in out["awards"]} == {
        (2018, "대상", "전국 지방자치단체 일자리대상"), (2019, "최우수", "전국 지방자치단체 일자리대상")}


# --- 3. 광역 winners -------------------------------------------------------------------------------

PROVINCE_CASES = [
    ("고용노동부가 주관하는 '2021 전국 지방자치단체 일자리대상'에서 강원도가 대상을 받았다.", "2021-07-07",
     {("강원도", 2021, "대상")}),
    ("충청북도(도지사 김도민)가 고용노동부 주관 '2019 전국 지자체 일자리대상'에서 공시제 부문 '특별상'을 받았다.",
     "2019-06-05", {("충청북도", 2019, "특별")}),
    ("전남도는 올해 일자리대상에서 종합대상을 받은 데 이어 우수사업 부문 최우수상도 받았다.", "2016-06-01",
     {("전라남도", 2016, "대상"), ("전라남도", 2016, "최우수")}),
]


@pytest.mark.parametrize(("text", "published", "expected"), PROVINCE_CASES,
                         ids=["province-ga-daesang", "province-governor-bracket", "province-ieo"])
def test_province_winners(run, text, published, expected):
    assert keys(run(text, published)) == expected


# --- 4. who did not win ------------------------------------------------------------------------------

NOT_WINNER_CASES = [
    ("(세종=연합뉴스) 홍길동 기자 = 장수군은 세종시에서 열린 2020 전국 지방자치단체 일자리대상 시상식에서 "
     "특별상을 받았다.", "2020-09-29", {("전라북도 장수군", 2020, "특별")}),
    # other topics: regional economy, investment, integrity, disaster prizes next to a job prize
    ("광양시가 전남도 시군 평가에서 일자리 분야 대상, 지역경제 활성화 분야 최우수상, 투자유치 분야 우수상을 받았다.",
     "2024-12-16", {("전라남도 광양시", 2024, "대상")}),
    ("경남 고성군은 해양수산부 '2017년도 해양쓰레기 정화' 최우수 기관에 뽑힌 데 이어 고용노동부 '2017 전국 지방자치단체 "
     "일자리 대상'에서 우수기관으로 선정됐다.", "2017-12-20", {("경상남도 고성군", 2017, "우수")}),
    ("예산군은 국민권익위원회 청렴도 평가에서 우수기관으로 뽑혔다.", "2019-12-10", set()),
    ("횡성군은 행정안전부 재난대응 안전한국훈련 평가에서 최우수기관으로 선정됐다.", "2019-12-10", set()),
    # prizes to companies, and prize money per class
    ("강원도는 일자리를 많이 만든 기업을 찾는 '강원도 일자리대상' 공모를 한다. 시상은 대상 1개사, 우수상 7개사 등 "
     "모두 8개 기업이다.", "2022-01-10", set()),
    ("김천시가 대상을 받았다. 수상 시군에는 대상 350만원, 최우수상 150만원, 우수상 100만원의 시상금이 주어진다.",
     "2021-12-29", {("경상북도 김천시", 2021, "대상")}),
    # the group label of all winners gives way to the district's own grade
    ("부산진구는 부산시가 주관한 '2025년 구·군 일자리 평가'에서 우수기관으로 뽑혔다. 부산진구는 16개 구·군 가운데 "
     "6곳의 우수기관에 들어 장려상을 받았다.", "2025-12-01", {("부산광역시 부산진구", 2025, "장려")}),
    # prizes of people and companies named with the district
    ("구로구 일자리정책과 김민수 주무관이 일자리 유공 우수상을 받았다.", "2021-12-10", set()),
    ("이천시는 일자리대상 우수상을 받았다. 이천시 소재 ㈜가람전자는 일자리 우수기업 대상을 받았다.", "2021-12-10",
     {("경기도 이천시", 2021, "우수")}),
    # what an evaluation does in general is no record
    ("일자리대상은 해마다 전국 243개 지방자치단체 가운데 우수 기관을 뽑아 시상하는 제도다. 화천군은 올해 특별상을 받았다.",
     "2020-09-29", {("강원도 화천군", 2020, "특별")}),
]


@pytest.mark.parametrize(("text", "published", "expected"), NOT_WINNER_CASES,
                         ids=["dateline-venue", "other-fields", "other-award-then-job-award", "integrity",
                              "disaster", "company-prizes", "prize-money", "label-then-grade", "person-prize",
                              "company-next-to-district", "generic-description"])
def test_not_winners(run, text, published, expected):
    assert keys(run(text, published)) == expected


# --- 6. award names --------------------------------------------------------------------------------

NAME_CASES = [
    ("부산시가 1일 2019년 구·군 일자리 창출 실적 평가 결과를 내놓았다.\n최우수상에는 사상구가 이름을 올렸다.", None,
     "부산광역시 사상구", "부산시 구·군 일자리 평가", None),
    ("동구가 대구시가 실시한 '2019년 대구시 구·군 일자리 창출 평가'에서 최우수상을 받았다.", "2019-12-05",
     "대구광역시 동구", "대구시 구·군 일자리 창출 평가", None),
    ("'2018 전국 지방자치단체 일자리 대상' 시상식이 열렸다.\n지역일자리 목표 공시제 부문에서는 광주광역시가 "
     "종합대상을 안았다.", "2018-06-21", "광주광역시", "전국 지방자치단체 일자리대상", "지역일자리 목표 공시제 부문"),
    ("사상구는 부산지역 구·군 일자리 창출 실적평가에서 최우수상을 받았다.", "2018-12-01",
     "부산광역시 사상구", "부산시 구·군 일자리 평가", None),
    ("광주 북구는 지난해 자활 분야 대통령상, 지방자치단체 일자리대상 최우수상을 받았다.", "2022-03-24",
     "광주광역시 북구", "전국 지방자치단체 일자리대상", None),
    ("합천군은 고용노동부 주관 '전국지방자치단체 일자리 대상 평가' 시상식에서 우수상을 받았다.", "2022-08-02",
     "경상남도 합천군", "전국 지방자치단체 일자리대상", None),
    ("충북도는 12일 상반기 일자리 창출 추진실적 평가 시상식을 열었다.\n음성군이 최우수상에 선정됐다.", "2019-07-12",
     "충청북도 음성군", "충북도 상반기 일자리 창출 추진실적 평가", None),
    ("(청주=연합뉴스) 김다정 기자 = 통합 이후 처음 실시된 시·군 일자리 우수기관 평가에서 진천군이 최우수기관으로 "
     "뽑혔다.", "2021-10-21", "충청북도 진천군", "충북도 시·군 일자리 우수기관 평가", None),
    ("부산시는 2018년 구·군 일자리 창출 실적에 대한 평가 결과를 공개했다.\n평가 결과 최우수상은 사상구에 돌아갔다.",
     "2018-12-06", "부산광역시 사상구", "부산시 구·군 일자리 평가", None),
    ("구로구는 '2010 지역일자리 정책 브랜드사업 부문' 우수상을 받았다.", "2010-12-01",
     "서울특별시 구로구", "지역일자리 정책", "브랜드사업 부문"),
]


@pytest.mark.parametrize(("text", "published", "district", "award", "category"), NAME_CASES,
                         ids=["lead-evaluation", "province-inside-quote", "category-not-award", "area-prefix",
                              "last-of-a-list", "alias-with-pyeongga", "lead-without-year", "dateline-and-clause",
                              "e-daehan", "alias-before-category"])
def test_canonical_award_names(run, text, published, district, award, category):
    rows = by_district(run(text, published), district)
    assert rows, "no record"
    assert rows[0]["award"] == award
    assert rows[0]["category"] == category


# --- 7. provenance -----------------------------------------------------------------------------------

def test_provenance_of_awards(run):
    text = ("울산시는 2018년 구·군 일자리 창출 실적 평가 결과를 발표했다.\n"
            "평가 결과 최우수상에는 북구가 뽑혔다.\n"
            "북구는 2016년에도 우수상을 받았다.\n"
            "구는 올해 일자리대상에서도 특별상을 받았다.")
    out = run(text, "2018-12-20")
    src = {(a["year"], a["grade"]): (a["year_source"], a["district_source"]) for a in out["awards"]}
    assert src[(2018, "최우수")] == ("frame", "sentence")
    assert src[(2016, "우수")] == ("sentence", "sentence")
    assert src[(2018, "특별")] == ("sentence", "frame")


def test_provenance_publication_year_and_hint(run):
    out = run("구는 일자리대상에서 우수상을 받았다.", "2021-06-01", district_code="1153000000")
    (row,) = out["awards"]
    assert (row["district"], row["year"]) == ("서울특별시 구로구", 2021)
    assert (row["year_source"], row["district_source"]) == ("published", "hint")


def test_provenance_of_job_counts(run):
    out = run("구로구는 지난해 일자리 1만 2천 개를 만들었다.", "2020-03-01")
    (row,) = out["job_counts"]
    assert (row["year"], row["year_source"], row["district_source"]) == (2019, "sentence", "sentence")


def test_provenance_without_year(run):
    out = run("화순군이 일자리대상에서 특별상을 받았다.", None)
    (row,) = out["awards"]
    assert row["year"] is None and row["year_source"] is None


# --- round 2 (generalised over real_dev_c / real_dev_d) ------------------------------------------

# The evaluator as the subject: "최우수에 A, 우수에 B를 뽑았다/골랐다" (bare grade words + 에)
SELECTING_CASES = [
    ("경남도는 올해 시·군 일자리 평가에서 최우수에 김해시, 우수에 밀양시, 장려에 하동군을 각각 뽑았다.",
     "2019-11-20",
     {("경상남도 김해시", 2019, "최우수"), ("경상남도 밀양시", 2019, "우수"), ("경상남도 하동군", 2019, "장려")}),
    ("대구시는 구·군 일자리 평가를 거쳐 최우수에 달서구, 우수에 북구·수성구를 골랐다고 3일 밝혔다.",
     "2021-02-03",
     {("대구광역시 달서구", 2021, "최우수"), ("대구광역시 북구", 2021, "우수"), ("대구광역시 수성구", 2021, "우수")}),
    # "지난해 … 최우수 시·군으로 A와 B를 뽑았다": the grade class before the winners as objects
    ("충남도는 지난해 일자리 정책 최우수 시·군으로 아산시와 당진시를 뽑았다고 밝혔다.\n"
     "우수 시·군에는 서산시가 이름을 올렸다.", "2022-04-12",
     {("충청남도 아산시", 2021, "최우수"), ("충청남도 당진시", 2021, "최우수"), ("충청남도 서산시", 2021, "우수")}),
]


@pytest.mark.parametrize(("text", "published", "expected"), SELECTING_CASES,
                         ids=["ppobatda", "gollatda", "class-then-objects"])
def test_evaluator_selects_winners(run, text, published, expected):
    assert keys(run(text, published)) == expected


# Grades that are no district's record: the classes an evaluator selects, a 공모전's prizes (entries),
# a streak of another grade than the prize its year went with.
NO_RECORD_CASES = [
    ("전라남도는 22개 시·군의 공공일자리 사업을 평가해 우수기관과 우수사업장을 골랐다고 5일 밝혔다.", "2015-12-05"),
    ("구는 일자리 정책 아이디어 공모전 시상식을 열고 구청장상(대상) 1건, 우수상 3건을 골랐다.", "2021-09-10"),
    ("울산시가 연 청년 일자리 아이디어 공모전에서 '동네 수리공 양성사업'이 우수상을 받았다.", "2020-08-08"),
]


@pytest.mark.parametrize(("text", "published"), NO_RECORD_CASES, ids=["selected-classes", "contest-prizes",
                                                                      "contest-entry"])
def test_grades_that_are_no_record(run, text, published):
    assert run(text, published)["awards"] == []


def test_streak_of_another_grade_gives_no_years(run):
    text = (
        "경북도가 '2021년 전국 지방자치단체 일자리 대상'에서 종합대상을 받았다.\n"
        "2015년 종합대상에 이어 두 번째이며, 6년 연속 우수 자치단체에 들었다.\n"
        "시·군에서는 구미시가 최우수상을, 경산시와 영천시가 우수상을 받았다."
    )
    assert keys(run(text, None)) == {
        ("경상북도", 2021, "대상"), ("경상북도", 2015, "대상"), ("경상북도 구미시", 2021, "최우수"),
        ("경상북도 경산시", 2021, "우수"), ("경상북도 영천시", 2021, "우수"),
    }


def test_lead_year_after_headline_lines(run):
    # undated page: four headline / 부제 lines, then the lead with the year of the award
    text = (
        "일자리대상 시상식…대통령상 부산시\n\n"
        "국무총리상에 인천시\n\n"
        "부산 북구·김해시 최우수상\n\n"
        "전국 200여 지자체 가운데 으뜸\n\n"
        "고용노동부는 지난 12일 서울에서 '2016 전국 지방자치단체 일자리 대상' 시상식을 열었다.\n"
        "종합대상은 부산광역시가 차지했다.\n"
        "부산 북구와 경남 김해시는 최우수상을 받았다."
    )
    assert keys(run(text, None)) == {
        ("부산광역시", 2016, "대상"), ("부산광역시 북구", 2016, "최우수"), ("경상남도 김해시", 2016, "최우수"),
    }


# 광역 winners written in full after a grade lead, in short form as subjects, or heading a counted group
PROVINCE_WINNER_CASES = [
    ("최우수상은 경기도 화성시가 받았다. 우수상은 대구광역시, 전라남도 나주시, 경기도 이천시가 받았다.",
     "2014-12-10",
     {("경기도 화성시", 2014, "최우수"), ("대구광역시", 2014, "우수"), ("전라남도 나주시", 2014, "우수"),
      ("경기도 이천시", 2014, "우수")}),
    ("광역 부문에서는 울산광역시가 최우수, 도 부문에서는 전남이 최우수, 경북과 충남이 각각 우수기관에 뽑혔다.",
     "2013-03-02",
     {("울산광역시", 2013, "최우수"), ("전라남도", 2013, "최우수"), ("경상북도", 2013, "우수"),
      ("충청남도", 2013, "우수")}),
    ("강원도 등 5개 광역자치단체는 우수로 뽑혀 특별교부세를 받았다.", "2021-11-30", {("강원도", 2021, "우수")}),
]


@pytest.mark.parametrize(("text", "published", "expected"), PROVINCE_WINNER_CASES,
                         ids=["after-grade-lead", "short-names", "counted-group"])
def test_province_winners_round2(run, text, published, expected):
    assert keys(run(text, published)) == expected


def test_other_topic_named_by_the_award_itself(run):
    text = ("\"일자리 중심 시정이 좋은 평가\" 대전광역시가 22일 열린 '제9회 대한민국 지방자치경영대전' 시상식에서 "
            "대상을 받았다.")
    assert run(text, "2013-01-22")["awards"] == []


@pytest.mark.parametrize(("text", "published", "award"), [
    ("울산광역시는 '2011 전국 일자리 공시제 평가'에서 우수기관으로 뽑혔다.", "2012-03-12", "지역일자리 목표 공시제"),
    ("전북도는 올해 처음 한 시·군 일자리정책 평가에서 최우수에 임실군을 뽑았다.", "2017-11-07",
     "전북도 시·군 일자리 평가"),
], ids=["gongsije-alias", "participle-and-prefixed-alias"])
def test_award_names_round2(run, text, published, award):
    assert {a["award"] for a in run(text, published)["awards"]} == {award}


def test_winner_with_its_own_category_in_brackets(run):
    text = ("경상남도는 대통령상인 종합 대상을, 부산광역시(광역단체 부문)와 전남 순천시(기초단체 부문)는 "
            "국무총리상인 부문별 대상을 받았다.")
    got = {(a["district"], a["year"], a["grade"], a["category"]) for a in run(text, "2019-12-20")["awards"]}
    assert got == {("경상남도", 2019, "대상", None), ("부산광역시", 2019, "대상", "광역단체 부문"),
                   ("전라남도 순천시", 2019, "대상", "기초단체 부문")}


def test_category_heading_a_section_of_the_list(run):
    text = ("행정안전부는 7일 일자리 경진대회 결과를 발표했다.\n"
            "청년일자리 부문 대상은 울산광역시가 받았다.\n"
            "최우수상은 경기도 시흥시, 충청북도에 돌아갔다.\n"
            "사회적경제 부문에서는 서울특별시 성북구가 대상을 받았다.\n"
            "최우수상은 부산광역시 사하구가 수상했다.")
    got = {(a["district"], a["grade"], a["category"]) for a in run(text, "2016-12-07")["awards"]}
    assert got == {("울산광역시", "대상", "청년일자리 부문"), ("경기도 시흥시", "최우수", "청년일자리 부문"),
                   ("충청북도", "최우수", "청년일자리 부문"), ("서울특별시 성북구", "대상", "사회적경제 부문"),
                   ("부산광역시 사하구", "최우수", "사회적경제 부문")}


def test_letter_grades_stay_literal(run):
    text = ("전남도가 고용노동부의 지역혁신프로젝트 평가에서 가장 높은 'S(에스)'등급을 받았다. "
            "이번 평가는 광역자치단체를 S등급 10%, A등급 30%로 나눴다.")
    assert keys(run(text, "2021-12-01")) == {("전라남도", 2021, "S")}
    assert keys(run("홍천군은 고용노동부 일자리사업 평가에서 'A'등급을 받았다고 밝혔다.", "2023-03-02")) == {
        ("강원도 홍천군", 2023, "A")}
