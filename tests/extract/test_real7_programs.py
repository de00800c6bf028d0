"""Programmes generalised over real_dev_r..u (extract/RULES.md "Programmes generalised over real_dev_r..u").

Centres, cafés and fairs named only by their kind, a 광역's centre in a 기초's story, a 광역's "○○형" scheme
run by a 기초, care and business centres, a national package, policy lines. Every sentence is written for
this file (none is copied from an article or a gold set; names and numbers are made up); each table holds
positives and the look-alikes next to them.
"""

from __future__ import annotations

import pytest

from .conftest import program_keys as _programs

GB = "경상북도"
GN = "경상남도"
CB = "충청북도"
SE = "서울특별시"


# --- a centre, café or fair named only by its kind (with a location or a size) is no programme ------------
BARE_KINDS = [
    ("bare-comprehensive-centre", "경북 영천시는 올해 신중년 재취업 지원과 일자리종합센터 운영에 힘을 쏟는다.", set()),
    ("office-before-a-kind", "충북 제천시는 구청 취업정보센터를 찾기 어려운 주민을 돕는다며 상담사를 늘린다.", set()),
    ("bare-cafe", "경남 밀양시는 일자리카페를 새로 단장해 상담을 늘린다.", set()),
    ("size-before-a-fair", "경남 밀양시는 다음 달 미니 채용박람회를 시청에서 연다.", set()),
    # places of a kind, counted: no scheme's name, audience word or not
    ("counted-cafes", "경남 밀양시는 청년일자리카페 3곳을 새로 열고 다음 주부터 운영한다.", set()),
    ("counted-centres", "경남 밀양시는 올해 여성 취업지원센터 두 곳을 읍면에 둔다.", set()),
    # look-alikes: a place, a brand or an audience in the name makes it a programme
    ("audience-before-a-cafe", "경남 밀양시는 청년 취업을 위해 맞춤 상담, 청년 일자리 카페, 면접 정장 대여 등의 사업을 펼쳤다.",
     {(f"{GN} 밀양시", "청년 일자리 카페")}),
    ("place-glued-to-a-centre", "경남 밀양시는 밀양일자리센터를 새로 운영한다고 밝혔다.", {(f"{GN} 밀양시", "밀양일자리센터")}),
    ("brand-cafe", "경남 밀양시는 '아리랑 일자리카페'를 새로 연다.", {(f"{GN} 밀양시", "아리랑 일자리카페")}),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in BARE_KINDS], ids=[c[0] for c in BARE_KINDS])
def test_bare_kinds_are_no_programmes(run, text, expected):
    assert _programs(run(text, published="2024-05-01")) == expected


# --- a 광역's centre named in a 기초's story as a channel or partner is neither's programme -------------------
PROVINCE_CENTRES = [
    ("province-centre-as-channel", "경북 의성군은 청년 구직자를 돕는 '의성 청년 다시서기 사업' 참여자를 모집한다. "
     "신청은 경북일자리종합센터로 하면 된다.", {(f"{GB} 의성군", "의성 청년 다시서기 사업")}),
    ("province-centre-as-participant", "충북 괴산군은 '괴산 찾아가는 일자리 상담'을 연다. 충북일자리지원센터와 "
     "지역 상공회가 함께 참여한다.", {(f"{CB} 괴산군", "괴산 찾아가는 일자리 상담")}),
    # look-alike: the 기초 runs the 광역-named centre
    ("district-runs-province-centre", "경남 사천시는 경남항공일자리센터 운영으로 취업자 120명을 냈다.",
     {(f"{GN} 사천시", "경남항공일자리센터")}),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in PROVINCE_CENTRES], ids=[c[0] for c in PROVINCE_CENTRES])
def test_province_centres_in_a_districts_story(run, text, expected):
    assert _programs(run(text, published="2024-05-01")) == expected


# --- a 광역's "○○형" scheme run by a named 기초 belongs to both when the text names the 광역 ----------------
PROVINCE_BRANDS = [
    ("brand-run-by-a-county", "경상북도가 올해 청년 일자리 예산을 늘렸다. 경북 예천군은 '경북형 청년 일터 지원사업'으로 "
     "청년 30명을 채용했다고 밝혔다.",
     {(GB, "경북형 청년 일터 지원사업"), (f"{GB} 예천군", "경북형 청년 일터 지원사업")}),
    # look-alike: the district's own "○○형" scheme is only its own
    ("own-brand-only", "경북 예천군은 '예천형 청년 일터 지원사업'으로 청년 20명을 채용했다.",
     {(f"{GB} 예천군", "예천형 청년 일터 지원사업")}),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in PROVINCE_BRANDS], ids=[c[0] for c in PROVINCE_BRANDS])
def test_province_brands_run_by_a_district(run, text, expected):
    assert _programs(run(text, published="2024-05-01")) == expected


# --- care, civic and business centres, a national package, policy lines and budget headings ----------------
NOT_PROGRAMMES = [
    ("care-centre", "서울 은평구는 '은평 치매안심센터'를 새로 열어 어르신 돌봄을 넓힌다.", set()),
    ("business-premises", "서울 은평구는 민간 지식산업센터 두 곳의 준공으로 일자리가 늘 것으로 본다.", set()),
    ("national-package", "충북 음성군은 고용안정 선제대응 패키지 사업으로 기업 40곳을 도왔다.", set()),
    ("policy-line", "충북 음성군은 올해 '일자리 올인 정책'을 펼친다.", set()),
    ("budget-heading", "충북 음성군은 군청 전략사업과 예산 사업을 점검했다.", set()),
    # look-alike: a named scheme next to them stays
    ("named-scheme-next-to-a-policy", "충북 음성군은 '음성 청년 품앗이 사업'을 올해 새로 시작한다.",
     {(f"{CB} 음성군", "음성 청년 품앗이 사업")}),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in NOT_PROGRAMMES], ids=[c[0] for c in NOT_PROGRAMMES])
def test_not_programmes(run, text, expected):
    assert _programs(run(text, published="2024-05-01")) == expected


@pytest.mark.parametrize(
    "name,bare",
    [("일자리종합센터", True), ("구청 안 일자리종합센터", True), ("청년 일자리 카페", False), ("2023 채용박람회", True), ("시청 1층 일자리카페", True),
     ("시흥일자리센터", False), ("동구 청년센터", False), ("찾아가는 취업박람회", False), ("용솟음 일자리카페", False)],
)
def test_is_bare_kind(name, bare):
    from extract.programs import is_bare_kind

    assert is_bare_kind(name) is bare
