"""Rules of extractor 0.15.0 and 0.15.1 (extract/RULES.md "0.15.0", "0.15.1"), each sentence written for this
file (none is copied from an article or a gold set); each table holds a convention next to its look-alikes."""

from __future__ import annotations

import pytest

from extract.pipeline import ArticleInput, article_body

from .conftest import award_keys, job_keys, program_keys


def _awards(run, text, published="2022-11-20"):
    return award_keys(run(text, published=published))


# --- awards: a 새일센터's or a 시니어클럽's grade is the institution's, unless the text has the district run it ------
CENTRES = [
    ("women-centre-as-subject",
     "남원시에 따르면 남원새일센터는 여성가족부 종합평가에서 가장 높은 A등급을 받았다.",
     set()),
    ("women-centre-after-the-topic",
     "횡성군은 여성새로일하기센터가 여성가족부 유공 포상에서 우수 기관으로 뽑혀 장관상을 받았다고 밝혔다.",
     set()),
    ("senior-club-with-its-head",
     "영천시가 지원하는 노인일자리 전담기관 영천시니어클럽(관장 문서진)이 보건복지부 평가에서 최우수상을 받았다.",
     set()),
    ("the-club-again",
     "영천시는 노인일자리를 늘렸다. 이 클럽은 지난해 경북 일자리 경진대회에서도 대상을 받았다.",
     set()),
    # look-alikes: a centre the text has the district run; the district itself as the receiver
    ("centre-the-city-runs",
     "논산시가 운영하는 논산여성새로일하기센터가 올해 새일센터 운영평가에서 A등급을 받았다.",
     {("충청남도 논산시", 2022, "A")}),
    ("city-and-its-centre",
     "논산시(시장 김하늘) 여성새로일하기센터는 올해 새일센터 운영평가에서 A등급을 받았다.",
     {("충청남도 논산시", 2022, "A")}),
    ("district-as-receiver",
     "영천시는 보건복지부 노인일자리 평가에서 최우수상을 받았다.",
     {("경상북도 영천시", 2022, "최우수")}),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in CENTRES], ids=[c[0] for c in CENTRES])
def test_centre_receivers(run, text, expected):
    assert _awards(run, text) == expected


# --- awards: evaluations of other fields (construction, prices, farming policy, innovation) give no record -------
TOPICS = [
    ("construction-industry",
     "충북도는 지역건설산업 활성화 종합평가를 벌여 최우수에 제천시, 우수에 음성군을 뽑았다.",
     set()),
    ("farming-policy",
     "영양군은 경북도의 시·군 농정평가에서 '최우수'를 받았다.",
     set()),
    ("innovation-contest",
     "칠곡군은 2022 지방자치단체 혁신대상 경진대회에서 최우수기관으로 뽑혔다.",
     set()),
    ("price-stability",
     "괴산군은 충북도 평가에서 지방물가 안정관리 '최우수'를 받았다.",
     set()),
    # look-alike: the same lists for a jobs evaluation
    ("jobs-evaluation",
     "충북도는 일자리 창출 종합평가를 벌여 최우수에 제천시, 우수에 음성군을 뽑았다.",
     {("충청북도 제천시", 2022, "최우수"), ("충청북도 음성군", 2022, "우수")}),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in TOPICS], ids=[c[0] for c in TOPICS])
def test_other_topic_evaluations(run, text, expected):
    assert _awards(run, text) == expected


def _jobs(run, text, published="2017-01-31"):
    return job_keys(run(text, published=published))


# --- job counts: jobs disclosed as the year's goal (일자리 목표 공시제) are a target ------------------------------
def test_disclosed_jobs_are_a_target(run):
    text = ("강원 영월군은 올해 공공부문과 민간부문을 합쳐 4210개의 지역일자리를 공시한다고 31일 밝혔다. "
            "공공부문은 직접일자리 2630개, 민간부문은 관광지 조성과 기업 육성으로 1580개다.")
    assert _jobs(run, text) == {("강원도 영월군", 4210, "target"), ("강원도 영월군", 2630, "target"),
                                ("강원도 영월군", 1580, "target")}
    # look-alike: the rate disclosed beside it is no count
    text2 = "영월군은 고용률 63.1%를 목표로 공시했다고 밝혔다."
    assert _jobs(run, text2) == set()


# --- districts: towns that only name designated bodies, companies' towns -----------------------------------------
PLACES = [
    ("towns-naming-their-bodies",
     "인천시는 △S등급 3곳(부평구·계양구·연수구 노인인력개발센터) △공익활동 2곳(중구·동구노인인력개발센터)이 "
     "뽑혔다고 밝혔다.",
     {"인천광역시"}),
    ("towns-of-the-companies",
     "순천시는 이번 박람회에 순천을 비롯해 광양·보성·고흥 등 4개 시·군의 구인 기업 31곳이 참여한다고 밝혔다.",
     {"전라남도 순천시"}),
    ("town-of-a-named-company",
     "고용노동부 청주지청은 우수기업을 뽑았다. 진천군의 식품 업체 한울식품㈜는 지난해 36명을 새로 채용했다.",
     set()),
    # look-alikes: the towns as the winners; the group of towns acting
    ("towns-as-winners",
     "인천시는 부평구·계양구·연수구가 일자리 평가에서 우수구로 뽑혔다고 밝혔다.",
     {"인천광역시", "인천광역시 부평구", "인천광역시 계양구", "인천광역시 연수구"}),
    ("towns-acting-together",
     "순천시는 광양·보성·고흥 등 4개 시·군이 함께 여는 박람회를 준비한다고 밝혔다.",
     {"전라남도 순천시", "전라남도 광양시", "전라남도 보성군", "전라남도 고흥군"}),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in PLACES], ids=[c[0] for c in PLACES])
def test_towns_as_places(run, text, expected):
    assert set(run(text, published="2021-07-27")["districts"]) == expected


# --- time frame: a run of years up to now dates an undated text ------------------------------------------------
STREAKS = [
    ("since-a-year",
     "익산시는 20일 '일자리 공시제 추진실적' 평가에서 우수상을 받았다고 밝혔다. 지난 2012년 이후 3년 연속 수상이다.",
     {("전라북도 익산시", 2014, "우수")}),
    ("from-a-year-to-this-year",
     "경상남도는 사회적경제정책평가에서 우수 지자체로 뽑혔다. 도는 2021년부터 올해까지 4년 연속 뽑혔다.",
     {("경상남도", 2024, "우수")}),
    # look-alike: a run that ends before now ("2012년부터 3년 연속") leaves the text undated
    ("closed-run",
     "익산시는 '일자리 공시제 추진실적' 평가에서 우수상을 받았다고 밝혔다. 시는 2012년부터 3년 연속 장려상을 받은 바 있다.",
     {("전라북도 익산시", None, "우수")}),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in STREAKS], ids=[c[0] for c in STREAKS])
def test_a_run_up_to_now_dates_the_text(run, text, expected):
    assert _awards(run, text, published=None) >= expected


# --- job counts: items of a plan's list, each count in brackets after its item, are parts of its total ----------
def test_bracketed_items_of_a_plan_are_targets(run):
    text = ("영광군은 올해 일자리 사업으로 모두 920여 개의 일자리를 만든다고 10일 밝혔다. 청년 자립을 돕기 위해 "
            "'영광형 청년 창업'(20명), 지역 대학생 행정인턴(80명), 영광형 공공근로 사업(160명), "
            "산불감시원·진화요원(120명) 등도 펼친다.")
    found = _jobs(run, text, published="2023-01-10")
    assert {("전라남도 영광군", 920, "target"), ("전라남도 영광군", 160, "target"), ("전라남도 영광군", 120, "target")} <= found
    # look-alike: a start-up item is no count (EXTRACTION.md conventions)
    assert not any(value == 20 for _d, value, _k in found)


# --- awards: a contest of good practices among local governments, won by the district as a body ------------------
CONTESTS = [
    ("good-practice-contest",
     "부여군이 '사회적경제 추진 우수사례 공모전'에서 우수기관으로 뽑혀 행정안전부 기관표창을 받았다.",
     {("충청남도 부여군", 2020, "우수")}),
    # look-alike: an ideas contest the district runs, won by a resident's entry
    ("ideas-contest",
     "부여군은 '청년 창업 아이디어 공모전'을 열어 우수상에 김민수 씨의 '들녘 카페'를 뽑았다.",
     set()),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in CONTESTS], ids=[c[0] for c in CONTESTS])
def test_good_practice_contests(run, text, expected):
    assert _awards(run, text, published="2020-12-24") == expected


# --- programmes: one modifier word before a generic head is part of the name, a clause is a tagline --------------
TAGLINES = [
    ("modifier-word", "통영시는 오는 22일 시민체육관에서 '다시뛰는 일자리박람회'를 연다.", {"다시뛰는 일자리박람회"}),
    ("clause", "통영시는 오는 22일 시민체육관에서 '청년과 기업이 함께 만드는 박람회'를 연다.", set()),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in TAGLINES], ids=[c[0] for c in TAGLINES])
def test_taglines(run, text, expected):
    assert {p["name"] for p in run(text, published="2023-03-10")["programs"]} == expected


# --- job counts: a 수행기관's own figures are not the district's, unless it runs the district's programme --------
INSTITUTIONS = [
    ("club-as-topic",
     "보령시는 노인일자리 사업을 시작했다. 특히 수행기관인 보령시니어클럽은 9개 공익활동 사업으로 모두 1,120명에게 "
     "일자리를 제공한다.",
     set()),
    ("shares-by-institution",
     "보령시는 올해 노인일자리 참여자 1,640명을 모집한다. 시 행정복지센터에서 230명, 보령시니어클럽에서 1,410명을 뽑는다.",
     {("충청남도 보령시", 1640, "target"), ("충청남도 보령시", 230, "target")}),
    # look-alike: the institution runs the district's recruitment
    ("club-runs-it",
     "보령시는 2차 참여자를 모집한다. 이번 모집은 보령시니어클럽이 맡아 16개 사업단에서 모두 870명을 뽑는다.",
     {("충청남도 보령시", 870, "target")}),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in INSTITUTIONS], ids=[c[0] for c in INSTITUTIONS])
def test_institutions_counts(run, text, expected):
    assert _jobs(run, text, published="2024-01-10") == expected


# --- lists: a Greek delta as a bullet; an item's place in brackets is no part of its name ------------------------
def test_a_delta_bullet_reads_as_a_triangle(run):
    text = ("고흥군은 올해 일자리 850여 개를 만든다고 밝혔다. 주요 사업은 Δ지역 대학생 행정인턴 90명 "
            "Δ고흥형 공공근로 사업 170명 Δ산불감시원·진화요원 130명 등이다.")
    found = _jobs(run, text, published="2023-01-10")
    assert ("전라남도 고흥군", 90, "target") in found
    assert found == _jobs(run, text.replace("Δ", "△"), published="2023-01-10")
    assert len(article_body(ArticleInput(id="t", text=text))) == len(text)  # offsets kept


def test_an_items_place_in_brackets_is_no_part_of_its_name(run):
    text = ("충남도는 올해 시·군과 함께 온라인 홍보마케팅 전문인력 양성(천안시), 자동차부품 가공 전문가 양성(아산시), "
            "생태원 연계 특수직종 인력 양성(서천군) 등의 사업을 펼친다.")
    programs = program_keys(run(text, published="2023-01-10"))
    assert ("충청남도 서천군", "생태원 연계 특수직종 인력 양성") in programs
    assert not any("(" in name for _d, name in programs)
