"""Rules of extractor 0.12.0 (extract/RULES.md "0.12.0"), read from the 159 real articles of real_dev_ge … gh.

Every sentence is written for this file (none is copied from an article or a gold set); each table holds
a convention next to its look-alikes.
"""

from __future__ import annotations

import pytest

from .conftest import award_keys, check_jobs, program_keys

GN = "전라남도 강진군"
IC = "인천광역시"


def _districts(run, text: str, published: str | None) -> set[str]:
    return set(run(text, published=published)["districts"])


# --- districts: a 광역's short name with a tally of grades of its own ---------------------------------------
TALLIES = [
    ("subject-with-tally",
     "시·도 평가에서 '가' 등급은 울산이 6개로 가장 많았고 광주가 3개, 대전이 1개였다.",
     {"울산광역시", "광주광역시", "대전광역시"}),
    ("comma-tally",
     "도 단위에서는 충북 5개, 경남 4개, 전남·제주 각 2개였다.",
     {"충청북도", "경상남도", "전라남도", "제주특별자치도"}),
    # look-alikes: places counted in an area, a share, a rank within the 광역
    ("places-in-area", "올해 마을기업은 경기 27곳과 인천 7곳이 새로 지정됐다.", set()),
    ("share-of-commuters", "다른 지역으로 출근하는 비율은 서울 12.1%, 경기 13.2%였다.", set()),
    ("rank-within", "아산시는 고용률 증가 폭에서 충남 1위에 올랐다.", {"충청남도 아산시"}),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in TALLIES], ids=[c[0] for c in TALLIES])
def test_province_tallies(run, text, expected):
    assert _districts(run, text, "2021-12-10") == expected


# --- districts: bodies named by their towns are no districts ------------------------------------------------
BODIES = [
    ("towns-then-centre",
     "전라남도가 새일센터 평가에서 우수기관에 올랐다. 도내에서는 목포·순천·여수 센터가 B등급, 광양·화순 센터는 C등급을 받았다.",
     {"전라남도"}),
    ("district-then-spaced-body",
     "인천시 서구 노인인력개발센터가 노인일자리사업 평가대회에서 최우수 기관으로 뽑혔다.", set()),
    # look-alike: the towns themselves act
    ("towns-act", "전라남도는 목포·순천·여수에 청년 일자리를 새로 만들었다.",
     {"전라남도", "전라남도 목포시", "전라남도 순천시", "전라남도 여수시"}),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in BODIES], ids=[c[0] for c in BODIES])
def test_bodies_named_by_towns(run, text, expected):
    assert _districts(run, text, "2024-12-20") == expected


# --- job counts: the 읍·면 office acts for its 군 -------------------------------------------------------------
JOBS = [
    ("myeon-office-subject",
     "전남 강진군 도암면이 노인일자리 발대식을 열었다고 밝혔다.\n올해 노인일자리는 5개 사업에 모두 140명이 참여한다.",
     {(GN, 140, "participants")}),
    ("participants-as-topic",
     "강진군은 올해 노인일자리 사업을 마쳤다고 밝혔다. 사업비는 80억 원이었고 참여 인원은 870여 명이었다.",
     {(GN, 870, "participants")}),
    ("participants-total-as-topic",
     "강진군은 노인일자리 사업을 시작했다. 올해 예산은 70억 원이며 참여 인원은 모두 2,410명이다.",
     {(GN, 2410, "participants")}),
    # look-alike: a planned number of people taking part is a target
    ("participants-planned", "강진군은 올해 노인일자리 참여 인원을 870명으로 늘리기로 했다.", {(GN, 870, "target")}),
    # look-alike: the ▲ parts are districts, the total is theirs together
    ("bullet-districts-total",
     "전라남도는 ▲강진군 52명 ▲해남군 37명 등 모두 89명이 참여한다고 밝혔다.",
     {("전라남도 강진군", 52, "participants"), ("전라남도 해남군", 37, "participants")}),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in JOBS], ids=[c[0] for c in JOBS])
def test_jobs_of_offices_and_parts(run, text, expected):
    check_jobs(run, text, expected, published="2026-02-05")


# --- awards: the grade after a label, class tallies, the evaluating 광역, agencies that organise -------------
AWARDS = [
    ("label-then-quoted-grade",
     "'2024년 전국 노인일자리사업 평가'에서 인천 남동구는 노인일자리사업 우수 지방자치단체 '대상'을 받았다.",
     {("인천광역시 남동구", 2024, "대상")}),
    ("label-si-do",
     "2019년 노인일자리 사업 평가에서 우수 시·도 최우수상에 인천시가 이름을 올렸다.",
     {(IC, 2019, "최우수")}),
    ("class-tally",
     "인천 계양구가 '2024년 전국 지방자치단체 일자리대상'에서 우수상을 받았다. 올해 우수사업 부문에서는 "
     "최우수상 5곳, 우수상 12곳 등 모두 17개 지자체가 상을 받았다.",
     {("인천광역시 계양구", 2024, "우수")}),
    ("class-tally-in-brackets",
     "인천시가 노인일자리 평가에서 최우수상을 받았다. 올해는 장관상 14개(대상 4·최우수상 4·우수상 5)가 돌아갔다.",
     {(IC, 2020, "최우수")}),
    ("agencies-organise",
     "인천시는 보건복지부와 한국노인인력개발원이 주관한 '2019년 노인일자리 사업 평가'에서 최우수상을 받았다고 밝혔다.",
     {(IC, 2019, "최우수")}),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in AWARDS], ids=[c[0] for c in AWARDS])
def test_award_labels_tallies_and_organisers(run, text, expected):
    assert award_keys(run(text, published="2020-11-20" if "2024" not in text else "2024-11-20")) == expected


def test_the_evaluating_province_is_no_subject(run):
    text = (
        "영등포구가 올해 대외 평가에서 40개 분야에 걸쳐 상을 받았다.\n"
        "구는 서울시가 실시한 평가에서만 25개 분야에서 상을 받았다.\n"
        "서울시 평가에서는 지속가능한 좋은 일자리 만들기 분야에서 최우수구로 뽑혔다."
    )
    out = run(text, published="2012-12-20")
    assert award_keys(out) == {("서울특별시 영등포구", 2012, "최우수")}


# --- programmes: the first item of a list whose later item the model keeps ---------------------------------
def test_first_item_of_a_kept_list_stays(run):
    text = (
        "구로구는 연령과 상황에 맞춘 취업 프로그램을 마련했다. 경력단절 여성 취업교실, 중장년 대상 경비원, "
        "택시·마을버스 운전기사 양성 과정, 중장년 재취업 토털 프로젝트 등 여러 프로그램을 운영했다."
    )
    names = {name for _d, name in program_keys(run(text, published="2021-03-02"))}
    assert {"경력단절 여성 취업교실", "중장년 재취업 토털 프로젝트"} <= names


def test_a_list_item_is_kept_only_by_a_kept_item_later_in_its_list():
    from extract.programs import _kept_later_in_run

    text = "가, 나다라, 마바사 프로젝트 등을 운영했다."
    later = text.index("마바사 프로젝트")
    assert _kept_later_in_run(text, text.index(","), {later: (later, later + 8)})
    assert not _kept_later_in_run(text, text.index(","), {})
    assert not _kept_later_in_run("가. 나다라, 마바사 프로젝트 등", 1, {5: (5, 13)})  # no list goes on after it


def test_an_item_of_a_bullet_list_with_a_kept_item_stays(run):
    text = "세종시는 ▲이주민 통역 나눔 사업 ▲짚공예 전수 사업 ▲골목 화단 가꾸기 사업 등 3개 사업에서 12명을 뽑는다."
    assert program_keys(run(text, published="2024-05-01")) == {
        ("세종특별자치시", "이주민 통역 나눔 사업"), ("세종특별자치시", "짚공예 전수 사업"), ("세종특별자치시", "골목 화단 가꾸기 사업")}
