"""Award records in an eighth round of real-coverage shapes (real_dev_v..z, the former held-out sets).

Every sentence here was written for the test: the structures follow real releases (letter and syllable
grades in quotes heading a list of winners, group labels inside a winners' list, the conferrer in brackets
before the list, an other-topic 분야 whose list goes on in the next sentence, an evaluation built on another
topic's results, a run of years with a tally of different grades, "우수 시·군" as the label of all winners,
a period start read as a dateline); names and numbers are invented.
"""

from __future__ import annotations

import pytest

from extract.text import infer_published

from .conftest import award_keys as keys

# --- letter and syllable grades in quotes ------------------------------------------------------------


@pytest.mark.parametrize(("text", "published", "expected"), [
    # a quoted letter grade heading the list of its winners
    ("부산시 소식\n\n부산시가 '2019 구·군 일자리 사업 평가' 결과를 발표했다. 가장 높은 'S등급'은 수영구, 사하구, "
     "금정구가 차지했다. 'A등급'은 동래구·연제구 등 2곳이다.", "2019-11-02",
     {("부산광역시 수영구", 2019, "S"), ("부산광역시 사하구", 2019, "S"), ("부산광역시 금정구", 2019, "S"),
      ("부산광역시 동래구", 2019, "A"), ("부산광역시 연제구", 2019, "A")}),
    # the districts before it are put in the quoted class ("…는 'A등급'으로")
    ("대구시 소식\n\n대구시의 '2021 구·군 일자리 평가'에서 달서구와 수성구는 'A등급'으로 각각 5천만원을 받는다.",
     "2021-12-01", {("대구광역시 달서구", 2021, "A"), ("대구광역시 수성구", 2021, "A")}),
    # a syllable grade stays literal, and the grade word glossing it is no second record
    ("소식\n\n광주 서구는 여성새로일하기센터 운영평가에서 최우수 등급인 '가'등급을 받았다고 밝혔다.", "2022-03-04",
     {("광주광역시 서구", 2022, "가")}),
    ("소식\n\n울산시 소식이다. 행정안전부 일자리 시책 평가에서 '가등급' 지자체는 울산광역시와 경상남도였다.",
     "2010-08-01", {("울산광역시", 2010, "가"), ("경상남도", 2010, "가")}),
])
def test_quoted_letter_and_syllable_grades(run, text, published, expected):
    assert keys(run(text, published)) == expected


def test_letter_classes_an_evaluation_is_divided_into_are_no_record(run):
    text = ("소식\n\n인천시 소식이다. 연수구는 올해 일자리 평가에 참여한다. 평가 결과는 'S등급'으로 나뉘고 "
            "'A등급'으로 나눠 매긴다.")
    assert keys(run(text, "2023-05-01")) == set()


# --- group labels inside a winners' list -------------------------------------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    ("소식\n\n'2018 전국 지방자치단체 일자리대상' 시상식이 열렸다. 최우수상은 광역에서 대전광역시, 충청북도, "
     "기초단체로는 충남 아산시, 논산시 등이 받았다.",
     {("대전광역시", 2018, "최우수"), ("충청북도", 2018, "최우수"), ("충청남도 아산시", 2018, "최우수"),
      ("충청남도 논산시", 2018, "최우수")}),
    # the conferrer in brackets between the grade and its particle, then the group label
    ("소식\n\n'2018 전국 지방자치단체 일자리대상' 시상식이 열렸다. 우수상(장관상)은 광역단체로 울산광역시가, "
     "기초단체로는 경북 구미시, 상주시가 이름을 올렸다.",
     {("울산광역시", 2018, "우수"), ("경상북도 구미시", 2018, "우수"), ("경상북도 상주시", 2018, "우수")}),
    # population groups
    ("소식\n\n충남도가 '2017 시·군 일자리 평가' 결과를 밝혔다. 우수 지자체에는 A그룹 천안시, B그룹 서산시, "
     "C그룹 청양군이 이름을 올렸다.",
     {("충청남도 천안시", 2017, "우수"), ("충청남도 서산시", 2017, "우수"), ("충청남도 청양군", 2017, "우수")}),
    # "수상 지자체는 A와 B 등 N곳이다"
    ("소식\n\n고용노동부가 '2016 지역 일자리 사업 평가' 결과를 냈다. 최우수상 수상 지자체는 강원도와 경기 오산시 "
     "등 2곳이다.",
     {("강원도", 2016, "최우수"), ("경기도 오산시", 2016, "최우수")}),
])
def test_group_labels_inside_a_winners_list(run, text, expected):
    assert keys(run(text, None)) == expected


def test_a_group_label_does_not_carry_a_list_past_the_next_grade(run):
    text = ("소식\n\n'2018 전국 지방자치단체 일자리대상' 시상식이 열렸다. 최우수상은 광역에서 대전광역시, 충청북도, "
            "기초단체로는 충남 아산시가, 우수상은 광역에서 울산광역시, 경상남도가 받았다.")
    assert keys(run(text, None)) == {
        ("대전광역시", 2018, "최우수"), ("충청북도", 2018, "최우수"), ("충청남도 아산시", 2018, "최우수"),
        ("울산광역시", 2018, "우수"), ("경상남도", 2018, "우수")}


# --- other-topic fields and evaluations ------------------------------------------------------------


def test_an_other_topic_field_goes_on_in_the_next_sentence(run):
    text = ("소식\n\n경북도는 '2020 경북 일자리·경제 한마당'을 열었다. 일자리 우수 시군은 구미시가 대상을 받았다. "
            "관광 분야 우수 시군은 경주시가 대상을 차지했다. 최우수상은 안동시·영주시, 우수상은 문경시가 받았다.")
    assert keys(run(text, "2020-12-10")) == {("경상북도 구미시", 2020, "대상")}


def test_a_jobs_field_in_the_next_sentence_gives_records_again(run):
    text = ("소식\n\n경북도는 '2020 경북 일자리·경제 한마당'을 열었다. 관광 분야 우수 시군은 경주시가 대상을 "
            "차지했다. 일자리 분야 최우수상은 안동시·영주시가 받았다.")
    assert keys(run(text, "2020-12-10")) == {("경상북도 안동시", 2020, "최우수"), ("경상북도 영주시", 2020, "최우수")}


@pytest.mark.parametrize(("text", "expected"), [
    ("충북도, 11개 시군 실적 평가 결과 발표\n\n충북도가 11개 시군의 지난해 실적을 따진 결과 음성군이 최우수 시군에 "
     "뽑혔다. 도는 시군 합동평가 결과를 바탕으로 최우수 1곳, 우수 2곳을 골랐다. 우수는 제천시와 옥천군이 차지했다.",
     set()),
    # the evaluation the article is built on is a jobs one: records
    ("충북도, 11개 시군 실적 평가 결과 발표\n\n충북도가 11개 시군의 지난해 실적을 따진 결과 음성군이 최우수 시군에 "
     "뽑혔다. 도는 일자리 창출 평가 결과를 바탕으로 최우수 1곳, 우수 2곳을 골랐다. 우수는 제천시와 옥천군이 "
     "차지했다.",
     {("충청북도 음성군", 2021, "최우수"), ("충청북도 제천시", 2021, "우수"), ("충청북도 옥천군", 2021, "우수")}),
])
def test_the_evaluation_an_untitled_topic_article_rests_on(run, text, expected):
    assert keys(run(text, "2022-07-01")) == expected


# --- a run of years with a tally of different grades -------------------------------------------------


def test_a_run_of_years_with_different_grades_gives_no_records(run):
    text = ("소식\n\n순천시가 '2021 전국 지방자치단체 일자리대상'에서 대상을 받았다. 시는 2016년부터 해마다 "
            "장려상, 우수상, 최우수상 등을 받으며 6년 연속 수상 기록을 세웠다.")
    assert keys(run(text, "2021-10-01")) == {("전라남도 순천시", 2021, "대상")}


def test_a_run_of_years_with_one_grade_still_expands(run):
    text = "소식\n\n순천시는 2017년부터 3년 연속 지역일자리 목표 공시제 평가에서 우수상을 받았다."
    assert keys(run(text, "2019-10-01")) == {
        ("전라남도 순천시", 2017, "우수"), ("전라남도 순천시", 2018, "우수"), ("전라남도 순천시", 2019, "우수")}


# --- "우수 시·군" names every winner -------------------------------------------------------------------


def test_the_label_of_all_winners_gives_way_to_the_grade(run):
    text = ("소식\n\n전남도가 '2022 일자리 한마당'을 열었다. 일자리 창출 우수 시·군은 나주시가 대상을 차지했다. "
            "최우수상은 보성군이 받았다.")
    assert keys(run(text, "2022-12-13")) == {("전라남도 나주시", 2022, "대상"), ("전라남도 보성군", 2022, "최우수")}


# --- a period start is no dateline -------------------------------------------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    ("서울시가 평가 결과를 냈다.\n이번 평가는 2013년 9월 1일부터 올해 8월 31일까지의 성과를 따졌다.", None),
    ("서울시가 평가 결과를 냈다.\n평가 기간은 2013.9.1~2014.8.31이다.", None),
    ("입력 2014.10.16 10:44\n서울시가 평가 결과를 냈다.", "2014-10-16"),
    ("서울시가 2014년 10월 16일 평가 결과를 냈다.", "2014-10-16"),
])
def test_a_period_start_is_no_dateline(text, expected):
    assert infer_published(text) == expected


# --- the conferrer's prize named with the grade, entries in brackets --------------------------------


def test_grade_named_with_its_conferrers_prize_heads_a_list(run):
    text = ("소식\n\n일자리위원회가 '2018 지방 일자리 우수사례 발표대회'를 열었다. 대상인 대통령 표창의 영예는 "
            "충청북도(청년 귀농 프로젝트)와 경기 안산시(반월 일자리 사업)에 돌아갔다. 최우수상인 국무총리 표창은 "
            "울산광역시(조선 재도약 사업), 경북 포항(철강 일자리 나눔), 한국산업단지공단(스마트 공장)이 받았다. "
            "우수상인 행안부 장관상 수상 기관으로는 강원도(산촌 일터)를 비롯해 전남 해남(땅끝 일자리) 등이 선정됐다.")
    assert keys(run(text, "2018-12-20")) == {
        ("충청북도", 2018, "대상"), ("경기도 안산시", 2018, "대상"), ("울산광역시", 2018, "최우수"),
        ("경상북도 포항시", 2018, "최우수"), ("강원도", 2018, "우수"), ("전라남도 해남군", 2018, "우수")}


def test_a_conferrers_prize_alone_still_gives_no_record(run):
    text = "소식\n\n'2018 지방 일자리 우수사례 발표대회'에서 국무총리 표창은 울산광역시와 경북 포항시가 받았다."
    assert keys(run(text, "2018-12-20")) == set()


# --- the list of winners after a grade they were chosen for ------------------------------------------


def test_every_winner_listed_after_the_grade_they_were_chosen_for(run):
    text = ("소식\n\n행정안전부가 '2011년 하반기 일자리 창출 평가' 결과를 밝혔다. 기초단체 가운데 최우수 기관으로 "
            "뽑힌 춘천시·보령시·거창군은 3억원씩 받는다.")
    assert keys(run(text, "2011-12-01")) == {
        ("강원도 춘천시", 2011, "최우수"), ("충청남도 보령시", 2011, "최우수"), ("경상남도 거창군", 2011, "최우수")}


# --- a 광역 right before a quoted evaluation runs it ---------------------------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    ("소식\n\n진안군은 고용노동부 '지역일자리 목표 공시제' 우수상, 전라북도 '일자리 우수 시·군 평가' 최우수상을 "
     "받았다.",
     {("전라북도 진안군", 2020, "우수"), ("전라북도 진안군", 2020, "최우수")}),
    ("소식\n\n보령시가 운영하는 새일센터는 4년(2017년부터 올해까지) 연속 충청남도 '여성일자리 운영평가 "
     "최우수기관'으로 뽑혔다.",
     {("충청남도 보령시", y, "최우수") for y in (2017, 2018, 2019, 2020)}),
])
def test_a_province_before_a_quoted_evaluation_organises_it(run, text, expected):
    assert keys(run(text, "2020-10-01")) == expected


def test_a_province_winning_before_an_unquoted_prize_still_wins(run):
    text = "소식\n\n전라북도가 고용노동부 '지역일자리 목표 공시제' 평가에서 최우수상을 받았다."
    assert keys(run(text, "2020-10-01")) == {("전라북도", 2020, "최우수")}


# --- the head of the body that confers the prize is no receiver -------------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    ("소식\n\n안산시 소식이다. 이와 함께 시는 '2024 인권 포럼'에서 일자리 우수 자치단체로 뽑혀 경기도지사 표창을 "
     "받았다.", {("경기도 안산시", 2024, "우수")}),
    ("소식\n\n목포시 소식이다. 시는 일자리 창출 평가에서 최우수 기관으로 뽑혀 전라남도지사 표창을 받았다.",
     {("전라남도 목포시", 2024, "최우수")}),
])
def test_the_conferring_governor_is_no_receiver(run, text, expected):
    assert keys(run(text, "2024-10-01")) == expected


# --- the named member of each counted group ("A 등 N개 광역도, B 등 N개 기초시") --------------------------


def test_the_named_member_of_each_counted_group(run):
    text = ("소식\n\n고용노동부가 '2013 지역 일자리 공시제' 결과를 밝혔다. 충북 등 3개 광역도, 울산시 등 2개 광역시, "
            "경기 이천시 등 6개 기초시 등 모두 11곳은 우수 자치단체로 뽑혔다.")
    assert keys(run(text, "2013-03-20")) == {
        ("충청북도", 2013, "우수"), ("울산광역시", 2013, "우수"), ("경기도 이천시", 2013, "우수")}


def test_a_province_before_its_own_unit_without_a_list_is_still_context(run):
    text = "소식\n\n'2013 지역 일자리 공시제' 평가에서 경상북도 칠곡군이 우수 자치단체로 뽑혔다."
    assert keys(run(text, "2013-03-20")) == {("경상북도 칠곡군", 2013, "우수")}


# --- a year that dates the achievement a clause before the grade describes -------------------------


@pytest.mark.parametrize(("text", "expected"), [
    ("소식\n\n'2014 지역 일자리정책 한마당'이 열렸다. 지난해 일자리를 가장 많이 만든 최우수 자치단체로 "
     "충청남도와 경남 창원시가 뽑혔다.", {("충청남도", 2014, "최우수"), ("경상남도 창원시", 2014, "최우수")}),
    ("소식\n\n대구 수성구는 2013년 목표를 초과 달성한 우수 자치단체로 뽑혔다.",
     {("대구광역시 수성구", 2014, "우수")}),
    # the year right before the grade with no such clause is still the prize's
    ("소식\n\n대구 수성구는 지난해 우수 자치단체로 뽑혔다.", {("대구광역시 수성구", 2013, "우수")}),
])
def test_a_year_of_an_achievement_clause_is_not_the_prizes(run, text, expected):
    assert keys(run(text, "2014-03-20")) == expected


# --- the evaluator gives a quoted title; a grade "에 올랐다" after last year's -------------------------


@pytest.mark.parametrize(("text", "expected"), [
    ("소식\n\n경남도는 '2022 일자리 한마당'을 열고 함안군수에게 '2022년 일자리 창출 최우수기관' 표창을 줬다.",
     {("경상남도 함안군", 2022, "최우수")}),
    ("소식\n\n충남도는 '2022 일자리 한마당'을 열고 당진시장에게 '일자리 우수기관' 표창을 건넸다.",
     {("충청남도 당진시", 2022, "우수")}),
])
def test_a_quoted_title_the_evaluator_gives(run, text, expected):
    assert keys(run(text, None)) == expected


def test_a_quoted_name_the_evaluator_runs_is_still_no_grade(run):
    text = "소식\n\n경남도는 '2022 일자리 한마당'을 열고 '2022년 일자리 창출 우수기관 평가' 결과를 알렸다. 함안군이 참석했다."
    assert keys(run(text, None)) == set()


@pytest.mark.parametrize(("text", "expected"), [
    ("소식\n\n제천시가 지난해에 이어 2024년에도 충북도 일자리 사업 성과평가에서 '최우수'에 올랐다.",
     {("충청북도 제천시", 2024, "최우수"), ("충청북도 제천시", 2023, "최우수")}),
    ("소식\n\n제천시가 2024년 충북도 일자리 사업 성과평가에서 '최우수'에 올랐다.",
     {("충청북도 제천시", 2024, "최우수")}),
])
def test_last_years_record_before_an_explicit_year(run, text, expected):
    assert keys(run(text, None)) == expected


# --- a grade naming a class of winners; an institution's prize; the label beside the grade ------------


@pytest.mark.parametrize(("text", "expected"), [
    ("소식\n\n고용노동부가 '2016 지역 일자리 평가'에서 대상 수상 지자체를 비롯해 모두 20곳을 우수 지자체로 "
     "선정했다. 최우수상은 경기 오산시가 받았다. 대상·최우수상 지자체의 담당 공무원에게는 장관 표창이 주어진다.",
     {("경기도 오산시", 2016, "최우수")}),
    ("소식\n\n경북도가 1일 상반기 일자리 평가 우수 시·군에 대한 시상식을 가졌다. 최우수에 영주시가 뽑혔다.",
     {("경상북도 영주시", 2020, "최우수")}),
    ("소식\n\n노동부는 강원도 원주시 등 우수사업 20개를 추린 뒤 이날 대상과 최우수상을 받을 5개 사업을 선정했다.",
     set()),
])
def test_a_grade_naming_a_class_of_winners_is_no_record(run, text, expected):
    assert keys(run(text, "2020-07-01")) == expected


def test_an_institution_named_with_the_district_also_winning(run):
    text = ("소식\n\n영동군이 '2024년 노인일자리 사업 평가'에서 최우수 지자체로 뽑혔다. 영동군노인복지관도 "
            "공익활동 분야에서 우수기관으로 뽑혔고, 영동시니어클럽도 특별상을 받았다.")
    assert keys(run(text, "2024-09-01")) == {("충청북도 영동군", 2024, "최우수")}


def test_the_label_of_winners_gives_way_to_the_grade_of_its_sentence(run):
    text = ("소식\n\n부산 금정구가 '2019 전국 지방자치단체 일자리 대상'에서 공시제 부문 우수기관으로 뽑혀 "
            "고용노동부 장관상(특별상)을 받았다.")
    assert keys(run(text, None)) == {("부산광역시 금정구", 2019, "특별")}


def test_a_winner_named_after_the_grade_it_was_chosen_for(run):
    text = "소식\n\n전북도가 시·군 일자리 평가 결과를 냈다. 최우수 시군으로 뽑힌 남원시는 청년 사업이 돋보였다."
    assert keys(run(text, "2021-11-01")) == {("전라북도 남원시", 2021, "최우수")}


# --- a 공시제 year in a story of the next year's 일자리대상 ceremony --------------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    # an explicit 공시제 year inside the story of the next year's ceremony takes the ceremony's year too (gold
    # README "공시제 prizes take the ceremony's year", rdf_035 corrected to 2018; 0.13.0)
    ("소식\n\n'2018 전국 지방자치단체 일자리대상' 시상식이 열렸다. 옥천군은 고용노동부의 '2017년 지역일자리 목표 "
     "공시제 추진실적' 평가에서 우수기관으로 뽑혔다.", {("충청북도 옥천군", 2018, "우수")}),
    ("소식\n\n울산 북구가 '2020 전국 지방자치단체 일자리 대상'에서 상을 받았다. 구는 지난해 지역일자리 목표 공시제 "
     "평가에서 최우수기관으로 뽑혔다.", {("울산광역시 북구", 2020, "최우수")}),
    # no ceremony of the next year named: the 공시제 year stays
    ("소식\n\n옥천군은 고용노동부의 '2017년 지역일자리 목표 공시제 추진실적' 평가에서 우수기관으로 뽑혔다.",
     {("충청북도 옥천군", 2017, "우수")}),
])
def test_a_gongsi_year_takes_the_ceremonys_year(run, text, expected):
    assert keys(run(text, "2020-06-05" if "2020" in text else "2018-07-27")) == expected


# --- award names ----------------------------------------------------------------------------------


def names(out: dict) -> set[tuple[str, str | None]]:
    return {(a["district"], a["award"]) for a in out["awards"]}


def test_an_unnamed_prize_takes_the_contest_the_lead_quotes(run):
    text = ("소식\n\n행정안전부가 지난 5일 '2019 지방 일자리 우수사례 경진대회'를 열었다. 대상은 전남 나주시가, "
            "최우수상은 충청북도가 받았다.")
    assert names(run(text, "2019-11-07")) == {
        ("전라남도 나주시", "지방 일자리 우수사례 경진대회"), ("충청북도", "지방 일자리 우수사례 경진대회")}


def test_the_quoted_name_not_the_clause_before_it(run):
    text = ("소식\n\n대구시가 관내 8개 구·군을 상대로 벌인 '구·군 일자리 평가' 결과 달서구가 최우수기관으로 뽑혔다.")
    assert names(run(text, "2021-12-01")) == {("대구광역시 달서구", "대구시 구·군 일자리 창출 평가")}  # the alias table's name


def test_a_conferrers_prize_is_no_award_name(run):
    text = ("소식\n\n부산 금정구가 '2019 전국 지방자치단체 일자리 대상'에서 공시제 부문 우수기관으로 뽑혀 "
            "고용노동부 장관상(특별상)을 받았다.")
    assert names(run(text, None)) == {("부산광역시 금정구", "전국 지방자치단체 일자리대상")}


@pytest.mark.parametrize(("text", "expected"), [
    ("소식\n\n경남도는 중소벤처기업부의 지역산업육성 성과평가에서 최우수(S등급)를 받았다고 밝혔다.", set()),
    # a jobs programme evaluation that names regional industry stays a jobs award
    ("소식\n\n경남도는 '지역산업맞춤형 일자리창출 지원사업' 평가에서 최우수상을 받았다고 밝혔다.",
     {("경상남도", 2022, "최우수")}),
])
def test_regional_industry_promotion_is_another_topic(run, text, expected):
    assert keys(run(text, "2022-07-22")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("소식\n\n당진시가 운영하는 새일센터는 3년간(2017~2019년) '충남도 여성일자리 운영평가 최우수기관'으로 뽑혔다.",
     {("충청남도 당진시", y, "최우수") for y in (2017, 2018, 2019)}),
    # a bracketed span that is no count of years before it is the period evaluated: its last year
    ("소식\n\n당진시는 '여성일자리 운영평가'(2017~2019년 실적)에서 최우수기관으로 뽑혔다.",
     {("충청남도 당진시", 2020, "최우수")}),
])
def test_a_counted_span_in_brackets(run, text, expected):
    assert keys(run(text, "2020-12-01")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("소식\n\n경남도가 '일자리 우수 시군 평가'에서 최우수 시군으로 진주시·하동군, 우수 시군으로 밀양시를 각각 뽑았다.",
     {("경상남도 진주시", 2022, "최우수"), ("경상남도 하동군", 2022, "최우수"), ("경상남도 밀양시", 2022, "우수")}),
    ("소식\n\n경남도가 '일자리 우수 시군 평가' 결과를 냈다. 우수 시군에는 밀양시와 하동군이 이름을 올렸다.",
     {("경상남도 밀양시", 2022, "우수"), ("경상남도 하동군", 2022, "우수")}),
])
def test_a_class_written_sigun_heads_its_list(run, text, expected):
    assert keys(run(text, "2022-05-01")) == expected
