"""Programmes generalised over real_dev_n..q (extract/RULES.md "Programmes generalised over real_dev_n..q").

Issue 9, programme pattern 8: sources and surveys, editions and leading words, acronyms, descriptions,
national schemes and a district's own version of one, quotes counted as projects, consortia and joint
subjects, entries of other bodies, proposals, a network's branches, travelling services. Every sentence is
written for this file (none is copied from an article or a gold set; names and numbers are made up);
each table holds positives and the look-alikes next to them.
"""

from __future__ import annotations

import pytest

from .conftest import program_keys as _programs

US = "울산광역시"
CN = "충청남도"
GW = "강원도"


# --- a report, survey or statistic cited as a source is no programme ----------------------------------
SOURCES = [
    ("survey-quoted-as-source", "충남 보령시는 통계청이 내놓은 '2024년 상반기 지역별 고용조사'에 따르면 고용률이 68.1%로 "
     "도내 시 가운데 가장 높았다고 밝혔다.", set()),
    ("report-ending-in-trend", "한국고용정보원의 '지방 일자리 동향'에 의하면 보령시의 청년 취업자가 늘었다고 충남 보령시가 밝혔다.",
     set()),
    ("fact-finding-survey", "충남 보령시는 '청년 구직 실태조사'를 벌여 결과를 공개했다.", set()),
    # look-alike: a programme planned from a survey stays a programme
    ("programme-built-on-a-survey", "강원 춘천시는 '청년 일자리 실태조사'를 바탕으로 '봄내 청년 일터 잇기 사업'을 새로 시작한다.",
     {(f"{GW} 춘천시", "봄내 청년 일터 잇기 사업")}),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in SOURCES], ids=[c[0] for c in SOURCES])
def test_sources_are_no_programmes(run, text, expected):
    assert _programs(run(text, published="2022-09-01")) == expected


# --- editions, adverbs and times before a name are no part of it ----------------------------------------
LEADING = [
    ("ordinal-edition", "충남 홍성군은 올해 아홉 번째 홍주 일자리데이를 19일 군청에서 연다.",
     {(f"{CN} 홍성군", "홍주 일자리데이")}),
    ("numbered-edition", "충남 홍성군은 제5회 홍주 청년 채용한마당을 다음 달 연다.", {(f"{CN} 홍성군", "홍주 청년 채용한마당")}),
    ("adverb-before-a-centre", "충남 홍성군은 청년 공간을 넓힌다. 군은 또 홍주 두드림 일자리센터를 새로 운영한다.",
     {(f"{CN} 홍성군", "홍주 두드림 일자리센터")}),
    # look-alikes: a reference word or a clock time before a generic word names nothing
    ("as-of-before-centre", "충남 홍성군은 8월 기준 센터 실적이 취업 120명이라고 밝혔다.", set()),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in LEADING], ids=[c[0] for c in LEADING])
def test_leading_words(run, text, expected):
    assert _programs(run(text, published="2024-09-01")) == expected


# --- common acronyms and 코로나19 are no brand's mark; a description of work is no name ------------------
DESCRIPTIONS = [
    ("acronym-in-a-list-of-activities", "울산 중구는 박람회장에서 AI 면접 체험, 정장 무료 대여, 이력서 사진 촬영 같은 프로그램을 "
     "함께 운영한다.", set()),
    ("acronym-before-a-pilot", "울산 중구는 ICT 스마트팜 시범사업을 올해 추진한다.", set()),
    ("covid-in-a-task-list", "울산 중구는 행정 보조, 체육시설 관리, 코로나19 예방 지원 등 모두 20개 사업에 참여자를 뽑는다.",
     set()),
    ("strengthening-programme", "울산 중구는 참여 청년에게 직무 교육과 역량 강화 프로그램을 운영했다.", set()),
    ("expansion-project", "울산 중구는 경력단절 여성 고용 확대 프로젝트도 추진한다.", set()),
    ("network-building", "울산 중구는 이웃 도시와 지역 간 연결망 구축 사업을 펼칠 방침이다.", set()),
    # look-alikes: a brand with Latin letters, a quoted title and a glued name stay names
    ("brand-with-latin", "울산 중구는 'Re-Start 청년 일터', AI 면접 체험 등 프로그램을 운영한다.",
     {(f"{US} 중구", "Re-Start 청년 일터")}),
    ("quoted-activity-name", "울산 중구는 '고용 기반 활성화 프로젝트'를 올해 처음 시작했다.",
     {(f"{US} 중구", "고용 기반 활성화 프로젝트")}),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in DESCRIPTIONS], ids=[c[0] for c in DESCRIPTIONS])
def test_descriptions_and_acronyms(run, text, expected):
    assert _programs(run(text, published="2024-03-01")) == expected


# --- national schemes; a district's own version of one ------------------------------------------------
NATIONAL = [
    ("direct-jobs-scheme", "대전 유성구가 '2026년 상반기 재정지원 직접 일자리 사업' 참여자 40명을 뽑는다.", set()),
    ("self-support-unit", "대전 유성구는 새 기업연계형 자활사업단이 문을 열었다고 밝혔다.", set()),
    ("apprentice-school", "대전 유성구는 산학일체형 도제학교와 특성화고 취업을 돕는다.", set()),
    ("covid-short-jobs", "대전 유성구는 '코로나19 극복 단기일자리사업' 참여자를 모집한다.", set()),
    # look-alikes: the district's own branded version stays its programme
    ("own-version-of-public-works", "대전 유성구는 구비를 마련해 '유성형 공공근로사업'을 따로 시행한다.",
     {("대전광역시 유성구", "유성형 공공근로사업")}),
    # the national scheme it runs under, glossed in brackets, is left out of the name (0.25.0)
    ("own-version-with-the-type-in-brackets", "대전 유성구는 '유성형 희망 이음 일자리 사업(공공근로사업)'을 올해 "
     "이어간다.", {("대전광역시 유성구", "유성형 희망 이음 일자리 사업")}),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in NATIONAL], ids=[c[0] for c in NATIONAL])
def test_national_schemes(run, text, expected):
    assert _programs(run(text, published="2025-12-01")) == expected


# --- quotes that name schemes by what follows them ------------------------------------------------------
QUOTES = [
    ("counted-as-projects", "강원 홍천군은 '디딤돌 일터' 12개 사업에 9억원을 들여 취약계층에게 일자리를 준다.",
     {(f"{GW} 홍천군", "디딤돌 일터")}),
    ("counted-as-courses", "강원 홍천군은 '솔바람 배움터' 5개 과정을 연다.", {(f"{GW} 홍천군", "솔바람 배움터")}),
    ("first-of-a-means-list", "강원도는 '청년채움 2000', 관광산업 육성 등으로 일자리 1만개를 만들었다.",
     {(GW, "청년채움 2000")}),
    ("titled-scheme-defined-after", "강원 홍천군의 청년일자리 사업 '내일을 함께 짓다'는 청년과 기업을 잇는 사업이다.",
     {(f"{GW} 홍천군", "내일을 함께 짓다")}),
    ("percent-in-a-rule-name", "강원 인제군은 지역 행사에 청년을 쓰도록 한 '축제 청년 고용 20% 의무제'를 운영한다.",
     {(f"{GW} 인제군", "축제 청년 고용 20% 의무제")}),
    ("run-before-the-quote", "강원 인제군이 올해 진행하는 '산골 청년 일자리 모임'은 구직 청년이 서로 돕는 자리다.",
     {(f"{GW} 인제군", "산골 청년 일자리 모임")}),
    # look-alikes: a rate, a ceremony's host event, an awards night, a place-type without jobs
    ("rate-is-no-name", "강원 인제군은 '고용률 64%'를 올해 목표로 잡았다.", set()),
    ("ceremony-held-with-an-event", "강원 인제군은 우수상을 받았다. 시상식은 '2024 사회적경제 성과나눔대회'와 함께 "
     "서울에서 열렸다.", set()),
    ("awards-night", "강원 인제군은 직원 성과를 나누는 '2025 인제 혁신어워즈'를 열었다.", set()),
    ("place-type-without-jobs", "강원 인제군은 '인제형 돌봄'을 올해 군정 목표로 내세웠다.", set()),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in QUOTES], ids=[c[0] for c in QUOTES])
def test_quoted_schemes(run, text, expected):
    assert _programs(run(text, published="2022-05-01")) == expected


# --- lists: bullets counted as projects, travelling services ---------------------------------------------
LISTS = [
    ("bullets-then-count-of-projects", "세종시는 ▲이주민 통역 나눔 사업 ▲짚공예 전수 사업 ▲골목 화단 가꾸기 사업 등 3개 사업에서 "
     "12명을 뽑는다.", {("세종특별자치시", "이주민 통역 나눔 사업"), ("세종특별자치시", "짚공예 전수 사업"),
                     ("세종특별자치시", "골목 화단 가꾸기 사업")}),
    ("travelling-service-quoted", "충남 서천군은 읍·면을 돌며 '찾아가는 일자리 상담실'을 연다.",
     {(f"{CN} 서천군", "찾아가는 일자리 상담실")}),
    ("travelling-team-in-a-list", "충남 서천군은 '서천 청년 일터 잇기', 찾아가는 일자리 탐색단, 취업박람회 등을 운영한다.",
     {(f"{CN} 서천군", "서천 청년 일터 잇기"), (f"{CN} 서천군", "찾아가는 일자리 탐색단")}),
    # look-alikes: a verb with its object, a service named by its activity
    ("visiting-fair-with-an-object", "충남 서천군은 읍·면을 찾아가는 현장 채용박람회를 연다.", set()),
    ("travelling-counselling-activity", "충남 서천군은 노사 상생 교육, 찾아가는 노동 상담, 일터 컨설팅 등을 추진한다.", set()),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in LISTS], ids=[c[0] for c in LISTS])
def test_lists(run, text, expected):
    assert _programs(run(text, published="2024-05-01")) == expected


# --- whose programme: consortia, joint subjects, the 시 with partners, a 광역's money in brackets ----------
OWNERS = [
    ("consortium-after-the-centre", "조선업 인력난을 덜어 줄 '울산 조선업 잇다센터'가 울산 동구에 문을 열었다. "
     "울산시와 동구가 컨소시엄을 꾸려 정부 공모에 신청해 선정됐다.",
     {(US, "울산 조선업 잇다센터"), (f"{US} 동구", "울산 조선업 잇다센터")}),
    ("coordinated-subject", "경남 양산시와 김해시는 '낙동강 청년 일터 박람회'를 다음 달 양산에서 연다.",
     {("경상남도 양산시", "낙동강 청년 일터 박람회"), ("경상남도 김해시", "낙동강 청년 일터 박람회")}),
    ("city-acting-with-partners", "울산시는 조선업 구인 사업을 편다고 밝혔다. 울산 북구와 울주군은 세부 사업 3개를 맡는다. "
     "이 사업에는 시와 일자리재단 등 5개 기관이 참여해 '조선업 이음 사업'을 수행한다.", {(US, "조선업 이음 사업")}),
    ("province-money-in-brackets", "전북 진안군 일자리나눔센터는 전라북도 일자리 공모사업(도비 1억원)에 선정돼 진안읍에 문을 "
     "열었다.", {("전라북도 진안군", "전북 진안군 일자리나눔센터"), ("전라북도", "전북 진안군 일자리나눔센터")}),
    # look-alike: a consortium of one district and companies copies nothing
    ("consortium-with-companies", "울산 동구는 '동구 조선 일터센터'를 열었다. 동구는 조선사 두 곳과 컨소시엄을 꾸렸다.",
     {(f"{US} 동구", "동구 조선 일터센터")}),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in OWNERS], ids=[c[0] for c in OWNERS])
def test_owners(run, text, expected):
    assert _programs(run(text, published="2022-05-01")) == expected


# --- not the district's: entries of other bodies, products, proposals, a network's branches -------------
NOT_THEIRS = [
    ("entry-proposed-by-an-institute", "경북도는 발굴대회 결과를 밝혔다. 최우수상은 한 소재 연구기관이 제안한 "
     "'섬유 공장 청년 일터 지원사업'에 돌아갔다.", set()),
    ("entry-of-an-association", "경북도는 발굴대회를 열었다. 장려상은 지역 기계협회의 '부품 기업 재도약 지원사업'이 받았다.",
     set()),
    ("company-product", "경북 구미시는 청년 교육을 연다. 운영을 맡은 업체의 대표 서비스인 '잡매치'를 활용한다.", set()),
    ("proposals-under-discussion", "경북 구미시 일자리위원회는 △구미형 공정일터 인증제 도입 △청년 창업디자인 지원 등을 "
     "논의한다.", set()),
    ("branches-of-a-national-network", "경북 구미시는 새일센터 3곳(동부센터, 서부센터, 중앙센터)이 모두 우수 평가를 받았다고 "
     "밝혔다.", set()),
    # look-alike: the district's own entry wins a prize and stays its programme
    ("district-entry", "경북도는 발굴대회를 열었다. 최우수상은 영주시의 '소백 청년 일터 지원사업'이 받았다.",
     {("경상북도 영주시", "소백 청년 일터 지원사업")}),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in NOT_THEIRS], ids=[c[0] for c in NOT_THEIRS])
def test_not_the_districts(run, text, expected):
    assert _programs(run(text, published="2020-08-01")) == expected


# --- generic types and venues ------------------------------------------------------------------------
GENERIC = [
    ("venue-list", "선발된 청년은 도서관, 복지법인, 가족지원센터, 청소년센터 등에서 일한다고 충남 공주시가 밝혔다.", set()),
    ("generic-bullets", "충남 공주시 일자리센터의 주요 프로그램은 △구인구직 매칭 프로그램 △취업준비생 취업지원 프로그램 등이다.",
     {(f"{CN} 공주시", "충남 공주시 일자리센터")}),
    ("generic-fair", "충남 공주시는 산업단지 취업박람회와 채용 중심 박람회를 잇달아 연다.", set()),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in GENERIC], ids=[c[0] for c in GENERIC])
def test_generic_types(run, text, expected):
    assert _programs(run(text, published="2020-08-01")) == expected
