"""Job counts: numeral forms, kinds, years, exclusions."""

from __future__ import annotations

import pytest


def keys(out: dict) -> list[tuple]:
    return [(j["value"], j["kind"], j["year"]) for j in out["job_counts"]]


# A count of places, people placed or people taking part that no year expression dates takes the year of its dated
# article, as the gold dates such counts (0.43.2); jobs made, "매년" and running totals keep no year.
CASES = [
    ("구로구는 지난해 1만3,752개의 일자리를 창출했다.", [(13752, "created", 2019)]),
    ("구로구는 지난해 목표치 13,300개보다 많은 13,752개의 일자리를 만들어 냈다.",
     [(13300, "target", 2019), (13752, "created", 2019)]),
    ("구로구는 올해 일자리 1만 4,000개 창출을 목표로 하고 있다.", [(14000, "target", 2020)]),
    ("구로구는 매년 1만개 이상의 일자리를 창출하기 위해 노력했다.", [(10000, "target", None)]),
    ("구로구는 2만 2,023개의 일자리를 제공했다.", [(22023, "created", None)]),
    ("구로구 일자리센터를 통해 132명이 취업했다.", [(132, "employed", 2020)]),
    ("구로구는 청년 3천 명을 채용했다.", [(3000, "employed", 2020)]),
    ("구로구 교육 과정에는 1,200여 명이 참여했다.", [(1200, "participants", 2020)]),
    ("구로구는 약 500명이 과정을 수료했다고 밝혔다.", [(500, "participants", 2020)]),
    ("구로구는 2019년 일자리 1만여 개를 만들었다.", [(10000, "created", 2019)]),
    ("구로구는 일자리 목표 대비 실적 2,100개를 달성했다.", [(2100, "created", None)]),
    ("구로구는 신규 일자리 500개를 창출할 계획이다.", [(500, "target", 2020)]),
    ("구로구는 50명 고용 창출 효과를 거뒀다.", [(50, "employed", 2020)]),
    ("구로구 박람회 행사에는 67개 업체 및 2,000여명의 인원이 참여하였다.", []),
    ("구로구는 관내 46개 사회적기업을 홍보했다.", []),
    ("구로구는 창업 지원 30명을 선발했다.", []),
    ("구로구는 5억 원을 투입해 일자리를 만들었다.", []),
    ("구로구 박람회에는 3,000명의 관람객이 방문했다.", []),
    ("전국 243개 자치단체를 평가했다.", []),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    CASES,
    ids=[
        "man-comma-created", "target-vs-created", "this-year-target", "every-year-target", "2man",
        "employed", "cheon-employed", "participants", "yak-participants", "man-yeo", "achieved",
        "plan", "goyong-changchul", "event-visitors", "places", "startup", "money", "fair-visitors",
        "national",
    ],
)
def test_job_counts(run, text, expected):
    assert keys(run(text, "2020-10-01")) == expected


def test_job_count_has_district_span_and_evidence(run):
    text = "구로구는 지난해 1만3,752개의 일자리를 창출했다."
    (j,) = run(text)["job_counts"]
    assert j["district"] == "서울특별시 구로구"
    assert j["evidence"] == text
    assert text[j["char_span"][0] : j["char_span"][1]].startswith("1만3,752")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("수원시는 청년 일자리 1천개를 만들겠다고 밝혔다.", [(1000, "target", 2020)]),
        ("수원시는 일자리를 만들었다. 이는 지난해보다 200개 늘어난 수치다.", []),
        ("서구가 운영하는 박람회에서는 매달 평균 40여 명이 채용되고 있다.", []),
        ("해운대구는 올해 일자리 목표 6,200개 가운데 11월 말까지 6,480개를 달성했다.",
         [(6200, "target", 2020), (6480, "created", 2020)]),
        ("올해 목표는 1만 1,500개다. 구로구는 이를 위해 노력한다.", []),
        ("구로구는 지난해 일자리 1만 3,752개를 창출했다. 올해는 1만4천 개가 목표다.",
         [(13752, "created", 2019), (14000, "target", 2020)]),
        ("구로구 아카데미 수강생 60명 가운데 38명을 업체에 취업시켰다.", [(60, "participants", 2020), (38, "employed", 2020)]),
    ],
    ids=["future-getda", "comparative", "monthly-average", "target-and-achieved", "no-district", "target-predicate",
         "pool-sikyeotda"],
)
def test_job_count_phrasings(run, text, expected):
    assert keys(run(text, "2020-10-01")) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("성북구는 청년 일자리 300개를 창출하는 효과가 기대된다고 설명했다.", [(300, "target", 2020)]),
        ("노원구 박람회에는 구직자 1,500명이 몰렸고 이 중 120명이 현장에서 채용됐다.", [(120, "employed", 2020)]),
        ("광명시는 지난해 35명이 참여해 이 중 20명이 민간기업에 취업했다.",
         [(35, "participants", 2019), (20, "employed", 2019)]),
        ("구로구는 2019년 1호점을 연 뒤 지금까지 청년 2,100여 명의 상담을 지원했으며, 이 가운데 402명이 취업에 성공했다.",
         [(2100, "participants", None), (402, "employed", None)]),
    ],
    ids=["expected-effect", "crowd-then-hired", "took-part-then-placed", "cumulative-consulting"],
)
def test_job_count_more_phrasings(run, text, expected):
    assert keys(run(text, "2020-10-01")) == expected
