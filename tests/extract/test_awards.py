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
