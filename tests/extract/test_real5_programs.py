"""Programmes generalised over real_dev_j..m (extract/RULES.md "Programmes generalised over real_dev_j..m").

Issue 9, programme pattern 8: owners tagged in lists, lists whose items name their districts, joint
programmes named again in the next sentence, partners that are no programme, national schemes and
descriptions. Every sentence is written for this file (none is copied from an article or a gold set;
names and numbers are made up); each table holds positives and the look-alikes next to them.
"""

from __future__ import annotations

import pytest

from extract.learn import using

from .conftest import program_keys as _programs

BS = "부산광역시"
GN = "경상남도"
CN = "충청남도"


# --- whose programme: a list tags each scheme with its district --------------------------------------
OWNERS = [
    ("bracket-after-quote", "부산시는 2일 일자리 보고회를 연다. 보고회에서는 △'동네 빈집 청년 공방'(수영구) "
     "△'어르신 택배 일터'(연제구) △'항만 안전 일자리'(영도구) 등이 모범 사례로 소개된다.",
     {(f"{BS} 수영구", "동네 빈집 청년 공방"), (f"{BS} 연제구", "어르신 택배 일터"), (f"{BS} 영도구", "항만 안전 일자리")}),
    ("district-then-bracketed-scheme", "행정안전부 공모에서 최종 선정된 사업은 △김제시(농촌 일손 잇기 사업) "
     "△정읍시(청년 귀향 설계 지원 사업)다.",
     {("전라북도 김제시", "농촌 일손 잇기 사업"), ("전라북도 정읍시", "청년 귀향 설계 지원 사업")}),
    ("items-without-district-go-to-the-announcer", "충남도는 보령·서산 2개 시와 함께 청년 참여자를 더 뽑는다고 밝혔다.\n"
     "더 뽑는 사업은 △사회적경제 청년어부 육성사업 12명 △보령시 머드공방 청년일자리사업 4명 "
     "△서산시 간척농업 청년채움사업 6명 등이다.",
     {(CN, "사회적경제 청년어부 육성사업"), (f"{CN} 보령시", "보령시 머드공방 청년일자리사업"),
      (f"{CN} 서산시", "서산시 간척농업 청년채움사업")}),
    # look-alikes: a plain bullet list keeps the district the rules give it
    ("plain-bullets-keep-owner", "영동군은 △포도밭 청년 일터 사업(10명) △산골 돌봄 일자리 사업(8명) 등을 편다.",
     {("충청북도 영동군", "포도밭 청년 일터 사업"), ("충청북도 영동군", "산골 돌봄 일자리 사업")}),
    ("joint-word-inside-another-quote", "도는 아산시의 '함께 짓는 공동 텃밭', 서산시의 '바다 일손 나눔터' 등 좋은 사례를 "
     "시·군에 알린다.",
     {(f"{CN} 아산시", "함께 짓는 공동 텃밭"), (f"{CN} 서산시", "바다 일손 나눔터")}),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in OWNERS], ids=[c[0] for c in OWNERS])
def test_owners_in_lists(run, text, expected):
    assert _programs(run(text)) == expected


# --- joint programmes named again in the next sentence ------------------------------------------------
JOINT = [
    ("event-anaphor-after-a-theme", "경남도는 '2024 하반기 경남 청년 일자리박람회'를 창원에서 열었다고 밝혔다. "
     "'내 일을 찾자'를 주제로 한 이번 박람회는 경남도와 김해시, 양산시가 힘을 모아 추진했다.",
     {(GN, "경남 청년 일자리박람회"), (f"{GN} 김해시", "경남 청년 일자리박람회"),
      (f"{GN} 양산시", "경남 청년 일자리박람회")}),
    ("programme-as-next-topic", "서산시는 이동 상담 창구인 '달리는 일자리버스'를 다음 달 시청 앞에서 운영한다. "
     "달리는 일자리버스는 충남도와 시군 일자리센터가 함께 도내를 돌며 구직 상담을 돕는 사업이다.",
     {(f"{CN} 서산시", "달리는 일자리버스"), (CN, "달리는 일자리버스")}),
    # look-alike: a next sentence about something else adds nobody
    ("next-sentence-about-else", "서산시는 '달리는 일자리버스'를 다음 달 시청 앞에서 운영한다. "
     "충남도와 시군은 함께 고용 통계를 점검한다.",
     {(f"{CN} 서산시", "달리는 일자리버스")}),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in JOINT], ids=[c[0] for c in JOINT])
def test_joint_programmes(run, text, expected):
    assert _programs(run(text)) == expected


# --- partners, national schemes and descriptions are no programmes -------------------------------------
NOT_PROGRAMMES = [
    ("mou-partner", "울산 북구는 10일 청년 창업 3개 팀, 해오름사회적경제지원센터와 '청년 마을상점 지원 사업' "
     "업무협약을 맺었다.", {("울산광역시 북구", "청년 마을상점 지원 사업")}),
    ("co-host-partner", "울산 북구는 이 행사를 동해조선인력지원센터, 조선 기업들과 함께 연다.", set()),
    ("partner-with", "공주시 관계자는 \"마을 공동체가 자리 잡도록 새뜰공동체지원센터와 함께 교육을 이어가겠다\"고 말했다.", set()),
    ("national-youth-scheme", "금천구는 고용노동부가 주관한 '2025년 청년성장프로젝트' 공모에 선정됐다.", set()),
    ("national-designation", "공주시는 관내 3개 기업이 행정안전부 지정 '마을기업'에 뽑혔다고 밝혔다.", set()),
    ("national-savings-scheme", "센터는 내일채움공제, 훈련수당 신청 창구 역할도 맡는다. 거제시는 센터를 운영한다.", set()),
    ("descriptive-programme", "구는 참여 청년에게 맞춤 상담과 심리 안정 프로그램을 제공한다. 관악구는 이를 알렸다.", set()),
    ("descriptive-bullet-course", "고창군은 지난해 재난관리 실적을 재난관리 과정, 안전관리 체계 등 4개 부문에 걸쳐 평가받았다.", set()),
    ("school-as-eligibility", "세종시 청년 인턴은 중학교에 다니는 18세 미만은 뽑지 않는다.", set()),
    ("count-first", "남양주시는 지난봄 역 앞에서 3차례 버스를 운영해 40명이 상담을 받았다.", set()),
    ("time-before-fair", "울산시는 10월 하순 채용박람회를 한 번 더 연다.", set()),
    ("across-bullets", "증평군의 지원 대상은 △질병으로 어려운 농가 △75세 이상 고령 농가, 여성 농가 △논 2㏊ 이하 농가다.", set()),
    ("attribute-definition", "의정부시 공공일자리 사업 기간은 3월부터 6월까지이며 모집 분야는 공원 관리 등 5개 사업이다.", set()),
    ("community-centre-place", "경기도는 읍·면·동 주민자치센터에 직업상담사 200명을 배치했다.", set()),
    ("clause-tail", "충북도의 일손봉사는 '나눔'과 '일'을 합친 일자리창출사업으로 처음 시작됐다.", set()),
    # positives next to them
    ("own-centre-partner", "세종시 일자리센터는 같은 건물의 세종중장년지원센터와 손잡고 상담을 늘렸다.",
     {("세종특별자치시", "세종시 일자리센터"), ("세종특별자치시", "세종중장년지원센터")}),
    ("own-savings-scheme", "보령시는 '보령형 청년내일채움공제'를 새로 운영한다.", {(f"{CN} 보령시", "보령형 청년내일채움공제")}),
    ("named-programme-brand", "칠곡군은 청년 꿈 설계 프로그램(Leap 2019)을 운영했다.",
     {("경상북도 칠곡군", "청년 꿈 설계 프로그램")}),
    ("run-by-start-up", "증평군은 일손이 모자란 농가를 돕는 '농번기 일손 기동반'을 본격 가동한다.",
     {("충청북도 증평군", "농번기 일손 기동반")}),
    ("nominalised-verb-in-name", "광명시는 △광명시(중장년 일터 잇기 사업) 공모에 선정됐다.", {("경기도 광명시", "중장년 일터 잇기 사업")}),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in NOT_PROGRAMMES], ids=[c[0] for c in NOT_PROGRAMMES])
def test_not_programmes_and_neighbours(run, text, expected):
    with using({"program_span": None}):  # the rules' verdict (the model only adds names)
        got = _programs(run(text))
    assert got == expected
