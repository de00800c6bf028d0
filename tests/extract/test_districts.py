"""Districts: official names at the article date, same-name units from context, actors only."""

from __future__ import annotations

import pytest

CASES = [
    ("구로구가 최우수상을 수상했다.", "2020-10-01", {}, ["서울특별시 구로구"]),
    ("인천 남구는 일자리 박람회를 열었다.", "2017-05-01", {}, ["인천광역시 남구"]),
    ("인천 남구는 일자리 박람회를 열었다.", "2019-05-01", {}, ["인천광역시 미추홀구"]),
    ("강원도 춘천시가 대상을 수상했다.", "2022-05-01", {}, ["강원도 춘천시"]),
    ("강원도 춘천시가 대상을 수상했다.", "2023-07-01", {}, ["강원특별자치도 춘천시"]),
    ("전라북도 전주시는 청년 일자리를 늘렸다.", "2024-02-01", {}, ["전북특별자치도 전주시"]),
    ("서울 25개 구 중 강서구가 1위를 차지했다. 마포구도 뒤를 이었다.", "2020-01-01", {},
     ["서울특별시 강서구", "서울특별시 마포구"]),
    ("부산 해운대구와 강서구가 함께 일자리 사업을 추진한다.", "2020-01-01", {},
     ["부산광역시 해운대구", "부산광역시 강서구"]),
    ("중구는 청년 일자리 사업을 추진한다.", "2020-01-01", {}, []),
    ("중구는 청년 일자리 사업을 추진한다.", "2020-01-01", {"home_region": "대구광역시"}, ["대구광역시 중구"]),
    ("대구시는 북구와 함께 일자리 박람회를 연다.", "2020-01-01", {}, ["대구광역시", "대구광역시 북구"]),
    ("경남 고성군이 우수상을 받았다.", "2020-01-01", {}, ["경상남도 고성군"]),
    ("구로구는 서울시 자치구 중 유일하게 최우수상을 받았다.", "2020-01-01", {}, ["서울특별시 구로구"]),
    ("서울시가 평가한 결과 마포구가 1위였다.", "2020-01-01", {}, ["서울특별시", "서울특별시 마포구"]),
    ("신면호 서울시 경제진흥본부장은 말했다.", "2011-01-01", {}, ["서울특별시"]),
    ("행사는 서울 영등포구 중소기업회관에서 열렸다.", "2020-01-01", {}, []),
    ("한국음식업중앙회 강북구지회와 협약을 맺었다.", "2020-01-01", {}, []),
    ("서울디지털산업단지 기업과 서울교통공사가 참여한다.", "2020-01-01", {}, []),
    # an 일반구 is no local government, and its address names no district (gold README "Some names are not
    # districts"; real_dev_i/l/u/x: an 일반구 as actor, with its figure or in a list is no district either)
    ("수원시 장안구에서 취업 박람회가 열렸다.", "2020-01-01", {}, []),
]


@pytest.mark.parametrize(
    ("text", "published", "ctx", "expected"),
    CASES,
    ids=[
        "plain", "incheon-namgu-before", "incheon-namgu-after", "gangwon-before", "gangwon-after",
        "jeonbuk-after", "seoul-25-gu", "busan-gangseo", "junggu-undecidable", "junggu-home-region",
        "daegu-bukgu-nearby", "goseong-gyeongnam", "comparison-set", "province-evaluates",
        "province-official", "venue", "company-branch", "compound-words", "ilbangu-address",
    ],
)
def test_districts(run, text, published, ctx, expected):
    assert run(text, published, **ctx)["districts"] == expected


def test_district_mentions_carry_code_and_span(run):
    text = "구로구가 최우수상을 수상했다."
    m = run(text)["district_mentions"][0]
    assert m["code"] == "1153000000"
    assert text[m["char_span"][0] : m["char_span"][1]] == "구로구"
    assert m["evidence"] == text
