"""Rules of extractor 0.21.0 (extract/RULES.md "0.21.0"), each sentence written for this file (none is copied from
an article or a gold set); each case holds a convention next to its look-alikes."""

from __future__ import annotations

import pytest


def _districts(run, text: str, published: str = "2023-05-10") -> set[str]:
    return set(run(text, published=published)["districts"])


# --- districts: towns that only say where a 광역's work happens, or whose people are meant ------------------------
PLACES = [
    # where a 광역's event is held: the 도 acts, the towns are its venues
    ("event-held-in-towns",
     "경상남도는 미취업 청년의 구직 의욕을 되살리는 '다시 서는 청년' 과정을 운영한다. 과정은 10주 동안 이어지며 "
     "통영·밀양·사천·양산 등 4개 지역에서 열린다.",
     {"경상남도"}),
    ("event-also-held-elsewhere",
     "경상북도는 13일 포항에서 중장년 채용 한마당을 열었다. 도는 11월에 영천과 상주, 김천 등지에서도 같은 행사를 연다.",
     {"경상북도"}),
    # the towns of a 광역's designated bodies
    ("towns-of-the-centres",
     "전라남도는 경력이 끊긴 여성의 재취업을 돕기 위해 광역새일센터와 나주·광양·고흥 등 7개 시·군 "
     "여성새로일하기센터를 운영하고 있다.",
     {"전라남도"}),
    ("centres-sitting-in-towns",
     "전라남도는 올해 나주와 광양·고흥에 있는 여성새로일하기센터의 직업훈련에 참여한 410명 가운데 220명이 일자리를 "
     "찾았다고 밝혔다.",
     {"전라남도"}),
    # the companies of an area
    ("companies-of-the-area",
     "경상북도 경주시는 지역 산업단지 고용안정 사업의 하나로 채용 한마당을 열었다. 경주와 영천, 울산 울주군 지역 "
     "40개 기업이 현장 면접을 봤다.",
     {"경상북도 경주시"}),
    # the residents of a listed neighbour
    ("neighbours-residents",
     "부산 사하구에 고용복지플러스센터가 문을 열었다. 가까운 사상구와 강서구 주민들도 이 센터를 이용할 수 있다.",
     {"부산광역시 사하구"}),
    # the town of a named person
    ("town-of-a-named-person",
     "전라남도가 올해 노인 일자리 유공자를 표창했다. 모범 참여자로는 나주시 박정순 씨와 장흥군 공무원 이동철 씨가 "
     "뽑혔다.",
     {"전라남도"}),
    # an address running to a place ("구월동까지")
    ("address-up-to-a-place",
     "인천 연수구가 고용복지센터 분소를 유치했다. 구청장은 \"주민들이 남동구 구월동까지 가야 했던 불편이 "
     "사라졌다\"고 말했다.",
     {"인천광역시 연수구"}),
    # a zone of 구 in a list
    ("zone-of-gu",
     "서울 마포구가 구청 광장에서 채용박람회를 열고 마포·서대문·은평 등 서북3구 구직자에게 일자리 정보를 줬다.",
     {"서울특별시 마포구"}),
]

# look-alikes: towns that act or win, in the same shapes, stay districts
ACTORS = [
    ("towns-that-were-chosen",
     "전라남도는 청년 일자리 우수 시·군 평가 결과 나주·광양·고흥 등 3개 시·군을 우수 기관으로 뽑았다.",
     {"전라남도", "전라남도 나주시", "전라남도 광양시", "전라남도 고흥군"}),
    ("town-runs-its-own-centre",
     "나주시는 올해 시 여성새로일하기센터를 통해 여성 120명의 취업을 도왔다.",
     {"전라남도 나주시"}),
    ("residents-of-the-actor",
     "부산 사하구는 사하구 주민 300명을 공공일자리에 채용한다고 밝혔다.",
     {"부산광역시 사하구"}),
    ("towns-listed-as-subjects",
     "경상북도 영천시와 상주시, 김천시가 도 일자리 평가에서 나란히 우수상을 받았다.",
     {"경상북도 영천시", "경상북도 상주시", "경상북도 김천시"}),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in PLACES], ids=[c[0] for c in PLACES])
def test_towns_that_only_say_where_are_no_districts(run, text, expected):
    assert _districts(run, text) == expected


@pytest.mark.parametrize("text,expected", [c[1:] for c in ACTORS], ids=[c[0] for c in ACTORS])
def test_towns_that_act_stay_districts(run, text, expected):
    assert _districts(run, text) == expected


# --- programmes: an event hosted together is the programme of every district that hosts it -------------------------
def _programs(run, text: str, published: str = "2023-05-10") -> set[tuple[str, str]]:
    return {(r["district"], r["name"]) for r in run(text, published=published)["programs"]}


FAIR = "영주 일자리 한마당"
COHOSTED = [
    ("province-and-city-host",
     f"경북 영주시가 12일 시민운동장 체육관에서 '{FAIR}'을 열었다. 경북도와 영주시가 함께 주최하고 영주상공회의소가 "
     "주관한 이번 행사에는 기업 35곳이 참여했다.",
     {("경상북도 영주시", FAIR), ("경상북도", FAIR)}),
    ("hosts-listed-next-sentence",
     f"경북 영주시가 12일 '{FAIR}'을 열었다. 이번 행사는 영주시와 봉화군, 경상북도가 공동으로 주최했으며 기업 35곳이 "
     "참여했다.",
     {("경상북도 영주시", FAIR), ("경상북도 봉화군", FAIR), ("경상북도", FAIR)}),
    # look-alike: the hosting sentence names bodies only, not the event's owner: no copies
    ("hosted-by-bodies-only",
     f"경북 영주시가 12일 '{FAIR}'을 열었다. 고용노동부 영주지청과 영주상공회의소가 함께 주관했다.",
     {("경상북도 영주시", FAIR)}),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in COHOSTED], ids=[c[0] for c in COHOSTED])
def test_event_hosted_together_is_every_hosts_programme(run, text, expected):
    assert _programs(run, text) == expected


# --- programmes: a 광역 that selects its 시·군's projects runs them too ----------------------------------------------
SELECTED = [
    ("province-selects-listed-projects",
     "경상남도는 올해 '지역 맞춤형 일자리 공모사업'으로 6개 시군의 사업을 뽑아 사업비를 지원한다고 밝혔다. 시군이 낸 사업은 "
     "▲'바다 일터 학교'(통영) ▲'나노 기술 인력 양성'(밀양) 등이다.",
     {("경상남도", "바다 일터 학교"), ("경상남도 통영시", "바다 일터 학교"),
      ("경상남도", "나노 기술 인력 양성"), ("경상남도 밀양시", "나노 기술 인력 양성")}),
    # look-alike: the 광역 evaluates and awards the projects: they stay the 시·군's
    ("province-evaluates-listed-projects",
     "경상남도는 시군 일자리 사업 평가 결과 통영시와 밀양시를 우수 기관으로 뽑아 표창했다. 우수 사례는 "
     "▲'바다 일터 학교'(통영) ▲'나노 기술 인력 양성'(밀양) 등이다.",
     {("경상남도 통영시", "바다 일터 학교"), ("경상남도 밀양시", "나노 기술 인력 양성")}),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in SELECTED], ids=[c[0] for c in SELECTED])
def test_province_that_selects_projects_runs_them_too(run, text, expected):
    assert _programs(run, text) == expected
