"""Award records, names and categories in a sixth round of real-coverage shapes (issue #9, real_dev_n..q).

Every sentence here was written for the test: the structures follow real releases (general contests
won in a field, prizes to a district's own teams and departments, the classes an award is made of,
prize money per class, a tally of prizes, an undated lead restating a dated prize, the 분야 of a
prize); names and numbers are invented.
"""

from __future__ import annotations

import pytest

from .conftest import award_keys as keys


def rows(out: dict) -> set[tuple[str, int | None, str, str | None, str | None]]:
    return {(a["district"], a["year"], a["grade"], a["award"], a["category"]) for a in out["awards"]}


# --- the 분야 of a prize is its category ----------------------------------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    ("소식\n\n충남 서산시는 '2024 전국 기초단체장 매니페스토 우수사례 경진대회'에서 일자리 및 고용개선 분야 "
     "최우수상을 받았다고 밝혔다.",
     ("충청남도 서산시", 2024, "최우수", "전국 기초단체장 매니페스토 우수사례 경진대회", "일자리 및 고용개선 분야")),
    ("소식\n\n전남 해남군이 '2019년 전남도 시·군 일자리 평가'에서 일자리창출 분야 우수상을 차지했다.",
     ("전라남도 해남군", 2019, "우수", "전남도 시·군 일자리 평가", "일자리창출 분야")),
    ("소식\n\n경기 이천시는 '2012 지역일자리 목표 공시제'에서 취약계층 지원대책분야 장려상을 받았다.",
     ("경기도 이천시", 2012, "장려", "지역일자리 목표 공시제", "취약계층 지원대책 분야")),
    ("소식\n\n강원 홍천군이 '2021 전국 기초단체장 매니페스토 우수사례 경진대회' 일자리 분야에서 전국 "
     "우수상을 받았다.",
     ("강원도 홍천군", 2021, "우수", "전국 기초단체장 매니페스토 우수사례 경진대회", "일자리 분야")),
])
def test_a_field_named_before_the_grade_is_the_category(run, text, expected):
    assert rows(run(text, None)) == {expected}


def test_a_count_of_fields_is_no_category(run):
    text = ("소식\n\n부산 사하구가 '2018 부산시 구·군 일자리 창출 평가'에서 최우수상을 받았다. 평가는 4개 분야 "
            "12개 항목으로 이뤄졌다.")
    out = run(text, "2018-12-20")
    assert [(a["grade"], a["category"]) for a in out["awards"]] == [("최우수", None)]


# --- general contests count only in a jobs field ------------------------------------------------------


@pytest.mark.parametrize("text", [
    "소식\n\n경남 고성군이 제20회 한국지방자치경영대상에서 문화관광부문 대상을 받았다.",
    "소식\n\n충북 단양군은 제21회 한국지방자치경영대상 시상식에서 가장 큰 상인 종합대상을 받았다.",
    "소식\n\n전북 진안군은 '2020 전국 기초단체장 매니페스토 우수사례 경진대회'에서 공약이행 분야 우수상을 받았다.",
    # a labour statistic among the winners' merits does not make a general contest a jobs award
    "소식\n\n한 일간지가 연 지방자치경영대전 시상식이 열렸다. 올해는 고용률이 가장 높은 충남 당진시와 관광객을 "
    "크게 늘린 경북 영주시가 종합대상을 받았다.",
    # the evaluation is named in quotes only after the winners
    "소식\n\n우수상은 강진군과 장흥군이, 장려상은 구례군이 받았다. 전남도는 해마다 도내 시군을 상대로 "
    "'규제혁신 우수 시군 평가'를 하고 있다.",
    "소식\n\n경북 영천시는 지난해 지역산업정책대상에서 대상을 받았고, 전국 복지정책 평가에서도 우수 지자체로 뽑혔다.",
])
def test_general_and_other_topic_contests_give_no_record(run, text):
    assert run(text, "2020-10-01")["awards"] == []


def test_this_contest_in_another_field_is_no_record(run):
    text = ("소식\n\n충북 보은군은 '2022 전국 기초단체장 매니페스토 우수사례 경진대회'에서 일자리 분야 최우수상을 "
            "받았다. 이 대회에서 충북 단양군은 기후환경 분야에 주민 제안 사업을 내 우수상을 받았다.")
    assert keys(run(text, "2022-07-20")) == {("충청북도 보은군", 2022, "최우수")}


@pytest.mark.parametrize(("text", "expected"), [
    ("소식\n\n경기 여주시는 '2019 대한민국 미래경영대상'에서 일자리창출 부문 3년 연속 대상을 받았다.",
     ("경기도 여주시", 2019, "대상")),
    ("소식\n\n전남 영광군은 '제25회 한국지방자치경영대상' 평가에서 일자리창출대상을 받았다.",
     ("전라남도 영광군", 2020, "대상")),
])
def test_a_jobs_field_of_a_general_contest_is_still_an_award(run, text, expected):
    assert keys(run(text, "2020-10-01")) == {expected}


# --- prizes to a district's own teams, departments and bodies -------------------------------------


@pytest.mark.parametrize("text", [
    "소식\n\n서울 강서구가 23일 구청에서 적극행정 우수사례 발표회를 열었다. 심사 결과 최우수상은 민원여권과의 "
    "'찾아가는 서류 발급'이 차지했다. 우수상은 주차관리팀과 공원녹지팀에 돌아갔다.",
    "소식\n\n경기 오산시가 시청에서 시책 경진대회를 열었다. 대상은 어린이 쉼터를 만든 아동보육팀이 받았다. "
    "장려상은 △골목 청소 봉사(청소행정과) △빈집 정비(건축과)가 받았다.",
    "소식\n\n전북 남원시가 직원 제안 발표회를 열었다. 시민안전과팀이 최우수상을 받았다.",
    "소식\n\n대구시는 '우수 일자리사업 발굴대회' 제안서를 심사했다. 우수상에는 한 연구기관이 낸 '청년 매칭 "
    "사업'이 뽑혔다. 장려상은 섬유 관련 조합의 '재도약 지원사업'이 받았다.",
    # how many bodies won, nationally
    "소식\n\n충남 공주시는 공주시니어클럽이 노인일자리 평가에서 좋은 점수를 받았다고 밝혔다. 전국 900여 개 "
    "수행기관 가운데 120개 기관만 우수기관으로 뽑혔다.",
])
def test_prizes_to_teams_departments_and_bodies_give_no_record(run, text):
    assert run(text, "2021-12-20")["awards"] == []


def test_a_district_named_as_the_receiver_keeps_its_record(run):
    text = ("소식\n\n대구시는 '2021 대구시 구·군 일자리 창출 평가' 결과를 내놓았다. 최우수상은 달서구가 받았다. "
            "우수상은 수성구와 북구에 돌아갔다.")
    assert keys(run(text, "2021-12-20")) == {
        ("대구광역시 달서구", 2021, "최우수"), ("대구광역시 수성구", 2021, "우수"), ("대구광역시 북구", 2021, "우수"),
    }


# --- the classes an award is made of, prize money per class, tallies --------------------------------


@pytest.mark.parametrize("tail", [
    "이 상은 종합대상, 부문별 대상, 최우수상, 우수상, 특별상으로 짜여 있다.",
    "시상 등급은 최우수·우수·장려 3개 등급으로 나뉜다.",
    "상은 대상과 최우수상, 우수상 네 가지로 구분된다.",
])
def test_the_classes_of_an_award_are_no_records(run, tail):
    text = f"소식\n\n경기 광주시가 '2019년 전국 지방자치단체 일자리대상'에서 우수상을 받았다. {tail}"
    assert keys(run(text, "2019-06-04")) == {("경기도 광주시", 2019, "우수")}


@pytest.mark.parametrize("tail", [
    "도는 최우수 자치단체에 상패와 시상금 300만원을, 우수 시군에는 상패와 시상금 각 150만원을 준다.",
    "도는 최우수 기관에는 기관표창과 인센티브를 준다.",
])
def test_prize_money_per_class_is_no_record_of_the_paying_province(run, tail):
    text = f"소식\n\n경북도가 '2019년 경북도 시·군 일자리 창출 평가' 결과를 발표했다. 최우수상은 영천시가 받았다. {tail}"
    assert keys(run(text, "2019-12-20")) == {("경상북도 영천시", 2019, "최우수")}


@pytest.mark.parametrize("text", [
    "소식\n\n경기 안산시가 올해 정부와 도의 시책평가에서 상 30개를 받았다. 최우수상만 9개를 받았다.",
    "소식\n\n경기 안산시가 올해 시책평가에서 좋은 결과를 냈다. 우수상 5건, 장려상 3건이다.",
])
def test_a_tally_of_prizes_is_no_record(run, text):
    assert run(text, "2017-12-29")["awards"] == []


# --- an undated lead restating the dated prize -------------------------------------------------------


def test_an_undated_lead_restates_the_dated_prize(run):
    text = ("소식\n\n인천 부평구가 사회적기업 육성 우수 자치단체로 우수상을 받았다. 이날 열린 '2023 사회적기업 "
            "육성 우수 자치단체' 시상식에서 구는 우수상과 함께 고용노동부 장관상을 받았다.")
    assert keys(run(text, None)) == {("인천광역시 부평구", 2023, "우수")}


def test_an_undated_prize_after_an_earlier_dated_one_stays(run):
    text = ("소식\n\n충북 제천시가 사회적기업 육성 우수 자치단체 평가에서 최우수상을 받았다. "
            "이번 최우수상은 2019년 최우수상에 이어 두 번째다.")
    assert keys(run(text, None)) == {("충청북도 제천시", None, "최우수"), ("충청북도 제천시", 2019, "최우수")}


# --- award names -----------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "award"), [
    ("소식\n\n경남 함안군(군수 이도윤)이 제19회 한국지방자치경영대상에서 일자리창출 부문 대상을 받았다.",
     "한국지방자치경영대상"),
    ("소식\n\n인천 연수구가 올해 처음 열린 첫 사회적경제 가치 대상에서 최우수상을 받았다.",
     "인천광역시 사회적경제 가치 대상"),
    ("소식\n\n대구 동구가 교통문화 우수도시로 뽑히고 일자리대상 우수상도 받았다.",
     "전국 지방자치단체 일자리대상"),
    ("소식\n\n경남 남해군은 이미 지난 5월 전국 지방자치단체 일자리대상에서 우수상을 받았다.",
     "전국 지방자치단체 일자리대상"),
    ("소식\n\n전남 진도군이 행정안전부의 상반기 지방정부 일자리사업 평가에서 우수상을 받았다.",
     "지방자치단체 일자리사업 평가"),
])
def test_award_names_lose_the_clause_before_them(run, text, award):
    out = run(text, "2015-12-20")
    assert {a["award"] for a in out["awards"]} == {award}


def test_a_half_before_a_regional_name_of_its_own_stays(run):
    text = "경북 소식\n\n경북도는 26일 상반기 일자리 창출 추진실적 평가 시상식을 열었다. 칠곡군이 최우수상을 받았다."
    out = run(text, "2019-07-27")
    assert {(a["district"], a["award"]) for a in out["awards"]} == {
        ("경상북도 칠곡군", "경북도 상반기 일자리 창출 추진실적 평가"),
    }


# --- a streak's span in brackets; a 광역's own evaluation ---------------------------------------------


@pytest.mark.parametrize("text", [
    "소식\n\n울산 중구가 울산시의 구·군 일자리 평가에서 2년 연속(2014-2015년) 최우수 구로 뽑혔다.",
    "소식\n\n울산 중구가 울산시 구·군 일자리 평가에서 2년 연속(2014~2015년) 최우수상을 받았다.",
])
def test_the_span_of_a_streak_in_brackets_gives_each_year(run, text):
    assert keys(run(text, None)) == {("울산광역시 중구", 2014, "최우수"), ("울산광역시 중구", 2015, "최우수")}


def test_a_bracketed_period_after_the_award_year_is_still_no_award_year(run):
    text = "소식\n\n울산 중구가 '2016년(2015년 실적) 울산시 구·군 일자리 평가'에서 최우수상을 받았다."
    assert keys(run(text, None)) == {("울산광역시 중구", 2016, "최우수")}


@pytest.mark.parametrize("text", [
    "소식\n\n전남 나주시는 올해 5월 전남도의 일자리 우수 시·군 평가에서 최우수상을 차지했다.",
    "소식\n\n나주시는 전남도의 시·군 일자리 평가에서도 최우수상을 받았다.",
])
def test_a_province_whose_evaluation_is_named_is_its_organiser(run, text):
    out = run(text, "2022-12-26")
    assert keys(out) == {("전라남도 나주시", 2022, "최우수")}
    assert {a["organizer"] for a in out["awards"]} == {"전라남도"}


# --- grades written with a rank or after the conferrer -----------------------------------------------


def test_a_grade_with_its_rank_in_brackets(run):
    text = "소식\n\n경북 의성군은 올해 5월 경북도의 일자리 우수시·군 평가에서 '최우수(1위)'를 차지했다."
    out = run(text, "2022-12-26")
    assert keys(out) == {("경상북도 의성군", 2022, "최우수")}


def test_grades_in_brackets_after_their_conferrers(run):
    text = ("소식\n\n대전시는 이날 열린 전국 지방자치단체 일자리대상 시상식에서 일자리 공시제 부문 국무총리상(대상)과 "
            "우수사업 부문 장관상(우수상)을 받았다고 밝혔다.")
    out = run(text, "2024-09-30")
    assert {(a["district"], a["year"], a["grade"], a["category"]) for a in out["awards"]} == {
        ("대전광역시", 2024, "대상", "일자리 공시제 부문"), ("대전광역시", 2024, "우수", "우수사업 부문"),
    }


@pytest.mark.parametrize("text", [
    "소식\n\n경남도가 '2018년 경남도 시·군 일자리 평가' 결과를 내놓았다. 우수 자치단체에는 김해시와 양산시가, "
    "군부에서는 함안군과 고성군이 이름을 올렸다.",
    "소식\n\n경남도가 '2018년 경남도 시·군 일자리 평가' 결과를 내놓았다. 우수상에는 김해시, 양산시, 군 부문에서는 "
    "함안군, 고성군이 뽑혔다.",
])
def test_a_group_label_inside_one_grades_list(run, text):
    assert keys(run(text, None)) == {
        ("경상남도 김해시", 2018, "우수"), ("경상남도 양산시", 2018, "우수"),
        ("경상남도 함안군", 2018, "우수"), ("경상남도 고성군", 2018, "우수"),
    }


def test_a_year_named_with_an_evaluations_ceremony_dates_the_winners(run):
    text = ("소식\n\n충남도의 '2020년 하반기 일자리 창출' 시상에서 천안시가 빠졌다. 최우수 자치단체는 당진시가 "
            "차지했다. 우수 자치단체에는 아산시와 서산시가 이름을 올렸다.")
    assert keys(run(text, None)) == {
        ("충청남도 당진시", 2020, "최우수"), ("충청남도 아산시", 2020, "우수"), ("충청남도 서산시", 2020, "우수"),
    }
