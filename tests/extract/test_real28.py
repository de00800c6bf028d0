"""Rules of extractor 0.28.0 (extract/RULES.md "0.28.0"), each sentence written for this file (none is copied from
an article or a gold set); each case holds a convention next to its look-alikes."""

from __future__ import annotations

import pytest

from .conftest import award_keys, check_jobs, check_programs

# --- districts ---------------------------------------------------------------------------------------------------------

DISTRICTS = [
    # the 광역's hall acts: "서울시청은 … 뽑는다"
    ("the-hall-recruits",
     "2011-05-20", "여름방학 관공서 아르바이트 모집이 시작됐다. 부산시청은 본청과 사업소에서 일할 대학생 320명을 뽑는다.",
     ["부산광역시"]),
    # look-alike: the hall as a venue is no act
    ("the-hall-as-a-venue",
     "2011-05-20", "구직자 만남의 날 행사가 부산시청에서 열려 구직자 300명이 찾았다.", []),
    # a selection listed as "광역 short name + stem (case)" items
    ("a-selection-of-prefixed-stems",
     "2016-06-07", "행정자치부는 마을공방 육성사업 대상으로 사업 5개를 골랐다고 밝혔다. 뽑힌 사업은 충남 서천(모시공예 공방), "
     "경북 영덕(대게 가공), 전남 곡성(목공 체험), 광주 남구(가죽 소품 제작), 경기 연천(전통주 빚기) 등이다.",
     ["충청남도 서천군", "경상북도 영덕군", "전라남도 곡성군", "광주광역시 남구", "경기도 연천군"]),
    # look-alike: a prefixed stem alone, as a place, is no district
    ("a-prefixed-stem-as-a-place",
     "2016-06-07", "행정자치부는 경북 영덕에 있는 한 공방을 찾아 마을공방 육성사업을 설명했다.", []),
    # the square in front of a station in a district is the venue of another's fair
    ("square-before-a-station",
     "2019-05-20", "충청남도가 중장년 일자리박람회를 24일 오후 2시 천안시 두정역 2번 출구 앞 야외광장에서 연다.",
     ["충청남도"]),
]


@pytest.mark.parametrize("published,text,expected", [c[1:] for c in DISTRICTS], ids=[c[0] for c in DISTRICTS])
def test_districts(run, published, text, expected):
    assert run(text, published=published)["districts"] == expected


# --- awards ------------------------------------------------------------------------------------------------------------

AWARDS = [
    # a women-friendly city designation is another topic
    ("women-friendly-city",
     "2022-01-20", "논산시가 지난해 여성친화도시 조성 우수기관으로 뽑혀 장관 표창을 받는다.", set()),
    # look-alike: a women's jobs evaluation is a jobs prize
    ("women-jobs-evaluation",
     "2022-01-20", "논산시가 2021년 여성 일자리 지원사업 평가에서 우수기관으로 뽑혀 장관 표창을 받는다.",
     {("충청남도 논산시", 2021, "우수")}),
    # a contest among village enterprises: the prize goes to the enterprise
    ("village-enterprise-contest",
     "2017-10-12", "영월군 한 영농조합법인이 2017 우수마을기업 경진대회에서 최우수상을 받았다.", set()),
    # the classes a prize is given in are no records
    ("classes-of-a-prize",
     "2023-11-25", "공주시는 2023년 여성일자리 촉진대상 시상식에서 대상을 받았다. 이 상은 올해 대상·최우수상·우수상·장려상 "
     "4개 부문에서 12개 기관에 돌아갔다.",
     {("충청남도 공주시", 2023, "대상")}),
    # look-alike: grades each winner takes, in the same order
    ("grades-each-winner-takes",
     "2023-11-25", "2023년 충남도 일자리 평가에서 공주시·보령시·아산시가 각각 대상·최우수상·우수상을 받았다.",
     {("충청남도 공주시", 2023, "대상"), ("충청남도 보령시", 2023, "최우수"), ("충청남도 아산시", 2023, "우수")}),
    # a winners' table written "district=grade" keeps its winners; a dateline "place=outlet" is no winner
    ("winners-table-with-equals",
     "2019-12-10", "2019년 서울시 자치구 일자리 평가에서 상을 받은 구는 다음과 같다. 도봉구=최우수상, 강서구=우수상",
     {("서울특별시 도봉구", 2019, "최우수"), ("서울특별시 강서구", 2019, "우수")}),
    ("dateline-with-equals",
     "2019-12-10", "[김해=한빛뉴스] 경남도는 2019년 고용노동부 일자리 평가에서 최우수 기관으로 뽑혔다.",
     {("경상남도", 2019, "최우수")}),
]


@pytest.mark.parametrize("published,text,expected", [c[1:] for c in AWARDS], ids=[c[0] for c in AWARDS])
def test_award_records(run, published, text, expected):
    assert award_keys(run(text, published=published)) == expected


# --- job counts -----------------------------------------------------------------------------------------------------

JOBS = [
    # a programme's size raised: the people taking part
    ("size-raised",
     "김천시는 신중년 일자리 사업을 넓혀 참여 인원을 지난해 120명에서 150명으로 늘렸다.",
     {("경상북도 김천시", 120, "participants"), ("경상북도 김천시", 150, "participants")}),
    # look-alike: jobs made are jobs made
    ("jobs-made",
     "김천시는 지난해 일자리 150개를 새로 만들었다.", {("경상북도 김천시", 150, "created")}),
    # a recruitment's places by type, told in the sentence after it, with the total and a difference
    ("places-by-type-after-a-recruitment",
     "영광군은 올해 노인일자리 사업에 참여할 어르신을 다음 달 5일부터 모집한다고 밝혔다. 유형별로 보면 공익활동 900명과 "
     "사회서비스형 120명, 시장형 40명이며, 전체 규모는 1,060명으로 한 해 전보다 85명 늘었다.",
     {("전라남도 영광군", 900, "target"), ("전라남도 영광군", 120, "target"), ("전라남도 영광군", 40, "target"),
      ("전라남도 영광군", 1060, "target")}),
    # look-alike: parts with a predicate of their own keep it
    ("types-with-their-own-predicate",
     "영광군은 올해 노인일자리 사업에 참여할 어르신을 다음 달 5일부터 모집한다고 밝혔다. 유형별로 보면 지난해에는 "
     "공익활동 900명과 사회서비스형 120명이 참여했다.",
     {("전라남도 영광군", 900, "participants"), ("전라남도 영광군", 120, "participants")}),
    # students chosen for a holiday job take part in a programme
    ("students-chosen",
     "여름방학 대학생 행정인턴 발대식이 열렸다. 앞서 중랑구는 지원자 410명 가운데 40명을 공개 추첨으로 뽑았다.",
     {("서울특별시 중랑구", 40, "participants")}),
    # look-alike: people chosen for a public job are employed
    ("public-workers-chosen",
     "중랑구는 공공근로 참여자 모집에서 지원자 410명 가운데 40명을 뽑았다.",
     {("서울특별시 중랑구", 40, "employed")}),
    # a second verb that carries the will makes the jobs a plan
    ("made-and-to-be-given",
     "광주시는 올해 어르신 3천200여명에게 일자리를 만들어 제공하겠다고 밝혔다.",
     {("광주광역시", 3200, "target")}),
    ("made-and-given",
     "광주시는 지난해 어르신 3천200여명에게 일자리를 만들어 제공했다.",
     {("광주광역시", 3200, "employed")}),
    # the share of a group of districts is none's own count; the total of a list of districts is
    ("share-of-the-districts",
     "인천시는 공공근로 참여자를 모집한다. 뽑는 인원은 시 본청 120명과 10개 군·구 900명이다.",
     {("인천광역시", 120, "target")}),
    ("total-of-a-list-of-districts",
     "충청북도가 청년을 추가로 모집한다. 추가 모집 인원은 제천 5명, 음성·진천 각 3명 등 8개 시군 20명이다.",
     {("충청북도 제천시", 5, "target"), ("충청북도 음성군", 3, "target"), ("충청북도 진천군", 3, "target"),
      ("충청북도", 20, "target")}),
    # a chance to learn or start out: people taking part
    ("a-chance-to-start-out",
     "수성구는 2022년부터 이 사업으로 모두 430명의 청년에게 사회 진입의 기회를 줬다.",
     {("대구광역시 수성구", 430, "participants")}),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in JOBS], ids=[c[0] for c in JOBS])
def test_job_counts(run, text, expected):
    check_jobs(run, text, expected, published="2025-06-20")


# --- programmes ----------------------------------------------------------------------------------------------------

PROGRAMS = [
    # a speech quoted over two sentences holds no name cut at its first programme word
    ("speech-over-two-sentences",
     '홍성군이 자활근로사업 홍보에 나섰다. 군 관계자는 "이번 안내를 계기로 주민들이 자활사업에 관심을 갖길 바란다. '
     '참여자를 계속 찾겠다"고 말했다.',
     set()),
    # look-alike: the name quoted before the speech
    ("name-before-a-speech",
     '홍성군이 \'홍성 다시일터 사업\' 참여자를 모집한다. 군 관계자는 "이번 안내를 계기로 주민들이 자활사업에 관심을 '
     '갖길 바란다. 참여자를 계속 찾겠다"고 말했다.',
     {("충청남도 홍성군", "홍성 다시일터 사업")}),
    # a programme word joined to the next name by "나" in one word
    ("names-joined-by-or",
     "희망자는 시·군 여성새로일하기센터나 여성취업지원센터를 찾아 신청하면 된다고 충청북도가 밝혔다.", set()),
    # a public office named as where to ask is no programme
    ("office-to-ask",
     "강화군이 농번기 일손 돕기에 나선다. 일손이 필요하면 강화군 농업기술센터 인력육성팀으로 문의하면 된다.", set()),
    # look-alike: the district's own jobs centre
    ("district-jobs-centre",
     "강화군 일자리지원센터는 지난달 구직자 상담을 시작했다.",
     {("인천광역시 강화군", "강화군 일자리지원센터")}),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in PROGRAMS], ids=[c[0] for c in PROGRAMS])
def test_programs(run, text, expected):
    check_programs(run, text, expected, published="2025-03-13")
