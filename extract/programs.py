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

_QUOTES = {"‘": "’", "“": "”", "'": "'", '"': '"', "<": ">", "「": "」", "『": "』", "《": "》", "〈": "〉", "＜": "＞"}
_OPEN = re.compile("[" + re.escape("".join(_QUOTES)) + "]")
_RUN_AFTER = re.compile(
    r"\s*(?:을|를|이|가|은|는|의|에|와|과|도|로|으로)?\s*"
    r"(?:운영|개최|추진|실시|시행|조성|선언|개소|출범|도입|마련|진행|열|시작|론칭|런칭|개설|설립|신설|구축|펼)"
)
# "‘X’ 참여자 40명": people take part in X, so X is a programme
_PARTICIPANTS_AFTER = re.compile(r"\s*(?:의\s*)?(?:참여자|참가자|수료생|교육생|수강생|입주\s*기업|신청자)")
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
    alts = "|".join(re.escape(s) for s in V.program_suffixes())
    return re.compile(
        rf"(?:{alts})(?=$|[^가-힣A-Za-z0-9]|(?:을|를|은|는|이|가|으로|로|의|에|와|과|도|에서|및|인|이다|이며|이란)(?![가-힣]))"
    )


@cache
def _apposition_regex() -> re.Pattern[str]:
    """A programme word or "공간인" right before a quote: the quote names it ("일자리 카페 ‘청년이룸’")."""
    heads = "|".join(map(re.escape, V.program_suffixes()))
    return re.compile(rf"(?:{heads}|공간|플랫폼|브랜드)(?:인|이라는|라는)?\s*$")


@cache
def _suffix_word_regex() -> re.Pattern[str]:
    return re.compile(r"\s*(?:" + "|".join(map(re.escape, V.program_suffixes())) + ")")


def is_generic(name: str) -> bool:
    """Whether a candidate name is a generic phrase (``program_stoplist.txt``), not a programme."""
    phrases, words = V.program_stoplist()
    squashed = V.squash(name)
    if not squashed or squashed in phrases:
        return True
    if any(v in name for v in V.venue_words()):
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


def _clean(name: str) -> str:
    name = name.strip(" \t’”'\"‘“<>「」『』《》〈〉")
    return " ".join(name.split())


def _candidates(doc: Doc, s0: int, e0: int) -> list[tuple[int, int, str]]:
    text = doc_text(doc)
    out: list[tuple[int, int, str]] = []
    suffix = _suffix_regex()
    # 1. quoted names
    quoted_spans: list[tuple[int, int]] = []
    for m in _OPEN.finditer(text, s0, e0):
        q = m.group()
        close = text.find(_QUOTES[q], m.end(), e0)
        inner_end = close if close != -1 else -1
        if inner_end != -1:
            content = text[m.end() : inner_end]
            if _OPEN.search(content.replace(q, "")) or not (1 < len(content.strip()) <= 40):
                continue
            after = text[inner_end + 1 : inner_end + 30]
            name = _clean(content)
            if _SLOGAN_AFTER.match(after) or _NOT_NAME_AFTER.match(after) or _BAD_CONTENT.search(name):
                continue
            ends_suffix = bool(suffix.search(name + " ")) and suffix.search(name + " ").end() >= len(name)  # type: ignore[union-attr]
            follows_suffix = bool(_suffix_word_regex().match(after))
            named_before = bool(_apposition_regex().search(text[max(s0, m.start() - 12) : m.start()]))
            if ends_suffix or follows_suffix or named_before or _RUN_AFTER.match(after) or (
                _PARTICIPANTS_AFTER.match(after)
            ):
                out.append((m.end(), inner_end, name))
                quoted_spans.append((m.start(), inner_end + 1))
        else:
            # unclosed quote: the programme name runs to the first programme word
            sm = suffix.search(text, m.end(), min(e0, m.end() + 45))
            if sm:
                name = _clean(text[m.end() : sm.end()])
                if not _OPEN.search(name) and not re.search(r"[.,]", name):
                    out.append((m.end(), sm.end(), name))
                    quoted_spans.append((m.start(), sm.end()))
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
        out.append((end - len(name), end, name))
    # 3. definitions: "청년이룸은 … 플랫폼이다", "해고 없는 도시는 … 사업이다"
    dm = _DEFINITION.match(text[s0:e0])
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
    for s0, e0 in C.sents(doc):
        for start, end, name in _candidates(doc, s0, e0):
            if len(V.squash(name)) < 3 or is_generic(name) or name in district_names or _AWARDISH.search(name):
                continue
            if re.search(r"(?:과|팀|국|실|계획|위원회|협의회)$", name) and not _suffix_regex().search(name[-6:] + " "):
                continue  # departments, plans and committees
            targets: list[tuple[str, str | None]]
            joint = focus.districts_before(start)
            if len(joint) > 1 and re.search(r"공동|함께|협력|연합", text[s0:start]):
                targets = joint  # a joint programme is a programme of each district
            else:
                at = focus.district_at(start, prefer_local=False, after_ok=False)
                if at is None:
                    continue
                targets = [at]
            for dname, code in targets:
                found.append(ProgramFact(aid, dname, code, name, text[s0:e0], (start, end)))
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
