"""Rules of extractor 0.25.0 (extract/RULES.md "0.25.0"), each sentence written for this file (none is copied from
an article or a gold set); each case holds a convention next to its look-alikes."""

from __future__ import annotations

import pytest

from .conftest import award_keys, check_jobs, check_programs, job_keys, program_keys

# --- page zones: a photo credit twice around a picture is not the page's copyright ------------------------------------


def test_two_photo_credits_do_not_end_the_article(run):
    text = (
        "자격증 응시부터 장기근속까지 단계마다 지원\n"
        "구직 부담 덜고 오래 일하게 해 지역 정착 돕는다\n"
        "  • ▲ ⓒ보은군\n"
        "    ▲ ⓒ보은군\n"
        "    충북 보은군이 자격증 응시부터 취업 뒤 장기근속까지 청년 구직자를 단계별로 돕는다.\n\n"
        "    보은군은 '2026년 보은군 청년 단계별 취업지원사업'을 추진한다고 9일 밝혔다.\n"
    )
    out = run(text, published="2026-01-09", title="보은군, 청년 단계별 취업지원사업 추진")
    assert out["districts"] == ["충청북도 보은군"]
    assert program_keys(out) == {("충청북도 보은군", "보은군 청년 단계별 취업지원사업")}


def test_the_page_copyright_still_ends_the_article(run):
    text = (
        "보은군은 '2026년 보은군 청년 단계별 취업지원사업'을 추진한다고 9일 밝혔다.\n"
        "ⓒ 한빛일보 무단전재 및 재배포 금지\n"
        "영동군은 '영동 청년 일자리 카페'를 연다고 밝혔다.\n"
    )
    assert run(text, published="2026-01-09")["districts"] == ["충청북도 보은군"]


# --- districts: the towns whose companies come to a fair --------------------------------------------------------------


def test_towns_of_the_companies_taking_part_are_no_districts(run):
    text = (
        "여수시는 지난달 열린 '2025 전남 동부권 여성 일자리 박람회'의 성과를 정리해 발표했다. 박람회는 전라남도와 여수시가 "
        "주최했으며, 여수·순천·광양·고흥·보성 등 전남 동부권 5개 시·군의 기업 90곳이 참여했다."
    )
    assert run(text, published="2025-11-05")["districts"] == ["전라남도 여수시", "전라남도"]


def test_towns_that_act_stay_districts(run):
    text = "전남 동부권 박람회는 여수·순천·광양이 함께 주최하고 기업 90곳이 참여했다."
    assert set(run(text, published="2025-11-05")["districts"]) == {
        "전라남도 여수시", "전라남도 순천시", "전라남도 광양시"}


# --- awards: a month gone by, the record a clause dates, another topic ---------------------------------------------------

AWARDS = [
    # "지난 5월" in an October article is this year's May; "지난 11월" in a February one is last year's
    ("month-earlier-this-year",
     "2016-10-20", "광양시는 또 지난 5월 고용노동부가 주관한 '전국 지방자치단체 일자리대상'에서 최우수상을 받았다.",
     {("전라남도 광양시", 2016, "최우수")}),
    ("month-of-last-year",
     "2017-02-08", "광양시는 지난 11월 전라남도 일자리 창출 평가에서 우수상을 받았다.",
     {("전라남도 광양시", 2016, "우수")}),
    # the year of the results sent in, in a clause before the prize of the national ceremony: the ceremony's year
    ("results-sent-in-the-year-before",
     "2014-03-12", "경주시는 12일 열린 2014 전국 지방자치단체 일자리대상 시상식에서 우수기관상을 받았다. 경주시는 2013년 "
     "일자리 추진 실적을 고용노동부에 냈고, 중앙평가위원회를 거쳐 우수 자치단체로 뽑혔다.",
     {("경상북도 경주시", 2014, "우수")}),
    # a community welfare plan's evaluation is another topic
    ("community-welfare-plan",
     "2021-03-02", "전라남도가 보건복지부의 지역사회보장계획 시행결과 평가에서 '대상'을 차지했다.", set()),
]


@pytest.mark.parametrize("published,text,expected", [c[1:] for c in AWARDS], ids=[c[0] for c in AWARDS])
def test_award_years_and_topics(run, published, text, expected):
    assert award_keys(run(text, published=published)) == expected


# --- job counts -----------------------------------------------------------------------------------------------------

KINDS = [
    # visitors and residents named as a clause's topic, also a figure further on, and the level they are compared with
    ("visitors-and-their-earlier-level",
     "횡성군에 따르면 3분기 군을 찾은 관광객은 모두 41만 명으로 직전 분기 12만4000명보다 크게 늘었다.", set()),
    ("residents-and-their-earlier-level",
     "횡성군 인구는 9월 말 현재 4만5210명으로 1년 전 4만5980명보다 770명 줄었다.", set()),
    # look-alike: the people placed stay a count
    ("placements-stay",
     "횡성군 일자리센터를 통해 올해 412명이 일자리를 얻었다.", {("강원특별자치도 횡성군", 412, "employed")}),
    # job seekers written "구직 희망자", and the level they are compared with
    ("job-seekers-and-their-earlier-level",
     "횡성군의 3분기 구직 희망자는 803명으로 1년 전 611명보다 31.4% 늘었다.", set()),
    # referrals named bare before their number are no placements; the hires beside them are
    ("bare-referrals",
     "횡성군 일자리센터는 그동안 취업 96명, 알선 208명, 채용행사 개최 등의 성과를 냈다.",
     {("강원특별자치도 횡성군", 96, "employed")}),
    # jobs counted in people by their size ("N명 규모의 … 일자리를 만들었다") stay jobs made
    ("jobs-sized-in-people",
     "횡성군은 올해 29억 원을 들여 지난해보다 12% 늘어난 240명 규모의 공공일자리를 만들었다.",
     {("강원특별자치도 횡성군", 240, "created")}),
    # people helped into jobs ("일자리와 이어 주며")
    ("linked-to-jobs",
     "횡성군은 2015년 일자리센터 문을 연 뒤 지금까지 군민 2310명을 일자리와 이어 주며 자리를 잡았다.",
     {("강원특별자치도 횡성군", 2310, "employed")}),
    # estimates in fractions of people, and counts of projects in brackets before their total
    ("fractions-are-estimates",
     "횡성군은 예산 10억 원을 쓸 때 취업계수로 셈한 11.2명보다 1.6배 많은 17.9명의 일자리가 생긴다고 설명했다.", set()),
    ("projects-in-brackets-before-their-total",
     "횡성군은 공익형(24개), 사회서비스형(9개), 시장형(4개) 등 모두 37개 사업을 2월부터 운영한다.", set()),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in KINDS], ids=[c[0] for c in KINDS])
def test_job_count_kinds(run, text, expected):
    check_jobs(run, text, expected, published="2025-10-20")


def test_a_goal_of_finding_jobs_at_fairs_is_the_organisers_target(run):
    # the fairs are the means, the people are no crowd; the 구 that co-run the fairs are unnamed, so the total is the 시's
    text = (
        "부산시가 여는 '찾아가는 일자리 장터'가 다음 달 시청 광장에서 시작해 10월까지 이어진다. 시가 주최하고 16개 구·군이 "
        "함께 주관하는 올해 첫 장터는 동부권 4개 구 주민을 중심으로 열린다. 시는 올해 모두 8차례 장터로 시민 800명가량에게 "
        "일자리를 찾아 준다는 목표를 세웠다."
    )
    check_jobs(run, text, {("부산광역시", 800, "target")}, published="2024-03-11")


def test_the_crowd_of_a_fair_stays_no_count(run):
    text = "부산시가 여는 '찾아가는 일자리 장터'에는 시민 800여 명이 찾을 것으로 보인다."
    check_jobs(run, text, set(), published="2024-03-11")


def test_a_body_hiring_for_itself_lists_its_places(run):
    text = (
        "울산시는 3일 2024년도 제2회 공무직 공개 채용 계획을 확정해 누리집에 공고했다.\n"
        "채용 분야와 인원은 하천 시설 관리 7명, 공원 매표원 4명, 청사 환경 정비 3명, 문화재 안전경비원 2명이다."
    )
    check_jobs(run, text, {("울산광역시", 7, "target"), ("울산광역시", 4, "target"), ("울산광역시", 3, "target"),
                           ("울산광역시", 2, "target")}, published="2024-06-03")


def test_a_stock_of_staff_is_no_place_to_fill(run):
    text = "직원이 620여 명인 진천군의 물류센터는 다음 달부터 근로자 310여 명을 추가로 채용할 예정이다."
    assert (("충청북도 진천군", 620, "target")) not in job_keys(run(text, published="2024-06-03"))


# --- programmes -----------------------------------------------------------------------------------------------------

PROGRAMS = [
    # an evaluation, a selection and a contest named together, a campaign, a scheme's people: no programmes
    ("an-evaluation",
     "'충청남도 시·군 일자리정책 평가'는 도가 시·군의 일자리 창출을 북돋우려고 해마다 벌이는 평가로, 올해는 아산시가 "
     "최우수를 받았다.", set()),
    ("a-selection-and-contest",
     "아산시가 지난 9일 열린 '2024년 사회적경제 친화도시 선정 및 사회적 가치 창출대회'에서 친화도시로 뽑혔다.", set()),
    ("a-campaign",
     "아산시는 '청춘 봄바람 릴레이 캠페인'과 '아산 청년 내일잇기 프로젝트'를 함께 벌인다.",
     {("충청남도 아산시", "아산 청년 내일잇기 프로젝트")}),
    ("a-schemes-people",
     "아산시가 '노인 일자리사업 참여자'를 모집한다.", set()),
    # the national senior scheme's types listed alone, and its second half named alone
    ("types-since-2023",
     "아산시는 ▲공익형 1,920명 ▲역량활용형 230명 ▲공동체사업단 84명을 뽑아 1월부터 사업을 꾸린다.", set()),
    ("second-half-of-the-national-scheme",
     "아산시가 어르신의 노후를 돕기 위해 노인일자리 및 사회활동지원사업 참여자 1,900명을 모집한다.", set()),
    # a name glossed with the national scheme it runs under, and a name spelled out in brackets
    ("glossed-with-a-national-scheme",
     "대구 수성구가 '2단계 대구형 희망나눔 일자리사업(공공근로사업)'에 참여할 구민 210여명을 모집한다.",
     {("대구광역시 수성구", "2단계 대구형 희망나눔 일자리사업")}),
    ("name-and-what-it-spells",
     "아산시가 내건 청년도전지원사업의 이름은 '다시서기(다 같이 시작해 서로 기대는 길)'이다.",
     {("충청남도 아산시", "다시서기")}),
    # look-alike: a road renamed is no programme
    ("a-road-renamed",
     "아산시는 공원 둘레 도로 일부의 이름을 '청년창업길'로 바꿔 상권을 알린다.", set()),
    # the job portal of the ministry, and a branch office of a labour office
    ("the-ministrys-portal",
     "아산시는 고용노동부 취업정보망 '워크넷'으로 구인 정보를 나눈다.", set()),
    # a place-named 50+ centre a district opens is its programme
    ("a-fifty-plus-centre",
     "서울 강동구가 중장년의 인생 후반을 돕는 '강동50플러스센터' 운영을 시작한다고 밝혔다.",
     {("서울특별시 강동구", "강동50플러스센터")}),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in PROGRAMS], ids=[c[0] for c in PROGRAMS])
def test_names_and_no_names(run, text, expected):
    check_programs(run, text, expected, published="2024-11-12")


def test_an_english_version_names_no_programme(run):
    text = (
        "아산시는 '아산 청년 내일잇기 프로젝트'를 올해도 이어 간다.\n"
        "The following is the full text of the English article translated by 'Machine Translator'. "
        "Asan City will continue the 'Youth Bridge Project' this year with the 'Job Station'."
    )
    check_programs(run, text, {("충청남도 아산시", "아산 청년 내일잇기 프로젝트")}, published="2024-11-12")
