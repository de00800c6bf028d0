"""Which district a fact belongs to: anaphora, stems, joint programmes, lists."""

from __future__ import annotations

from extract.text import find_years


def test_anaphoric_gu_names_the_main_district(run):
    text = (
        "사하구는 지난해 장려상을 받았다. 북구와 기장군도 함께 이름을 올렸다.\n"
        "구는 지난해 일자리 1만 3,752개를 창출했다."
    )
    jobs = run(text, "2022-06-20", home_region="부산광역시")["job_counts"]
    assert [(j["district"], j["value"], j["kind"]) for j in jobs] == [("부산광역시 사하구", 13752, "created")]


def test_anaphoric_do_names_the_province(run):
    text = "강원도가 평가에서 대상을 받았다.\n도는 올해 일자리 목표를 7만4,500개로 세워 7만 8,210개를 달성했다."
    jobs = run(text, "2022-12-08")["job_counts"]
    assert [(j["district"], j["value"], j["kind"]) for j in jobs] == [
        ("강원도", 74500, "target"), ("강원도", 78210, "created"),
    ]


def test_stem_counts_once_the_full_name_is_given(run):
    text = "홍성군과 예산군이 센터를 열었다. 센터를 거쳐 올해 홍성 주민 132명, 예산 주민 97명 등 모두 229명이 취업했다."
    jobs = run(text, "2022-12-21")["job_counts"]
    assert [(j["district"].split()[-1], j["value"]) for j in jobs] == [("홍성군", 132), ("예산군", 97)]


def test_stem_alone_is_no_district(run):
    assert run("예산 5억 원을 편성했다.")["districts"] == []


def test_breakdown_by_city_inherits_the_kind_and_drops_the_total(run):
    text = (
        "창원시, 김해시, 양산시가 참여한 프로젝트다. 프로젝트를 통해 올해 청년 470명이 취업했으며, "
        "도시별로는 창원 210명, 김해 150명, 양산 110명이다."
    )
    jobs = run(text)["job_counts"]
    assert [(j["district"].split()[-1], j["value"], j["kind"]) for j in jobs] == [
        ("창원시", 210, "employed"), ("김해시", 150, "employed"), ("양산시", 110, "employed"),
    ]


def test_items_of_a_target_list_are_targets(run):
    text = "아산시는 올해 분야별 목표를 다음과 같이 제시했다.\n▲공공부문 직접일자리 3,120개\n▲신중년 약 500명 채용 지원"
    jobs = run(text)["job_counts"]
    assert [(j["value"], j["kind"]) for j in jobs] == [(3120, "target"), (500, "target")]


def test_joint_programme_goes_to_each_district(run):
    text = "특히 강원도와 춘천시가 함께 운영하는 ‘강원 청년 일자리 센터’는 상담 창구 역할을 한다."
    progs = run(text, "2023-09-01")["programs"]
    assert sorted(p["district"] for p in progs) == ["강원특별자치도", "강원특별자치도 춘천시"]


def test_future_forms_make_targets(run):
    text = "남구는 올해 일자리 5,870개가 창출될 것으로 전망했다. 남구는 주민 약 500명을 고용할 계획이다."
    jobs = run(text, "2014-11-20", home_region="인천광역시")["job_counts"]
    assert [(j["value"], j["kind"]) for j in jobs] == [(5870, "target"), (500, "target")]


def test_pool_and_placed(run):
    text = "구미시의 아카데미는 올해 교육생 180명 가운데 124명이 지역 기업에 취업했다."
    jobs = run(text)["job_counts"]
    assert [(j["value"], j["kind"]) for j in jobs] == [(180, "participants"), (124, "employed")]


def test_years_explicit_relative_and_respective():
    found = find_years("2016년과 2017년, 올해, 지난해, 작년, ’10년, 매년", __import__("datetime").date(2020, 10, 1))
    assert [y.years for y in found] == [(2016, 2017), (2020,), (2019,), (2019,), (2010,), ()]
