"""Stage 2 (extract): named job programmes, centres, events and schemes.

Three rules: quoted names (‘…’ “…” '…' <…> 「…」) that end in a programme word or are run,
held or launched; unquoted noun phrases ending in a programme word (``program_suffixes.txt``);
and definitions ("청년이룸은 … 플랫폼이다"). Generic phrases, plans, departments,
committees and venues are dropped. Must not import scrapy or kb.
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Doc

from extract import context as C
from extract import vocab as V
from extract.facts import ProgramFact
from extract.nlp import doc_text

_QUOTES = {"‘": "’", "“": "”", "'": "'", '"': '"', "<": ">", "「": "」", "『": "』", "《": "》", "〈": "〉", "＜": "＞", "«": "»", "【": "】", "［": "］"}
_OPEN = re.compile("[" + re.escape("".join(_QUOTES)) + "]")
_RUN_AFTER = re.compile(
    r"\s*(?:을|를|이|가|은|는|의|에|와|과|도|로|으로)?\s*"
    r"(?:운영|개최|추진|실시|시행|조성|선언|개소|출범|도입|마련|진행|열|시작|론칭|런칭|개설|설립|신설|구축|펼)"
)
# "‘X’ 참여자 40명": people take part in X, so X is a programme
_PARTICIPANTS_AFTER = re.compile(r"\s*(?:의\s*)?(?:참여자|참가자|수료생|교육생|수강생|입주\s*기업|신청자)")
# "‘X’를 통해", "‘X’로 청년 85명이", "‘X’에는 올해 청년 340명이": X is the means of a count
_MEANS_AFTER = re.compile(
    r"\s*(?:(?:을|를)\s*(?:통해|통한|활용해|꾸려|도입해|마련해)"
    r"|(?:으로|로|에는|에서는|에)\s*(?:[가-힣A-Za-z]+\s+){0,3}(?:약\s*)?\d)"
)
_JOINED_QUOTES = re.compile(r"\s*(?:과|와|,|및|이나|또는|·)\s*")
# contests that a district enters, named in quotes right before "에서 … 상" or "시상식"
_CONTEST_NAME = re.compile(r"(?:경진대회|대회|평가|공모전?|대상|어워드|어워즈)$")
_CONTEST_AFTER = re.compile(r"\s*(?:시상식|[^.]{0,3}에서\s*[^.]{0,30}?(?:상|대상|선정|수상|으뜸|최우수|우수))")
_SLOGAN_AFTER = re.compile(r"\s*(?:이?란|이?라는|라고)\s*(?:캐치프레이즈|슬로건|구호|주제|비전|표어|문구)")
_NOT_NAME_AFTER = re.compile(r"\s*(?:\d+\s*개\s*)?부문|\s*(?:계획|위원회|협의회|조례|수상|평가)")
_BAD_CONTENT = re.compile(r"(?:다|며|고|요|까|니다)[.!?]?$|[,;:]|\d+\s*[개명원]|(?:계획|위원회|협의회|조례|평가|대상|상)$")
_NAME_WORD = re.compile(r"[가-힣A-Za-z0-9·&()\-]+")
_OP_NOUNS = ("운영", "조성", "개최", "추진", "설립", "개소", "실시", "시행", "참여", "참가", "선언", "도입", "신설", "구축")
_OP_OR_LIST = re.compile(r"(?:" + "|".join(_OP_NOUNS) + r"|등|및)")
_DEFINITION = re.compile(
    r"^[\s‘“'\"]*(?P<name>[가-힣A-Za-z0-9·()]+(?:\s[가-힣A-Za-z0-9·()]+){0,4}?)[’”'\"]?(?:은|는)\s"
    r".{4,160}?(?:사업|플랫폼|프로그램|센터|공간|제도|정책|캠페인|프로젝트|서비스|일자리\s*모델)(?:이다|입니다|이며)"
)
_NEXT_WORD = re.compile(r"\s+([가-힣A-Za-z]+)")
_PREV_WORD = re.compile(r"([가-힣A-Za-z0-9·&\-]+)[ \t]+$")
_COPULA = re.compile(r"(?:이다|입니다)")
_NOMINAL_TAGS = ("NN", "NR", "NP", "SL", "SN", "SH", "XSN", "XPN", "XR", "SW", "SO", "SP", "W_")


@cache
def _suffix_regex() -> re.Pattern[str]:
    alts = V.trie_alternation(V.program_suffixes())
    return re.compile(
        rf"(?:{alts})(?=$|[^가-힣A-Za-z0-9]|(?:을|를|은|는|이|가|으로|로|의|에|와|과|도|에서|및|인|이다|이며|이란)(?![가-힣]))"
    )


@cache
def _apposition_regex() -> re.Pattern[str]:
    """A programme word or "공간인" right before a quote: the quote names it ("일자리 카페 ‘청년이룸’")."""
    heads = V.trie_alternation(V.program_suffixes())
    return re.compile(rf"(?:{heads}|공간|플랫폼|브랜드)(?:인|이라는|라는)?\s*$")


@cache
def _suffix_word_regex() -> re.Pattern[str]:
    return re.compile(r"\s*" + V.trie_alternation(V.program_suffixes()))


# "택시·마을버스 운전기사 양성 과정", "바리스타·제과제빵 교육과정": a course described by the trades it
# teaches (a middle-dot list before 양성/교육/훈련 과정), not a named programme (0.3.0; seed 001).
_TRADE_COURSE = re.compile(r"^[^‘’“”'\"]*[가-힣A-Za-z]\s*[·ㆍ・]\s*[가-힣A-Za-z][^·ㆍ・]*\s(?:[가-힣]+\s*)?(?:양성|교육|훈련|직업)\s*과정$")


def is_generic(name: str) -> bool:
    """Whether a candidate name is a generic phrase (``program_stoplist.txt``), not a programme."""
    phrases, words = V.program_stoplist()
    squashed = V.squash(name)
    if not squashed or squashed in phrases:
        return True
    if any(v in name for v in V.venue_words()):
        return True
    if _TRADE_COURSE.search(name):
        return True

    def covered(w: str) -> bool:
        if not w:
            return True
        return any(w.startswith(g) and covered(w[len(g) :]) for g in words)

    return all(covered(V.squash(w)) or w.endswith("별") for w in name.split())


def _word_is_nominal(doc: Doc, start: int, end: int) -> bool:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    for tok in span:
        for m in tok._.morphs:
            tag = str(m.tag)
            if m.start < start or m.start >= end:
                continue
            if not tag.startswith(_NOMINAL_TAGS) or tag in ("NNB",) and m.form in ("등", "중", "때", "것", "수"):
                return False
    return True


_TIME_WORD = re.compile(
    r"(?:지난해|올해|내년|작년|금년|매년|이번|올|당시|현재|\d{2,4}년?|상반기|하반기|소재|관내|인근|일대)(?:에는|에|도|는)?"
)
_AWARDISH = re.compile(r"우수\s*(?:사례|사업)|(?:최우수|우수|장려)상")


def _has_proper_part(doc: Doc, start: int, end: int) -> bool:
    """Whether a span has a proper-noun or foreign-word morpheme, or a "…형" word (구로형)."""
    text = doc_text(doc)
    if re.search(r"[가-힣]형(?:\s|$)", text[start:end]):
        return True
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    generic = V.program_stoplist()[1]
    return any(
        str(m.tag) in ("NNP", "SL") and V.squash(m.form) not in generic
        for tok in span
        for m in tok._.morphs
        if start <= m.start < end
    )


def _has_local_model(name: str) -> bool:
    """A "<place>형 …" word ("구미형 일자리", "수원형 청년 일자리 두드림"): a district's own branded model."""
    from extract.districts import is_place_stem

    return any(is_place_stem(w[:-1]) for w in re.findall(r"[가-힣]{2,5}형(?![가-힣])", name))


def _clean(name: str) -> str:
    name = name.strip(" \t’”'\"‘“<>「」『』《》〈〉«»【】［］")
    return " ".join(name.split())


def _candidates(doc: Doc, s0: int, e0: int) -> list[tuple[int, int, str]]:
    text = doc_text(doc)
    out: list[tuple[int, int, str]] = []
    suffix = _suffix_regex()
    # 1. quoted names
    quoted_spans: list[tuple[int, int]] = []
    closed: list[tuple[int, int, str, bool]] = []  # (open, close, name, accepted)
    pos = s0
    while True:
        m = _OPEN.search(text, pos, e0)
        if m is None:
            break
        q = m.group()
        close = text.find(_QUOTES[q], m.end(), e0)
        pos = m.end()
        inner_end = close
        if inner_end != -1:
            content = text[m.end() : inner_end]
            if _OPEN.search(content.replace(q, "")) or not (1 < len(content.strip()) <= 40):
                continue
            # a closing mark never opens the next quote ("'A'가 … 'B'": the 2nd ' closes A)
            pos = inner_end + 1
            after = text[inner_end + 1 : inner_end + 30]
            name = _clean(content)
            if _SLOGAN_AFTER.match(after) or _NOT_NAME_AFTER.match(after) or _BAD_CONTENT.search(name):
                continue
            if _CONTEST_NAME.search(name) and _CONTEST_AFTER.match(text, inner_end + 1, e0):
                quoted_spans.append((m.start(), inner_end + 1))
                continue  # "‘… 경진대회’에서 국무총리상을": the contest a district entered, not its programme
            sm_end = suffix.search(name + " ")
            ends_suffix = sm_end is not None and sm_end.end() >= len(name)
            follows_suffix = bool(_suffix_word_regex().match(after))
            named_before = bool(_apposition_regex().search(text[max(s0, m.start() - 12) : m.start()]))
            accepted = bool(
                ends_suffix or follows_suffix or named_before or _RUN_AFTER.match(after)
                or _PARTICIPANTS_AFTER.match(after)
                or (_MEANS_AFTER.match(after) and not _CONTEST_NAME.search(name))
                or (_has_local_model(name) and after[:1] not in ("", "\n"))
            )
            closed.append((m.start(), inner_end, name, accepted))
        else:
            # unclosed quote: the programme name runs to the first programme word
            sm = suffix.search(text, m.end(), min(e0, m.end() + 45))
            if sm:
                name = _clean(text[m.end() : sm.end()])
                if not _OPEN.search(name) and not re.search(r"[.,]", name):
                    out.append((m.end(), sm.end(), name))
                    quoted_spans.append((m.start(), sm.end()))
    # "‘수원형 청년 일자리 두드림’과 ‘수원시 일자리센터’를 운영": a quote joined to an accepted one
    for k in range(len(closed) - 2, -1, -1):
        a, b, name, ok = closed[k]
        if (
            not ok and closed[k + 1][3] and _JOINED_QUOTES.fullmatch(text, b + 1, closed[k + 1][0])
            and not name.endswith(_OP_NOUNS)  # "‘창조공간 조성’ 및 ‘… 박람회’ 개최": an activity
        ):
            closed[k] = (a, b, name, True)
    for a, b, name, ok in closed:
        if ok:
            out.append((a + 1, b, name))
            quoted_spans.append((a, b + 1))
    # 2. unquoted noun phrases ending in a programme word
    for sm in suffix.finditer(text, s0, e0):
        if any(a <= sm.start() < b for a, b in quoted_spans):
            continue
        end = sm.end()
        nxt = _NEXT_WORD.match(text, end, end + 12)
        if nxt and not _OP_OR_LIST.match(nxt.group(1)):
            if _word_is_nominal(doc, nxt.start(1), nxt.end(1)):
                continue  # the programme word is not the head: "창출사업 평가", "박람회 형식"
        # walk back over nominal words
        word_start = end
        while word_start > s0 and _NAME_WORD.match(text[word_start - 1]):
            word_start -= 1
        start = word_start
        words = 1
        while words < 6:
            prev = _PREV_WORD.search(text[max(s0, start - 20) : start])
            if not prev:
                break
            ps = start - len(prev.group(0))
            pe = ps + len(prev.group(1))
            if not _word_is_nominal(doc, ps, pe) or prev.group(1) in ("각종", "다양한", "등", "및") or _TIME_WORD.fullmatch(
                prev.group(1)
            ):
                break
            start = ps
            words += 1
        # a word joined by brackets/quotes before the suffix word is not part of it
        name = _clean(text[start:end])
        lead = re.match(r"^[^가-힣A-Za-z0-9]+", name)
        if lead:
            name = name[lead.end() :]
        if "(" in name and ")" not in name:
            name = name.split("(")[-1]
        if _COPULA.match(text, end, end + 4):
            continue  # "… 토털플랫폼이다": a description, not a name
        if name.endswith("사업") and not _has_proper_part(doc, end - len(name), end):
            continue  # "도시재생 사업", "공공·민간 일자리 사업": unquoted 사업 needs a proper name part
        if _CONTEST_NAME.search(name) and _CONTEST_AFTER.match(text, end, e0):
            continue  # "행자부 경진대회에서 장려상을": the contest, not a programme
        out.append((end - len(name), end, name))
    # 3. definitions: "청년이룸은 … 플랫폼이다", "해고 없는 도시는 … 사업이다"
    sentence = text[s0:e0]
    dm = _DEFINITION.match(sentence) if ("이다" in sentence or "입니다" in sentence or "이며" in sentence) else None
    if dm:
        name = _clean(dm.group("name"))
        ns = s0 + dm.start("name")
        words_ok = True
        for w in re.finditer(r"\S+", dm.group("name")):
            span = doc.char_span(ns + w.start(), ns + w.end(), alignment_mode="expand")
            last = [m for tok in span for m in tok._.morphs] if span is not None else []
            if not last or str(last[-1].tag).startswith(("J", "EF", "EC")):
                words_ok = False
        if 1 < len(name) <= 20 and words_ok:
            out.append((s0 + dm.start("name"), s0 + dm.end("name"), name))
    return out


# "대전시는 두 구에 사업비 12억 원을 지원했다", "전북도가 도비를 지원하는 ‘…’": a 광역 paying for
# a 기초's programme runs it too (gold README: joint programmes).
_FUNDS = re.compile(
    r"(?:사업비|도비|시비|예산|재원|운영비|비용|기금)[^.]{0,30}?(?:지원|부담|투입|분담|출연|보탠|댄다|대고|지급)"
)


def _funded_by_province(doc: Doc, focus: C.Focus, found: list[ProgramFact]) -> list[ProgramFact]:
    """Copies, for a 광역 that pays, of the programmes of its 기초 named up to three sentences before."""
    if not found:
        return []
    text = doc_text(doc)
    aid = C.article_id(doc)
    out: list[ProgramFact] = []
    for i, (s0, e0) in enumerate(focus.sents):
        provinces = [
            m for m in focus.in_sentence(i)
            if m.unit.is_province and (m.subject or re.match(r"(?:와|과)\s", text[m.end : m.end + 2]))
        ]
        if not provinces:
            continue
        pay = _FUNDS.search(text, s0, e0)
        if pay is None:
            continue
        p = provinces[0]
        if p.start > pay.start():
            continue
        mine = [f for f in found if f.district.startswith(p.full_name + " ")]
        same = [f for f in mine if focus.sent_index(f.char_span[0]) == i]
        # the programme of this sentence, else the last one named in the three sentences before
        window = [f for f in mine if i - 3 <= focus.sent_index(f.char_span[0]) < i]
        last = max((f.char_span[0] for f in window), default=-1)
        for f in same or [f for f in window if f.char_span[0] == last]:
            out.append(ProgramFact(aid, p.full_name, p.code, f.name, f.evidence, f.char_span))
    return out


_JOINT = re.compile(r"공동|함께|협력|연합")
_JOINT_AFTER = re.compile(r"\s*(?:을|를|은|는|이|가)?\s*(?:[가-힣]+\s+)?(?:공동|함께|협력|연합)")


def extract_programs(doc: Doc) -> list[ProgramFact]:
    """Programme facts of an article.

    :param doc: a Doc processed by ``govnews_districts``
    :returns: one fact per (district, name); a name contained in a longer one is dropped
    """
    text = doc_text(doc)
    aid = C.article_id(doc)
    focus = C.focus(doc)
    found: list[ProgramFact] = []
    district_names = {m.surface for m in C.mentions(doc) if len(m.surface) > 2}
    lead_end = int(doc.user_data.get(C.BODY_START) or 0)
    for s0, e0 in C.sents(doc):
        if e0 <= lead_end:
            continue  # headline / 부제 lines repeat (or paraphrase) the body's names (0.3.0)
        for start, end, name in _candidates(doc, s0, e0):
            if len(V.squash(name)) < 3 or is_generic(name) or name in district_names or _AWARDISH.search(name):
                continue
            if re.search(r"(?:과|팀|국|실|계획|위원회|협의회)$", name) and not _suffix_regex().search(name[-6:] + " "):
                continue  # departments, plans and committees
            targets: list[tuple[str, str | None]]
            joint = focus.districts_before(start)
            # "A와 B가 함께 운영하는 ‘X’", "A와 B는 ‘X’를 공동 운영한다"
            if len(joint) > 1 and (
                _JOINT.search(text, s0, start) or _JOINT_AFTER.match(text, end + 1, min(e0, end + 16))
            ):
                targets = joint  # a joint programme is a programme of each district
            else:
                at = focus.district_at(start, prefer_local=False, after_ok=False)
                if at is None:
                    continue
                targets = [at]
            for dname, code in targets:
                found.append(ProgramFact(aid, dname, code, name, text[s0:e0], (start, end)))
    found.extend(_funded_by_province(doc, focus, found))
    # dedupe: same district, one name containing the other → keep the longer
    out: list[ProgramFact] = []
    for f in sorted(found, key=lambda f: -len(f.name)):
        key = V.squash(re.sub(r"\([^)]*\)", "", f.name))
        dup = False
        for i, g in enumerate(out):
            if g.district != f.district:
                continue
            gk = V.squash(re.sub(r"\([^)]*\)", "", g.name))
            if key in gk:
                dup = True
                break
            if gk in key:
                out[i] = f
                dup = True
                break
        if not dup:
            out.append(f)
    order = {id(f): i for i, f in enumerate(found)}
    return sorted(dict.fromkeys(out), key=lambda f: order[id(f)])
