"""Stage 2 (extract), layer 5 (rules): job counts (jobs created, targets, people employed, participants).

Reads only the :class:`extract.context.Article`; must not import
another rule module, the components or the pipeline, nor scrapy or kb.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache

from extract import context as C
from extract import vocab as V
from extract.facts import JobCountFact
from extract.numerals import COUNT, parse_korean_number
from extract.text import find_years

_JOB_NOUN = re.compile(r"(?:신규\s*|직접\s*|공공\s*|양질의\s*|좋은\s*|새\s*|새로운\s*)?(?:일자리|일거리|고용|취업자리|채용\s*인원)")
_NOUN_AFTER = re.compile(r"\s*(?:의|에|이상의|가량의|정도의|규모의|이상|가량)?\s*([가-힣·]+)")
_CLAUSE_END = re.compile(
    r"[.!?]\s|[,;]\s*(?=[^,]{0,3}(?:\d|올해|지난해|작년))|\s(?:또한|하지만|그러나|반면)\s|(?<=[가-힣])(?:며|고),\s"
)
_UNTIL = re.compile(r"\s*(?:년도?)?\s*까지")
# "2019년 … 연 뒤 지금까지 2,100명": a running total has no year (gold README)
_CUMULATIVE = re.compile(r"지금까지|현재까지|그동안|누적|통산|이제까지")


@cache
def _event_regex() -> re.Pattern[str]:
    """Words of a sentence about an event's crowd: its participants are no count (``job_events.txt``)."""
    words = [w for w in (V.DATA_DIR / "job_events.txt").read_text(encoding="utf-8").splitlines()
             if w.strip() and not w.startswith("#")]
    return re.compile(V.trie_alternation(words, space=r"\s*"))
_NATIONAL = re.compile(
    r"전국|전체\s*(?:자치구|지자체|시·군|구·군)|정부\s*전체|국가\s*전체"
    r"|(?:도내|시내|관내)?\s*(?:시·군|시군|자치구|구·군|지자체|시·군·구)\s*(?:전체|모두|합계)|도내\s*(?:시·군|시군)"
)


_CONNECTIVE = re.compile(r"[가-힣]{0,3}(?:고|며|으며)\s*,?\s")
# "목표 인원을 넘겼고": an achievement beyond the target is no plan (0.4.1)
_STRONG_PLAN = re.compile(
    r"^[^.]{0,25}?(?:예정|계획|목표(?!\s*(?:인원|치)?\s*(?:를|을)?\s*(?:넘|초과|웃돌|달성))|할\s*방침|모집|선발할|키로|기로\s*했)"
    r"|^\s*(?:시킨다|시킬|시키기로|시키겠)"
)


# "120명에게 일자리를 제공", "650명의 일자리를 만들었다": jobs counted in people stay created
_JOBS_IN_PEOPLE = re.compile(r"\s*(?:에게|분의?\s*(?:[가-힣]+\s+)?일자리|의\s*(?:[가-힣]+\s+)?일자리)")
_TOTAL_BEFORE = re.compile(r"(?:모두|총|합계|합쳐|통틀어)\s*$")
# "이 가운데 청주시민이 210명, 청원군민이 150명이다": a breakdown of the total before
_OF_THESE = re.compile(r"^[^가-힣]{0,3}(?:이\s*가운데|이\s*중|그\s*중|그\s*가운데|이\s*중에서|이\s*가운데서)\s")
_JOB_TOPIC = re.compile(r"^[^,.]{0,10}일자리(?:는|은)\s")
_ITEM_BEFORE = re.compile(r"(?:^|[,·]\s*|\s)[가-힣]{1,6}\s*$")


_SEEKERS_BEFORE = re.compile(r"(?:구직자|지원자|신청자|응시자|응모자|상담자)\s*(?:약\s*)?$")


def _kind(before: str, after: str, sentence_end: str = "", ignore_skip: bool = False) -> str | None:
    """Decide the kind of a count from the words before and after it (``job_kinds.tsv``)."""
    rules = V.job_kind_rules()

    def first(where: str, text: str) -> str | None:
        for r in rules:
            if r.where == where and r.pattern.search(text):
                return r.kind
        return None

    if not ignore_skip and first("skip_before", before):
        return None
    for where in ("achieved", "target_before"):
        kind = first(where, before)
        if kind:
            return kind
    if first("pool", after):
        # "구직자 3천580명 가운데 1천950명이 취업했다": job-seekers and applicants are no programme's pool (0.4.1)
        return None if _SEEKERS_BEFORE.search(before) else "participants"
    best: tuple[int, int, str] | None = None
    for r in rules:
        if r.where != "predicate":
            continue
        m = r.pattern.search(after)
        if m and (best is None or m.start() < best[0]):
            best = (m.start(), m.end(), r.kind)
    if best is None:
        return first("before_predicate", before)
    if best[2] == "skip":
        return None
    if best[2] == "selected":
        # "참여자 40명을 최종 선발했다" → participants; "최종 212명을 뽑았다" → employed
        best = (best[0], best[1], "participants" if first("before_predicate", before) == "participants" else "employed")
    tail = after[best[1] : best[1] + 25]
    if best[2] == "participants":
        # people taking part stay participants in a programme's present or future ("452명이 참여하게
        # 된다"); only an announced plan makes them a target ("참여할 예정", "교육할 계획") (0.4.0)
        return "target" if _STRONG_PLAN.search(after[best[1] :]) else "participants"
    if best[2] != "target" and first("future", tail):
        return "target"
    if best[2] != "target" and _goal_later(after[best[1] :]):
        return "target"  # "일자리 6,100개 창출과 고용률 70% 달성을 목표로 한다": the goal covers the count (0.4.0)
    if best[2] != "target" and _CONNECTIVE.match(tail) and first("future", sentence_end):
        return "target"  # "500개를 새로 만들고, … 제공할 계획이다": the plan covers both clauses
    return best[2]


# a clause closed in the past tense: a goal named after it is another clause's
_PAST_BETWEEN = re.compile(r"(?:했|됐|었|였|았|렸|냈|웠|졌)(?:다|고|으며|으나|지만|는데|던)")


def _goal_later(rest: str) -> bool:
    """A goal or plan named later in the count's clause, with no past-tense clause end before it."""
    for r in V.job_kind_rules():
        if r.where != "goal_clause":
            continue
        m = r.pattern.search(rest)
        if m and not _PAST_BETWEEN.search(rest, 0, m.start()):
            return True
    return False


# A plan written in the present tense: the count's clause ends in a non-past declarative ("채용한다",
# "만든다", "참여한다"), and the sentence dates it ahead ("오는 20일", "다음 달", "내년") or announces an
# event ("박람회를 열어", "개최한다", "열린다").
_PLAIN_END = re.compile(r"([가-힣])다(?:고|며|는|\s*[.,]|\s*$|\s+밝혔)")
_AHEAD = re.compile(
    r"오는\s|다음\s*(?:달|주)|내년|이달\s*(?:중|말)|향후|앞으로|연내|올해\s*안|올\s*하반기|연말까지"
    r"|열어|열고|개최해|개최하고|개최한다|열린다|연다"
)


# a deadline ahead ("2022년까지"), this year's plan in the present tense ("올해 … 만든다"), an agreement
_AHEAD_MORE = re.compile(r"올해|금년|협약|투자(?:해|하고|하며|에)|(?P<y>(?:19|20)\d{2})\s*년까지")
# the sentence before announces a plan: its present-tense parts are planned too ("… 2014년까지 투자한다")
_PLAN_BEFORE = re.compile(r"(?P<y>(?:19|20)\d{2})\s*년까지|향후|앞으로|내년|계획이다|예정이다|목표다|목표로\s*한다|공약")


_ADNOMINAL = re.compile(r"^[^.]{0,14}?(?:만드|창출하|제공하|채용하|고용하|육성하)는\s")
_DEADLINE = re.compile(r"(?P<y>(?:19|20)\d{2})\s*년까지")


def _ahead(regex: re.Pattern[str], text: str, pub: dt.date | None) -> bool:
    for m in regex.finditer(text):
        y = m.groupdict().get("y")
        if y is None or pub is None or int(y) >= pub.year:
            return True
    return False


def _planned(
    after_full: str, sentence: str, prev_sentence: str = "", pub: dt.date | None = None, people: bool = False
) -> bool:
    """A count in a present-tense clause of a sentence (or an article part) that dates it ahead.

    Participants (``people``) need the sentence itself to date it ahead ("다음 달부터 40명이 참여하는"):
    "올해 … 13명이 참여해 … 맡는다" describes a running programme.
    """
    if _ADNOMINAL.match(after_full) and _ahead(_DEADLINE, sentence, pub):
        return True  # "2022년까지 일자리 2만4천 개를 만드는 로드맵"
    m = _PLAIN_END.search(after_full[:40])
    if not m and not _PAST_BETWEEN.search(after_full):
        m = _PLAIN_END.search(after_full[-16:])  # "4천800개씩 만들고, … 안정을 꾀한다": the sentence's verb
    if not m:
        return False
    syl = m.group(1)
    code = ord(syl) - 0xAC00
    non_past = syl == "는" or (0 <= code < 11172 and code % 28 == 4)  # final ㄴ: 한다, 된다, 만든다
    if not non_past:
        return False
    if _AHEAD.search(sentence):
        return True
    return not people and (_ahead(_AHEAD_MORE, sentence, pub) or _ahead(_PLAN_BEFORE, prev_sentence, pub))


_HAS_COUNT = re.compile(r"\d\s*(?:만|천|백)?\s*(?:여\s*)?(?:개|명)")
# "2∼4명이 팀을 이뤄", "5~10명 규모": the top of a range is no count
_NUMBER_BEFORE = re.compile(r"[\d.]\s*$|(?:억|만|천)\s*원\s*$|\d\s*(?:명|개)?\s*[~∼〜～]\s*$")
# "5명 이상 기업", "10명 미만 사업장": a threshold of firms or groups, not people counted (0.4.0)
_THRESHOLD_AFTER = re.compile(
    r"\s*(?:이상|이하|미만|초과)\s*(?:을\s*|를\s*)?(?:고용한|채용한|고용하는|채용하는|근무하는|인|의)?\s*"
    r"(?:기업|업체|사업장|사업체|중소기업|소상공인|회사|법인|팀|단체)"
)
_BREAKDOWN_BEFORE = re.compile(r"별(?:로는?|\s*(?:집계|실적|현황|내역)(?:는|은))\s*(?:[가-힣·]+\s*){0,6}$")
_NEXT_ITEM_BEFORE = re.compile(r"[,·]\s*(?:[가-힣]+\s*){1,5}$")
_BREAKDOWN_AFTER = re.compile(r"[^.]{0,12}별로는?\s")
_CROWD_AFTER = re.compile(r"\s*의\s*(?:인원|관람객|방문객|시민)")
_JOBS_AFTER = re.compile(r"\s*(?:의\s*)?(?:[가-힣]+\s+){1,2}?(?:일자리|일거리)")
_LICENSED_AFTER_COUNT = re.compile(
    r"(?:를|을|가|이|은|는|보다|로|으로|의|다|에|와|과|이다|씩|대비|중$|중에|가량|정도|이상|창출|일자리|고용|신규|목표|실적|달성|증가|늘"
    r"|였|이었|입니|에\s*달|에\s*이르|를\s*넘|을\s*넘|도$|씩)"
)
_BULLET = re.compile(r"^\s*[▲△▷▶►■□◆◇●○•·\-–※➊-➓①-⑳]")


_INLINE_BULLET = re.compile(r"[▲△▷▶►■□◆◇●○•➊-➓①-⑳]")
# a list announced or closed by a plan: "계획", "목표", "예정", or a present-tense programme verb ("추진한다")
_LIST_AHEAD = re.compile(
    r"목표|계획|모집|선발|예정|(?:추진|운영|시행|실시|진행|지원|도입|신설|확대|마련)(?:한다|할\s|하기로|키로|해\s*나갈|하겠|된다|될\s)"
    r"|펼친다|펼칠|나선다|나설"
)


def _skipped(before: str, tail: str) -> bool:
    """A skip word before the item (창업 …) or in the list's predicate (지원금, 수당, 관람 …)."""
    return any(
        (r.where == "skip_before" and r.pattern.search(before))
        or (r.where == "predicate" and r.kind == "skip" and r.pattern.search(tail))
        for r in V.job_kind_rules()
    )


def _inline_item(text: str, s0: int, e0: int, start: int, cands: list[_Cand]) -> tuple[int, int] | None:
    """(list start, list tail start) when the count at ``start`` is an item of an inline ▲ list (0.3.1).

    "시는 ▲'A 과정' 400명 ▲'B 과정' 250명 등 신규 사업을 추진한다": two or more bullets in the sentence and
    no other count between the nearest bullet and this one ("△… 53개 과제(15만여 개 일자리)": counts of
    tasks or firms do not count). The tail is what follows the last item's count.
    """
    marks = [m.start() for m in _INLINE_BULLET.finditer(text, s0, e0)]
    if len(marks) < 2 or marks[0] >= start:
        return None
    last_mark = max(p for p in marks if p < start)
    if any(last_mark <= c[0].start() < start for c in cands):
        return None
    last = next((c[0] for c in cands if c[0].start() > marks[-1]), None)
    if last is None:
        return None
    return marks[0], last.end()


def _list_tail(text: str, start: int, e0: int, cands: list[_Cand]) -> str:
    """What follows the last item of a list: up to the next count, or past a total ("등 모두 65명을 채용했다")."""
    nxt = [c for c in cands if c[0].start() >= start]
    if nxt and _TOTAL_AFTER_ITEMS.fullmatch(text, start, nxt[0][0].start()):
        start = nxt[0][0].end()
        nxt = nxt[1:]
    return _strip_target_words(text[start : nxt[0][0].start()]) if nxt else text[start:e0]


_TOTAL_AFTER_ITEMS = re.compile(r"[\s)]*(?:등|까지)?\s*(?:[가-힣]+\s*)?(?:모두|총|합계|전체)?\s*(?:약\s*)?")


# "이 중 고성군 주민은 612명이다", "그중 410명이 노원구 주민이다": the residents' share of a joint total
_RESIDENTS = re.compile(r"(?:주민|[구시군도]민)(?:이다|입니다|이었|이며|이고|은|는|이|가|의|으로|만)?(?:\s|[,.]|$)")


def _joint_total(art: C.Article, focus: C.Focus, si: int) -> bool:
    """Sentence ``si`` counts for several districts and the next one gives a district's share (0.3.1)."""
    names = {m.full_name for m in focus.in_sentence(si)}
    if len(names) < 2 or si + 1 >= len(art.sentences):
        return False
    a, b = art.sentences[si + 1]
    nxt = art.text[a:b]
    return bool(_OF_THESE.match(nxt) and _RESIDENTS.search(nxt) and _HAS_COUNT.search(nxt))


_SEVERAL = re.compile(r"(?:두|세|네|양|[2-9]개)\s*(?:시·군|시군|구·군|자치구|구|시|군|지자체|자치단체|시·군·구)")


def _shared_total(text: str, focus: C.Focus, si: int, s0: int, start: int) -> bool:
    """A "모두/총" count that sums listed parts: two districts in its sentence, or ▲ items before it."""
    if len({m.full_name for m in focus.in_sentence(si)}) >= 2 or _SEVERAL.search(text, s0, start):
        return True
    sents = focus.sents
    if si + 1 < len(sents):
        a, b = sents[si + 1]
        if _OF_THESE.match(text, a, b) and _RESIDENTS.search(text, a, b):
            return True  # "… 모두 360명 … . 이 가운데 청주시민이 210명, 청원군민이 150명이다"
    return len(_INLINE_BULLET.findall(text, s0, start)) >= 2


#: a job-count candidate: (match, value, unit, before, after_full, after, noun)
_Cand = tuple[re.Match[str], int, str, str, str, str, str]
# a clause ends before the next item of a comma list ("청년취업 연계 1,748명, 전문인력 양성 1,002명")
_NEXT_ITEM = re.compile(r",\s*[^,.]{0,20}?\d[\d,.]*\s*(?:[만천백]\s*(?:\d[\d,]*)?\s*)*(?:여\s*)?(?:개|명)")


_FIRMS_BEFORE = re.compile(r"(?:기업|업체|사업장|회사|기관|단체)\s*$")
_LIST_NOUN = re.compile(r"\s*,\s*[^,.]{0,14}?\d[\d,]*\s*개\s*(?:의\s*)?([가-힣]+)")


@cache
def _rules(where: str, kind: str | None = None) -> tuple[re.Pattern[str], ...]:
    """The patterns of ``job_kinds.tsv`` for one position (and kind)."""
    return tuple(r.pattern for r in V.job_kind_rules() if r.where == where and (kind is None or r.kind == kind))


@cache
def _stop_noun_regex() -> re.Pattern[str]:
    """Nouns counted by a number that make it no job count (``units.tsv``)."""
    return re.compile(V.trie_alternation(list(V.unit_words())))


@cache
def _crowd_noun_regex() -> re.Pattern[str]:
    """People counted who are an event's crowd or a population (``units.tsv``: visitors, population)."""
    return re.compile(V.trie_alternation([w for w, why in V.unit_words().items() if why in ("visitors", "population")]))


@cache
def _predicates_that_count() -> tuple[re.Pattern[str], ...]:
    """Predicate patterns that give a kind (a skip word in a list item's label does not end the list)."""
    return tuple(r.pattern for r in V.job_kind_rules() if r.where == "predicate" and r.kind != "skip")


def _candidates(text: str, s0: int, e0: int) -> list[_Cand]:
    """Counts of 개/명 in a sentence that may count jobs or people (not companies, money, visitors …)."""
    out: list[_Cand] = []
    for m in COUNT.finditer(text, s0, e0):
        unit = m.group("unit")
        if unit not in ("개", "명"):
            continue
        value = parse_korean_number(m.group("num"))
        if not value:
            continue
        before = text[max(s0, m.start() - 30) : m.start()]
        if _NUMBER_BEFORE.search(before) or any(r.search(before) for r in _rules("stat_before")):
            continue  # "2∼4명", "목표 취업자 수는 6만 7천 명": no count, and no item of a list
        after_full = text[m.end() : e0]
        if _THRESHOLD_AFTER.match(after_full):
            continue
        noun_m = _NOUN_AFTER.match(after_full[:40])
        noun = noun_m.group(1) if noun_m else ""
        if unit == "개" and _stop_noun_regex().match(noun):
            continue
        if (unit == "개" and _FIRMS_BEFORE.search(before)) or (unit == "명" and value < 2):
            continue  # "기업 1,184개가 채용했다", "청년을 1명씩 채용하도록"
        if unit == "개" and not noun:
            # "도 단위 6개, 시군 단위 64개 사업": an item counts what the list's last item counts
            last = _LIST_NOUN.match(after_full)
            if last and _stop_noun_regex().match(last.group(1)):
                continue
        if unit == "명" and _crowd_noun_regex().match(noun):
            continue
        out.append((m, value, unit, before, after_full, "", noun))
    # the clause of a count ends at the next count: a predicate after it is that count's
    for i, (m, value, unit, before, after_full, _, noun) in enumerate(out):
        limit = out[i + 1][0].start() - m.end() if i + 1 < len(out) else len(after_full)
        clause = _CLAUSE_END.search(after_full, 0, limit)
        nxt = _NEXT_ITEM.search(after_full, 0, limit + 12) if i + 1 < len(out) else None
        if nxt and nxt.end() < limit:
            nxt = None  # the count it reaches is no candidate ("취업자 수 77만 명")
        cut = min(limit, clause.start() if clause else limit, nxt.start() if nxt else limit)
        after = after_full[:cut]
        if cut == limit and i + 1 < len(out):
            after = _strip_target_words(after)  # "…으로, 목표였던 4,972명": the words of the next count
        out[i] = (m, value, unit, before, after_full, after[:60], noun)
    return out


def _strip_target_words(text: str) -> str:
    """``text`` without the target or achievement words that lead into the count after it."""
    for r in _rules("target_before") + _rules("achieved"):
        m = r.search(text)
        if m:
            text = text[: m.start()]
    return text


# "45명을 고용하고, … 70명을 고용하기로 했다": a clause joined to the sentence's planned predicate
_PAST_STEM = re.compile(r"(?:했|됐|었|였|았|렸|냈|웠|졌)으?$")  # "창출했으며, …": a finished clause
_JOINED_CLAUSE = re.compile(r"[가-힣]?(?<![했었였됐았렸냈웠졌])(?:고|며|해|하여|으며),\s")
# "N명을 대상으로", "N명에게 … 과정을 지원": the places of a programme are its participants, planned or not
_PLACES = re.compile(
    r"^\s*(?:을|를)\s*대상으로|^\s*에게\s*[^.]{0,25}?(?:과정|교육|훈련|컨설팅|멘토링|코칭|프로그램)(?:을|를)?\s*(?:지원|제공|운영|실시)"
)
_ATTEND = re.compile(r"참여|참가|방문|찾|참석|몰리|몰릴|몰려")
# the people counted named by the sentence's topic ("일자리 창출은 ▷… 등 5,102명", "모집 인원은 청년 80명")
_TOPIC = (
    (re.compile(r"^[^,.]{0,12}?(?:(?:일자리\s*)?창출(?:\s*실적)?|실적)(?:은|는)\s"), "created"),
    (re.compile(r"^[^,.]{0,12}?(?:취업\s*알선|취업\s*연계|재취업|채용|취업자|취업)(?:\s*실적)?(?:은|는)\s"), "employed"),
    (re.compile(r"^[^,.]{0,20}?(?:계획|목표)(?:은|는)\s"), "target"),
    (re.compile(r"^[^,.]{0,12}?(?:인력\s*양성|직업\s*훈련|교육\s*훈련)(?:\s*실적)?(?:은|는)\s"), "participants"),
    (re.compile(r"^[^,.]{0,12}?(?:모집|선발|채용\s*예정)\s*(?:인원|규모|대상)(?:은|는)\s"), "target"),
)


def _topic_kind(sentence: str) -> str | None:
    for pattern, kind in _TOPIC:
        if pattern.match(sentence):
            return kind
    return None


_LIST_SEPARATOR = re.compile(r"[,·)]|등|과\s|와\s|및|포함|에서\s")
_NEW_CLAUSE = re.compile(r"[가-힣](?:고|며|서),\s|했|됐|었|였|[가-힣](?:은|한|된|던)\s+[가-힣]+(?:은|는|이|가)\s")


def _linked(text: str, a: _Cand, b: _Cand) -> bool:
    """Two counts are items of one list: a short gap with a separator and no predicate of its own."""
    gap = text[a[0].end() : b[0].start()]
    if len(gap) > 30 or "." in gap or not _LIST_SEPARATOR.search(gap):
        return False
    if _NEW_CLAUSE.search(gap):
        return False  # "301명이 지원했고, 군은 … 198명을 선발했다": another clause
    return not any(r.search(gap) for r in _predicates_that_count())


def _sentence_kinds(text: str, s0: int, e0: int, cands: list[_Cand]) -> list[tuple[str | None, bool]]:
    """The kind of every count of a sentence, and whether it is fixed (programme places stay participants).

    Each count's own words decide it first; a count with none takes the kind of the list it is an item
    of ("2019년 10만 3천200개, 2020년 10만 6천500개 … 의 일자리를 만들 계획이다"), then the sentence's topic.
    """
    sentence = text[s0:e0]
    sentence_end = text[max(s0, e0 - 14) : e0]
    out: list[tuple[str | None, bool]] = []
    for _m, _value, _unit, before, after_full, after, _noun in cands:
        fixed = bool(_PLACES.match(after_full))
        if fixed:
            out.append(("participants", True))
            continue
        kind = _kind(before, after, sentence_end)
        if kind in ("created", "employed", "participants") and len(after) < len(after_full):
            cut = after_full[len(after) :]
            plan = _first_future_at(cut)
            if (
                _JOINED_CLAUSE.match(after_full, max(0, len(after) - 1)) and plan is not None
                and not _PAST_BETWEEN.search(cut, 0, plan) and not _PAST_STEM.search(after)
            ):
                kind = "target"  # "45명을 고용하고, … 70명을 고용하기로 했다" (0.4.0)
        out.append((kind, False))
    for i in range(len(cands) - 2, -1, -1):
        if out[i][0] is None and _linked(text, cands[i], cands[i + 1]) and not _TOTAL_BEFORE.search(cands[i][3]):
            nxt = out[i + 1][0]
            if nxt is None and _TOTAL_BEFORE.search(cands[i + 1][3]):
                nxt = _kind(cands[i + 1][3], cands[i + 1][5], sentence_end, ignore_skip=True)
            if nxt is not None and not _skipped(cands[i][3], ""):
                out[i] = (nxt, out[i + 1][1])
    for i in range(1, len(cands)):
        # "목표를 민간부문 1,800명, 공공부문 1만2,200명 등 …": later items share the first item's target
        if out[i][0] is None and out[i - 1][0] is not None and _linked(text, cands[i - 1], cands[i]) and not (
            _TOTAL_BEFORE.search(cands[i][3]) or _skipped(cands[i][3], "")
        ):
            out[i] = out[i - 1]
    topic = _topic_kind(sentence)
    if topic:
        out = [
            (k, f) if k is not None or _skipped(c[3], "") else (topic, True)
            for (k, f), c in zip(out, cands, strict=True)
        ]
    return out


def _achieved(before: str) -> bool:
    """An achievement reported against a target ("목표 대비 일자리 창출 5,102명"): jobs made, counted in people."""
    return any(r.where == "achieved" and r.pattern.search(before) for r in V.job_kind_rules())


def _first_future_at(text: str) -> int | None:
    """Where the first plan or goal word of a text starts ("…하기로 했다", "…할 계획이다"), or None."""
    found = [m.start() for r in V.job_kind_rules() if r.where in ("future", "goal_clause") for m in [r.pattern.search(text)] if m]
    return min(found) if found else None


def extract_job_counts(art: C.Article) -> list[JobCountFact]:
    """Job counts of an article.

    :param art: the article with its district mentions (``govnews_districts``)
    :returns: one fact per (district, value, kind), in text order
    """
    text = art.text
    aid = art.id
    pub = art.published
    if not COUNT.search(text):
        return []
    frame = art.frame
    # "올해/지난해" of an undated article resolve against the year the article dates itself by (its frame)
    years_at = pub or (dt.date(frame.year, 6, 30) if frame.year else None)
    focus = art.focus
    out: list[JobCountFact] = []
    seen: set[tuple[str, int, str]] = set()
    last_kind: str | None = None
    breakdown = -1  # index of the sentence holding a "도시별로는 …" breakdown
    total: tuple[int, str] | None = None  # (sentence, kind) of a total of several districts
    last_kind_si = -1
    previous: tuple[int, str, int | None] | None = None  # (sentence, kind, year) of the last count recorded
    lead_end = art.body_start
    for si, (s0, e0) in enumerate(art.sentences):
        sentence = text[s0:e0]
        if e0 <= lead_end or not _HAS_COUNT.search(sentence):
            continue  # headline / 부제 lines repeat the body, often in another tense (0.3.0)
        cands = _candidates(text, s0, e0)
        if not cands:
            continue
        prev_sent = text[art.sentences[si - 1][0] : s0] if si > 0 else ""
        job_context = bool(_JOB_NOUN.search(sentence) or _JOB_NOUN.search(prev_sent))
        kinds = _sentence_kinds(text, s0, e0, cands)
        for ci, cand in enumerate(cands):
            m, value, unit, before, after_full, after, noun = cand
            item = _inline_item(text, s0, e0, m.start(), cands)
            if unit == "개":
                if not (
                    _JOB_NOUN.search(noun) or _LICENSED_AFTER_COUNT.match(noun) or not noun
                    or _JOBS_AFTER.match(after_full)  # "10만 1,360개의 좋은 일자리"
                    or after_full.startswith("에서 ")  # "1만 2천 개에서 … 1만 5천 개로"
                    or (noun == "등" and (item is not None or (ci + 1 < len(cands) and _linked(text, cand, cands[ci + 1]))))
                ):  # "▲민간일자리 800개 등 2,000개", "2014년 7천250개 등 모두 2만 개"
                    continue
                if not job_context:
                    continue
            kind, fixed = kinds[ci]
            if item is not None:
                # every item of an inline ▲ list takes the list's predicate after the last item (0.3.1)
                tail = _list_tail(text, item[1], e0, cands)
                kind = _kind(before, tail, text[max(item[1], e0 - 14) : e0])
                head = text[s0 : item[0]]
                intro = " ".join(text[a:b] for a, b in art.sentences[max(0, si - 6) : si])
                if kind is None:
                    kind = _topic_kind(sentence)
                    fixed = kind is not None
                if _LIST_AHEAD.search(tail) or _LIST_AHEAD.search(head) or (
                    (kind is None or _planned(tail, sentence, prev_sent, pub)) and _LIST_AHEAD.search(intro[-200:])
                ):
                    if kind is not None or not _skipped(before, tail):
                        kind = "target"
            if kind is not None and _joint_total(art, focus, si):
                # "통영시와 함께 … 1,430명의 재취업을 도왔다. 이 중 고성군 주민은 612명이다": the joint total is
                # no single district's count; the share in the next sentence takes its kind (0.3.1)
                if unit == "명" and kind == "created" and not _JOBS_IN_PEOPLE.match(after):
                    kind = "employed"
                total = (si, kind)
                continue
            if kind is None and _TOTAL_BEFORE.search(before):
                # "모두 650명의 일자리를 만들었으며, 동구 380명, 대덕구 270명이다": the total is no
                # single district's count, its parts take its kind
                total_kind = _kind(before, after, text[max(m.end(), e0 - 14) : e0], ignore_skip=True)
                if total_kind is None and ci > 0 and _linked(text, cands[ci - 1], cand):
                    total_kind = kinds[ci - 1][0]  # "민간부문 1,800명, 공공부문 1만2,200명 등 모두 1만4천 명"
                if total_kind and item is None and not _shared_total(text, focus, si, s0, m.start()):
                    # "청년인턴, 공공근로 등 총 1만3,000여 개의 일자리를 만들 계획", "총 85명이 참여했다":
                    # one district's total, with no counted parts before it, is its count (0.4.0)
                    kind = total_kind
                else:
                    if total_kind:
                        if unit == "명" and total_kind == "created" and not _JOBS_IN_PEOPLE.match(after):
                            total_kind = "employed"
                        total = (si, total_kind)
                    continue
            inherited = False
            part_of: tuple[int, str, int | None] | None = None
            if (
                kind is None and previous is not None and si - 1 <= previous[0] <= si and _OF_THESE.match(sentence)
                and not _RESIDENTS.search(sentence)  # a residents' share of one district's total: no count
            ):
                # "… 4,000개 창출 목표를 공시했다. 이 중 공공일자리는 1,500개, 민간일자리는 2,500개다":
                # parts with no predicate of their own take the kind (and year) of the count before (0.4.0)
                part_of = previous
                kind = previous[1]
            elif kind is None and previous is not None and previous[0] == si - 1 and _JOB_TOPIC.match(sentence):
                # "… 10만 4,120개의 일자리를 만들었다. 공공일자리는 … 7만 3,300개, 민간일자리는 … 3만 820개다"
                part_of = previous
                kind = previous[1]
            if kind is None and total is not None and _ITEM_BEFORE.search(before) and (
                total[0] == si or (total[0] == si - 1 and _OF_THESE.match(sentence))
            ):
                kind = total[1]
                inherited = True
            if kind is None and last_kind and (
                _BREAKDOWN_BEFORE.search(before) or (breakdown == si and _NEXT_ITEM_BEFORE.search(before))
            ):
                breakdown = si
                if not _skipped(before, ""):
                    kind = last_kind  # "도시별로는 창원 210명, 김해 150명": items of the total before
                    inherited = True
            elif kind and _BREAKDOWN_AFTER.match(re.sub(r"^[^,]{0,30},\s*", "", after_full[:60])):
                last_kind = kind
                continue  # the total split up by district right after: no single district's count
            if kind and last_kind_si != si:
                last_kind, last_kind_si = kind, si  # a breakdown takes the kind of its sentence's first count
            if kind in ("employed", "created", "participants") and not fixed and _planned(
                after_full, sentence, prev_sent, pub, people=kind == "participants"
            ):
                kind = "target"  # "오는 20일 박람회를 열어 1,000명을 현장에서 채용한다": a plan (0.3.0)
            if _BULLET.match(sentence):
                intro = " ".join(text[a:b] for a, b in art.sentences[max(0, si - 6) : si] if not _BULLET.match(text[a:b]))
                if _LIST_AHEAD.search(intro[-200:]):
                    kind = "target"  # items of a target list ("분야별 목표를 다음과 같이 … ▲ …")
            if kind is None:
                continue
            if (
                unit == "명" and kind == "created" and not inherited and not fixed
                and not _JOBS_IN_PEOPLE.match(after) and not _achieved(before)
            ):
                kind = "employed"  # "N명 고용 창출" counts people placed
            if unit == "개" and kind == "participants":
                continue
            if kind in ("participants", "target") and (_event_regex().search(sentence) or _CROWD_AFTER.match(after)):
                if kind == "participants" or _ATTEND.search(after):
                    continue  # "박람회에는 구직자 350여 명이 참여할 예정이다": an event's crowd
            if focus.in_sentence(si) == [] and _NATIONAL.search(sentence):
                continue
            at = focus.district_at(m.start())
            if inherited:
                # "영동군 300명, 옥천군 200명": each part belongs to the district named right before it
                near = [x for x in focus.in_sentence(si) if x.end <= m.start() and m.start() - x.end <= 4]
                if near:
                    at = (near[-1].full_name, near[-1].code)
            if at is None:
                continue
            years = [y for y in find_years(text, years_at, s0, m.start())]
            year = None
            if years:
                y = years[-1]
                year = y.years[-1] if y.years and y.relative != "every" else None
                if _CUMULATIVE.search(text[y.end : m.start()]) or _UNTIL.match(text, y.end):
                    year = None  # "지금까지 2,100명", "2022년까지 2만 개": a running total or a span (0.4.0)
            elif previous is not None and previous[0] >= si - 2 and not _CUMULATIVE.search(sentence) and not (
                find_years(text, years_at, m.start(), e0)
            ):
                year = previous[2]  # "지난해 … 5,102명. 일자리 창출은 ▷…": the report's year carries on (0.4.0)
            if year is None and part_of is not None:
                year = part_of[2]
            key = (at[0], value, kind)
            previous = (si if part_of is None else part_of[0], kind, year)
            if key in seen:
                continue
            seen.add(key)
            out.append(JobCountFact(aid, at[0], at[1], year, value, kind, sentence, (m.start(), m.end())))
    return out
