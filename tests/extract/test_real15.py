"""Rules of extractor 0.17.0 (extract/RULES.md "0.17.0"), each sentence written for this file (none is copied from
an article or a gold set); each table holds a convention next to its look-alikes."""

from __future__ import annotations

import pytest

from extract import jobs
from extract.learn import using

from .conftest import award_keys, job_keys, program_keys


def _jobs(run, text, published="2023-02-14"):
    return job_keys(run(text, published=published))


# --- job counts: a company's own hires, told as done, are no count of the district --------------------------------
COMPANIES = [
    ("companies-chosen-then-their-hires",
     "경상북도는 3일 고용 우수기업 5곳을 표창했다. 도에 따르면 이들 기업은 올해 새로 173명을 채용했다.",
     set()),
    ("counted-companies-then-their-hires",
     "대구시는 청년 고용 우수기업 4곳을 골랐다. 이들 4개 기업은 올해 청년 61명을 새로 채용했다.",
     set()),
    ("one-company-then-its-hires",
     "대구시는 고용 우수기업에 상을 줬다. 대상은 부품업체 한빛정공이 받았다. 이 회사는 올해 87명을 고용했다.",
     set()),
    ("named-company-hires-as-merit",
     "칠곡군은 우수기업 두 곳을 발표했다. ㈜새날테크는 19명의 고용 실적으로 장려상을 받았다.",
     set()),
    ("one-unnamed-company-jobs-made",
     "전남도는 고용 우수 인증기업 15곳을 뽑았다. 해남의 한 식품 가공업체는 2017년 문을 연 뒤 40여 명의 일자리를 만들었다.",
     set()),
    # look-alikes: hires at a fair are the district's placements; an agreement's planned hires stay a target
    ("fair-hires-stay",
     "포천시는 지난 10일 일자리 박람회를 열었다. 참여 업체들은 현장 면접을 거쳐 44명을 채용했다.",
     {("경기도 포천시", 44, "employed")}),
    ("agreement-hires-stay",
     "영암군은 식품업체 ㈜바다들과 투자협약을 맺었다. ㈜바다들은 공장을 새로 지어 65명을 새로 고용할 계획이다.",
     {("전라남도 영암군", 65, "target")}),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in COMPANIES], ids=[c[0] for c in COMPANIES])
def test_companys_own_hires(run, text, expected):
    assert _jobs(run, text) == expected


# --- job counts: the places of a selection's competition are its target; the applicants are no count ------------
COMPETITION = [
    ("places-to-choose-from-applicants",
     "서울시는 올해 희망일자리 1차 모집 결과를 내놨다. 시는 이번 모집에서 860명을 뽑는 데 5,930명이 지원해 평균 "
     "6.9대 1의 경쟁률을 기록했다.",
     {("서울특별시", 860, "target")}),
    ("places-in-a-list-of-fields",
     "광주 서구는 희망일자리 참여자 접수를 마쳤다. 분야별로는 ▲환경정비가 240명 모집에 510명이 신청해 2.1대 1로 가장 "
     "높았고 ▲생활방역 400명 모집에 740명 신청 1.85대 1이었다.",
     {("광주광역시 서구", 240, "target"), ("광주광역시 서구", 400, "target")}),
    ("choosing-with-no-space",
     "보은군은 청년 인턴 14명을 선발하는데 85명이 몰려 6대1의 경쟁률을 기록했다.",
     {("충청북도 보은군", 14, "target")}),
    # look-alike: a recruitment with no competition is a target as before
    ("plain-recruitment",
     "보은군은 다음 달 공공근로 참여자 35명을 모집한다.",
     {("충청북도 보은군", 35, "target")}),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in COMPETITION], ids=[c[0] for c in COMPETITION])
def test_competition_places(run, text, expected):
    assert _jobs(run, text) == expected


# --- job counts: a programme's size compared with last year; lists of parts headed by their districts --------------
SIZES = [
    ("people-taking-part-compared",
     "예천군은 노인일자리 사업을 시작했다. 올해 예천군의 노인일자리 참여 인원은 1,830여 명으로 지난해보다 260명 늘었다.",
     {("경상북도 예천군", 1830, "participants")}),
    ("places-compared",
     "예천군은 청년 인턴을 모집한다. 모집 인원은 24명으로 지난해보다 6명 늘었다.",
     {("경상북도 예천군", 24, "target")}),
    # look-alike: a labour statistic compared with another half-year stays no count
    ("statistic-compared",
     "예천군의 취업자는 2만8천 명으로 상반기보다 900명 늘었다.",
     set()),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in SIZES], ids=[c[0] for c in SIZES])
def test_size_compared_with_last_year(run, text, expected):
    assert _jobs(run, text) == expected


def test_second_list_of_parts_headed_by_districts(run):
    text = (
        "대구시는 행정안전부 공모에 뽑힌 청년일자리 사업 9건을 확정했다고 밝혔다. 사업은 시 3건, 구·군 6건으로, 모두 "
        "52억원을 들여 올해 하반기부터 청년 284명에게 일자리를 제공하게 된다. 시가 맡는 사업은 ▲청년 기업 인턴십(14억원, "
        "120명) ▲산단 청년 통근버스(9000만원, 40명)이다. 구·군 사업은 ▲수성구-청년 문화기획 인턴 양성과정(8000만원, "
        "15명) ▲달서구-청년 돌봄 매니저(2억1000만원, 44명) ▲북구-도시재생 청년 활동가(1억5000만원, 21명)이다."
    )
    assert _jobs(run, text, published="2019-06-28") == {
        ("대구광역시", 284, "target"), ("대구광역시", 120, "target"), ("대구광역시", 40, "target"),
        ("대구광역시 수성구", 15, "target"), ("대구광역시 달서구", 44, "target"), ("대구광역시 북구", 21, "target"),
    }


# --- job counts: a quoted plan's name, a result reported "한 것으로", items sharing their total's predicate ---------
PLANS_AND_RESULTS = [
    ("quoted-plan-set-up",
     "여수시는 공공부문 5,120명을 포함해 모두 1만2천 명의 새 일자리를 만드는 '2021 여수시 일자리 창출 추진 계획'을 "
     "세웠다.",
     {("전라남도 여수시", 5120, "target"), ("전라남도 여수시", 12000, "target")}),
    # look-alike: the same plan's jobs already made stay created
    ("quoted-plan-followed",
     "여수시는 지난해 '2020 여수시 일자리 창출 추진 계획'에 따라 모두 1만1천 개의 일자리를 만들었다.",
     {("전라남도 여수시", 11000, "created")}),
    ("result-reported-as-done",
     "삼척시는 올해 일자리 창출 6,300명을 목표로 하고 있다. 1분기 실적은 98개 세부사업에서 3,410명의 일자리를 "
     "창출한 것으로, 올해 목표치의 54%에 해당한다.",
     {("강원도 삼척시", 6300, "target"), ("강원도 삼척시", 3410, "created")}),
    ("items-before-their-total",
     "장흥군 용산면이 노인일자리 발대식을 열었다고 밝혔다. 올해 용산면 노인일자리는 ▲경로당 도우미(27명) ▲마을 "
     "환경정비(14명) ▲안전지킴이(9명) 등 3개 사업에 모두 50명이 참여한다.",
     {("전라남도 장흥군", 27, "participants"), ("전라남도 장흥군", 14, "participants"),
      ("전라남도 장흥군", 9, "participants"), ("전라남도 장흥군", 50, "participants")}),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in PLANS_AND_RESULTS], ids=[c[0] for c in PLANS_AND_RESULTS])
def test_plans_and_results(run, text, expected):
    assert _jobs(run, text, published="2021-04-20") == expected


# --- programmes: a list item headed by its district and a dash --------------------------------------------------
def test_programme_item_headed_by_its_district(run):
    text = (
        "대구시는 청년일자리 사업 9건을 확정했다고 밝혔다. 구·군 사업은 ▲수성구-청년 문화기획 인턴(8000만원, 15명) "
        "▲달서구-청년 돌봄 매니저 양성과정(2억1000만원, 44명) ▲북구-도시재생 청년 활동가(1억5000만원, 21명)이다."
    )
    assert program_keys(run(text, published="2019-06-28")) >= {
        ("대구광역시 달서구", "청년 돌봄 매니저 양성과정"),
    }
    assert not any("-" in name for _, name in program_keys(run(text, published="2019-06-28")))


# --- awards: tallies of a contest's classes, target groups, other-topic evaluations, 시군 grade words ---------------
AWARDS = [
    ("grade-for-cities-and-counties",
     "괴산군은 충북도의 '2021년 생산적 일자리사업 평가'에서 우수시군에 뽑혔다고 20일 밝혔다.",
     {("충청북도 괴산군", 2021, "우수")}),
    ("balanced-development-evaluation",
     "전북도는 행정안전부의 '지역균형 뉴딜 우수 지자체' 평가에서 최우수 지자체로 뽑혔다고 13일 밝혔다.",
     set()),
    # look-alikes: a jobs evaluation's grade; a district named as the grand prize's winner
    ("jobs-evaluation-grade",
     "전북도는 고용노동부의 '2021년 지역일자리 목표공시제' 평가에서 최우수 지자체로 뽑혔다고 13일 밝혔다.",
     {("전라북도", 2021, "최우수")}),
    ("grand-prize-winner",
     "강진군은 전남도의 '2022년 일자리 창출 시군 평가'에서 대상을 받았다고 밝혔다.",
     {("전라남도 강진군", 2022, "대상")}),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in AWARDS], ids=[c[0] for c in AWARDS])
def test_award_look_alikes(run, text, expected):
    assert award_keys(run(text, published="2022-06-13")) == expected


#: articles whose grade words are no record of a district: a contest's classes counted for the companies it will
#: choose, and the group a scheme recruits ("대상은 만 18세 이상 …")
LOOK_ALIKE_ARTICLES = [
    ("tally-of-classes-for-companies",
     "강원특별자치도, '제9회 일자리대상' 고용 우수기업 8곳 찾는다",
     "강원특별자치도는 도내 일자리 창출에 이바지한 우수기업을 찾기 위해 '제9회 강원특별자치도 일자리대상' 공모를 "
     "한다고 13일 밝혔다. 평가는 서류심사와 현장조사로 진행된다. 최종 선정되는 8개 기업(대상 1, 우수상 6, 특별상 1)"
     "에는 인증패와 혜택이 주어진다.",
     "2026-02-13"),
    ("target-group-of-a-scheme",
     "강진군, 지역주도형 청년일자리 참여 청년 모집",
     "강진군은 지역주도형 청년일자리 사업에 참여할 청년을 모집한다고 밝혔다. 군은 이달 28일까지 신청을 받아 서류 "
     "심사와 면접을 거쳐 최종 선정한다. 대상은 만 18세 이상 39세 이하 청년으로 강진군에 주소를 두었거나 선정 뒤 "
     "30일 안에 주소를 옮기면 된다.",
     "2019-03-21"),
]


@pytest.mark.parametrize("title,text,published", [c[1:] for c in LOOK_ALIKE_ARTICLES], ids=[c[0] for c in LOOK_ALIKE_ARTICLES])
def test_grade_words_that_are_no_record(run, title, text, published):
    assert award_keys(run(text, published=published, title=title)) == set()


# --- job counts (0.17.1): a fair's openings named as its topic, and the parts in the total's brackets -------------
OPENINGS = [
    ("openings-and-their-parts",
     "울산시는 매달 구인·구직 만남의 날을 연다고 밝혔다. 이달에는 지역 60여개 기업이 참여한다. 구인 인원은 모두 "
     "150여명(직접 80여명, 간접 50여명)으로, 구직자들이 취업 상담을 받을 수 있다.",
     {("울산광역시", 150, "target"), ("울산광역시", 80, "target"), ("울산광역시", 50, "target")}),
    ("places-and-their-parts",
     "울산시는 청년 인턴을 뽑는다. 모집 인원은 모두 45명(행정 30명, 현장 15명)으로, 참여자는 교육을 받는다.",
     {("울산광역시", 45, "target"), ("울산광역시", 30, "target"), ("울산광역시", 15, "target")}),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in OPENINGS], ids=[c[0] for c in OPENINGS])
def test_openings_and_bracketed_parts(run, text, expected):
    with using({jobs.JOB_MODEL: None}):  # the rules alone (the model may drop single parts)
        assert _jobs(run, text, published="2019-05-10") == expected


# --- programmes (0.17.2): a quoted grade word and a type of the national senior jobs are no programmes ------------
NOT_PROGRAMMES = [
    ("quoted-grade-of-districts",
     "서울시는 25개 자치구를 대상으로 한 '2016 자치구 일자리 사업 평가' 결과를 발표했다. 평가 결과 노원구와 "
     "관악구가 가장 높은 등급인 '최우수구'에 올라 각각 8천만원을 받는다. 순위가 가장 많이 오른 중랑구는 '노력구'로 "
     "뽑혀 3천만원을 받는다."),
    ("quoted-types-of-senior-jobs",
     "서대문구는 올해 노인일자리 사업에 1,100명이 참여한다고 밝혔다. 비중이 큰 '공익형 활동'은 경로당 도우미 등 38개 "
     "사업으로 꾸려졌다. '시장형'에는 반찬 배달 등 7개 사업이 들어갔다. 이와 함께 60세 이상 주민을 민간 일자리에 "
     "이어주는 '취업알선형'과 복지시설을 돕는 '사회서비스형' 사업 3개도 운영한다."),
]


@pytest.mark.parametrize("text", [c[1] for c in NOT_PROGRAMMES], ids=[c[0] for c in NOT_PROGRAMMES])
def test_grade_words_and_scheme_types_are_no_programmes(run, text):
    assert program_keys(run(text, published="2016-04-20")) == set()
