"""Programmes in the phrasings of real coverage (extract/RULES.md "Rules added in 0.4.0", programmes).

Issue 9, pattern 8. Every sentence is written for this file (none is copied from an article or a gold
set); each table holds positives and the negatives next to them.
"""

from __future__ import annotations

import pytest

from .conftest import program_keys as _programs

Y = "충청북도 영동군"


# --- names with Latin letters, symbols and nested quotes are kept whole ---------------------------------
SYMBOLS = [
    ("u-turn", "영동군은 출향 청년을 위한 '청년 U턴 일자리 지원사업'을 추진한다.", {(Y, "청년 U턴 일자리 지원사업")}),
    ("ampersand", "영동군은 '일자리 Dream&Job 센터'를 열었다.", {(Y, "일자리 Dream&Job 센터")}),
    ("plus", "영동군은 '신중년 5060+ 인생학교'를 개설했다.", {(Y, "신중년 5060+ 인생학교")}),
    ("heart", "영동군은 '청년♥일자리 매칭데이'를 개최했다.", {(Y, "청년♥일자리 매칭데이")}),
    ("nested-quotes", "영동군은 「'다시 영동' 청년 정착 프로젝트」를 운영한다.", {(Y, "다시 영동 청년 정착 프로젝트")}),
    ("exclamation-inside", "영동군은 '청년 잡(JOB)아라! 희망 도우미단'을 8월부터 운영한다.", {(Y, "청년 잡(JOB)아라! 희망 도우미단")}),
    ("colon-inside", "영동군은 청년도전 사업 '잡(Job)찾기: Jump & Go' 참여자를 모집한다.", {(Y, "잡(Job)찾기: Jump & Go")}),
    ("abbreviation-after", "영동군은 '고용안정 선제대응 지원사업(고선지)'을 추진했다.", {(Y, "고용안정 선제대응 지원사업(고선지)")}),
    ("phrase-named-by-head", "영동군의 수상 사업인 '진로교육, 엄마가 간다!'는 경력단절여성을 강사로 길렀다.",
     {(Y, "진로교육, 엄마가 간다!")}),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in SYMBOLS], ids=[c[0] for c in SYMBOLS])
def test_names_with_symbols(run, text, expected):
    assert _programs(run(text, "2023-05-02")) == expected


# --- a quote named by the head noun next to it ----------------------------------------------------------
HEADS = [
    ("head-after-saeop", "영동군은 '50+보람 일터' 사업으로 어르신 일자리를 늘렸다.", {(Y, "50+보람 일터")}),
    ("head-after-jeongchaek", "영동군은 '뿌리산업 유연근무 확산' 정책으로 상을 받았다.", {(Y, "뿌리산업 유연근무 확산")}),
    ("noun-then-run", "영동군은 '영동청년숲' 마켓을 상설로 운영한다.", {(Y, "영동청년숲")}),
    ("yeonda", "영동군은 청년 400명에게 취업 준비를 돕는 '청사진 학교'를 연다.", {(Y, "청사진 학교")}),
    ("head-before", "영동군은 맞춤형 교육 '기업체 틈새 배움터'로 높은 점수를 받았다.", {(Y, "기업체 틈새 배움터")}),
    ("geojeom-before", "영동군은 청년 일자리 거점인 '청년와락'을 중심으로 기반을 다졌다.", {(Y, "청년와락")}),
    ("joined-after-accepted", "영동군은 '영동 통합일자리센터', 고용복지센터, '영동청년타운'을 묶어 서비스를 폈다.",
     {(Y, "영동 통합일자리센터"), (Y, "영동청년타운")}),
    ("deung-saeop", "영동군은 '찾아가는 일자리사랑방' 등 일자리지원센터의 서비스로 좋은 평가를 받았다.",
     {(Y, "찾아가는 일자리사랑방")}),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in HEADS], ids=[c[0] for c in HEADS])
def test_quotes_named_by_heads(run, text, expected):
    assert _programs(run(text, "2023-05-02")) == expected


# --- unquoted named schemes listed as the district's own ------------------------------------------------
LISTS = [
    ("sichaek-list", "영동군은 영동군형 일자리안심공제, 청장년 정규직 보조금 지원, 영동일자리 특별지원 등의 시책을 펼쳤다.",
     {(Y, "영동군형 일자리안심공제"), (Y, "영동일자리 특별지원")}),  # "… 보조금 지원" describes (0.4.1)
    ("digits-in-name", "영동군은 노인을 위해 7788 행복지킴이, 노인일자리 지원사업, 자활근로사업 등을 편다.", {(Y, "7788 행복지킴이")}),
    ("symbol-in-name", "영동군은 청년 일자리 사업을 비롯해 청년발전소 꿈자리+, 색동 채용 도우미단 등을 추진했다.",
     {(Y, "청년발전소 꿈자리+")}),  # two plain words and no programme word: no name (0.4.1)
    ("wa-list", "영동군은 생산 인력 양성사업으로 구직자를 잇는 꿈마루창작센터와 꿈마루공방을 운영했다.",
     {(Y, "꿈마루창작센터")}),  # "꿈마루공방": no programme word, no mark (0.4.1)
    ("operation-noun-after-name", "영동군의 주요 사업은 공공근로, 자활근로, 스마트 XR 영상 인력 양성, 공예창작촌 조성 등이다.",
     {(Y, "스마트 XR 영상 인력 양성")}),  # "공예창작촌 조성": a place being built (0.4.1)
    ("glued-local-model", "영동군의 청년꿈터사업, 영동형동행일자리, 청년창업 정책 등도 함께 안내된다.",
     {(Y, "청년꿈터사업"), (Y, "영동형동행일자리")}),
    ("name-ending-in-i", "영동군은 노인 일자리를 7788행복지킴이 사업과 자활근로사업 등으로 마련한다.", {(Y, "7788행복지킴이 사업")}),
    # negatives: generic categories, national schemes and activities in a list
    ("generic-list", "영동군의 일자리 사업은 공공근로, 대학생 근로활동 지원, 지역 맞춤형 직업훈련 등이다.", set()),
    ("event-activities", "영동군 박람회 부대행사로는 구직 상담, 이력서 컨설팅, 무료 증명사진 촬영 등이 마련된다.", set()),
    ("activities", "영동군은 대학가 상권 활성화, 청년 창업 확대 등을 추진했다.", set()),
    ("counted-categories", "영동군은 고용장려금 3개, 창업지원 3개, 교육훈련 5개 등 11개 사업을 추진한다.", set()),
]


#: coined names in one-sentence lists the programme model doubts (below 0.3) and drops since 0.12.0: on real
#: articles the spans it doubts this much are mostly no programmes (extract/RULES.md "0.12.0": +0.03 F1 on two
#: sets of unseen articles), and one sentence gives it few cues. Strict: a model that keeps them again passes.
# 0.19.0 keeps "operation-noun-after-name" again (0.36.0 drops it: conftest MODEL_DROPPED); 0.36.0 keeps "symbol-in-name",
# "glued-local-model" and "name-ending-in-i" again
DOUBTED = {"digits-in-name", "wa-list"}
_DOUBTED = pytest.mark.xfail(strict=True, reason="the programme model drops a doubted coined list item (REJECT 0.3, 0.35 from 0.18.2)")


@pytest.mark.parametrize(
    "text,expected", [pytest.param(*c[1:], id=c[0], marks=[_DOUBTED] if c[0] in DOUBTED else []) for c in LISTS]
)
def test_unquoted_lists(run, text, expected):
    assert _programs(run(text, "2023-05-02")) == expected


# --- not programmes: national schemes, awards and events, descriptors, places, dates ----------------------
NEGATIVES = [
    ("ministry-scheme", "영동군은 행정안전부 '지역주도형 청년일자리 공모 지원사업'과 연계해 청년을 매칭한다.", set()),
    ("national-scheme-year", "영동군 사업은 행정안전부의 '2024년 지역주도형 청년일자리사업' 공모에 선정됐다.", set()),
    ("disclosure-scheme", "영동군은 일자리 목표를 알리는 '지역 일자리 공시제'를 추진한다고 밝혔다.", set()),
    ("national-network", "영동군은 여성새로일하기센터와 함께 취업 설명회를 열었다.", set()),
    ("contest-scheme", "영동군 사업은 2023년 고용노동부 공모로 선정된 지역혁신프로젝트다.", set()),
    ("award-fair", "영동군은 지난 22일 열린 대한민국균형발전박람회에서 장관상을 받았다.", set()),
    ("award-hanmadang", "영동군은 '지역 일자리정책 한마당'에서 최우수 표창을 받았다.", set()),
    ("award-with-ministry", "영동군은 ▲일자리 정책 박람회(행정안전부) ▲재난대응 훈련(행정안전부) 장관상을 받았다.", set()),
    ("meeting", "영동군은 '2024년 상반기 청년일자리 추진상황 점검회의'를 열었다.", set()),
    ("roadmap", "영동군이 2030년까지 일자리를 늘리는 '영동 일자리 비전 5년' 로드맵을 내놓았다.", set()),
    ("strategy", "영동군은 주력산업과 미래산업을 잇는 '생활경제 일자리 전략'을 추진한다.", set()),
    ("law", "영동군 계획은 「고용정책기본법」에 근거해 세웠다.", set()),
    ("types", "영동군 사업 유형은 급여를 받는 '경력연계형 일자리 사업', 수당을 받는 '지역공헌사업'이다.", set()),
    ("tentative", "영동군은 시범사업을 보고 '(가칭)도시청년 시골살이제' 등으로 사업을 넓힐 방침이다.", set()),
    ("middot-descriptor", "영동군의 지원 분야는 △청년카페·식당 등 청년창업 △문화 창작이다.", set()),
    ("count-descriptor", "영동군은 특성화고 취업캠프 등 6개 취업연계 프로그램을 운영했다.", set()),
    ("short-long-course", "영동군은 단기·중기 프로그램 참여자를 모집한다.", set()),
    ("office", "영동군 신청은 주소지 읍·면 행정복지센터에서 받는다.", set()),
    ("online-board", "영동군 공고는 '영동 청년' 네이버 카페에서 볼 수 있다.", set()),
    ("dated-venue", "영동군 발대식이 7일 영동문화센터 대강당에서 열렸다.", set()),
    ("process", "영동군은 관광단지 조성 과정에서 청년 인재를 길렀다.", set()),
    ("head-before-quote", "영동군은 청년 일자리 플랫폼인 '영동 청년 잡센터'를 중심으로 연계를 늘린다.",
     {(Y, "영동 청년 잡센터")}),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in NEGATIVES], ids=[c[0] for c in NEGATIVES])
def test_not_programmes(run, text, expected):
    assert _programs(run(text, "2023-05-02")) == expected


def test_programme_goes_to_the_district_its_name_carries(run):
    text = ("경북 칠곡군이 일자리대상에서 종합대상을 받았다. 광역 부문 대상에는 '경기 고용·복지 종합센터'로 원스톱 "
            "취업지원 체계를 갖춘 경기도가 뽑혔다.")
    assert ("경기도", "경기 고용·복지 종합센터") in _programs(run(text, "2016-06-12"))
    assert ("경상북도 칠곡군", "경기 고용·복지 종합센터") not in _programs(run(text, "2016-06-12"))


# --- 0.4.1 (generalised on real_dev_c/d): events, venues, operators, entries, descriptions, owners -------
NOT_PROGRAMMES_041 = [
    ("grade-phrase", "영동군은 도의 평가에서 '최우수 기관'으로 뽑혀 상사업비를 받았다.", set()),
    ("bare-contest", "영동군은 다음 달 14일까지 공모전을 연다.", set()),
    ("ceremony", "영동군은 '2024 일자리 아이디어 공모전 본선 및 시상식'을 열었다.", set()),
    ("plan-briefing", "영동군은 '2024년 일자리창출 추진계획 설명회'를 열었다.", set()),
    ("festival", "영동군은 '2024 영동 포도 한마당'을 연다.", set()),
    ("entries", "영동군 공모전에서는 '마을 돌봄 매니저 양성사업'과 '골목 상권 지킴이 사업' 2건이 우수상을 받았다.", set()),
    ("person-entry", "우수상은 주민 김하늘 씨의 '청년 농부 도제 사업'에 돌아갔다.", set()),
    ("venue", "영동군 박람회는 영동중소기업지원센터에서 열린다.", set()),
    ("operator", "영동군 센터는 영동창업혁신센터가 위탁 운영하며 청년 상담을 맡는다.", set()),
    ("facility-built", "영동군은 영동직업체험센터 건립도 함께 추진했다.", set()),
    ("determiner", "영동군은 10월에는 역 광장에서 전 연령 일자리 박람회도 연다.", set()),
    ("time-word-start", "그동안 청년센터는 평일에만 문을 열었다.", set()),
    ("national-scheme", "영동군은 '2차 희망근로 지원사업' 참여자 50명을 모집한다.", set()),
    ("national-project", "영동군은 '지역혁신프로젝트'와 '지역형 플러스 일자리사업'을 벌였다.", set()),
    ("description-items", "영동군은 아파트 경비원 고용유지 지원, 전문 경비인력 교육 등을 펼쳤다.", set()),
    ("speech-aspiration", "군수는 \"앞으로 '주민을 위한 일자리'를 늘리겠다\"고 말했다.", set()),
    ("subunit-project", "영동군 평가에서 양산면의 '금강 둘레길 가꾸기 사업'이 최우수 사업장에 뽑혔다.", set()),
    ("ceremony-event", "영동군 시상식은 오는 9일 '2024 지역 일자리 정책 한마당'에서 진행된다.", set()),
    ("organiser-body", "영동군이 후원하는 행사는 '청년고용 전국연대'가 여는 행사다.", set()),
    ("all-units-centre", "영동군 관계자는 도내 시·군·구 일자리센터 실적을 소개했다.", set()),
    ("private-body-runs", "영동대학교는 청년 취업박람회 '잡톡(JOB-TALK)'을 연다. 영동군이 후원한다.", set()),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in NOT_PROGRAMMES_041], ids=[c[0] for c in NOT_PROGRAMMES_041])
def test_not_programmes_041(run, text, expected):
    assert _programs(run(text, "2024-05-02")) == expected


PROGRAMMES_041 = [
    # a leading year is the edition: the name is kept without it
    ("year-prefix", "영동군은 '2024 영동 청년 일자리 한마당'을 연다.", {(Y, "영동 청년 일자리 한마당")}),
    # a job event keeps its name when it holds a jobs word
    ("job-fair", "영동군은 '감고을 취업 한마당'을 연다.", {(Y, "감고을 취업 한마당")}),
    # "도의 ‘…’": the article's 도 runs it, not the 군 named before
    ("own-province", "충청북도는 시·군을 평가했다. 영동군은 도의 '신중년 재도약 지원사업' 참여도가 높았다.",
     {("충청북도", "신중년 재도약 지원사업")}),
    # the winner named after the programme in a winner sentence owns it
    ("participants-after", "영동군은 '청년 행정체험 학교' 참여 청년 40명을 모집한다.", {(Y, "청년 행정체험 학교")}),
    ("apostrophe-in-name", "영동군은 (가칭)'영동 잡스(job's)쉼터'로 불릴 이 센터를 연다.", {(Y, "영동 잡스(job's)쉼터")}),
    ("owner-after", "고용노동부가 상을 줬다. 광역 부문 대상은 '청년 디딤돌 프로젝트'를 운영한 충청북도가 차지했다.",
     {("충청북도", "청년 디딤돌 프로젝트")}),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in PROGRAMMES_041], ids=[c[0] for c in PROGRAMMES_041])
def test_programmes_041(run, text, expected):
    assert _programs(run(text, "2024-05-02")) == expected


def test_named_centres_as_co_organisers_are_the_districts_programmes(run):
    """A named centre the district runs is its programme whatever its role in the sentence, organiser
    included (gold README, "Centres, cafés and fairs need a name of their own")."""
    found = _programs(run("박람회는 영동군이 주최하고 영동여성취업센터와 영동청년일자리센터가 함께 주관했다.", "2024-05-01"))
    assert ("충청북도 영동군", "영동청년일자리센터") in found
    assert all(name.startswith("영동") and name.endswith("센터") for _district, name in found)
