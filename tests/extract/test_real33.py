"""Rules of extractor 0.33.0 (extract/RULES.md "0.33.0"), each sentence written for this file (none is copied from
an article or a gold set); each case holds a convention next to its look-alikes."""

from __future__ import annotations

import pytest

from .conftest import program_keys

PROGRAMS = [
    # an audience word with a fair kind names the district's fair, also without quote marks (gold README "An audience
    # word with a fair or centre kind names the district's programme")
    (
        "서울 성북구는 오는 20일 구청 앞 광장에서 여성 채용박람회를 연다. 박람회에는 기업 30곳이 참여한다.",
        {("서울특별시 성북구", "여성 채용박람회")},
    ),
    ("고양시는 다음 달 장애인 취업박람회를 열고 구직자와 기업을 잇는다.", {("경기도 고양시", "장애인 취업박람회")}),
    ("부산 사하구는 올해 청년창업지원센터를 열고 예비 창업자 20명을 입주시킨다고 밝혔다.", {("부산광역시 사하구", "청년창업지원센터")}),
    # look-alike: the bare kind of a fair is a generic phrase
    ("서울 성북구는 오는 20일 구청 앞 광장에서 채용박람회를 연다. 박람회에는 기업 30곳이 참여한다.", set()),
    # look-alike: an unquoted centre of a designated-centre audience is a national network's office
    ("충북 옥천군은 노인취업지원센터와 함께 어르신 일자리 상담을 이어간다고 밝혔다.", set()),
    # a district whose name is made of generic syllables (동 + 구) names its own centre
    (
        "인천 동구는 동구일자리센터를 찾기 어려운 주민을 위해 아파트 단지를 돌며 취업 상담을 한다고 밝혔다.",
        {("인천광역시 동구", "동구일자리센터")},
    ),
    # a centre's name followed by the particle 나 ("… 센터나 …")
    (
        "경기 안양시는 상반기 취업 상담을 늘린다. 일자리를 찾는 시민은 안양시 일자리센터나 가까운 행정복지센터를 "
        "찾으면 된다.",
        {("경기도 안양시", "안양시 일자리센터")},
    ),
    # a clause closed by 뒤 before the name is no part of it
    (
        "경남 양산시는 청년 채용 지원사업 참여 사업장을 모집한다. 시는 신청한 사업장을 골라낸 뒤 양산시 일자리센터의 "
        "구인 대행 서비스로 청년을 모은다.",
        {("경상남도 양산시", "양산시 일자리센터")},
    ),
    # a venue word inside a course's name is what the course is about, not where it is
    (
        "경기 안산시는 결혼이민자를 위한 호텔 객실관리 전문인력 양성과정을 열어 20명을 교육한다고 밝혔다.",
        {("경기도 안산시", "호텔 객실관리 전문인력 양성과정")},
    ),
    # look-alike: a venue as the name's head
    ("세종시는 오는 10일 정부세종컨벤션센터에서 일자리 정책 토론회를 연다고 밝혔다.", set()),
    # look-alike: a student holiday job described by its audience and season is a generic phrase
    ("전남 장성군은 여름방학 대학생 아르바이트 30명을 모집한다고 밝혔다.", set()),
]


# --- 0.33.1 -------------------------------------------------------------------------------------------------------------
PROGRAMS_331 = [
    # the crisis-response package is a national scheme type under every wording (gold README)
    ("울산 동구는 고용노동부의 '고용위기 선제대응 패키지 지원사업'에 뽑혀 조선업 구직자 지원에 나선다고 밝혔다.", set()),
    # look-alike: a district's own centre under it keeps its name
    (
        "경남 김해시는 김해고용안정선제대응지원센터를 열고 실직자 상담을 시작했다고 밝혔다.",
        {("경상남도 김해시", "김해고용안정선제대응지원센터")},
    ),
    # an audience word with 층 ("청년층", "중장년층") names a fair's audience like the word alone
    ("전북 익산시는 오는 20일 청년층 취업박람회를 연다고 밝혔다.", {("전북특별자치도 익산시", "청년층 취업박람회")}),
]


@pytest.mark.parametrize(("text", "expected"), PROGRAMS + PROGRAMS_331)
def test_programmes(run, text: str, expected: set[tuple]) -> None:
    assert program_keys(run(text, published="2024-05-01")) == expected
