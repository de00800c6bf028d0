"""Awards: ranked lists, respectively-histories, relative years, grade vocabulary."""

from __future__ import annotations

import pytest


def keys(out: dict) -> list[tuple]:
    return [(a["district"].split()[-1], a["year"], a["grade"]) for a in out["awards"]]


CASES = [
    (
        "서울시의 평가 결과, 최우수구에 마포구, 우수구에 성북구, 강북구, 강남구가 선정되었다.",
        "2011-10-13",
        [("마포구", 2011, "최우수"), ("성북구", 2011, "우수"), ("강북구", 2011, "우수"), ("강남구", 2011, "우수")],
    ),
    (
        "마포구가 2011년 최우수구로 선정됐으며 성북구 및 강남구가 우수구로, 구로구가 모범구로 선정되었다.",
        "2011-10-13",
        [("마포구", 2011, "최우수"), ("성북구", 2011, "우수"), ("강남구", 2011, "우수"), ("구로구", 2011, "모범")],
    ),
    (
        "구로구는 2016년과 2017년 지역일자리 목표공시제 특별상과 우수상을 받았다.",
        "2020-10-01",
        [("구로구", 2016, "특별"), ("구로구", 2017, "우수")],
    ),
    (
        "구로구는 2010년 종합대책 부문 장려상을 시작으로 2011년 우수상, 2012년 최우수상을 수상했다.",
        "2020-10-01",
        [("구로구", 2010, "장려"), ("구로구", 2011, "우수"), ("구로구", 2012, "최우수")],
    ),
    ("노원구는 지난해 일자리대상에서 우수상을 받았다.", "2021-03-01", [("노원구", 2020, "우수")]),
    ("노원구는 작년 일자리대상에서 대상을 받았다.", "2021-03-01", [("노원구", 2020, "대상")]),
    ("노원구가 올해 일자리대상 최우수기관으로 선정됐다.", "2021-03-01", [("노원구", 2021, "최우수")]),
    ("노원구가 ‘10년 평가에서 우수기관으로 선정됐다.", "2011-03-01", [("노원구", 2010, "우수")]),
    ("노원구가 일자리대상 종합대상을 수상했다.", "2021-03-01", [("노원구", 2021, "대상")]),
    ("노원구가 노력구로 선정됐다.", "2021-03-01", [("노원구", 2021, "노력")]),
    ("구로구는 11년 연속 수상이라는 대기록을 세웠다.", "2020-10-01", []),
    ("구로구는 최우수상 3회를 기록했다.", "2020-10-01", []),
    ("구로구는 청년구직자를 대상으로 교육을 실시했다.", "2020-10-01", []),
    ("구로구는 우수사례를 발표했다.", "2020-10-01", []),
]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    CASES,
    ids=[
        "ranked-list-forward", "ranked-list-backward", "respectively", "history", "last-year",
        "jaknyeon-daesang", "this-year-institution", "apostrophe-year", "jonghap-daesang", "noryeok",
        "n-years-running", "tally", "daesang-as-target", "excellent-case",
    ],
)
def test_award_records(run, text, published, expected):
    assert keys(run(text, published)) == expected


def test_same_grade_in_two_categories_gives_two_records(run):
    out = run("노원구는 올해 일자리대상 공시제 부문 최우수상과 사회적경제 부문 최우수상을 받았다.", "2021-03-01")
    assert sorted(a["category"] for a in out["awards"]) == ["공시제 부문", "사회적경제 부문"]


def test_joint_project_gives_one_record_per_district(run):
    out = run("성북구와 강북구가 공동 추진한 ‘동북권 일자리 사업’이 최우수상을 받았다.", "2021-03-01")
    assert keys(out) == [("성북구", 2021, "최우수"), ("강북구", 2021, "최우수")]


def test_award_name_organizer_and_category(run):
    text = "구로구가 고용노동부 주관 ‘2020년 전국 지방자치단체 일자리대상’에서 공시제 부문 최우수상을 수상했다."
    (a,) = run(text)["awards"]
    assert (a["award"], a["category"], a["grade"], a["organizer"], a["year"]) == (
        "전국 지방자치단체 일자리대상", "공시제 부문", "최우수", "고용노동부", 2020,
    )
    assert a["evidence"] == text


def test_award_alias_table_gives_canonical_names(run):
    (a,) = run("구로구가 2019년 전국 지자체 일자리대상에서 우수상을 받았다.")["awards"]
    assert a["award"] == "전국 지방자치단체 일자리대상"


def test_no_publication_date_leaves_relative_year_null(run):
    (a,) = run("구로구가 올해 우수상을 받았다.", published=None)["awards"]
    assert a["year"] is None


def test_bulleted_ranked_list(run):
    text = "경상북도는 평가 결과를 발표했다. △대상 구미시 △최우수 포항시·경산시 △우수 안동시, 영주시가 선정됐다."
    assert keys(run(text, "2021-12-10")) == [
        ("구미시", 2021, "대상"), ("포항시", 2021, "최우수"), ("경산시", 2021, "최우수"),
        ("안동시", 2021, "우수"), ("영주시", 2021, "우수"),
    ]


def test_grade_then_ro_then_list(run):
    text = "행정안전부는 우수 지자체로 충북 청주시와 전남 순천시를 선정했다."
    assert keys(run(text, "2022-09-01")) == [("청주시", 2022, "우수"), ("순천시", 2022, "우수")]


def test_award_paid_to_a_class_is_no_record(run):
    text = "마포구가 최우수구로 선정됐다. 시는 최우수구에 1억5천만 원, 우수구에 각 1억 원의 시상금을 지급한다."
    assert keys(run(text, "2013-10-30")) == [("마포구", 2013, "최우수")]


def test_grade_inside_award_name_is_no_record(run):
    text = "미추홀구가 ‘2019년 전국 지방자치단체 일자리 대상’에서 공시제 부문 최우수상을 받았다."
    assert keys(run(text, "2019-12-12")) == [("미추홀구", 2019, "최우수")]


def test_province_running_the_evaluation_is_not_the_winner(run):
    text = "사하구는 주민을 위한 일자리를 늘렸다. 부산시가 올해 실시한 ‘2022 구·군 일자리 평가’에서는 최우수상을 받았다."
    out = run(text, "2022-06-20")
    assert keys(out) == [("사하구", 2022, "최우수")]
    assert "부산광역시" in out["districts"]


def test_award_name_drops_the_clause_before_it(run):
    (a,) = run("강서구는 일자리 대상에서 장려상 수상의 영예를 안았다.", "2021-12-10", home_region="서울특별시")["awards"]
    assert a["award"] == "전국 지방자치단체 일자리대상"


def test_daesang_meaning_target_group_is_no_award(run):
    assert keys(run("이용 대상은 구로구에 살거나 구로구 소재 학교에 다니는 청년이다.", "2024-09-27")) == []


def test_same_evaluation_repeats_the_award_name(run):
    text = "관악구가 ‘2019년 지역일자리 목표 공시제 평가’에서 장려상을 받았다. 관악구는 지난 2017년 같은 평가에서 우수상을 받은 바 있다."
    awards = run(text, "2019-07-30")["awards"]
    assert [(a["year"], a["grade"]) for a in awards] == [(2019, "장려"), (2017, "우수")]
    assert awards[1]["award"] == "지역일자리 목표 공시제"


def test_dateline_dates_an_article_without_published(run):
    text = "최종편집:2024-04-20 10:50\n입력 2011.10.13 10:44\n마포구가 올해 최우수구로 선정됐다."
    out = run(text, published=None)
    assert keys(out) == [("마포구", 2011, "최우수")]
    assert out["published"] is None and out["published_inferred"] == "2011-10-13"


def test_category_stops_at_adverbs_and_records_merge(run):
    text = (
        "- 고용노동부 주관 평가에서 서울 자치구 중 유일하게 일자리 목표 공시제 부문 최우수상\n"
        "구로구가 고용노동부가 주관한 ‘2024년 전국 지방자치단체 일자리대상’에서 일자리 목표 공시제 부문 최우수상을 수상했다."
    )
    (a,) = run(text, "2024-10-02")["awards"]
    assert (a["category"], a["award"], a["organizer"]) == ("일자리 목표 공시제 부문", "전국 지방자치단체 일자리대상", "고용노동부")
