"""Extractor 0.41.0 (extract/RULES.md "0.41.0"). Each sentence is written for this file (none is copied from an article
or a gold set); the cases each change settles stand next to look-alikes it must leave as they were."""

from __future__ import annotations

import pytest

# Labour statistics by 시·군 and by 광역: every unit given a figure of its own is a subject of the story (EXTRACTION.md
# "Only local governments as actors or subjects"), also when it is written as a bare stem in a ranking whose first item
# carries its particle, after a middle dot with its own bracketed figure, with the statistic named between the name and
# the figure, as an item "경남 통영 6.1%" of a ranking, or as a 광역 given a rate or a clause of its own statistic
STATISTICS = [
    ("ranking-first-item-with-particle",
     "전남 22개 시군 가운데 청년층 고용률이 가장 높은 곳은 강진군으로 나타났다.\n"
     "전남 동부권에서는 여수가 35.1%, 고흥 30.2%, 순천 28.9%, 광양 27.4%, 보성 22.8%로 집계됐다.",
     ["전라남도 강진군", "전라남도 여수시", "전라남도 고흥군", "전라남도 순천시", "전라남도 광양시", "전라남도 보성군"]),
    ("bracketed-figures-after-middle-dots",
     "충북 제천시의 실업률은 2.1%로 청주(3.2%)·증평(2.9%)·음성(2.4%) 다음으로 높았다.",
     ["충청북도 제천시", "충청북도 청주시", "충청북도 증평군", "충청북도 음성군"]),
    ("statistic-between-name-and-figure",
     "전북 도내에서는 군산이 실업률 4.0%로 가장 높았다.\n신안의 고용률은 74.9%로 전남에서 가장 높았다.",
     ["전라북도 군산시", "전라남도 신안군"]),
    ("prefixed-stems-in-a-ranking",
     "시 지역 실업률은 경남 거제가 6.8%로 가장 높았고 경남 통영 5.9%, 경기 안양 5.5%, 경기 군포 4.7% 순이었다.",
     ["경상남도 거제시", "경상남도 통영시", "경기도 안양시", "경기도 군포시"]),
    ("province-with-a-rate-in-a-ranking",
     "지난달 취업자 증가율은 충청남도가 3.4%로 가장 높았고, 경상남도 3.1%, 제주도 2.2%가 뒤를 이었다.",
     ["충청남도", "경상남도", "제주특별자치도"]),
    ("province-pair-each-with-its-figure",
     "지방통계청이 내놓은 10월 고용동향을 보면 대구와 경북의 고용률은 각각 57.9%와 64.8%로 나타났다.",
     ["대구광역시", "경상북도"]),
    ("province-topic-of-its-statistic",
     "지방통계청에 따르면 경북 구미시의 고용 사정은 나아졌다. 반면 경북은 취업자가 1만2천명 줄면서 고용률이 58.1%로 떨어졌다.",
     ["경상북도 구미시", "경상북도"]),
    # look-alikes: a 광역 of no figure of its own, a rate of a company's share, stems of a 광역 the text never names
    ("province-without-a-figure",
     "경북 구미시는 청년 일자리 사업을 편다. 경북은 고용률이 전국 평균보다 낮다.",
     ["경상북도 구미시"]),
    ("a-share-is-no-ranking",
     "이 회사는 전남 함평 3.5% 지분을 가진 업체다. 경기 화성 공장은 문을 닫았다.",
     []),
    ("stems-of-an-unnamed-province",
     "도내에서는 군산이 실업률 4.0%로 가장 높았고, 전주 3.1%, 남원 2.6%가 뒤를 이었다.",
     []),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in STATISTICS], ids=[c[0] for c in STATISTICS])
def test_units_with_their_own_statistics(run, text, expected):
    assert run(text, published="2019-10-16")["districts"] == expected


# A 광역 counts when it organises, pays or evaluates (EXTRACTION.md "Further conventions"): one of the bodies a
# "… 주최하고" or "… 등과 함께 … 연다" names, the giver "○○시로부터 사업비 … 원을", the evaluator of "경상북도 시·군평가",
# the owner of "경북도의 … 공모사업에서"; a giver is not whose fact the sentence tells
ACTING = [
    ("one-of-the-hosts",
     "고용노동부와 충북도, 충북지방중소벤처기업청, 진천군이 주최하고 진천군 일자리지원센터가 주관한 박람회가 막을 내렸다.",
     "2023-10-20", ["충청북도", "충청북도 진천군"]),
    ("partners-the-host-opens-with",
     "대구고용노동청은 대구시, 경북도, 중소벤처기업청 등과 함께 5일 대구 엑스코에서 '2025 대구·경북 채용박람회'를 연다.",
     "2025-03-05", ["대구광역시", "경상북도"]),
    ("evaluator-of-its-units",
     "상주시가 경상북도 시·군평가에서 우수기관으로 뽑혀 상사업비 1억 원을 받았다.",
     "2019-12-04", ["경상북도 상주시", "경상북도"]),
    ("giver-of-funds",
     "울산 중구는 여성새로일하기센터를 열었다. 구는 여성가족부와 고용노동부, 울산시로부터 사업비 3억1200만원을 지원받았다.",
     "2020-05-04", ["울산광역시 중구", "울산광역시"]),
    ("owner-of-a-call",
     "고령군은 최근 경북도의 시·군 특화 맞춤형 일자리 공모사업에서 '고령군 청년 일터 잇기' 사업이 뽑혔다.",
     "2021-03-02", ["경상북도 고령군", "경상북도"]),
    ("one-of-the-evaluators",
     "곡성군에 따르면 최근 중앙부처와 전라남도, 민간기관 등이 벌인 여러 평가에서 모두 19개 부문을 수상했다.",
     "2017-12-28", ["전라남도 곡성군", "전라남도"]),
    ("evaluator-of-a-field",
     "무안군이 올해 일자리경제 한마당에서 전라남도 투자유치 분야 우수 시·군으로 뽑혀 도지사 표창을 받았다.",
     "2025-12-10", ["전라남도 무안군", "전라남도"]),
    ("tally-of-prizes-in-brackets",
     "행안부 평가에서 충남(17건)과 광주(11건), 서울(9건)이 상위권이었다.",
     "2024-02-20", ["충청남도", "광주광역시", "서울특별시"]),
    ("statistic-of-its-cities",
     "충남 시 지역의 경제활동참가율은 57.9%로 전국 평균을 웃돌았다.",
     "2016-05-10", ["충청남도"]),
    # look-alikes: a distance "로부터", a 광역 only as where job-seekers come from
    ("distance-from",
     "경북 고령군은 경북도로부터 20km 떨어진 곳에 산단을 짓는다. 고령군은 대구시, 경북도 등 여러 지역에서 온 구직자를 맞는다.",
     "2021-03-02", ["경상북도 고령군"]),
]


@pytest.mark.parametrize("text,published,expected", [c[1:] for c in ACTING], ids=[c[0] for c in ACTING])
def test_province_that_acts(run, text, published, expected):
    assert run(text, published=published)["districts"] == expected


GIVERS = [
    ("giver-named-with-from",
     "영덕군이 올해 정부와 경상북도에서 상 31개를 받았다. 경상북도로부터는 상반기 시·군 일자리창출 우수기관으로 뽑혔다.",
     "2015-12-20"),
    ("evaluator-named-in-a-list-before",
     "곡성군이 각종 연말 평가에서 상을 잇달아 받았다. 군에 따르면 중앙부처와 전라남도, 민간기관 등이 벌인 여러 평가에서 21개 "
     "부문을 수상했다. 여기에 도로부터 일자리 창출 평가 우수상을 받았다.",
     "2017-12-28"),
]


@pytest.mark.parametrize("text,published", [c[1:] for c in GIVERS], ids=[c[0] for c in GIVERS])
def test_giver_is_not_the_receiver(run, text, published):
    # the 도 that confers or evaluates is a district of the story, the 군 receives the grade
    out = run(text, published=published)
    assert out["districts"][-1] in ("경상북도", "전라남도")
    assert {a["district"] for a in out["awards"]} == {out["districts"][0]}

