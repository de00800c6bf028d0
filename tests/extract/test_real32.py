"""Rules of extractor 0.32.0 (extract/RULES.md "0.32.0"), each sentence written for this file (none is copied from
an article or a gold set); each case holds a convention next to its look-alikes."""

from __future__ import annotations

import pytest

from .conftest import award_keys, check_jobs, program_keys

# --- awards -------------------------------------------------------------------------------------------------------------


def test_a_grade_before_the_class_noun_of_what_it_runs_is_a_prize(run):
    text = "광주시가 2016년 경기도 시·군 일자리센터 운영 평가에서 '최우수' 운영 기관에 이름을 올렸다."
    assert award_keys(run(text, published="2016-12-20")) == {("경기도 광주시", 2016, "최우수")}


def test_a_best_practice_contest_among_cities_held_by_a_foundation_gives_the_city_its_prize(run):
    text = (
        "경기 화성시는 경기도일자리재단이 연 '2024년 시군 일자리센터 사업운영 우수사례 공모전'에서 최우수상을 "
        "받았다고 3일 밝혔다."
    )
    assert award_keys(run(text, published="2024-12-03")) == {("경기도 화성시", 2024, "최우수")}


def test_an_idea_contests_prizes_go_to_its_entries(run):
    # look-alike: a contest of ideas a district runs gives prizes to entries, not to the district
    text = "화성시는 시민 아이디어 공모전을 열어 최우수상 1편과 우수상 2편을 뽑았다고 3일 밝혔다."
    assert award_keys(run(text, published="2024-12-03")) == set()


def test_the_prizes_of_a_category_of_people_are_not_the_districts(run):
    text = (
        "용인시는 경기도일자리재단이 연 '2024년 시군 일자리센터 운영 우수사례 공모전'에서 단체부문 최우수상과 "
        "개인부문 우수상을 받았다."
    )
    assert award_keys(run(text, published="2024-12-03")) == {("경기도 용인시", 2024, "최우수")}


def test_a_sentence_opened_by_a_category_of_people_gives_the_district_nothing(run):
    text = (
        "용인시는 올해 공모전에서 상을 받았다. 개인부문에서는 센터 상담사의 '다시 일하는 엄마들' 사례가 우수상에 "
        "올랐다."
    )
    assert award_keys(run(text, published="2024-12-03")) == set()


def test_a_prize_and_the_next_fields_prize_with_the_field_glued_to_its_word(run):
    text = (
        "보성군은 고용노동부 주관 '2012년 지역일자리 경진대회'에서 종합대책부문 대상과 사회적기업부문 최우수상을 "
        "받았다."
    )
    assert award_keys(run(text, published="2012-12-10")) == {
        ("전라남도 보성군", 2012, "대상"), ("전라남도 보성군", 2012, "최우수"),
    }


# --- job counts ---------------------------------------------------------------------------------------------------------

JOBS = [
    # the projects counted in a sentence whose topic they are, closed by their number, are no count
    ("projects-as-the-topic",
     "서대문구는 1차 지역공동체일자리 사업을 시작했다. 사업은 취약계층 대상 21개, 청년일자리 4개 등 모두 25개다.",
     set()),
    # look-alike: the jobs a scheme makes, with the scheme as the topic, are counted
    ("jobs-of-a-scheme-as-the-topic",
     "제주도는 이번 사업으로 새 일자리 150개를 만들고 지원한다.",
     {("제주특별자치도", 150, "target")}),
    # reserves drawn with a selection, and the parts of their number, are no count
    ("reserves-and-their-parts",
     "구리시는 여름방학 대학생 아르바이트 30명을 추첨으로 뽑았다. 시는 예비자 12명(우선 선발 4명, 일반 선발 8명)도 "
     "함께 추첨해 빈자리가 생기면 순서대로 채운다.",
     {("경기도 구리시", 30, "participants")}),
    # the parts of a total sent to the 행정시s are no district's
    ("shares-sent-to-administrative-cities",
     "제주도는 바다환경지킴이 150명을 뽑는다. 도는 150명 가운데 90명은 제주시에, 나머지 60명은 서귀포시에 배치한다.",
     {("제주특별자치도", 150, "target")}),
    # the most a firm may hire is no count
    ("a-firms-cap",
     "아산시는 하반기 청년인턴 참여 기업을 모집한다. 참여 기업은 청년을 3명까지 고용할 수 있고, 넉 달 동안 인건비를 "
     "지원받는다.",
     set()),
    # a goal set higher than last year's is a target
    ("a-goal-set-above-last-years",
     "충북도는 올해 청년 일자리 사업을 늘린다. 도는 올해 청년 일자리 창출 목표를 지난해보다 300개 많은 8천300개로 "
     "잡았다.",
     {("충청북도", 8300, "target")}),
    # an achievement with its share of the target in brackets is created
    ("an-achievement-with-its-share",
     "장성군은 올해 일자리 4천여 개를 만든다. 군은 지난해 3,900명을 목표로 공시했고, 실제로는 4,060명(104.1%)을 "
     "달성했다.",
     {("전라남도 장성군", 4000, "target"), ("전라남도 장성군", 3900, "target"), ("전라남도 장성군", 4060, "created")}),
    # districts sharing one figure in a list of shares of a total keep it, each (the retrained model doubted them)
    ("districts-sharing-a-figure",
     "충남도는 도시청년 농촌파견 사업에 참여할 청년 30명을 추가로 모집한다. 추가 모집 인원은 천안 6명, 아산과 서산·당진 "
     "각 4명, 공주·보령 각 3명 등 6개 시군 24명이다.",
     {("충청남도", 30, "target"), ("충청남도 천안시", 6, "target"), ("충청남도 아산시", 4, "target"),
      ("충청남도 서산시", 4, "target"), ("충청남도 당진시", 4, "target"), ("충청남도 공주시", 3, "target"),
      ("충청남도 보령시", 3, "target"), ("충청남도", 24, "target")}),
    # items of a list closed by a total of workplaces count the workplaces
    ("workplaces-listed-then-totalled",
     "대덕구는 하반기 공공근로와 지역공동체일자리 참여자 38명을 뽑는다. 공공근로 8개, 지역공동체일자리 3개 등 11개 "
     "사업장에 나뉘어 7월부터 근무한다.",
     {("대전광역시 대덕구", 38, "target")}),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in JOBS], ids=[c[0] for c in JOBS])
def test_job_counts(run, text, expected):
    check_jobs(run, text, expected, published="2023-05-23")


# --- programmes ---------------------------------------------------------------------------------------------------------


def test_a_quoted_name_drops_the_short_name_it_is_called_by(run):
    text = (
        "'2016 특성화고 채용박람회(이하 채용박람회)'가 20일 벡스코에서 열린다. 부산시와 교육청 등 7개 기관이 함께 여는 "
        "이번 채용박람회에는 기업 60여곳이 참여한다."
    )
    assert program_keys(run(text, published="2016-08-15")) == {("부산광역시", "특성화고 채용박람회")}


def test_an_award_plaque_ceremony_is_no_programme(run):
    text = "충남도는 8일 도청 대회의실에서 '2023년 충남도 고용 우수기업 인증패 수여식'을 열었다."
    assert program_keys(run(text, published="2023-12-08")) == set()


# --- 0.32.1: a quoted question or exclamation inside a sentence -------------------------------------------------------


def test_a_quoted_question_inside_a_sentence_does_not_end_it():
    from extract.text import sentence_spans

    text = (
        "개인부문에서는 상담사의 '면접 준비, 혼자 하세요?' 사례가 우수상에 올랐다. '올해엔 꼭!' 캠페인도 열었다. "
        "\"일할 수 있어요!\" 어르신들은 웃었다."
    )
    assert [text[a:b] for a, b in sentence_spans(text)] == [
        "개인부문에서는 상담사의 '면접 준비, 혼자 하세요?' 사례가 우수상에 올랐다.",
        "'올해엔 꼭!' 캠페인도 열었다.",
        "\"일할 수 있어요!\"",
        "어르신들은 웃었다.",
    ]


def test_a_category_of_people_holds_past_a_quoted_question_in_its_sentence(run):
    text = (
        "용인시는 경기도일자리재단이 연 '2024년 시군 일자리센터 운영 우수사례 공모전'에서 단체부문 최우수상을 받았다. "
        "개인부문에서는 센터 상담사의 '면접 준비, 혼자 하세요?' 사례가 우수상에 올랐다."
    )
    assert award_keys(run(text, published="2024-12-03")) == {("경기도 용인시", 2024, "최우수")}
