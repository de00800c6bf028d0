"""Synthetic Korean local-news articles for the benchmarks, deterministic by seed.

``python bench/corpus.py N [--seed S] [-o FILE]`` writes N crawler-style Article lines (``id``,
``source``, ``title``, ``published_at``, ``body_text``, ``url``, ``content_sha256``). Every text is
generated here from templates and small vocabularies (no real article text). The mix follows a local
outlet's stream: most articles are about other things (weather, culture, traffic, schools,
council), a minority reports awards, job figures or programmes; about a third names no district at
all. Bodies run from about 1,000 to 8,000 characters (median about 2,000).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
from collections.abc import Iterator
from pathlib import Path

DISTRICTS = [
    "구로구", "노원구", "마포구", "강동구", "은평구", "성북구", "관악구", "수원시", "성남시", "고양시",
    "부천시", "안산시", "청주시", "천안시", "전주시", "순천시", "포항시", "김해시", "창원시", "제주시",
    "해남군", "홍천군", "괴산군", "예산군", "완주군", "고창군", "의성군", "합천군", "양평군", "가평군",
]
AWARDS = ["일자리대상", "지방자치단체 일자리대상", "지역혁신 우수사례 경진대회", "정부혁신 평가", "규제개혁 경진대회"]
GRADES = ["대상", "최우수상", "우수상", "장려상", "국무총리상", "장관상"]
ORGS = ["고용노동부", "행정안전부", "보건복지부", "국토교통부", "한국지방행정연구원"]
PROGRAMS = ["청년 일자리 카페", "신중년 재취업 아카데미", "마을 돌봄 사업", "여성 새로일하기센터", "스마트 도서관"]
PEOPLE = ["김민수", "이서연", "박지훈", "최유진", "정하늘", "강도윤", "윤서아", "한지우"]
TOPICS = {
    "weather": [
        "오늘 {place} 일대는 오전부터 흐리고 오후 한때 비가 내리겠다.",
        "기상청은 이번 주말 낮 기온이 {n}도까지 오르겠다고 예보했다.",
        "출근길 안개가 짙게 끼는 곳이 있어 교통안전에 유의해야 한다.",
        "밤사이 기온이 크게 떨어져 일교차가 {n}도 이상 벌어지겠다.",
    ],
    "culture": [
        "{place} 문화예술회관에서 {month}월 {day}일 가을 음악회가 열린다.",
        "이번 공연에는 시립합창단과 지역 청소년 오케스트라 단원 {n}명이 무대에 오른다.",
        "관람료는 무료이며 누리집에서 사전 예약을 받는다.",
        "전시회에는 지역 작가 {n}명의 회화와 사진 작품이 걸린다.",
    ],
    "traffic": [
        "{place} 중앙로 확장 공사로 다음 달까지 일부 차로가 통제된다.",
        "경찰은 공사 구간에 안내 인력을 배치하고 우회도로를 안내할 계획이다.",
        "버스 노선 {n}개가 임시로 정류장을 옮겨 운행한다.",
        "주민들은 출퇴근 시간 정체가 심하다며 조속한 완공을 요구했다.",
    ],
    "school": [
        "관내 초등학교 {n}곳에서 방과 후 코딩 교실이 문을 열었다.",
        "교육지원청은 학부모 설명회를 열어 새 학기 학사 일정을 안내했다.",
        "학생들은 매주 두 차례 로봇과 인공지능 기초를 배운다.",
        "급식 식재료의 절반 이상을 지역 농가에서 공급받는다.",
    ],
    "council": [
        "의회는 제{n}회 임시회를 열고 조례안과 추경 예산안을 심의했다.",
        "{person} 의원은 5분 자유발언에서 주차난 해소 대책을 촉구했다.",
        "상임위원회는 현장 방문을 통해 공공시설 운영 실태를 점검했다.",
        "본회의에서는 모두 {n}건의 안건이 원안대로 가결됐다.",
    ],
}
AWARD_SENTS = [
    "{d}는 {org}가 주관한 ‘{year}년 {award}’에서 {grade}을 수상했다고 {day}일 밝혔다.",
    "이번 평가는 전국 지자체를 대상으로 일자리 목표 달성도와 정책 실적을 심사했다.",
    "{d}는 지난해에도 같은 평가에서 {grade}을 받은 바 있다.",
]
JOB_SENTS = [
    "{d}는 올해 {n}개의 일자리를 새로 만들어 목표를 초과 달성했다.",
    "이 가운데 청년 일자리는 {m}개로 지난해보다 늘었다.",
    "{d}의 {year}년 고용률은 {rate}%로 집계됐다.",
]
PROGRAM_SENTS = [
    "{d}는 ‘{program}’ 사업을 {year}년부터 운영하고 있다.",
    "참여자 {n}명 가운데 상당수가 교육을 마치고 취업에 성공했다.",
]
FILLER = [
    "관계자는 앞으로도 주민의 목소리에 귀 기울이겠다고 말했다.",
    "자세한 내용은 담당 부서로 문의하면 된다.",
    "행사장 주변에는 임시 주차장이 마련된다.",
    "주민 의견은 다음 달 말까지 온라인으로 받는다.",
    "이번 사업에는 국비와 지방비를 합쳐 {n}억 원이 들어간다.",
    "현장에서는 안전 요원이 배치돼 질서 유지를 돕는다.",
    "지역 상인들은 방문객이 늘어 매출에 도움이 될 것으로 기대했다.",
]
#: share of each kind of article (most local news holds no fact)
MIX = [("weather", 0.16), ("culture", 0.2), ("traffic", 0.16), ("school", 0.16), ("council", 0.17),
       ("award", 0.06), ("jobs", 0.05), ("program", 0.04)]


def _fill(rng: random.Random, template: str, d: str, year: int) -> str:
    return template.format(
        d=d, place=d if rng.random() < 0.5 else "시내", n=rng.randint(2, 90), m=rng.randint(100, 900),
        month=rng.randint(1, 12), day=rng.randint(1, 28), person=rng.choice(PEOPLE), year=year,
        org=rng.choice(ORGS), award=rng.choice(AWARDS), grade=rng.choice(GRADES),
        program=rng.choice(PROGRAMS), rate=round(rng.uniform(55, 72), 1),
    )


def article(i: int, seed: int = 0) -> dict:
    """The ``i``-th article of the corpus of ``seed`` (independent of the others)."""
    rng = random.Random(f"{seed}:{i}")
    kinds, weights = zip(*MIX, strict=True)
    kind = rng.choices(kinds, weights)[0]
    year = rng.randint(2012, 2025)
    named = kind in ("award", "jobs", "program") or rng.random() < 0.55
    d = rng.choice(DISTRICTS) if named else "시"
    target = int(min(8000, max(1000, rng.lognormvariate(7.6, 0.5))))
    topic = TOPICS.get(kind) or TOPICS[rng.choice(list(TOPICS))]
    lead = {"award": AWARD_SENTS, "jobs": JOB_SENTS, "program": PROGRAM_SENTS}.get(kind, [])
    paras: list[str] = []
    size = 0
    first = True
    while size < target:
        pool = (lead if first and lead else topic) + FILLER
        sents = [_fill(rng, rng.choice(pool), d, year) for _ in range(rng.randint(3, 6))]
        if first and lead:
            sents = [_fill(rng, s, d, year) for s in lead] + sents
        first = False
        para = " ".join(sents)
        paras.append(para)
        size += len(para) + 2
    body = "\n\n".join(paras)[:target].rsplit(" ", 1)[0]
    title_word = {"award": "수상", "jobs": "일자리 성과", "program": "사업 운영"}.get(kind, "소식")
    title = f"{d if named else '우리 동네'} {title_word} {i}"
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    return {
        "id": f"bench-{seed}-{i}",
        "source": "bench",
        "title": title,
        "published_at": f"{year}-{month:02d}-{day:02d}T09:00:00+09:00",
        "author": rng.choice(PEOPLE),
        "body_text": body,
        "url": f"http://127.0.0.1/bench/{seed}/{i}",
        "content_sha256": hashlib.sha256(body.encode("utf-8")).hexdigest(),
        "kind": kind,
    }


def articles(n: int, seed: int = 0) -> Iterator[dict]:
    """N articles, deterministic by ``seed``."""
    for i in range(n):
        yield article(i, seed)


def write(n: int, path: Path, seed: int = 0) -> Path:
    """Write N articles to ``path`` (NDJSON) unless it already holds them; returns ``path``."""
    if path.exists() and sum(1 for _ in path.open(encoding="utf-8")) == n:
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    with tmp.open("w", encoding="utf-8") as fh:
        for a in articles(n, seed):
            fh.write(json.dumps(a, ensure_ascii=False) + "\n")
    tmp.replace(path)
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("-o", "--output", default="-")
    args = parser.parse_args()
    out = sys.stdout if args.output == "-" else open(args.output, "w", encoding="utf-8")  # noqa: SIM115
    for a in articles(args.n, args.seed):
        out.write(json.dumps(a, ensure_ascii=False) + "\n")
    out.flush()


if __name__ == "__main__":
    main()
