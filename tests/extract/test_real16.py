"""Rules of extractor 0.18.0 (extract/RULES.md "0.18.0"), each sentence written for this file (none is copied from
an article or a gold set); each table holds a convention next to its look-alikes."""

from __future__ import annotations

import pytest

from extract.gazetteer import era_periods

from .conftest import award_keys, job_keys

JJ = "제주특별자치도"


# --- job counts: a result measured against its annual plan --------------------------------------------------------
RESULTS = [
    ("result-then-its-plan",
     "제주도가 지난해 일자리 정책의 결과를 내놓았다. 일자리 창출은 공공부문 청년일자리 1460명, '제주 청년 디딤돌' "
     "318명 등 4620명으로, 연간계획 4400명의 105%였다.",
     {(JJ, 1460, "created"), (JJ, 318, "created"), (JJ, 4620, "created"), (JJ, 4400, "target")}),
    ("result-then-bracketed-plan",
     "제주도가 지난해 일자리 정책의 결과를 내놓았다. 공공부문 청년일자리는 1460명으로 연간계획(1400명)의 104%를 이뤘다.",
     {(JJ, 1460, "created"), (JJ, 1400, "target")}),
    # look-alike: a list whose items all belong to one plan stays a plan
    ("items-of-one-plan",
     "제주도는 올해 공공부문 청년일자리 1460명, 민간 일자리 2200명 등 모두 3660명의 일자리를 만들 계획이다.",
     {(JJ, 1460, "target"), (JJ, 2200, "target"), (JJ, 3660, "target")}),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in RESULTS], ids=[c[0] for c in RESULTS])
def test_result_against_its_plan(run, text, expected):
    assert job_keys(run(text, published="2021-01-08")) == expected


# --- job counts: people whose work starts, and the breakdown after them -------------------------------------------
IK = "전북특별자치도 익산시"


def test_people_starting_work_and_their_breakdown(run):
    text = ("익산시는 어르신 9,842명이 이달부터 읍면동과 복지관 등 21개 기관에서 일하게 된다고 밝혔다. "
            "유형별로는 공익활동형 7,906명, 사회서비스형 1,315명, 시장형 621명이다.")
    assert job_keys(run(text, published="2025-02-03")) == {
        (IK, 9842, "employed"), (IK, 7906, "employed"), (IK, 1315, "employed"), (IK, 621, "employed")}


GJ = "경기도 광주시"


def test_work_starting_this_half_is_employed(run):
    text = "경기 광주시가 '새봄 일터' 사업을 시작했다. 올해 상반기 이 사업으로 31개 사업장에서 214명이 일하게 된다."
    assert job_keys(run(text, published="2018-02-21")) == {(GJ, 214, "employed")}
    # look-alike: work that starts next year is a plan
    text = "경기 광주시는 내년 상반기 31개 사업장에서 214명이 일하게 된다고 밝혔다."
    assert job_keys(run(text, published="2018-02-21")) == {(GJ, 214, "target")}


def test_work_to_be_found_is_no_start(run):
    # look-alike: a plan of the same size, told in the future
    text = "익산시는 내년에 어르신 9,842명에게 일자리를 제공할 계획이다."
    assert job_keys(run(text, published="2025-02-03")) == {(IK, 9842, "target")}


# --- job counts: last year's level of a figure that is no count --------------------------------------------------
CB = "충청북도"
LEVELS = [
    ("visitors-last-year",
     "충북도가 연 남부권 채용박람회에서 241명이 현장에서 채용됐다. 구직자도 2,130여명이 찾아 지난해 1,870명보다 "
     "260여명 늘었다.",
     {(CB, 241, "employed")}),
    # look-alike: a level compared with a difference, with no count before it, takes the difference's predicate
    ("level-of-jobs-made",
     "충북도는 지난해 일자리 21,410개보다 1,320개 늘어난 22,730개를 만들었다.",
     {(CB, 21410, "created"), (CB, 22730, "created")}),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in LEVELS], ids=[c[0] for c in LEVELS])
def test_level_compared(run, text, expected):
    assert job_keys(run(text, published="2019-10-02")) == expected


# --- awards: the classes a contest gives, and winners that are no district -----------------------------------------
DJ = "대전광역시"
CLASSES = [
    ("class-with-its-prize-and-money",
     "대전시는 청년 기업 탐방 수기 공모전을 연다. 금상에는 중소벤처기업부 장관상과 상금 80만원, 은상에는 대전시장상과 "
     "상금 50만원이 주어진다.",
     set()),
    ("classes-of-winners-paid",
     "대전시는 일자리 아이디어 공모를 마쳤다. 시는 시민 부문 금상·은상·동상 수상자에게 상금을 준다.",
     set()),
    ("class-newly-added",
     "대전시는 시민상 시상식을 연다. 올해는 특별상을 새로 두어 수상자를 늘렸다.",
     set()),
    ("institutions-as-winners",
     "대전시는 노인일자리 평가 결과를 전했다. 전국 1천여 개 기관 가운데 180여 개 기관이 우수기관으로 뽑혔다.",
     set()),
    ("company-as-the-object",
     "대전시는 사회적경제 한마당을 열고 마을기업인 영농조합법인 한밭들녘을 대상으로 뽑았다.",
     set()),
    # look-alikes: a district as the object or the subject
    ("district-as-the-object",
     "충북도는 시·군 일자리 평가를 열고 청주시를 대상으로 뽑았다.",
     {("충청북도 청주시", 2020, "대상")}),
    ("district-as-the-subject",
     "대전시가 노인일자리 평가에서 우수기관으로 뽑혔다.",
     {(DJ, 2020, "우수")}),
    ("district-in-a-counted-object",
     "행정안전부는 일자리 실적을 평가해 대전시 등 17개 지자체를 우수기관으로 뽑아 시상했다.",
     {(DJ, 2020, "우수")}),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in CLASSES], ids=[c[0] for c in CLASSES])
def test_prize_classes_and_other_winners(run, text, expected):
    assert award_keys(run(text)) == expected


# --- awards: a year's review frames the prizes of an undated text --------------------------------------------------
YG = "전라남도 영광군"
REVIEW = ("영광군은 2019년 한 해 동안 여러 공모사업에 뽑혀 사업비를 확보했고, 각종 평가에서 기관 표창을 받았다. "
          "이어 고용노동부 지역일자리 목표 공시제 실적평가에서 우수기관으로 뽑혔다.")


def test_year_review_dates_its_prizes(run):
    out = run(REVIEW, published=None)
    assert award_keys(out) == {(YG, 2019, "우수")}
    # the discourse word opening the sentence is no part of the name, which is the 공시제's
    assert [a["award"] for a in out["awards"]] == ["지역일자리 목표 공시제"]


def test_a_year_of_a_project_dates_no_prize(run):
    # look-alike: the year belongs to a project, not to a review of the year
    text = ("영광군은 여러 공모사업에 뽑혀 사업비를 확보했다. 2019년 전통시장 현대화사업도 따냈다. "
            "이어 고용노동부 지역일자리 목표 공시제 실적평가에서 우수기관으로 뽑혔다.")
    assert award_keys(run(text, published=None)) == {(YG, None, "우수")}


# --- time frame: "중기청" is no period marker ------------------------------------------------------------------------
def test_regional_sme_office_dates_after_2017():
    (periods,) = era_periods("광주전남중소벤처기업청이 함께했다.")
    assert periods[0][0].isoformat() == "2017-07-26"
    assert era_periods("도와 중기청이 함께했다.") == []


def test_short_sme_office_name_keeps_todays_names(run):
    text = "광주 북구는 중기청과 함께 청년 채용 행사를 열었다."
    assert run(text, published=None)["districts"] == ["전남광주통합특별시 북구"]
    # look-alike: the office's pre-2017 full name dates the text before its end
    text = "광주 북구는 광주전남중소기업청과 함께 청년 채용 행사를 열었다."
    assert run(text, published=None)["districts"] == ["광주광역시 북구"]


# --- districts: a group's bracketed members beside a partner, some written with their kind -----------------------
GN = "경상남도"
MEMBERS = {GN, f"{GN} 거제시", f"{GN} 진주시", f"{GN} 통영시", f"{GN} 사천시", f"{GN} 고성군", f"{GN} 남해군"}


def test_members_with_a_partner_cohost(run):
    text = ("경남도가 오는 26일 도내 6개 시·군(거제·진주·통영·사천시·고성·남해군), 경남테크노파크와 함께 거제시 "
            "실내체육관에서 '남부권 채용박람회'를 연다. 이번 박람회에는 150개 기업이 나와 820여명을 채용할 계획이다.")
    out = run(text, published="2016-10-20")
    assert set(out["districts"]) == MEMBERS
    # the fair is every co-host's programme; its hiring plan is the leading 광역's
    assert {p["district"] for p in out["programs"]} == MEMBERS
    assert job_keys(out) == {(GN, 820, "target")}


def test_neighbours_named_beside_a_partner_are_no_cohosts(run):
    # look-alike: the areas the fair serves, named after the venue
    text = "경남도는 오는 26일 거제시 실내체육관에서 인근 시·군(통영·고성) 구직자를 위한 '남부권 채용박람회'를 연다."
    assert set(run(text, published="2016-10-20")["districts"]) == {GN}


# --- programmes: an outside body's office ------------------------------------------------------------------------
OFFICES = [
    ("chamber-of-commerce-centre", "영주시는 영주상공회의소 취업지원센터와 함께 구직자 상담을 연다.", set()),
    ("ministry-office-of-old-name", "경남도는 노동부 창원고용지원센터와 함께 구직자 상담을 연다.", set()),
    # look-alike: a district's fair held with the chamber keeps its name
    ("fair-with-the-chamber", "부산진구는 오는 10일 '부산진구·부산상공회의소 합동 채용박람회'를 연다.",
     {("부산광역시 부산진구", "부산진구·부산상공회의소 합동 채용박람회")}),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in OFFICES], ids=[c[0] for c in OFFICES])
def test_outside_offices(run, text, expected):
    out = run(text, published="2019-10-20")
    assert {(p["district"], p["name"]) for p in out["programs"]} == expected


# === 0.18.1 ======================================================================================================

# --- awards: a 광역's yearly prize ceremony dates its prizes; classes of companies; bodies as winners; other topics -
JN = "전라남도"


def test_prize_ceremony_dates_an_undated_text(run):
    text = ("전남도는 지난 13일 동부청사에서 '2023년 전남 일자리·경제 한마당'을 열었다. 일자리 분야 우수 시군 평가에서는 "
            "순천시가 대상을 받았다. 최우수상은 목포시와 해남군에 돌아갔다.")
    assert award_keys(run(text, published=None)) == {
        (f"{JN} 순천시", 2023, "대상"), (f"{JN} 목포시", 2023, "최우수"), (f"{JN} 해남군", 2023, "최우수")}


DG = "대구광역시"
CLASSES_181 = [
    ("classes-of-companies",
     "대구시는 심사를 거쳐 최우수·우수·장려 기업을 1곳씩 뽑아 각각 900만원, 600만원, 300만원을 지원한다.",
     set()),
    ("how-many-of-each-class",
     "대구시는 구·군 일자리 평가에서 최우수·우수·장려 구를 1곳씩 뽑았다. 최우수는 달서구, 우수는 북구, 장려는 중구다.",
     set()),
    ("chambers-as-winners",
     "대구 수성구는 일자리 아이디어 공모 결과를 발표했다. 최우수상에 대구상공회의소, 우수상에 대구경영자총협회, "
     "장려상에 대한상공회의소 대구인력개발원이 각각 이름을 올렸다.",
     set()),
    ("self-support-field",
     "대구 북구는 보건복지부의 '2019년도 자활분야 우수 지자체'로 뽑혀 장관 표창을 받는다.",
     set()),
    # look-alikes: the winners named after the classes; a jobs field of a self-support scheme
    ("winners-after-the-classes",
     "대구시는 구·군 일자리 평가에서 최우수·우수·장려 구를 1곳씩 뽑았다. 최우수에는 달서구, 우수에는 북구가 뽑혔다.",
     {(f"{DG} 달서구", 2020, "최우수"), (f"{DG} 북구", 2020, "우수")}),
    ("jobs-in-self-support",
     "대구 북구는 자활근로 일자리 사업 평가에서 우수 지자체로 뽑혔다.",
     {(f"{DG} 북구", 2020, "우수")}),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in CLASSES_181], ids=[c[0] for c in CLASSES_181])
def test_prize_classes_181(run, text, expected):
    assert award_keys(run(text)) == expected


# --- job counts: subsidy recipients, a plan's projects, jobs worked toward, the people a recruitment will choose ---
MY = "경상남도 밀양시"
COUNTS_181 = [
    ("subsidy-recipients-in-quotes",
     "밀양시는 오는 27일까지 '2026년 청년 정착 일자리 장려금' 지원 대상자 30명을 모집한다.",
     set()),
    ("projects-in-brackets",
     "밀양시는 올해 청년정책에 540억 원을 들인다. 시행계획은 일자리(15개), 주거·정착(20개), 생활(10개) 등 3개 분야 "
     "45개 사업으로 짜였다.",
     set()),
    ("jobs-worked-toward",
     "밀양시가 주민의 일자리를 만들기 위해 모두 33개 사업에 24억원을 들여 966개의 일자리 마련에 힘을 쏟고 있다.",
     {(MY, 966, "target")}),
    ("people-to-be-chosen",
     "밀양시는 다음 달 청년 인턴을 모집한다고 밝혔다. 이번에 뽑는 청년 인턴은 모두 18명으로, 기획 업무 등을 돕게 된다.",
     {(MY, 18, "target")}),
    # look-alikes: jobs counted in brackets with a jobs total; the interns already chosen
    ("jobs-in-brackets",
     "밀양시는 올해 공공(1500개), 민간(200개) 등 모두 1700개의 일자리를 만든다.",
     {(MY, 1500, "target"), (MY, 200, "target"), (MY, 1700, "target")}),
]


JJ2 = "경상남도 진주시"


def test_chosen_people_being_placed(run):
    text = ("진주시는 공공일자리 참여 신청을 받아 모두 352명을 뽑았다. 진주형 공공일자리사업에는 ▲행정업무 보조 94명 "
            "▲환경정비 220명 ▲주차 안내 등 기타 17명 등 190개 사업에 331명이 배치된다. 사업 기간은 2월 24일부터다.")
    assert job_keys(run(text, published="2025-02-10")) == {
        (JJ2, 352, "employed"), (JJ2, 94, "employed"), (JJ2, 220, "employed"), (JJ2, 17, "employed"), (JJ2, 331, "employed")}
    # look-alike: placements next year are a plan
    text = "진주시는 내년 2월부터 190개 사업에 331명이 배치된다고 밝혔다."
    assert job_keys(run(text, published="2025-02-10")) == {(JJ2, 331, "target")}


@pytest.mark.parametrize("text,expected", [c[1:] for c in COUNTS_181], ids=[c[0] for c in COUNTS_181])
def test_counts_181(run, text, expected):
    assert job_keys(run(text, published="2026-01-05")) == expected


# --- districts: a city's "시정부", and members listed after their group word -------------------------------------
def test_city_government_is_the_city(run):
    assert run("춘천시정부는 최근 '2021년 청년정책 시행계획'을 세워 발표했다.", published="2021-03-01")["districts"] == [
        "강원도 춘천시"]


def test_members_after_their_group_word(run):
    text = "경기도는 청년 일자리 사업 참여자 440명을 모집한다. 올해 사업에 참여하는 시·군은 수원, 안양, 평택, 군포 등 20곳이다."
    assert set(run(text, published="2020-03-01")["districts"]) == {
        "경기도", "경기도 수원시", "경기도 안양시", "경기도 평택시", "경기도 군포시"}


def test_stems_with_no_group_are_no_members(run):
    # look-alike: the same stems as where companies sit, with no group word before them
    text = "경기도는 청년 일자리 사업 참여자 440명을 모집한다. 참여 기업은 수원, 안양, 평택 등 20곳에 있다."
    assert set(run(text, published="2020-03-01")["districts"]) == {"경기도"}


# --- programmes: councils, foundations, departments and task forces are bodies -----------------------------------
BODIES = [
    ("council", "진주시는 '진주시 공공기관 일자리창출협의회'를 열었다.", set()),
    ("department-and-task-force", "진주시는 '일자리창출과'를 새로 만들고 '일자리 발굴 TF팀 구성'을 마쳤다.", set()),
    ("foundation", "경기도는 '경기도일자리재단'과 함께 '경기 청년 사다리' 사업을 연다.", {("경기도", "경기 청년 사다리")}),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in BODIES], ids=[c[0] for c in BODIES])
def test_bodies_are_no_programmes(run, text, expected):
    out = run(text, published="2020-03-01")
    assert {(p["district"], p["name"]) for p in out["programs"]} == expected


def test_quotes_in_a_list_of_counted_schemes(run):
    text = "광명시는 올해 신중년 일자리, '새봄일자리', '한울 동행일자리' 등 8개 공공일자리 사업을 운영했고 모두 2,040명이 참여했다."
    names = {p["name"] for p in run(text, published="2020-12-01")["programs"]}
    assert "새봄일자리" in names
    # look-alike: quoted slogans before a count of jobs are no schemes
    text = "광명시는 '일하는 광명', '함께 사는 광명' 등 2개 구호를 내걸고 일자리 2,040개를 만들었다."
    assert run(text, published="2020-12-01")["programs"] == []
