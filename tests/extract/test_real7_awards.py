"""Award records in a seventh round of real-coverage shapes (real_dev_r..u).

Every sentence here was written for the test: the structures follow real releases (the agency that runs a
contest named between the winner and the grade, grades written together with 지자체 or 등급, prizes to a
district's 시니어클럽 or 자활센터, the classes an evaluation rewards or has, how many prizes of each class a
district's own contest will give, general administration and productivity evaluations, the period a
report covers, a 광역 named as the first word of its own evaluation, the first edition of an award);
names and numbers are invented.
"""

from __future__ import annotations

import pytest

from .conftest import award_keys as keys


def rows(out: dict) -> set[tuple[str, int | None, str, str | None]]:
    return {(a["district"], a["year"], a["grade"], a["category"]) for a in out["awards"]}


# --- the body that runs the contest is no receiver --------------------------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    ("소식\n\n아산시는 18일 고용노동부가 주최하고 한국능률협회가 주관한 '2019 전국 지방자치단체 일자리 대상'에서 "
     "기초지자체 부문 대상을 받았다.",
     {("충청남도 아산시", 2019, "대상")}),
    ("소식\n\n홍천군이 (사)한국일자리협회가 주최하는 '2021 대한민국 일자리 으뜸상'에서 일자리창출 부문 최우수 "
     "자치단체로 뽑혔다.",
     {("강원도 홍천군", 2021, "최우수")}),
    ("소식\n\n영주시는 한국지역경제재단이 주관한 '2022 지역일자리 우수사례 경진대회'에서 우수상을 차지했다.",
     {("경상북도 영주시", 2022, "우수")}),
])
def test_the_agency_running_the_contest_is_not_the_receiver(run, text, expected):
    assert keys(run(text, None)) == expected


def test_an_association_that_receives_is_still_another_receiver(run):
    text = "소식\n\n김포시 소식이다. 김포상공협회가 '2022 일자리 우수사례 경진대회'에서 우수상을 받았다."
    assert keys(run(text, None)) == set()


# --- grades written together with 지자체 or 등급 -------------------------------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    ("소식\n\n양평군은 '2018 전국 지방자치단체 일자리대상' 시상식에서 공시제 실적 우수지자체로 뽑혀 장관상을 받았다.",
     {("경기도 양평군", 2018, "우수")}),
    ("소식\n\n제천시는 '2020년 일자리사업 평가'에서 최우수지자체에 이름을 올렸다.",
     {("충청북도 제천시", 2020, "최우수")}),
    ("소식\n\n수영구는 2016년부터 3년 연속 지역산업 맞춤형 일자리 창출 사업평가에서 우수등급을 받았다.",
     {("부산광역시 수영구", 2016, "우수"), ("부산광역시 수영구", 2017, "우수"), ("부산광역시 수영구", 2018, "우수")}),
    ("소식\n\n사하구는 '2021년 지역일자리 공시제 평가'에서 최우수등급을 받았고 사업비도 받는다.",
     {("부산광역시 사하구", 2021, "최우수")}),
])
def test_grades_glued_to_jisache_or_deunggeup(run, text, expected):
    assert keys(run(text, None)) == expected


# --- an institution's prize, and the classes an evaluation rewards ----------------------------------


@pytest.mark.parametrize("text", [
    "소식\n\n광주 남구는 상을 받았다고 밝혔다. 광주남구시니어클럽은 '2020년 노인일자리 평가'에서 A등급 우수기관에 "
    "올랐고 시장형 부문에서도 우수상을 받았다.",
    "소식\n\n전남도는 2019년 지역자활센터 평가 결과를 밝혔다. 해남지역자활센터는 3년 잇따라 최우수기관에 올랐다.",
    "소식\n\n어르신 일자리를 맡은 동구시니어클럽이 복지부의 수행기관 평가에서 '대상'을 차지했다고 울산 동구청이 전했다.",
])
def test_a_senior_club_or_self_support_centre_wins_no_record(run, text):
    assert keys(run(text, None)) == set()


def test_the_district_prize_next_to_its_clubs_prize_is_kept(run):
    text = ("소식\n\n광주 북구는 상을 받았다고 밝혔다. 지난해 열린 '2019년 노인일자리 평가대회'에서는 북구청이 시·군·구 부문 "
            "우수상을, 광주북구시니어클럽이 시장형 부문 최우수상을 받았다.")
    assert rows(run(text, None)) == {("광주광역시 북구", 2019, "우수", "시·군·구 부문")}


@pytest.mark.parametrize("text", [
    "소식\n\n대전시는 노인일자리 평가에서 최우수 기관에 뽑혔다고 밝혔다.\n보건복지부는 해마다 사업을 평가해 우수 "
    "지자체와 수행기관을 골라 시상한다.",
    "소식\n\n대전시는 노인일자리 평가에서 최우수 기관에 뽑혔다고 밝혔다.\n충남도는 노인일자리 창출에 기여한 우수 기관과 "
    "기업에 상을 준다.",
])
def test_two_classes_the_evaluation_rewards_give_no_record(run, text):
    assert keys(run(text, None)) == {("대전광역시", None, "최우수")}


def test_the_classes_each_field_has_give_no_record(run):
    text = ("소식\n\n대구시가 '2024년 전국 지자체 일자리대상'의 공시제 부문에서 최우수상을 받았다. '공시제 부문'에는 "
            "종합대상·부문별대상·최우수상·우수상·특별상이, '우수사업 부문'에는 최우수상·우수상이 있다.")
    assert keys(run(text, "2024-08-01")) == {("대구광역시", 2024, "최우수")}


def test_how_many_prizes_of_each_class_a_contest_gives_is_no_record(run):
    text = ("소식\n\n대전 유성구가 '좋은 일터 우수사례 경진대회'를 연다고 밝혔다. 구는 심사를 거쳐 최우수상 1곳(300만원), "
            "우수상 2곳(200만원), 장려상 3곳(100만원)을 12월에 가린다.")
    assert keys(run(text, "2021-10-10")) == set()


def test_a_class_counted_without_money_keeps_its_record(run):
    text = "소식\n\n대전 유성구가 '2021 일자리 우수사례 경진대회'에서 최우수상을 받았다."
    assert keys(run(text, "2021-10-10")) == {("대전광역시 유성구", 2021, "최우수")}


# --- other topics and certifications ---------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "부산시는 2019년도 구·군 행정실적 종합평가에서 해운대구가 가장 높은 점수를 받았다고 밝혔다. 2위는 수영구였고, "
    "성적이 가장 많이 오른 영도구가 특별상을 받았다.",
    "소식\n\n서울 성동구는 '제8회 지방자치단체 생산성대상' 시상식에서 1위에 올라 최우수상인 국무총리상을 받았다.",
    "소식\n\n충남도는 '2017년 지역자활센터 평가'에서 도내 센터 가운데 최우수기관 1곳이 나왔다고 밝혔다.",
    "소식\n\n인천 남동구는 2년 동안 장관상과 민간 우수기관 인증 등 모두 40개의 상을 받았다고 밝혔다.",
])
def test_general_evaluations_and_certifications_give_no_record(run, text):
    assert keys(run(text, "2019-12-01")) == set()


# --- the 부문 and the year of a restated prize ------------------------------------------------------


def test_a_report_year_and_a_restated_field_add_no_record(run):
    text = ("소식\n\n울산 중구는 2023년 전국 지방자치단체 일자리대상에서 지역일자리 목표 공시제 부문 우수기관으로 뽑혔다고 "
            "밝혔다. 이번 평가에서 중구는 2022년 지역일자리 목표 공시제 추진 실적보고서를 바탕으로 1차 시·도 평가와 "
            "2차 중앙평가를 거쳐 공시제 부문 우수 지자체로 최종 선정됐다.")
    assert rows(run(text, None)) == {("울산광역시 중구", 2023, "우수", "지역일자리 목표 공시제 부문")}


def test_the_gongsije_year_evaluated_inside_a_dated_ceremony(run):
    text = ("소식\n\n대구 북구가 일자리를 잘 만든 지자체로 뽑혔다. 20일 열린 '2017 전국 지방자치단체 일자리 대상' "
            "시상식에서 북구는 지난해 지역일자리 목표 공시제 평가 우수기관으로 이름을 올려 장관상을 받았다.")
    assert keys(run(text, None)) == {("대구광역시 북구", 2017, "우수")}


# --- the winner of a 광역's own evaluation ------------------------------------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    ("소식\n\n동래구는 지난해 부산시 지역 일자리창출 추진평가에서 '최우수기관'으로 뽑혀 시비를 확보했다.",
     {("부산광역시 동래구", 2019, "최우수")}),
    ("소식\n\n서울 강북구 소식이다. 구는 2018년 서울시 희망일자리 만들기 사업 평가에서도 최우수구로 뽑혔다.",
     {("서울특별시 강북구", 2018, "최우수")}),
])
def test_a_province_naming_its_own_evaluation_is_not_the_winner(run, text, expected):
    assert keys(run(text, "2020-03-01")) == expected


def test_a_province_winning_a_national_evaluation_stays_the_winner(run):
    text = "소식\n\n부산시는 고용노동부 일자리 평가에서 최우수기관으로 뽑혔다."
    assert keys(run(text, "2020-03-01")) == {("부산광역시", 2020, "최우수")}


# --- streaks and the first edition ------------------------------------------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    ("소식\n\n보성군이 「2013년 전라남도 지역일자리사업 평가」에서 2012년도에 이어 2년 연속 ‘최우수 군’으로 "
     "확정됐다.",
     {("전라남도 보성군", 2012, "최우수"), ("전라남도 보성군", 2013, "최우수")}),
    ("소식\n\n영광군이 전라남도 지역일자리사업 평가에서 2014년도에 이어 2년 연속 우수 군으로 확정됐다.",
     {("전라남도 영광군", 2014, "우수"), ("전라남도 영광군", 2015, "우수")}),
])
def test_a_quoted_spaced_class_confirmed(run, text, expected):
    assert keys(run(text, "2015-10-20" if "영광" in text else "2013-10-20")) == expected


def test_the_first_edition_of_an_award_gives_no_record(run):
    text = ("소식\n\n대전 서구가 '2016 전국 지방자치단체 일자리 대상' 시상식에서 우수상을 받았다. 2012년 첫 평가 이후 "
            "서구가 우수상을 받기는 이번이 처음이다.")
    assert keys(run(text, "2016-05-20")) == {("대전광역시 서구", 2016, "우수")}


# --- a history in brackets, run-together sentences, a count of fields --------------------------------


def test_a_bracketed_history_of_grades_gives_one_record_per_year(run):
    text = ("소식\n\n노원구 관계자는 \"서울시 일자리 평가에서 4년 내리 상을 받아(2015년 우수, 2016년 모범, "
            "2017년 최우수, 2018년 최우수) 이름을 지켰다\"고 말했다.")
    assert keys(run(text, None)) == {
        ("서울특별시 노원구", 2015, "우수"), ("서울특별시 노원구", 2016, "모범"),
        ("서울특별시 노원구", 2017, "최우수"), ("서울특별시 노원구", 2018, "최우수"),
    }


def test_a_bracketed_period_evaluated_is_still_no_year(run):
    text = "소식\n\n진안군이 2019년('18년 실적) 전북도 일자리 평가에서 최우수기관으로 선정됐다."
    assert keys(run(text, None)) == {("전라북도 진안군", 2019, "최우수")}


def test_the_everyday_word_mobeom_is_no_grade(run):
    text = ("소식\n\n광주 동구는 '2024 사회적경제 일자리 평가'에서 우수 지자체로 뽑혔다. 공동 판매장을 연 것도 판로 "
            "확대의 모범으로 꼽혔다.")
    assert keys(run(text, None)) == {("광주광역시 동구", 2024, "우수")}


def test_sentences_run_together_without_a_space(run):
    text = ("소식\n\n(한 신문) 괴산군이 2019년 충북도 노인일자리 창출 우수기관 인증식에서 '최우수기관'으로 뽑혀 "
            "상사업비를 받게 됐다.증평군은 이번 평가에서 '우수기관'으로 선정돼 상사업비를 받았다.")
    assert keys(run(text, None)) == {("충청북도 괴산군", 2019, "최우수"), ("충청북도 증평군", 2019, "우수")}


def test_a_year_right_after_a_full_stop(run):
    text = ("소식\n\n강동구는 '2016 전국 기초단체장 매니페스토 우수사례 경진대회' 환경 분야에서 최우수상을 받았다.2014년 "
            "같은 대회 일자리 분야 최우수구에 오른 데 이은 수상이다.")
    assert rows(run(text, "2016-07-01")) == {("서울특별시 강동구", 2014, "최우수", "일자리 분야")}


def test_a_count_of_fields_is_no_category_of_the_prize(run):
    text = ("소식\n\n대구 달서구는 '제6회 지방자치단체 사회적경제 정책평가'에서 정책 성과 부문 우수 지자체로 뽑혔다. "
            "평가는 4개 부문 17개 지표로 살펴 모두 11곳을 우수기관으로 골랐다.")
    assert rows(run(text, "2023-11-01")) == {("대구광역시 달서구", 2023, "우수", "정책 성과 부문")}


# --- award names ------------------------------------------------------------------------------------


def names(out: dict) -> set[tuple[str, int | None, str, str | None]]:
    return {(a["district"], a["year"], a["grade"], a["award"]) for a in out["awards"]}


@pytest.mark.parametrize(("text", "published", "expected"), [
    # the year glued to the name
    ("소식\n\n세종시는 '2017전국 지방자치단체 일자리대상' 시상식에서 우수기관으로 뽑혔다고 밝혔다.", "2017-06-01",
     ("세종특별자치시", 2017, "우수", "전국 지방자치단체 일자리대상")),
    # a count of the district's prizes before the name
    ("소식\n\n경기 시흥시는 2013년과 2015년에 이어 다섯 번째 일자리대상 우수상을 받았다.", "2019-06-01",
     ("경기도 시흥시", 2019, "우수", "전국 지방자치단체 일자리대상")),
    # the ceremony of the 공시제 prizes
    ("소식\n\n영천시는 지난 13일 열린 '2012년 지역일자리 정책 한마당'에서 최우수 기관표창을 받았다.", None,
     ("경상북도 영천시", 2012, "최우수", "지역일자리 목표 공시제")),
    # the 서울시 evaluation of its 자치구 under another name
    ("소식\n\n서울 도봉구가 서울시 인센티브사업 평가에서 최우수구로 뽑혔다.", "2016-11-01",
     ("서울특별시 도봉구", 2016, "최우수", "서울시 자치구 일자리창출 평가")),
])
def test_award_names_of_real_releases(run, text, published, expected):
    out = run(text, published)
    assert expected in names(out)
    assert {a["award"] for a in out["awards"]} == {expected[3]}


# --- categories -------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    # two quoted 부문, each with its own grade
    ("소식\n\n광주시가 ‘2022년 전국 지자체 일자리대상’의 ‘지역 일자리 목표 공시제’ 부문에서 ‘최우수상’을, "
     "‘지역산업 맞춤형 우수사업’ 부문에서 ‘우수상’을 받았다.",
     {("광주광역시", 2022, "최우수", "지역 일자리 목표 공시제 부문"),
      ("광주광역시", 2022, "우수", "지역산업 맞춤형 우수사업 부문")}),
    # a streak before the 부문
    ("소식\n\n경북 영양군은 '2022 전국 지방자치단체 일자리대상'에서 2년 연속 일자리 공시제 부문 우수상을 받았다.",
     {("경상북도 영양군", 2022, "우수", "일자리 공시제 부문")}),
    # a general contest's name before its jobs 분야
    ("소식\n\n경기 파주시는 '제20회 대한민국 지방자치경영대전' 일자리 분야에서 최우수상을 받았다.",
     {("경기도 파주시", 2022, "최우수", "일자리 분야")}),
])
def test_categories_of_real_releases(run, text, expected):
    assert rows(run(text, "2022-11-01")) == expected
