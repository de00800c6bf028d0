"""Programmes generalised over real_dev_v..z (extract/RULES.md "Programmes generalised over real_dev_v..z").

Quoted kinds named for their audience, national networks, prize ceremonies, whose programme a bracket or a
relative clause says, a 광역's event held in a 기초, list ends and the work done after a name. Every sentence is
written for this file (none is copied from an article or a gold set; names and numbers are made up); each table
holds positives and the look-alikes next to them.
"""

from __future__ import annotations

import pytest

from .conftest import check_programs as _check

GB = "경상북도"
GN = "경상남도"
CB = "충청북도"
CN = "충청남도"
JN = "전라남도"
SE = "서울특별시"


# --- a kind of centre or fair named for its audience is the district's own scheme, quoted or (from 0.33.0) not ------
AUDIENCE_KINDS = [
    ("quoted-youth-startup-centre", "충북 옥천군은 오는 12일 '청년창업지원센터' 개관식을 열고 운영을 시작한다.",
     {(f"{CB} 옥천군", "청년창업지원센터")}),
    ("quoted-senior-fair", "서울 강북구는 다음 달 구청 대강당에서 '어르신 일자리 박람회'를 연다고 밝혔다.",
     {(f"{SE} 강북구", "어르신 일자리 박람회")}),
    ("quoted-year-and-audience", "충북 옥천군은 '2024 장애인 취업박람회'를 체육관에서 연다.",
     {(f"{CB} 옥천군", "장애인 취업박람회")}),
    # unquoted, in a list of the facilities the district runs (0.10.0 kept these generic; the gold README settled them
    # as the district's, 0.33.0)
    ("unquoted-list-of-facilities", "충북 옥천군은 여성 취업지원센터, 청년창업지원센터 등 시설을 읍에 둔다.",
     {(f"{CB} 옥천군", "여성 취업지원센터"), (f"{CB} 옥천군", "청년창업지원센터")}),
    # look-alikes: a kind without an audience stays generic even in quotes; the audience kinds of the 시·군 a 도 speaks
    # of, and a fair's grounds, are no district's
    ("quoted-bare-kind", "충북 옥천군은 오는 12일 '일자리지원센터' 개소식을 연다.", set()),
    ("kinds-of-the-cities", "희망자는 시·군 여성새로일하기센터나 여성취업지원센터를 찾아 신청하면 된다고 충청북도가 밝혔다.",
     set()),
    ("fair-grounds", "영천시는 청년 일자리 박람회 행사장에서 면접을 진행했다.", set()),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in AUDIENCE_KINDS], ids=[c[0] for c in AUDIENCE_KINDS])
def test_audience_kinds(run, text, expected):
    _check(run, text, expected)


@pytest.mark.parametrize(
    "name,audience",
    [("청년창업지원센터", True), ("중장년 일자리센터", True), ("구청 여성 일자리카페", True), ("2025 어르신 일자리 박람회", True),
     ("청년센터", False), ("일자리센터", False), ("청년 일자리", False), ("시흥일자리센터", False)],
)
def test_is_audience_kind(name, audience):
    from extract.programs import is_audience_kind

    assert is_audience_kind(name) is audience


# --- national networks and types a district takes part in are not its programmes ----------------------------
NATIONAL = [
    ("self-sufficiency-centre", "경남 거창군은 거창지역자활센터와 함께 '거창 나눔 세탁소'를 연다.",
     {(f"{GN} 거창군", "거창 나눔 세탁소")}),
    ("incubator", "경남 거창군은 거창대 창업보육센터에 입주한 기업 8곳을 도왔다.", set()),
    ("senior-association-centre", "경남 거창군은 노인회 취업지원센터와 협력해 어르신 일자리를 찾는다.", set()),
    ("youth-savings-scheme", "경남 거창군은 청년 내일채움공제사업을 기업에 안내했다.", set()),
    # look-alike: the district's own "○○형" version of the savings scheme
    ("own-version-of-the-savings-scheme", "경남 거창군은 '거창형 청년내일채움공제'로 청년 35명의 근속을 도왔다.",
     {(f"{GN} 거창군", "거창형 청년내일채움공제")}),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in NATIONAL], ids=[c[0] for c in NATIONAL])
def test_national_networks(run, text, expected):
    _check(run, text, expected)


# --- the gathering where prizes are handed out is a ceremony, not a programme --------------------------------
CEREMONIES = [
    ("prize-in-the-sentence", "충청남도는 지난 9일 도청에서 '2024 일자리 한마당'을 열고 우수 시군에 표창을 줬다.", set()),
    ("prize-two-sentences-on", "충청남도는 지난 9일 '2024 충남 일자리·경제 한마당' 행사를 열었다. 이 자리에는 시장과 군수가 "
     "함께했다. 우수 시군 표창이 이어졌다.", set()),
    # look-alikes: a jobs fair named so, and a gathering where no prize is given
    ("jobs-fair-with-prizes", "충청남도는 '2024 충남 채용 한마당'을 열고 우수 기업에 표창을 줬다.",
     {(CN, "충남 채용 한마당")}),
    ("gathering-without-prizes", "충청남도는 다음 달 '2024 충남 청년 일자리 한마당'을 연다.", {(CN, "충남 청년 일자리 한마당")}),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in CEREMONIES], ids=[c[0] for c in CEREMONIES])
def test_prize_ceremonies(run, text, expected):
    _check(run, text, expected)


# --- whose programme: a district before the brackets that hold it, a relative clause ---------------------------
OWNERS = [
    ("winners-with-their-scheme", "대상은 경상북도(청년 귀농 일자리 잇기 사업)와 전라남도(섬마을 일손 나눔 프로젝트)에 "
     "돌아갔다.",
     {(GB, "청년 귀농 일자리 잇기 사업"), (JN, "섬마을 일손 나눔 프로젝트")}),
    ("nested-quote-in-brackets", "우수상은 서울 성동구(돌봄 상생 모델 '함께돌봄' 사업)와 경상남도('다시일터 프로젝트')가 받았다.",
     {(f"{SE} 성동구", "함께돌봄"), (GN, "다시일터 프로젝트")}),
    ("relative-clause-after", "경남 거제시는 올해 우수상을 받았다. 종합대상은 '청년 바다 일터 사업'을 운영해 일자리를 "
     "늘린 전라남도에 돌아갔다.",
     {(JN, "청년 바다 일터 사업")}),
    ("relative-clause-with-a-list", "매달 '청춘 구직 데이'를 열어 청년 취업에 힘을 쏟은 충북 옥천군과 제대군인 취업을 도운 "
     "충북 영동군도 좋은 평가를 받았다.",
     {(f"{CB} 옥천군", "청춘 구직 데이")}),
    # look-alike: a district after the name that is the venue, not the modified noun
    ("venue-after-the-name", "경남 거제시는 '거제 조선 일자리 박람회'가 열린 경남 통영시 체육관에서 상담 부스를 운영했다.",
     {(f"{GN} 거제시", "거제 조선 일자리 박람회")}),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in OWNERS], ids=[c[0] for c in OWNERS])
def test_owners(run, text, expected):
    _check(run, text, expected)


# --- an event named for the 광역 and held in a 기초 is the 광역's -----------------------------------------------
PROVINCE_EVENTS = [
    ("province-fair-at-a-venue", "충북 충주시는 올해 구직자 상담을 늘렸다. 지난 9일 충주체육관에서 '2024 충북 일자리 "
     "박람회'가 열렸다.",
     {(CB, "충북 일자리 박람회")}),
    ("province-fair-glued", "경북 안동시는 올해도 행사장을 빌려 줬다. '경북일자리박람회'에는 기업 80곳이 참여했다.",
     {(GB, "경북일자리박람회")}),
    # look-alikes: the 기초 runs a scheme named for its region; the 기초's own fair named with the 광역 first
    ("district-runs-a-regional-scheme", "충북 제천시는 청년 정착을 돕는다. 올해는 '충북 북부권 청년 창업 거점 조성사업'도 "
     "추진한다.",
     {(f"{CB} 제천시", "충북 북부권 청년 창업 거점 조성사업")}),
    ("district-named-in-the-fair", "대구 수성구는 '대구 수성구 채용박람회'를 연다.",
     {("대구광역시 수성구", "대구 수성구 채용박람회")}),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in PROVINCE_EVENTS], ids=[c[0] for c in PROVINCE_EVENTS])
def test_province_events(run, text, expected):
    _check(run, text, expected)


# --- list ends and the work named after an item -----------------------------------------------------------------
LISTS = [
    ("district-fair-in-a-list", "경남 의령군 일자리센터는 지난해 의령군 일자리 박람회 개최, 구직자 면접 코칭, 기업 방문 상담 "
     "등 모두 30차례 일자리 사업을 펼쳤다.",
     {(f"{GN} 의령군", "경남 의령군 일자리센터"), (f"{GN} 의령군", "의령군 일자리 박람회")}),
    # look-alike: a district's name before a bare word is no name
    ("district-and-a-bare-word", "경남 의령군은 의령군 박람회 개최, 기업 방문 상담 등 모두 30차례 일자리 사업을 펼쳤다.", set()),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in LISTS], ids=[c[0] for c in LISTS])
def test_lists(run, text, expected):
    _check(run, text, expected)


@pytest.mark.parametrize(
    "name,head",
    [("청년창조마루 디자인랩 운영 지원", "청년창조마루 디자인랩"), ("‘옥천형 직업훈련 과정’ 개발·운영", "‘옥천형 직업훈련 과정’"),
     ("농작업 도우미단 육성", "농작업 도우미단"), ("운영 지원", "운영 지원"), ("청년 일터 사업", "청년 일터 사업")],
)
def test_strip_op_tail(name, head):
    from extract.programs import _strip_op_tail

    assert _strip_op_tail(name) == head


# --- partners listed with the district, short names, a ministry's network, quotes of one list ------------------
MORE = [
    ("partners-listed-as-bodies", "경기 이천시는 취업지원센터, 인력조달지원센터, 여성인력센터 등 관계 기관과 협력망을 만들었다.",
     set()),
    ("partners-that-take-part", "경기 이천시는 시청 광장에서 '이천 청년 잡 페어'를 연다. 이천상공회의소와 노사발전센터도 함께한다.",
     {("경기도 이천시", "이천 청년 잡 페어")}),
    ("co-preparing-agency", "경기 이천시와 지방고용노동청, 물류일자리센터가 공동으로 준비했다.", set()),
    ("short-name-in-brackets", "경기 이천시가 운영하는 이천청년희망센터(이하 희망센터)가 올해 평가에서 1위를 했다.",
     {("경기도 이천시", "이천청년희망센터")}),
    ("ministry-network", "경기 이천시는 여성가족부 새일센터 사업에 참여해 상담사 4명을 뒀다.", set()),
    ("community-word-is-no-joint-word", "전북 진안군은 '진안 청년 귀촌 학교' 등을 소개했고, 전북 장수군은 공동체활성화 "
     "지원단이 맡은 '장수 농번기 일손 사업'을 발표했다.",
     {("전북특별자치도 진안군", "진안 청년 귀촌 학교"), ("전북특별자치도 장수군", "장수 농번기 일손 사업")}),
    ("a-prize-in-quotes", "서울 성동구는 올해 '성동 으뜸상'을 받은 기업 5곳을 시상했다.", set()),
    ("a-quoted-remark", "경북 경주시장은 '지역 경계를 넘어 구인자와 구직자가 서로 돕는 큰 박람회'라며 기대를 밝혔다.", set()),
    ("quotes-each-after-a-clause", "경기 이천시는 빈 점포를 살린 '이천 골목 일터 프로젝트', 청년 창업을 도운 '이천 창업 디딤돌' 등이 "
     "높은 점수를 받았다.",
     {("경기도 이천시", "이천 골목 일터 프로젝트"), ("경기도 이천시", "이천 창업 디딤돌")}),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in MORE], ids=[c[0] for c in MORE])
def test_partners_short_names_and_lists(run, text, expected):
    _check(run, text, expected)


# --- more run verbs after a quote: made, set up, launched ----------------------------------------------------
RUN_VERBS = [
    ("made", "전남 곡성군은 올해 '곡성 일손 나눔단'을 만들어 농가에 인력을 보냈다.", {(f"{JN} 곡성군", "곡성 일손 나눔단")}),
    ("set-up", "전남 곡성군은 빈 점포를 고쳐 '곡성 청춘 상점가'를 꾸미고 청년 상인을 모았다.", {(f"{JN} 곡성군", "곡성 청춘 상점가")}),
    ("campaign-launched", "전남 곡성군은 '1사 1청년 더 채용하기 운동'을 전개해 기업의 채용을 독려했다.",
     {(f"{JN} 곡성군", "1사 1청년 더 채용하기 운동")}),
    # look-alikes: a vision to be made is no programme
    ("vision-to-make", "전남 곡성군은 '청년이 머무는 곡성'을 만들겠다고 밝혔다.", set()),
    ("vision-to-make-over-time", "전남 곡성군은 '일하기 좋은 곡성'을 만들어 가겠다고 밝혔다.", set()),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in RUN_VERBS], ids=[c[0] for c in RUN_VERBS])
def test_run_verbs(run, text, expected):
    _check(run, text, expected)


# --- a quoted name followed by an online platform's board is the board's name, not a scheme ----------------
ONLINE_BOARDS = [
    ("naver-cafe", "경북 청도군 채용 공고는 '청도 청년' 네이버 카페에서 내려받을 수 있다.", set()),
    ("kakao-channel", "충남 서천군은 '서천 일자리 알림' 카카오톡 채널로 구인 정보를 보낸다.", set()),
    ("band-with-particle", "경남 하동군 구직자 모임은 '하동 잡' 네이버 밴드에 면접 후기를 올린다.", set()),
    # look-alikes: a platform named without a board word, and a scheme beside its online board, stay programmes
    ("platform-booking", "경북 청도군은 '청도 청년일자리카페' 네이버 예약으로 상담 신청을 받는다.",
     {(f"{GB} 청도군", "청도 청년일자리카페")}),
    ("scheme-and-its-board", "경북 청도군은 '청도 청년일자리카페'를 운영하고, 모집 소식은 '청도 청년' 네이버 카페에 올린다.",
     {(f"{GB} 청도군", "청도 청년일자리카페")}),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in ONLINE_BOARDS], ids=[c[0] for c in ONLINE_BOARDS])
def test_online_boards(run, text, expected):
    _check(run, text, expected)
