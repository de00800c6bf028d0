"""Rules of extractor 0.22.0 (extract/RULES.md "0.22.0"), each sentence written for this file (none is copied from
an article or a gold set); each case holds a convention next to its look-alikes."""

from __future__ import annotations

import pytest

from .conftest import award_keys

# --- districts: an undated text's period markers ---------------------------------------------------------------------
ERAS = [
    # the 2009–2010 희망근로 프로젝트 dates an undated text before 전북특별자치도 (2024-01-18)
    ("hope-work-project",
     "익산시가 하반기 일자리 사업을 시작한다. 상반기 희망근로 프로젝트가 6월에 끝나면 7월부터 마을 가꾸기 사업에 "
     "주민 300명을 채용한다.",
     {"전라북도 익산시"}),
    # the name alone came back in later public-works schemes: no period, today's names
    ("hope-work-alone",
     "익산시가 하반기 희망근로 사업 참여자 300명을 모집한다.",
     {"전북특별자치도 익산시"}),
    # the MERS outbreak of 2015 dates an undated text before 강원특별자치도 (2023-06-11)
    ("mers-outbreak",
     "원주시는 상반기 메르스 여파에도 기업 유치로 새 일자리 1,200개를 만들었다고 밝혔다.",
     {"강원도 원주시"}),
    ("no-marker",
     "원주시는 기업 유치로 새 일자리 1,200개를 만들었다고 밝혔다.",
     {"강원특별자치도 원주시"}),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in ERAS], ids=[c[0] for c in ERAS])
def test_period_markers_date_an_undated_text(run, text, expected):
    assert set(run(text, published=None)["districts"]) == expected


# --- districts: 광역 short names listed with a figure each -----------------------------------------------------------
FIGURES = [
    ("employed-by-province",
     "동남지방통계청에 따르면 지난달 취업자는 부산 171만3천명, 울산 58만2천명, 경남 176만명으로 집계됐다.",
     {"부산광역시", "울산광역시", "경상남도"}),
    ("rates-by-province",
     "호남지방통계청 발표를 보면 3분기 고용률은 광주 60.1%, 전북 61.4%, 전남 64.8%였다.",
     {"광주광역시", "전라북도", "전라남도"}),
    # look-alike: where one area's workers work are shares of that area, not the places' own statistics
    ("shares-of-workplaces",
     "세종시는 14일 시민 취업 실태 조사 결과를 내놓았다. 시민 취업자의 직장 소재지는 세종 61.2%, 대전 19.8%, 충남 8.1% "
     "순이었다.",
     {"세종특별자치시"}),
    ("shares-of-one-district",
     "인천시 통근 조사 결과 부평구는 서울 17.5%, 경기 16.2% 등 다른 지역 직장 비율이 높았다.",
     {"인천광역시 부평구"}),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in FIGURES], ids=[c[0] for c in FIGURES])
def test_provinces_with_their_own_figures_are_districts(run, text, expected):
    assert set(run(text, published="2019-11-14")["districts"]) == expected


# --- awards: the period an evaluation looks at is not the prize's year ----------------------------------------------
EVALUATED = [
    ("last-years-results",
     "충남 홍성군이 3일 열린 '2019년 전국 지방자치단체 일자리대상'에서 최우수상을 받았다. 전국 243개 자치단체의 "
     "지난해 실적을 놓고 서면평가와 현장평가를 거친 결과, 홍성군이 최우수기관에 이름을 올렸다.",
     "2019-06-04",
     {("충청남도 홍성군", 2019, "최우수")}),
    ("a-years-results",
     "고용노동부는 전국 자치단체가 2013년에 추진한 일자리 실적을 심사해 홍성군을 최우수 기관으로 뽑았다.",
     "2014-04-20",
     {("충청남도 홍성군", 2014, "최우수")}),
    # look-alike: a history names the earlier prize's own year
    ("history-keeps-its-year",
     "홍성군은 2018년 우수상에 이어 올해 일자리대상 최우수상을 받았다.",
     "2019-06-04",
     {("충청남도 홍성군", 2018, "우수"), ("충청남도 홍성군", 2019, "최우수")}),
]


@pytest.mark.parametrize("text,published,expected", [c[1:] for c in EVALUATED], ids=[c[0] for c in EVALUATED])
def test_evaluated_period_is_not_the_prize_year(run, text, published, expected):
    assert award_keys(run(text, published=published)) == expected


# --- programmes: the sub-types of a national scheme ------------------------------------------------------------------
SUBTYPES = [
    ("subtype-is-national",
     "청주시는 행정안전부 '지역정착지원형 청년일자리 사업'에 선정돼 청년 20명의 인건비를 지원한다.",
     set()),
    ("innovation-subtype-is-national",
     "양구군이 '지역혁신형 청년 일자리 사업'에 뽑혀 국비 2억원을 받는다.",
     set()),
    # look-alike: the district's own named project under the scheme stays its programme
    ("own-project-under-it",
     "청주시는 지역정착지원형 사업으로 '청주 청년 바이오 일터'를 운영해 청년 20명의 인건비를 지원한다.",
     {("충청북도 청주시", "청주 청년 바이오 일터")}),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in SUBTYPES], ids=[c[0] for c in SUBTYPES])
def test_national_subtypes_are_no_programmes(run, text, expected):
    out = run(text, published="2020-03-02")
    assert {(r["district"], r["name"]) for r in out["programs"]} == expected


# --- awards: the winners' list, the award's description, the article's topic ------------------------------------------
AWARD_CASES = [
    # a list of districts counted at its tail is the list of winners, not a count of other bodies
    ("listed-winners-counted",
     "고용노동부가 일자리 경진대회 결과를 내놓았다. 최우수상은 울산광역시가 받았고, 강원도·광주광역시·전남 곡성군 등 "
     "18개 단체가 우수상을 받았다.",
     "2016-10-20",
     {("울산광역시", 2016, "최우수"), ("강원도", 2016, "우수"), ("광주광역시", 2016, "우수"), ("전라남도 곡성군", 2016, "우수")}),
    ("province-stems-counted",
     "최우수상은 대구광역시에 돌아갔고, 대전·울산·부산광역시 등 30개 자치단체가 우수상을 받았다.",
     "2013-03-28",
     {("대구광역시", 2013, "최우수"), ("대전광역시", 2013, "우수"), ("울산광역시", 2013, "우수"), ("부산광역시", 2013, "우수")}),
    # look-alike: bodies counted alone are the subject, and they are no districts
    ("bodies-counted-alone",
     "강원도는 노인일자리 평가 결과를 발표했다. 도내 150여 개 기관이 우수기관으로 뽑혔다.",
     "2016-10-20",
     set()),
    # "…을 대상으로 한 고용노동부의 평가": the verb 하다, not "a certain" body's entry
    ("evaluation-of-all",
     "노원구는 전국 230개 지방자치단체를 대상으로 한 고용노동부의 일자리 공시제 종합평가에서 최우수 기관으로 뽑혔다.",
     "2012-03-23",
     {("서울특별시 노원구", 2012, "최우수")}),
    ("a-certain-bodys-entry",
     "노원구의 한 사회적기업의 사례가 일자리 평가에서 최우수상을 받았다.",
     "2012-03-23",
     set()),
    # the award described by whom it picks ("우수 단체를 뽑는 일자리대상") is no grade
    ("award-described",
     "서천군은 우수 단체를 뽑는 '전국 지방자치단체 일자리대상'에서 최근 5년 연속 상을 받았다.",
     "2022-04-06",
     set()),
    # a subheading of criteria is not the article's topic: the prize is for productivity
    ("subheading-is-no-topic",
     "취업자 증가율·지역내총생산 지표서 높은 점수\n김해시는 지난달 열린 '제9회 생산성 대상' 시상식에서 우수기관 표창을 "
     "받았다. 한편 김해시는 인구 50만명 이상 도시 가운데 창원시와 함께 우수기관으로 뽑혔다.",
     "2019-11-01",
     set()),
]


@pytest.mark.parametrize("text,published,expected", [c[1:] for c in AWARD_CASES], ids=[c[0] for c in AWARD_CASES])
def test_winners_lists_and_descriptions(run, text, published, expected):
    assert award_keys(run(text, published=published)) == expected


# --- districts: the areas a project draws on -------------------------------------------------------------------------
def test_areas_a_project_draws_on_are_places(run):
    text = ("영주시는 경북도가 주관한 일자리 시책 평가에서 최우수상을 받았다. 영주·봉화 두 지역의 농산물을 엮어 일자리를 "
            "만드는 '영봉 로컬 일터' 사업이 높은 점수를 받았다.")
    assert set(run(text, published="2024-12-20")["districts"]) == {"경상북도 영주시", "경상북도"}


PLACES = [
    ("company-of-the-town-quoted",
     "고용노동부는 사회적기업 80곳을 새로 인증했다. 새로 인증받은 경기 평택시의 세탁 대행업체 '맑은손'은 이익을 지역에 "
     "돌려준다.",
     set()),
    ("companies-of-an-industrial-park",
     "안산시는 안산·시흥 스마트허브 입주 업체 40곳이 참여한 채용박람회를 열었다.",
     {"경기도 안산시"}),
    ("hall-as-a-venue",
     "서울시는 다음 달 3일 마포구청에서 중장년 취업박람회를 연다.",
     {"서울특별시"}),
    # look-alikes: the town's own scheme in the same genitive, the town that holds the fair in its hall
    ("towns-own-scheme",
     "평택시의 청년 일자리 사업 '맑은 일터'는 올해 청년 100명을 지원한다.",
     {"경기도 평택시"}),
    ("town-holds-the-fair-in-its-hall",
     "마포구는 다음 달 3일 구청에서 박람회를 연다. 마포구청에서 열리는 박람회에는 기업 30곳이 참여한다.",
     {"서울특별시 마포구"}),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in PLACES], ids=[c[0] for c in PLACES])
def test_company_homes_parks_and_halls_are_places(run, text, expected):
    assert set(run(text, published="2022-04-19")["districts"]) == expected
