"""Rules of extractor 0.13.0 (extract/RULES.md "0.13.0"), each sentence written for this file (none is copied from
an article or a gold set); each table holds a convention next to its look-alikes."""

from __future__ import annotations

import pytest

from .conftest import award_keys, check_jobs

DS = "대구광역시 수성구"
BE = "충청북도 보은군"
GJ = "전라남도 강진군"
IC = "인천광역시"


# --- awards: a 공시제 prize takes the year of the ceremony the text names -----------------------------------
CEREMONY = [
    ("evaluated-year-inside-the-ceremony",
     "수성구는 13일 열린 고용노동부 주관 '2015 전국 지자체 일자리 대상'에서 2014년도 지역일자리 목표 공시제 "
     "실적평가 최우수상을 받았다.",
     "2015-03-14", {(DS, 2015, "최우수")}),
    ("ceremony-in-the-next-sentence",
     "보은군은 「2016년 지역일자리 목표 공시제 추진실적」 평가에서 우수기관으로 뽑혔다고 밝혔다. 군은 이날 세종에서 열린 "
     "「2017 전국지방자치단체 일자리대상」 행사에서 표창과 사업비 5천만원을 받았다.",
     None, {(BE, 2017, "우수")}),
    ("the-hanmadang-ceremony",
     "강진군은 '2014 지역 일자리정책 한마당'에서 '2013년도 지역일자리 목표 공시제' 최우수 자치단체로 뽑혔다.",
     "2014-04-02", {(GJ, 2014, "최우수")}),
    # look-alikes: a history keeps its years; no ceremony named keeps the evaluated year
    ("history-keeps-its-years",
     "수성구는 '2016 전국 지방자치단체 일자리대상'에서 우수상을 받았다. 구는 2014년과 2015년 지역일자리 목표 공시제 "
     "특별상과 우수상을 잇따라 받았다.",
     "2016-11-30", {(DS, 2016, "우수"), (DS, 2014, "특별"), (DS, 2015, "우수")}),
    ("no-ceremony-named",
     "보은군이 고용노동부의 2016년 지역일자리 목표 공시제 평가에서 우수기관으로 뽑혔다.",
     "2017-05-02", {(BE, 2016, "우수")}),
]


@pytest.mark.parametrize("text,published,expected", [c[1:] for c in CEREMONY], ids=[c[0] for c in CEREMONY])
def test_gongsi_prize_takes_the_ceremony_year(run, text, published, expected):
    assert award_keys(run(text, published=published)) == expected


# --- awards: a span of years with 연달아 is a streak, one record per year --------------------------------------
STREAKS = [
    ("yeondala",
     "강진군은 2019년부터 2021년까지 세 해 연달아 일자리대상 최우수상을 받았다.",
     {(GJ, 2019, "최우수"), (GJ, 2020, "최우수"), (GJ, 2021, "최우수")}),
    ("geopu", "강진군은 2020년부터 두 해 거푸 일자리대상 최우수상을 받았다.", {(GJ, 2020, "최우수"), (GJ, 2021, "최우수")}),
    # look-alike: a span of an evaluation's period without a streak word gives its last year
    ("span-of-a-period", "강진군은 2019~2021년 일자리 실적 평가에서 최우수상을 받았다.", {(GJ, 2021, "최우수")}),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in STREAKS], ids=[c[0] for c in STREAKS])
def test_streak_spans(run, text, expected):
    assert award_keys(run(text, published="2021-12-10")) == expected


# --- awards: an evaluation's name holds no second year --------------------------------------------------------
def test_a_ceremony_year_does_not_date_the_evaluation_named_after_it(run):
    text = (
        "인천시는 보건복지부가 연 '2021년 노인일자리 주간 기념식'에서 2020년 노인일자리 사업 평가 최우수상을 받았다.\n"
        "올해 상은 모두 20개 기관에 돌아갔다. 인천에서는 우수 시·도 최우수상에 인천시, 우수 시·군·구 우수상에 남동구가 "
        "이름을 올렸다."
    )
    assert award_keys(run(text, published=None)) == {(IC, 2020, "최우수"), (IC + " 남동구", 2020, "우수")}


# --- awards: who receives the grade -----------------------------------------------------------------------------
RECEIVERS = [
    ("districts-listed-with-a-body",
     "복지부가 지난해 사업을 평가한 결과 충북도와 보은군, 청원시니어클럽이 나란히 대상을 받았다.",
     {("충청북도", 2021, "대상"), ("충청북도 보은군", 2021, "대상")}),
    ("bodies-counted-in-the-district",
     "광주 북구는 복지부가 연 '노인일자리 평가대회'에서 관내 2개 기관·단체가 '대상'과 '최우수상'을 받았다고 밝혔다.",
     set()),
    ("quoted-bodies-after-an-announcing-province",
     "강원도가 지난해 어르신 일자리사업 평가 결과를 내놓았다. 공익형에서는 '대한노인회 화천군 취업지원센터'가 "
     "우수단체로 꼽혔다. 지자체 부문에서는 최우수 홍천군, 우수 강릉시가 뽑혔다.",
     {("강원도 홍천군", 2022, "최우수"), ("강원도 강릉시", 2022, "우수")}),
    ("an-earlier-clause-has-its-own-district",
     "영월군은 시장형 실적이 돋보였고, 정선군은 두 해 연속 장려상을 받았다.",
     {("강원도 정선군", 2022, "장려")}),
    # look-alike: one district over both clauses
    ("one-district-two-clauses", "영월군은 시장형 실적이 돋보였고, 장려상을 받았다.", {("강원도 영월군", 2022, "장려")}),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in RECEIVERS], ids=[c[0] for c in RECEIVERS])
def test_receivers(run, text, expected):
    assert award_keys(run(text, published="2022-03-02")) == expected


# --- awards: the prizes a contest will give are no records ----------------------------------------------------
CONTEST_PRIZES = [
    ("counted-prizes", "시는 사업계획을 받아 대상 1점, 최우수상 2점, 우수상 3점 등 모두 6개 사업을 고른다.", set()),
    ("bracketed-counts", "최우수상(2점)과 우수상(4점)에는 고용노동청장상을 준다.", set()),
    ("bracketed-money", "익산시가 새 이름을 공모한다. 수상작은 ▲최우수상(50만원) ▲우수상(30만원)이다.", set()),
    # look-alike: the district's own prize with its incentive in brackets
    ("own-prize-with-incentive", "익산시가 일자리대상에서 최우수상(인센티브 1억원)을 받았다.",
     {("전북특별자치도 익산시", 2025, "최우수")}),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in CONTEST_PRIZES], ids=[c[0] for c in CONTEST_PRIZES])
def test_contest_prizes(run, text, expected):
    assert award_keys(run(text, published="2025-05-02")) == expected


# --- awards: histories written with a copula, 이은, 뽑히는 등, a quoted grade with its 부문 ---------------------------
HISTORIES = [
    ("copula-streak",
     "도봉구가 서울시 일자리 사업평가에서 우수구로 뽑혔다. 2014년과 2015년에 이은 3년 연속 우수구다.",
     {("서울특별시 도봉구", 2016, "우수"), ("서울특별시 도봉구", 2014, "우수"), ("서울특별시 도봉구", 2015, "우수")}),
    ("selected-among-others",
     "도봉구는 서울시 평가에서는 2013년과 2014년 우수기관에 뽑히는 등 좋은 평가를 받고 있다.",
     {("서울특별시 도봉구", 2013, "우수"), ("서울특별시 도봉구", 2014, "우수")}),
    ("quoted-grade-with-category-over-a-span",
     "울산시는 일자리대상에서 2016년부터 2018년까지 ‘광역부문 대상’을 받았다.",
     {("울산광역시", 2016, "대상"), ("울산광역시", 2017, "대상"), ("울산광역시", 2018, "대상")}),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in HISTORIES], ids=[c[0] for c in HISTORIES])
def test_histories(run, text, expected):
    assert award_keys(run(text, published="2016-10-20")) == expected


# --- districts: a venue's 광역 does not settle a same-name 구; a body quoted after its town -----------------------
def test_a_venue_province_does_not_settle_a_same_name_district(run):
    text = ("울산시 중구가 노인일자리 평가에서 상을 받았다. 중구는 19일 부산 벡스코에서 열린 '2017년 노인일자리 평가대회'에서 "
            "최우수상을 받았다.")
    out = run(text, published="2018-09-19")
    assert out["districts"] == ["울산광역시 중구"]
    assert award_keys(out) == {("울산광역시 중구", 2017, "최우수")}


def test_a_body_quoted_after_its_town_is_no_district(run):
    text = "강원도가 평가 결과를 내놓았다. 공익형에서는 태백시 '늘봄 노인상담센터'와 '삼척시노인복지관'이 우수단체로 꼽혔다."
    assert "강원도 태백시" not in run(text, published="2019-03-02")["districts"]


# --- programmes: grades, conferrers' prizes, plans with their period, time words ------------------------------
NOT_PROGRAMMES = [
    ("letter-grade", "원주시니어클럽은 '1그룹 최우수 A등급'으로 장관상을 받는다. 원주시는 '원주 실버잡 플러스' 사업을 운영한다.",
     {"원주 실버잡 플러스"}),
    ("conferrer-prize", "광명시는 '사회적경제 활성화 전국네트워크 상임공동대표상'을 받았고 '광명 청년창업 사다리'를 운영한다.",
     {"광명 청년창업 사다리"}),
    ("plan-with-period", "고창군에 따르면 '고창군 민선 7기 일자리 종합계획(2019~2022년)'에는 '고창 청년 농부학교'가 담겼다.",
     {"고창 청년 농부학교"}),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in NOT_PROGRAMMES], ids=[c[0] for c in NOT_PROGRAMMES])
def test_not_programmes(run, text, expected):
    assert {p["name"] for p in run(text, published="2025-09-24")["programs"]} == expected


# --- job counts: jobs given with other openings; the parts of a plan's strategies; the future stays a target -------
JOBS = [
    ("jobs-and-activities",
     "인천 서구는 지난해 57개 사업으로 어르신 5,287명에게 일자리와 사회활동 기회를 제공했다.",
     {("인천광역시 서구", 5287, "employed")}),
    ("parts-of-a-plan-strategy",
     "고창군에 따르면 '고창군 일자리 종합계획(2019~2022년)'의 3대 추진전략은 ▲농생명 일자리 창출=식품산업 육성 등으로 "
     "일자리 694명 창출 ▲창업 생태계 활성화=청년상인 창업 지원 등으로 일자리 815명 창출 등이다.",
     {("전라북도 고창군", 694, "target"), ("전라북도 고창군", 815, "target")}),
    ("deadline-and-will", "영월군은 2028년까지 일자리 2만 9,640개를 만들겠다고 밝혔다.",
     {("강원도 영월군", 29640, "target")}),
    # look-alike: the same parts reported as done
    ("parts-done",
     "고창군은 지난해 ▲농생명 분야에서 일자리 694개 ▲관광 분야에서 일자리 815개를 만들었다.",
     {("전라북도 고창군", 694, "created"), ("전라북도 고창군", 815, "created")}),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in JOBS], ids=[c[0] for c in JOBS])
def test_jobs(run, text, expected):
    check_jobs(run, text, expected, published="2019-03-02")
