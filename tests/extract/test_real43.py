"""Extractor 0.43.0 … 0.43.2 (extract/RULES.md "0.43.0", "0.43.1", "0.43.2"). Each sentence is written for this file
(none is copied from an article or a gold set); the cases each change settles stand next to look-alikes it must leave
as they were."""

from __future__ import annotations

import pytest

from extract.text import article_frame

from .conftest import award_keys, job_keys

# A results announcement in January reports the year just ended (gold README): a grade whose sentence and article name
# no year takes the publication year less one in January, the publication year from February; a year the text states,
# "올해" included, is kept
JANUARY = [
    ("announced-in-january",
     "마포구, 청년도전 지원사업 평가 우수\n서울 마포구가 고용노동부가 주관한 '청년도전 지원사업 성과 평가'에서 우수 기관으로 "
     "뽑혔다고 6일 밝혔다.",
     "2026-01-06",
     {("서울특별시 마포구", 2025, "우수")}),
    # look-alikes: the same news in March, and January news that names its year, as "올해" or as digits
    ("announced-in-march",
     "마포구, 청년도전 지원사업 평가 우수\n서울 마포구가 고용노동부가 주관한 '청년도전 지원사업 성과 평가'에서 우수 기관으로 "
     "뽑혔다고 6일 밝혔다.",
     "2026-03-06",
     {("서울특별시 마포구", 2026, "우수")}),
    ("january-this-year",
     "마포구, 청년 일자리 평가 최우수\n서울 마포구가 올해 서울시가 벌인 자치구 청년 일자리 평가에서 최우수구로 뽑혔다고 "
     "20일 밝혔다.",
     "2026-01-20",
     {("서울특별시 마포구", 2026, "최우수")}),
    ("january-named-year",
     "마포구, 청년 일자리 평가 최우수\n서울 마포구가 '2026년 서울시 자치구 청년 일자리 평가'에서 최우수구로 뽑혔다고 "
     "28일 밝혔다.",
     "2026-01-28",
     {("서울특별시 마포구", 2026, "최우수")}),
]


@pytest.mark.parametrize(("text", "published", "expected"), [c[1:] for c in JANUARY], ids=[c[0] for c in JANUARY])
def test_january_announcement_dates_the_year_before(run, text, published, expected):
    assert award_keys(run(text, published=published)) == expected


# The evaluation an article reports: an earlier one the news follows ("… 2023년 지역경제대상 평가 일자리 분야 전국 1위에
# 이은 성과다") is history and dates nothing; a run that reaches the evaluation ("지난해에 이어", "상반기에 이어") leaves it
# the article's evaluation
def test_history_in_the_lead_is_not_the_articles_evaluation(run):
    out = run("영암군, 일자리대상 2년 연속 수상\n전라남도 영암군은 고용노동부가 주관하는 '전국 지방자치단체 일자리대상' 공시제 "
              "부문에서 특별상을 받았다고 13일 밝혔다.\n지난해 같은 부문 우수상에 이은 2년 연속 수상이며, 한 학회가 연 2023년 "
              "지역경제대상 평가 일자리 분야 전국 1위에 이은 성과다.", published="2024-08-13")
    assert award_keys(out) == {("전라남도 영암군", 2024, "특별"), ("전라남도 영암군", 2023, "우수")}


@pytest.mark.parametrize(("text", "event"), [
    ("전라남도 영암군은 2024년 전국 지방자치단체 일자리대상에서 대상을 받아 지난해에 이어 2년 연속 수상했다.", 2024),
    ("경북 포항시는 경북도청에서 열린 '2017년 하반기 일자리창출 추진실적 평가' 시상식에서 상반기에 이어 두 번 연속 "
     "우수상을 받았다.", 2017),
    ("전라남도 영암군은 2023년 지역경제대상 평가 일자리 분야 전국 1위에 이어 올해 일자리대상에서 특별상을 받았다.", None),
], ids=["run-from-last-year", "run-from-the-first-half", "history-item"])
def test_evaluation_year_of_a_run(text, event):
    assert article_frame("", text, None).event_year == event


# A prize named "…대상" dates an undated article like an evaluation ("「2021 제26회 한국지방자치경영대상」에서"), so
# "지난해" of its figures is the year before; "2021년 지원 대상에서" names no prize
def test_prize_named_daesang_dates_the_article(run):
    out = run("정읍시, 지방자치경영대상 일자리 부문 대상\n전북 정읍시는 「2021 제26회 한국지방자치경영대상」에서 일자리창출 부문 "
              "대상을 받았다고 밝혔다.\n시는 지난해 일자리 2만1,300개를 만들었다.", published=None)
    assert award_keys(out) == {("전라북도 정읍시", 2021, "대상")}
    assert [(j["value"], j["kind"], j["year"]) for j in out["job_counts"]] == [(21300, "created", 2020)]


def test_support_target_names_no_prize(run):
    out = run("정읍시, 청년 일자리 확대\n전북 정읍시는 2021년 지원 대상에서 빠진 청년을 돕기로 했다.\n시는 지난해 일자리 "
              "2만1,300개를 만들었다.", published=None)
    assert article_frame("", "전북 정읍시는 2021년 지원 대상에서 빠진 청년을 돕기로 했다.", None).event_year is None
    assert [(j["value"], j["kind"], j["year"]) for j in out["job_counts"]] == [(21300, "created", None)]


# A national body's seat where an event is held is a venue (EXTRACTION.md: "서울 영등포구 중소기업회관에서"): the
# district it stands in is no district of the story; the same body as a partner leaves the district acting
VENUES = [
    ("federation-seat",
     "부평구, 일자리경진대회 우수상\n인천 부평구가 14일 오후 서울 영등포구 중소기업중앙회에서 열린 '전국 지방자치단체 일자리 "
     "경진대회' 시상식에서 우수상을 받았다.",
     "2015-10-14",
     ["인천광역시 부평구"]),
    ("agency-seat",
     "중구, 청년 취업 협약\n울산 중구는 14일 울산 남구 한국산업인력공단에서 열린 협약식에서 지역 기업 10곳과 청년 채용 협약을 "
     "맺었다.",
     "2019-05-14",
     ["울산광역시 중구"]),
    ("body-as-partner",
     "영등포구, 중소기업중앙회와 협약\n서울 영등포구는 14일 중소기업중앙회와 청년 일자리 협약을 맺었다고 밝혔다.",
     "2019-05-14",
     ["서울특별시 영등포구"]),
]


@pytest.mark.parametrize(("text", "published", "expected"), [c[1:] for c in VENUES], ids=[c[0] for c in VENUES])
def test_body_seat_is_a_venue(run, text, published, expected):
    assert run(text, published=published)["districts"] == expected


def test_venue_district_wins_nothing(run):
    out = run(VENUES[0][1], published=VENUES[0][2])
    assert award_keys(out) == {("인천광역시 부평구", 2015, "우수")}


# Period markers of undated texts (gold README "Undated texts"): the president's 일자리위원회 (2017–2022) and a 광역 head
# in office wholly before a name change ("김영록 지사", 2018–2026) date the text before the 2026 merger; a 시's own
# 일자리위원회 and a former head ("김영록 전 지사") date nothing, so today's names stand
ERAS = [
    ("presidents-committee",
     "목포시, 일자리정책 박람회 참가\n목포시는 대통령 직속 일자리위원회와 행정안전부가 주최한 지방정부 일자리정책 박람회에 "
     "참가해 청년 일자리 시책을 알렸다.",
     ["전라남도 목포시"]),
    ("governor-in-office",
     "전남 노인일자리 늘린다\n전라남도는 노인일자리를 올해보다 크게 늘린다. 김영록 지사는 \"어르신들이 일하며 건강하게 "
     "지내도록 돕겠다\"고 말했다.",
     ["전라남도"]),
    ("citys-own-committee",
     "목포시, 일자리위원회 회의\n목포시는 시청에서 목포시 일자리위원회 회의를 열고 청년 일자리 시책을 논의했다.",
     ["전남광주통합특별시 목포시"]),
    ("former-governor",
     "전남 노인일자리 늘린다\n전라남도는 노인일자리를 올해보다 크게 늘린다. 김영록 전 지사가 도입한 사업을 이어 간다.",
     ["전남광주통합특별시"]),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in ERAS], ids=[c[0] for c in ERAS])
def test_period_markers_of_undated_texts(run, text, expected):
    assert run(text, published=None)["districts"] == expected


# 0.43.1: the levels of one quantity over the years ("참가자는 2018년 9명에서 2019년 30명, 지난해 43명으로 늘었다") take the
# kind the first level's words give (gold README: "참여 인원 N명" are participants), not the verb of change after the
# last; series of people placed and of jobs made keep their kinds
SERIES = [
    ("participants-over-the-years",
     "가평군 청년일자리사업 참가자 늘어\n가평군에 따르면 이 사업 참가자는 2018년 9명에서 2019년 30명, 지난해 43명으로 "
     "해마다 늘었다.",
     {("경기도 가평군", 9, "participants"), ("경기도 가평군", 30, "participants"), ("경기도 가평군", 43, "participants")}),
    ("participants-as-the-topic",
     "순창군 노인일자리 확대\n순창군 노인일자리 참여 인원은 2017년 1,274명에서 2019년 2,918명으로 늘었다.",
     {("전라북도 순창군", 1274, "participants"), ("전라북도 순창군", 2918, "participants")}),
    # look-alikes: people placed and jobs made over the years
    ("people-placed-over-the-years",
     "양평군 일자리센터 성과\n양평군 일자리센터를 거친 취업자는 2018년 420명에서 2019년 515명으로 늘었다.",
     {("경기도 양평군", 420, "employed"), ("경기도 양평군", 515, "employed")}),
    ("jobs-made-over-the-years",
     "양평군 일자리 창출 성과\n양평군이 만든 일자리는 2018년 1,200개에서 지난해 1,450개로 늘었다.",
     {("경기도 양평군", 1200, "created"), ("경기도 양평군", 1450, "created")}),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in SERIES], ids=[c[0] for c in SERIES])
def test_series_over_the_years_keeps_its_kind(run, text, expected):
    assert job_keys(run(text, published="2020-05-10")) == expected


# 0.43.2: a count of places, people placed or people taking part that no year expression dates takes the year of a
# dated article (the next year in a November or December article about next year), as the gold dates them; jobs made,
# running totals and undated articles keep no year; a year a count is compared with ("지난해보다 10명 많은 40명") dates
# no count after it
YEARS = [
    ("recruitment-of-the-day",
     "중구, 신중년 일자리 참여자 모집\n대전 중구가 다음 달 2일까지 신중년 경력형 일자리 사업 참여자 5명을 모집한다.",
     "2024-01-22", [(5, "target", 2024)]),
    ("december-recruitment-for-next-year",
     "양주시, 공공근로 참여자 모집\n양주시는 공공근로 참여자 62명을 모집한다. 사업은 내년 1월 5일부터 시작한다.",
     "2025-12-01", [(62, "target", 2026)]),
    ("compared-with-last-year",
     "양평군 청년인턴\n양평군은 지난해보다 10명 많은 40명의 청년인턴을 뽑는다.",
     "2020-05-10", [(40, "target", 2020)]),
    # look-alikes: jobs made, a running total, an undated article
    ("jobs-made", "양평군 일자리\n양평군은 일자리 1,200개를 만들었다.", "2020-05-10", [(1200, "created", None)]),
    ("running-total", "양평군 일자리센터\n양평군 일자리센터를 거쳐 지금까지 모두 2,100명이 취업했다.", "2020-05-10",
     [(2100, "employed", None)]),
    ("undated",
     "중구, 신중년 일자리 참여자 모집\n대전 중구가 다음 달 2일까지 신중년 경력형 일자리 사업 참여자 5명을 모집한다.",
     None, [(5, "target", None)]),
    ("every-year", "양평군 청년인턴\n양평군은 매년 청년인턴 30명을 뽑는다.", "2020-05-10", [(30, "target", None)]),
    ("november-without-next-year",
     "양주시 일자리\n양주시는 동절기 공공근로 참여자 45명을 모집한다.", "2025-11-20", [(45, "target", 2025)]),
]


@pytest.mark.parametrize(("text", "published", "expected"), [c[1:] for c in YEARS], ids=[c[0] for c in YEARS])
def test_counts_dated_by_the_article(run, text, published, expected):
    assert [(j["value"], j["kind"], j["year"]) for j in run(text, published=published)["job_counts"]] == expected


def test_a_count_dated_by_its_article_says_so(run):
    out = run("양평군 청년인턴\n양평군은 지난해 청년 20명을 채용했고, 올해는 40명의 청년인턴을 뽑는다.", published="2020-05-10")
    got = [(j["value"], j["year"], j["year_source"]) for j in out["job_counts"]]
    assert got == [(20, 2019, "sentence"), (40, 2020, "sentence")]
    out = run("양평군 청년인턴\n양평군은 청년인턴 40명을 뽑는다.", published="2020-05-10")
    assert [(j["year"], j["year_source"]) for j in out["job_counts"]] == [(2020, "published")]
