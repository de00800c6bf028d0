"""Stage 2 (extract): job counts (jobs created, targets, people employed, participants).

Must not import scrapy or kb.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from extract import context as C
from extract import vocab as V
from extract.facts import JobCountFact
from extract.nlp import doc_text
from extract.numerals import COUNT, parse_korean_number

_JOB_NOUN = re.compile(r"(?:신규\s*|직접\s*|공공\s*|양질의\s*|좋은\s*|새\s*|새로운\s*)?(?:일자리|일거리|고용|취업자리|채용\s*인원)")
_NOUN_AFTER = re.compile(r"\s*(?:의|에|이상의|가량의|정도의|규모의|이상|가량)?\s*([가-힣·]+)")
_CLAUSE_END = re.compile(
    r"[.!?]\s|[,;]\s*(?=[^,]{0,3}(?:\d|올해|지난해|작년))|\s(?:또한|하지만|그러나|반면)\s|(?<=[가-힣])(?:며|고),\s"
)
# "2019년 … 연 뒤 지금까지 2,100명": a running total has no year (gold README)
_CUMULATIVE = re.compile(r"지금까지|현재까지|그동안|누적|통산|이제까지")
_EVENT = re.compile(r"행사|관람|방문객|축제|참관|구경|인파|이날\s|박람회")
_NATIONAL = re.compile(
    r"전국|전체\s*(?:자치구|지자체|시·군|구·군)|정부\s*전체|국가\s*전체"
    r"|(?:도내|시내|관내)?\s*(?:시·군|시군|자치구|구·군|지자체|시·군·구)\s*(?:전체|모두|합계)|도내\s*(?:시·군|시군)"
)


_CONNECTIVE = re.compile(r"[가-힣]{0,3}(?:고|며|으며)\s*,?\s")


# "120명에게 일자리를 제공", "650명의 일자리를 만들었다": jobs counted in people stay created
_JOBS_IN_PEOPLE = re.compile(r"\s*(?:에게|분의?\s*(?:[가-힣]+\s+)?일자리|의\s*(?:[가-힣]+\s+)?일자리)")
_TOTAL_BEFORE = re.compile(r"(?:모두|총|합계|합쳐|통틀어)\s*$")
# "이 가운데 청주시민이 210명, 청원군민이 150명이다": a breakdown of the total before
_OF_THESE = re.compile(r"^[^가-힣]{0,3}(?:이\s*가운데|이\s*중|그\s*중|그\s*가운데|이\s*중에서|이\s*가운데서)\s")
_ITEM_BEFORE = re.compile(r"(?:^|[,·]\s*|\s)[가-힣]{1,6}\s*$")


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
        return "participants"
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
    tail = after[best[1] : best[1] + 25]
    if best[2] != "target" and first("future", tail):
        return "target"
    if best[2] != "target" and _CONNECTIVE.match(tail) and first("future", sentence_end):
        return "target"  # "500개를 새로 만들고, … 제공할 계획이다": the plan covers both clauses
    return best[2]


# A plan written in the present tense: the count's clause ends in a non-past declarative ("채용한다",
# "만든다", "참여한다"), and the sentence dates it ahead ("오는 20일", "다음 달", "내년") or announces an
# event ("박람회를 열어", "개최한다", "열린다").
_PLAIN_END = re.compile(r"([가-힣])다(?:고|며|는|\s*[.,]|\s*$|\s+밝혔)")
_AHEAD = re.compile(
    r"오는\s|다음\s*(?:달|주)|내년|이달\s*(?:중|말)|향후|앞으로|연내|올해\s*안|올\s*하반기|연말까지"
    r"|열어|열고|개최해|개최하고|개최한다|열린다|연다"
)


def _planned(after_full: str, sentence: str) -> bool:
    m = _PLAIN_END.search(after_full[:40])
    if not m:
        return False
    syl = m.group(1)
    code = ord(syl) - 0xAC00
    non_past = syl == "는" or (0 <= code < 11172 and code % 28 == 4)  # final ㄴ: 한다, 된다, 만든다
    return non_past and bool(_AHEAD.search(sentence))


_HAS_COUNT = re.compile(r"\d\s*(?:만|천|백)?\s*(?:여\s*)?(?:개|명)")
_NUMBER_BEFORE = re.compile(r"[\d.]\s*$|(?:억|만|천)\s*원\s*$")
_BREAKDOWN_BEFORE = re.compile(r"별로는?\s*(?:[가-힣]+\s*)?$")
_NEXT_ITEM_BEFORE = re.compile(r"[,·]\s*[가-힣]+\s*$")
_BREAKDOWN_AFTER = re.compile(r"[^.]{0,12}별로는?\s")
_CROWD_AFTER = re.compile(r"\s*의\s*(?:인원|관람객|방문객|시민)")
_LICENSED_AFTER_COUNT = re.compile(
    r"(?:를|을|가|이|은|는|보다|로|으로|의|다|에|와|과|이다|씩|대비|중$|중에|가량|정도|이상|창출|일자리|고용|신규|목표|실적|달성|증가|늘"
    r"|였|이었|입니|에\s*달|에\s*이르|를\s*넘|을\s*넘)"
)
_BULLET = re.compile(r"^\s*[▲△■□◆◇●○•·\-–※➊-➓①-⑳]")


_INLINE_BULLET = re.compile(r"[▲△■□◆◇●○•➊-➓①-⑳]")
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


def _inline_item(text: str, s0: int, e0: int, start: int) -> tuple[int, int] | None:
    """(list start, list tail start) when the count at ``start`` is an item of an inline ▲ list (0.3.1).

    "시는 ▲'A 과정' 400명 ▲'B 과정' 250명 등 신규 사업을 추진한다": two or more bullets in the sentence and
    no other count between the nearest bullet and this one. The tail is what follows the last item's count.
    """
    marks = [m.start() for m in _INLINE_BULLET.finditer(text, s0, e0)]
    if len(marks) < 2 or marks[0] >= start:
        return None
    last_mark = max(p for p in marks if p < start)
    if COUNT.search(text, last_mark, start):
        return None
    last = COUNT.search(text, marks[-1], e0)
    if last is None:
        return None
    return marks[0], last.end()


# "이 중 고성군 주민은 612명이다", "그중 410명이 노원구 주민이다": the residents' share of a joint total
_RESIDENTS = re.compile(r"(?:주민|[구시군도]민)(?:이다|입니다|이었|이며|이고|은|는|이|가|의|으로|만)?(?:\s|[,.]|$)")


def _joint_total(doc: Doc, focus: C.Focus, si: int) -> bool:
    """Sentence ``si`` counts for several districts and the next one gives a district's share (0.3.1)."""
    names = {m.full_name for m in focus.in_sentence(si)}
    if len(names) < 2 or si + 1 >= len(C.sents(doc)):
        return False
    a, b = C.sents(doc)[si + 1]
    nxt = doc_text(doc)[a:b]
    return bool(_OF_THESE.match(nxt) and _RESIDENTS.search(nxt) and _HAS_COUNT.search(nxt))


def extract_job_counts(doc: Doc) -> list[JobCountFact]:
    """Job counts of an article.

    :param doc: a Doc processed by ``govnews_districts``
    :returns: one fact per (district, value, kind), in text order
    """
    text = doc_text(doc)
    aid = C.article_id(doc)
    pub = C.published(doc)
    if not COUNT.search(text):
        return []
    focus = C.focus(doc)
    stop_nouns = V.unit_words()
    out: list[JobCountFact] = []
    seen: set[tuple[str, int, str]] = set()
    last_kind: str | None = None
    breakdown = -1  # index of the sentence holding a "도시별로는 …" breakdown
    total: tuple[int, str] | None = None  # (sentence, kind) of a total of several districts
    lead_end = int(doc.user_data.get(C.BODY_START) or 0)
    for si, (s0, e0) in enumerate(C.sents(doc)):
        sentence = text[s0:e0]
        if e0 <= lead_end or not _HAS_COUNT.search(sentence):
            continue  # headline / 부제 lines repeat the body, often in another tense (0.3.0)
        for m in COUNT.finditer(text, s0, e0):
            unit = m.group("unit")
            if unit not in ("개", "명"):
                continue
            value = parse_korean_number(m.group("num"))
            if not value:
                continue
            before = text[max(s0, m.start() - 30) : m.start()]
            if _NUMBER_BEFORE.search(before):
                continue
            after_full = text[m.end() : e0]
            clause = _CLAUSE_END.search(after_full)
            after = after_full[: clause.start() if clause else 60][:60]
            noun_m = _NOUN_AFTER.match(after)
            noun = noun_m.group(1) if noun_m else ""
            if unit == "개":
                if any(noun.startswith(w) for w in stop_nouns):
                    continue
                prev_sent = text[C.sents(doc)[si - 1][0] : s0] if si > 0 else ""
                if not (_JOB_NOUN.search(noun) or _LICENSED_AFTER_COUNT.match(noun) or not noun):
                    continue
                if not (_JOB_NOUN.search(sentence) or _JOB_NOUN.search(prev_sent)):
                    continue
            elif any(noun.startswith(w) for w, why in stop_nouns.items() if why == "visitors"):
                continue
            kind = _kind(before, after, text[max(m.end(), e0 - 14) : e0])
            item = _inline_item(text, s0, e0, m.start())
            if item is not None:
                # every item of an inline ▲ list takes the list's predicate after the last item (0.3.1)
                tail = text[item[1] : e0]
                kind = _kind(before, tail, text[max(item[1], e0 - 14) : e0])
                head = text[s0 : item[0]]
                intro = " ".join(text[a:b] for a, b in C.sents(doc)[max(0, si - 6) : si])
                if _LIST_AHEAD.search(tail) or _LIST_AHEAD.search(head) or (
                    (kind is None or _planned(tail, sentence)) and _LIST_AHEAD.search(intro[-200:])
                ):
                    if kind is not None or not _skipped(before, tail):
                        kind = "target"
            if kind is not None and _joint_total(doc, focus, si):
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
                if total_kind:
                    if unit == "명" and total_kind == "created" and not _JOBS_IN_PEOPLE.match(after):
                        total_kind = "employed"
                    total = (si, total_kind)
                continue
            inherited = False
            if kind is None and total is not None and _ITEM_BEFORE.search(before) and (
                total[0] == si or (total[0] == si - 1 and _OF_THESE.match(sentence))
            ):
                kind = total[1]
                inherited = True
            if kind is None and last_kind and (
                _BREAKDOWN_BEFORE.search(before) or (breakdown == si and _NEXT_ITEM_BEFORE.search(before))
            ):
                kind = last_kind  # "도시별로는 창원 210명, 김해 150명": items of the total before
                breakdown = si
            elif kind and _BREAKDOWN_AFTER.match(re.sub(r"^[^,]{0,30},\s*", "", after_full[:60])):
                last_kind = kind
                continue  # the total split up by district right after: no single district's count
            if kind:
                last_kind = kind
            if kind in ("employed", "created", "participants") and _planned(after_full, sentence):
                kind = "target"  # "오는 20일 박람회를 열어 1,000명을 현장에서 채용한다": a plan (0.3.0)
            if _BULLET.match(sentence):
                intro = " ".join(text[a:b] for a, b in C.sents(doc)[max(0, si - 6) : si] if not _BULLET.match(text[a:b]))
                if _LIST_AHEAD.search(intro[-200:]):
                    kind = "target"  # items of a target list ("분야별 목표를 다음과 같이 … ▲ …")
            if kind is None:
                continue
            if unit == "명" and kind == "created" and not inherited and not _JOBS_IN_PEOPLE.match(after):
                kind = "employed"  # "N명 고용 창출" counts people placed
            if unit == "개" and kind == "participants":
                continue
            if kind == "participants" and (_EVENT.search(sentence) or _CROWD_AFTER.match(after)):
                continue
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
            years = [y for y in C.find_years(text, pub, s0, m.start())]
            year = None
            if years:
                y = years[-1]
                year = y.years[-1] if y.years and y.relative != "every" else None
                if _CUMULATIVE.search(text[y.end : m.start()]):
                    year = None
            key = (at[0], value, kind)
            if key in seen:
                continue
            seen.add(key)
            out.append(JobCountFact(aid, at[0], at[1], year, value, kind, sentence, (m.start(), m.end())))
    return out
