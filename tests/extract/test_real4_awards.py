"""Award records and names in further shapes of real coverage (issue #9, fourth round).

Every sentence here was written for the test: the structures follow real releases (letter grades with
their gloss, letters heading a list, the top class named by its letter; award names after a subject or a
time word; one award written in several forms), the names and numbers are invented.
"""

from __future__ import annotations

import pytest

from extract.vocab import canonical_award

from .conftest import award_keys as keys


def names(out: dict) -> set[str | None]:
    return {a["award"] for a in out["awards"]}


# --- letter grades ------------------------------------------------------------------------------

LETTER_CASES = [
    # the letter's gloss in brackets before the particle
    ("경남 거제시가 추진한 '조선 기술인력 다시 잇기 사업'이 '2020년 지역산업맞춤형 일자리창출 지원사업' "
     "최종평가에서 S등급(매우 우수)을 받았다.", "2020-12-08", {("경상남도 거제시", 2020, "S")}),
    # the letter in brackets after the grade word
    ("인천 부평구는 고용노동부의 '2021 지역산업맞춤형 일자리창출 지원사업' 최종 평가에서 구가 맡은 사업이 "
     "최우수(S등급)를 받았다고 밝혔다.", "2021-12-15", {("인천광역시 부평구", 2021, "S")}),
    # the top class named by its letter
    ("충남 당진시가 운영하는 새일센터가 '2022년 전국 새일센터 운영평가'에서 최고등급인 'A'를 받았다.",
     "2023-01-10", {("충청남도 당진시", 2022, "A")}),
    # two letters sharing one verb
    ("대구 남구는 '2017년 지역산업 맞춤형 일자리창출 지원사업' 최종평가에서 '골목 공방 창업 사업'이 "
     "S등급(매우우수)을, '어르신 도시락 배달 사업'이 A등급(우수)을 받았다고 밝혔다.", "2017-12-20",
     {("대구광역시 남구", 2017, "S"), ("대구광역시 남구", 2017, "A")}),
]


@pytest.mark.parametrize(("text", "published", "expected"), LETTER_CASES,
                         ids=["gloss", "bracketed-letter", "top-class", "two-letters"])
def test_letter_grades(run, text, published, expected):
    assert keys(run("소식\n\n" + text, published)) == expected


def test_a_letter_heads_a_list_of_winners(run):
    text = ("서울시 소식\n\n서울시는 25개 자치구의 올해 일자리 사업을 평가해 등급을 매겼다. "
            "A등급에는 서초·관악·노원구가 올라 인센티브 5000만원씩을 받는다.")
    assert keys(run(text, "2013-11-05")) == {
        ("서울특별시 서초구", 2013, "A"), ("서울특별시 관악구", 2013, "A"), ("서울특별시 노원구", 2013, "A"),
    }


@pytest.mark.parametrize("text", [
    # the scale of the evaluation names no winner
    "광주 북구는 올해 일자리 사업 평가를 받는다. 평가는 S부터 D까지 5개 등급으로 나뉜다.",
    # an average is no grade
    "광주 북구의 사업들은 올해 평가에서 평균 A등급을 받았다.",
])
def test_letters_that_are_no_records(run, text):
    assert keys(run("소식\n\n" + text, "2019-11-20")) == set()


# --- award names --------------------------------------------------------------------------------


def test_the_social_enterprise_award_has_one_name(run):
    text = ("구청 소식\n\n서울 마포구가 고용노동부 주관 '2021년 사회적기업 육성 우수 자치단체'로 뽑혀 "
            "우수상을 받았다고 14일 밝혔다.")
    out = run(text, "2021-12-14")
    assert keys(out) == {("서울특별시 마포구", 2021, "우수")}
    assert names(out) == {"사회적기업 육성 우수 자치단체 평가"}


@pytest.mark.parametrize("written", [
    "사회적기업 육성 우수자치단체", "사회적기업 육성 우수 자치단체 평가", "전국 사회적기업 육성평가",
])
def test_written_forms_of_the_social_enterprise_award(written):
    assert canonical_award(written.removeprefix("전국 ")) == "사회적기업 육성 우수 자치단체 평가"


@pytest.mark.parametrize("written", [
    "경상북도 일자리대상", "경북도 일자리창출 시·군 평가", "경북도 시·군 일자리 창출 평가", "경북도 일자리창출 평가",
    "경북도 시군 일자리창출 추진실적 평가", "경북도 일자리 창출 추진실적 평가",
])
def test_written_forms_of_the_gyeongbuk_evaluation(written):
    assert canonical_award(written) == "경북도 일자리 창출 시·군 평가"


def test_the_half_year_evaluation_is_another_award():
    assert canonical_award("경북도 상반기 일자리 창출 추진실적 평가") == "경북도 상반기 일자리 창출 추진실적 평가"


def test_a_subject_district_is_no_part_of_the_name(run):
    text = ("군청 소식\n\n전북 고창군이 노인일자리 및 사회활동지원사업 평가에서 최우수 지방자치단체로 "
            "선정됐다고 9일 밝혔다.")
    out = run(text, "2023-03-09")
    assert keys(out) == {("전라북도 고창군", 2023, "최우수")}
    assert names(out) == {"노인일자리사업 평가대회"}  # the alias of "노인일자리 및 사회활동지원사업 평가" (real_dev_r)


def test_a_time_words_particle_is_no_part_of_the_name(run):
    text = ("군청 소식\n\n경북 예천군은 지난달 도 평가에 이어 올해에만 전국 지자체 일자리사업 평가에서 "
            "두 번째 우수기관으로 선정됐다.")
    out = run(text, "2019-12-02")
    assert keys(out) == {("경상북도 예천군", 2019, "우수")}
    assert not any(str(n).startswith(("에만", "에도")) for n in names(out))
