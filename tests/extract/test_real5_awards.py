"""Award records and names in a fifth round of real-coverage shapes (issue #9, real_dev_j..m).

Every sentence here was written for the test: the structures follow real releases (undated stories
whose year is named once, quoted award names holding a grade word, prizes to 수행기관 and people,
prize money per class, streaks, 광역 evaluations written in many ways); names and numbers are invented.
"""

from __future__ import annotations

import pytest

from extract.vocab import canonical_award

from .conftest import award_keys as keys


def names(out: dict) -> set[str | None]:
    return {a["award"] for a in out["awards"]}


# --- years of undated stories ---------------------------------------------------------------------


def test_last_year_of_an_undated_story_is_read_against_its_award_year(run):
    text = ("소식\n\n경남 밀양시는 이날 열린 '2019년 전국 지방자치단체 일자리대상' 시상식에서 최우수상을 받았다. "
            "밀양시는 지난해 우수상에 이어 올해 최우수상까지 거머쥐었다.")
    assert keys(run(text, None)) == {("경상남도 밀양시", 2019, "최우수"), ("경상남도 밀양시", 2018, "우수")}


def test_this_year_of_an_undated_story_takes_the_latest_award_year(run):
    text = ("소식\n\n울산 북구가 올해 여러 평가에서 좋은 결과를 냈다. 구는 앞서 올해 노인일자리 사업 평가에서 "
            "우수기관에 이름을 올렸다. 이어 '2023 전국 지방자치단체 일자리대상'에서는 우수사업 부문 장려상을 받았다.")
    out = keys(run(text, None))
    assert ("울산광역시 북구", 2023, "우수") in out and ("울산광역시 북구", 2023, "장려") in out


def test_a_span_up_to_this_year_gives_every_year(run):
    text = ("소식\n\n충북 음성군이 지역산업맞춤형 일자리창출 지원사업 평가에서 2020년부터 올해까지 3년 내리 "
            "'S등급'을 받았다.")
    assert keys(run(text, "2022-12-20")) == {
        ("충청북도 음성군", 2020, "S"), ("충청북도 음성군", 2021, "S"), ("충청북도 음성군", 2022, "S"),
    }


def test_the_ceremony_year_wins_over_the_year_of_a_category(run):
    text = ("소식\n\n전남 곡성군은 고용노동부의 '2023 전국 지방자치단체 일자리대상'에서 2022년 지역일자리 "
            "목표공시제 부문 우수상에 선정됐다.")
    assert keys(run(text, "2023-06-30")) == {("전라남도 곡성군", 2023, "우수")}


def test_a_comparison_year_is_no_award_year(run):
    text = ("서울시 소식\n\n서울시가 15일 일자리를 늘린 자치구를 골랐다. 최우수 자치구로는 노원·도봉구가 뽑혔다. "
            "지난해보다 크게 나아진 중랑구는 노력 자치구가 됐다.")
    assert keys(run(text, "2016-12-15")) == {
        ("서울특별시 노원구", 2016, "최우수"), ("서울특별시 도봉구", 2016, "최우수"), ("서울특별시 중랑구", 2016, "노력"),
    }


def test_the_evaluated_year_of_an_undated_story_is_not_the_prize_year(run):
    text = ("소식\n\n경기 안산시가 '2018 지역산업 맞춤형 일자리창출 지원사업' 평가에서 좋은 결과를 냈다. "
            "평가는 전년도 실적을 따지며, 시의 '청년 용접 학교' 사업은 매우우수 S등급을 받았다.")
    assert keys(run(text, None)) == {("경기도 안산시", 2018, "S")}


# --- who did not win ------------------------------------------------------------------------------

NO_RECORD = [
    # the grade word is part of a quoted award name
    ("대구 수성구가 고용노동부의 '2022년 사회적기업 육성 우수 자치단체' 평가에서 장려상을 받았다.",
     {("대구광역시 수성구", 2022, "장려")}),
    # what the evaluation does every year, quoted
    ("고용노동부는 해마다 '사회적기업 육성 우수 자치단체'를 뽑아 시상한다. 올해는 강원 홍천군을 비롯한 12곳이 "
     "뽑혔다.", set()),
    # prizes to a 수행기관 and its units, not to the district
    ("경기 이천시는 관내 이천시니어클럽이 노인일자리 평가에서 최우수기관으로 뽑혀 장관상을 받았다고 밝혔다.", set()),
    ("충남 보령시 소식이다. 평가 결과 보령노인종합복지관은 우수 기관으로, 대한노인회 보령시지회는 장려 기관으로 뽑혔다.",
     set()),
    # a prize to a person in a photo caption
    ("전북 익산시 장애인 일자리 사업 시상식이 열렸다.\n발달장애인 바리스타 부문 우수상 김하늘씨", set()),
    # prize money per class
    ("부산시는 구·군 일자리 평가에서 최우수상에 동래구를 뽑았다. 우수기관으로 뽑힌 구는 최우수상 3천5백만원, "
     "우수상 각 2천만원의 사업비를 받는다.", {("부산광역시 동래구", 2020, "최우수")}),
    # a tally of prizes
    ("경북 영천시는 2015년 종합대상을 비롯해 최우수상 등 모두 6차례 일자리대상을 받았다.",
     {("경상북도 영천시", 2015, "대상")}),
    # a remark on a streak, and a neighbour compared
    ("전남 해남군이 '2020 전국 지방자치단체 일자리대상'에서 최우수상을 받았다. 3년 연속 최우수상은 군 가운데 "
     "처음이며, 전국에서는 수원시에 이어 두 번째다.", {("전라남도 해남군", 2020, "최우수")}),
    # the evaluator named as the source of the news does not win
    ("12일 대구시에 따르면 일자리 우수기관으로 최우수상에 달서구, 우수상에 북구를 뽑았다.",
     {("대구광역시 달서구", 2020, "최우수"), ("대구광역시 북구", 2020, "우수")}),
    # a class of winners paid, and a newly made prize given to unnamed bodies
    ("경남 김해시가 일자리대상 최우수상을 받았다. 한편 공시제 부문 우수 자치단체는 등급에 따라 사업비를 받는다.",
     {("경상남도 김해시", 2020, "최우수")}),
    ("경남 김해시가 일자리대상 최우수상을 받았다. 한편 2019년 새로 만든 특별상은 여건이 어려운 자치단체에 돌아갔다.",
     {("경상남도 김해시", 2020, "최우수")}),
    # the targets of a scheme are no 대상
    ("행정안전부는 '2020년도 청년 마을 조성사업' 대상으로 충남 서천군, 경북 의성군 등 2곳을 선정했다.", set()),
]


@pytest.mark.parametrize(("text", "expected"), NO_RECORD, ids=[
    "quoted-name", "what-it-does", "senior-club", "welfare-centres", "person-caption", "money-per-class",
    "tally", "streak-remark", "source", "class-paid", "new-prize", "scheme-target",
])
def test_who_did_not_win(run, text, expected):
    assert keys(run("소식\n\n" + text, "2020-11-20")) == expected


def test_a_quoted_title_received_is_a_grade(run):
    text = "인천 부평구가 '2019년 사회적기업 육성 최우수 기관' 표창을 받았다."
    assert keys(run("소식\n\n" + text, "2019-07-05")) == {("인천광역시 부평구", 2019, "최우수")}


def test_a_quoted_remark_is_no_award_name(run):
    text = ('소식\n\n대전시는 올해 일자리 목표를 공시했다고 3일 밝혔다. 시 관계자는 "대전시는 2013년부터 3년 연속 고용노동부 평가에서 일자리 목표공시제 '
            '우수단체로 선정됐다"고 말했다.')
    assert ("대전광역시", 2014, "우수") in keys(run(text, "2016-02-10"))


def test_a_district_reporting_its_own_prize_is_not_only_a_source(run):
    text = "소식\n\n5일 강원도에 따르면 도는 올해 고용노동부의 지방자치단체 일자리대상 평가에서 특별상을 받았다."
    assert keys(run(text, "2023-12-05")) == {("강원특별자치도", 2023, "특별")}


@pytest.mark.parametrize("text", [
    "대전시가 자치구 하수 행정을 평가한 결과 중구를 최우수기관으로 뽑았다.",
    "경북도가 청년정책 우수 자치단체 종합대상에 뽑혔다.",
    "전북 진안군은 2021년 전라북도 기업하기 좋은 전북 만들기 평가에서 최우수 군으로 뽑혔다.",
    "충북 진천군이 '정부3.0 우수사례 경진대회'에서 우수상을 받았다.",
    "충북 진천군이 지역발전 우수사업 시상식에서 우수기관 표창을 받았다.",
])
def test_other_topics(run, text):
    assert keys(run("소식\n\n" + text, "2021-10-01")) == set()


def test_a_jobs_field_of_a_general_contest_is_an_award(run):
    text = "소식\n\n경기 부천시는 '2019 한국의 지방자치 경영대상'에서 일자리 창출 분야 대상을 받았다."
    assert keys(run(text, "2019-11-14")) == {("경기도 부천시", 2019, "대상")}


# --- streaks whose grades differ --------------------------------------------------------------------


def test_a_streak_is_not_expanded_when_the_article_gives_another_grade(run):
    text = ("소식\n\n충북 단양군은 '2021년 충북 생산적 일자리사업 평가'에서 최우수상을 받았다고 밝혔다. "
            "이번 수상으로 단양군은 2018년부터 4년 연속 우수기관에 올랐다.")
    assert keys(run(text, "2021-12-20")) == {("충청북도 단양군", 2021, "최우수")}


def test_a_streak_of_another_award_is_still_expanded(run):
    text = ("소식\n\n대전 대덕구가 '2018 전국 지방자치단체 일자리대상'에서 공시제 부문 특별상을 받았다. "
            "이번 수상은 공시제 부문에서 2015년 우수상, 2016~2017년 연속 특별상에 이은 것이다.")
    assert keys(run(text, "2018-05-20")) == {
        ("대전광역시 대덕구", 2018, "특별"), ("대전광역시 대덕구", 2015, "우수"),
        ("대전광역시 대덕구", 2016, "특별"), ("대전광역시 대덕구", 2017, "특별"),
    }


# --- award names -------------------------------------------------------------------------------------


@pytest.mark.parametrize(("written", "canonical"), [
    ("상반기 지방자치단체 일자리사업 평가", "지방자치단체 일자리사업 평가"),
    ("지방정부 일자리사업 평가", "지방자치단체 일자리사업 평가"),
    ("사회적기업 육성 평가", "사회적기업 육성 우수 자치단체 평가"),
    ("지역·산업맞춤형 일자리창출 지원사업", "지역산업맞춤형 일자리창출 지원사업 평가"),
    ("노인일자리사업 평가", "노인일자리사업 평가대회"),
    ("충북 생산적 일자리 사업 시·군 평가", "충북도 생산적 일자리사업 평가"),
])
def test_more_written_forms(written, canonical):
    assert canonical_award(written) == canonical


@pytest.mark.parametrize(("text", "published", "award"), [
    ("부산시가 '2019년 구·군 일자리 창출 실적 평가' 결과를 내놨다. 최우수상에 연제구, 우수상에 수영구를 뽑았다.",
     "2019-12-02", "부산시 구·군 일자리 평가"),
    ("전북 완주군이 '2019년 전북도 시·군 일자리시책 평가'에서 최우수상을 받았다.", "2019-12-10",
     "전북도 시·군 일자리 평가"),
    # no evaluation named: the 광역 that selects its own units
    ("서울시가 10일 일자리를 많이 만든 자치구를 선정했다. 최우수 자치구로는 강서·관악구가 뽑혔다.", "2015-11-10",
     "서울시 자치구 일자리창출 평가"),
    ("전라남도가 올 상반기 시군별 일자리 사업을 평가해 우수 시군을 골랐다. 평가에서 해남군은 최우수 군으로 뽑혔다.",
     "2011-07-20", "전남도 시·군 일자리 평가"),
    # a quoted name, then 평가 outside the quotes
    ("대구 동구가 '2020년 지역·산업 맞춤형 일자리사업' 평가에서 'S등급'을 받았다.", "2020-12-01",
     "지역산업맞춤형 일자리창출 지원사업 평가"),
    ("광주 서구는 올해 노인일자리 및 사회활동 지원사업 종합평가에서도 최고 등급인 '대상'을 받았다.", "2024-12-01",
     "노인일자리 및 사회활동 지원사업 종합평가"),
])
def test_regional_and_quoted_names(run, text, published, award):
    assert names(run("소식\n\n" + text, published)) == {award}


def test_prizes_to_companies_listed_by_grade(run):
    text = ("소식\n\n울산시는 '제5회 울산고용대상' 시상식을 연다고 밝혔다. 올해 △대상(울산시장상)은 한 조선업체 "
            "협력사 △최우수상(신문사 사장상)은 화학업체 두 곳 △우수상은 한 물류회사가 받는다.")
    assert keys(run(text, "2013-11-07")) == set()


def test_the_title_names_the_award_when_the_text_does_not(run):
    text = ("경남도, 사회적기업 육성 평가 최우수\n\n고용노동부가 주관한 이번 평가에는 40개 자치단체가 응모했다. "
            "대상은 경기 시흥시가 차지했고 최우수에는 경남도가 선정됐다.")
    assert names(run(text, "2022-07-04")) == {"사회적기업 육성 우수 자치단체 평가"}


def test_a_quarter_is_no_part_of_the_name(run):
    text = "소식\n\n경북 성주군은 경상북도의 2019년 1분기 일자리사업 신속집행 추진실적 평가에서 최우수 기관으로 뽑혔다."
    assert names(run(text, "2019-04-20")) == {"일자리사업 신속집행 추진실적 평가"}


def test_districts_joined_by_their_entries_both_win(run):
    text = ("소식\n\n대구시의 '뿌리산업 청년 잇기 프로젝트'와 충남 아산시의 '마을 돌봄 일자리 사업'이 고용노동부가 연 "
            "'2016 전국 지방자치단체 일자리 경진대회'에서 대상을 받았다.")
    assert keys(run(text, "2016-10-14")) == {("대구광역시", 2016, "대상"), ("충청남도 아산시", 2016, "대상")}


def test_a_grade_with_its_conferrer_in_brackets_leaves_the_previous_category(run):
    text = ("소식\n\n고용노동부는 20일 '2016 전국 지방자치단체 일자리 대상' 시상식을 열었다. 기초자치단체 부문 대상은 "
            "전남 순천시가 차지했다. 최우수상(고용노동부장관상)은 경상남도를 비롯해 자치단체 9곳이 받았다.")
    rows = {(a["district"], a["grade"]): a["category"] for a in run(text, "2016-05-21")["awards"]}
    assert rows == {("전라남도 순천시", "대상"): "기초자치단체 부문", ("경상남도", "최우수"): None}
