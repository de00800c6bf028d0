"""Stage 2 (extract), layer 5 (rules): award records, one per (district, year, award, grade).

Handles single statements, ranked lists ("최우수구에 A, 우수구에 B, C"), lists before the grade
("A가 최우수구로, B, C가 우수구로"), multi-year histories and "2016년과 2017년 … 특별상과 우수상"
(respectively). The rules' records (:func:`rule_awards`) are checked by the model ``award_record``
(:func:`extract_awards`, from 0.37.0), which reads the Doc's Kiwi morphemes when there is one. Reads
only the :class:`extract.context.Article`; must not import another rule module, the components or the
pipeline, nor scrapy or kb.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from dataclasses import replace
from functools import cache, lru_cache
from typing import Any

from extract import context as C
from extract import vocab as V
from extract.facts import AwardFact
from extract.gazetteer import Gazetteer
from extract.learn import ModelSpec, model_or_none
from extract.text import OTHER_AGENT, Frame, YearMention, event_after, find_years, runs_evaluation
from extract.tokenizer import doc_morph_index, get_kiwi

_AWARD_VERB = re.compile(
    r"수상|선정|받았|받아|받은|받는|받게|차지|영예|뽑혀|뽑혔|꼽혀|꼽혔|거머쥐|이름을\s*올|시상|수여|등극"
    r"|쾌거|기쁨을\s*누|확정(?:됐|되었|돼)"  # 0.3.0 sibling phrasings
    r"|돌아갔|돌아가|안았|품었|올랐"
    r"|뽑힌|선정된"  # "우수 시군으로 뽑힌 상주시는": the winner named after the grade it was chosen for
    r"|뽑히는|꼽히는"  # "2011년과 2012년 우수기관에 뽑히는 등" (0.13.0)
    r"|뽑히기도|꼽히기도"  # "… 평가에서 최우수군으로 뽑히기도 했다" (0.42.0)
    # "2011년과 2012년에 이은 3년 연속 우수구다": a streak stated with a copula (0.13.0)
    r"|연속\s*(?:최우수|우수)\s*(?:구|시|군|기관|자치구|지자체|자치단체)(?:이다|다|였다|이었다)"
    r"|(?:자치구|구|기관|단체|시|군)(?:가|이)\s*(?:됐|되었|돼)"  # "광진·성동구는 노력 자치구가 됐다"
    r"|뽑았|뽑아|꼽았|골랐"  # the evaluator as subject: "최우수에 A, 우수에 B를 뽑았다"
    r"|(?:표창|상패|상장)을\s*(?:줬|주었|건넸|전달)"  # "영암군수에게 '… 최우수기관' 표창을 줬다"
)
_CATEGORY = re.compile(r"([가-힣A-Za-z0-9]+)[’”'\"]?\s*부문(?!별)")  # "‘지역 일자리 목표 공시제’ 부문에서"
_AWARD_HEAD = re.compile(r"(?:평가|대상|대회|경진대회|공시제|시상식?|어워드|어워즈|정책|인증|상)$")
_COUNT_AFTER = re.compile(
    r"[’”'\"]?\s*(?:\d+\s*(?:회|번|차례|개사|개\s*기업|개\s*업체|명|팀|건)"
    # "최우수상 1곳(200만원), 우수상 2곳(150만원)": how many of each class will be given
    r"|\s*\d+\s*곳\s*(?:\([^()]{0,20}원\)|씩)"
    # "최우수상 5곳, 우수상 12곳 등 모두 17개 지자체", "장관상 14개(대상 4·최우수상 4·우수상 5)": how many of each
    # class were given (0.12.0)
    r"|\s*\d+\s*곳\s*(?:,|등|과|와|및|이|을)|\s+\d+\s*[·ㆍ)]"
    # "9개 기업(대상 1, 우수상 7, 특별상 1)": how many of each class (0.17.0); "56곳(종합대상 1, 부문별 대상 2, …)":
    # the next class in two words (0.23.0)
    r"|\s+\d+\s*,\s*[가-힣]{1,6}(?:\s+[가-힣]{1,6})?\s+\d"
    # "대상 1점, 최우수상 2점, 우수상 5점 등 8개 사업을 고른다", "▲최우수상(30만원) ▲우수상(20만원)": the prizes a
    # contest will give, not a record (0.13.0)
    r"|\s*\d+\s*(?:점|작품|편)(?![가-힣])|\s*\(\s*[\d,.]+\s*만\s*원\s*\)|\s*\(\s*\d+\s*(?:점|곳|명|팀|개)\s*\)"
    # "대상 350만원, 최우수상 150만원": the prize money of a class, not a record
    r"|(?:에\s*)?(?:각\s*)?[\d,.]+\s*(?:(?:억|천|백|만)\s*[\d,.]*\s*)+원"
    # "2014년 종합대상을 비롯해 최우수상 등 모두 7차례": a tally of the prizes, not a record
    r"|\s*등\s*(?:모두|총)?\s*\d+\s*(?:회|번|차례)"
    # "최우수상만 11개를 받았다", "우수상 3건": a tally of prizes, not one record
    r"|\s*(?:만|도|은|는)?\s*\d+\s*(?:개|건)(?:를|을|나|가|이)?\s)"
)
# a group label inside a winners' list: "광역에서 …, 기초단체로는 …", "A그룹 부천시, B그룹 안성시"
_GROUP_WORD = (
    r"(?:(?:광역|기초)(?:자치)?(?:단체)?|[A-Za-z가-힣]\s*그룹)"
    r"(?:에서는|에선|에서|으로는|로는|으로|로|은|는)?"
)
_LIST_LEAD = re.compile(
    # "우수상(장관상)은 광역단체로 부산광역시, …": the conferrer in brackets, then a group label
    r"[’”'\"」』]?\s*(?:\([^()]{1,20}\)\s*)?"
    # "대상인 대통령 표창의 영예는 …", "우수상인 행안부 장관상 수상 기관으로는 …": the conferrer's prize the grade is
    r"(?:인\s*[가-힣]{1,10}(?:\s*[가-힣]{1,10})?\s*(?:표창|상)(?:의\s*(?:영예|영광))?\s*)?(?:수상\s*)?"
    r"(?:지자체|기관|자치단체|기초자치단체|광역자치단체|지방자치단체|자치구|도시|시·군·구|시·군|시군|구·군|구군|시·도|시도)?\s*"
    rf"(?:에는|에|으로는|로는|으로|로|은|는|의)\s*[‘“'\"]?\s*(?:{_GROUP_WORD}\s+)?"
)
_BULLET_BEFORE = re.compile(r"[△▲■□○●•◆◇-]\s*$")
_ADVERB_WORD = re.compile(r"(?:게|히|중|서|고|며|여|어|아|부터)$")
_NAME_END = re.compile(r"[’”」』>]|'(?=\s|에)|\"(?=\s|에)|(?<=[가-힣])에서(?:는|도)?(?![가-힣])")
#: a closing quote, its particle and a space: the quoted words were a clause's subject or object
_QUOTE_AND_PARTICLE = re.compile(r"[’”'\"」』]\s?(?:이|가|은|는|을|를|과|와|으로|로)\s")
# "'2019년 지역·산업 맞춤형 일자리사업' 평가에서": the evaluation word after the quoted name belongs to it
_EVALUATION_AFTER_QUOTE = re.compile(r"\s*(평가|심사)(?=에서|\s*결과|$)")
_PARTICLE_WORD = re.compile(r"[가-힣](?:은|는|가|을|를|에서|에|의|로|으로|와|과|도)$")
_FORWARD = re.compile(r"(?:에는|에|으로는|로는)\s*[‘“'\"]?\s*$")


# institutions and people that receive prizes next to a district (수행기관, 복지관, a named person)
_BODY_HEADS = "(?:" + "|".join(V.institution_patterns("award")) + ")"  # data/institutions.tsv
_OPEN_QUOTES = "‘“'\"「『<`"
_CLOSE_QUOTES = "’”'\"」』>`"
_GENERIC_CLASS = re.compile(
    r"\s*(?:기관|자치단체|지자체|지방자치단체|기초자치단체|단체|시·군|시군|자치구|사례)\s*(?:을|를)\s*"
    r"(?:[가-힣]+\s+)?(?:뽑|선정|고르|골라|골랐|발굴|시상|포상)"
)
# "우수 지자체와 수행기관을 골라 시상한다", "우수 기관과 기업에 상을 준다": two classes the evaluation rewards
_GENERIC_CLASSES = re.compile(
    r"\s*(?:기관|자치단체|지자체|지방자치단체|시·군|시군|자치구)\s*(?:과|와|및)\s*[가-힣]{1,8}"
    r"(?:(?:을|를)\s*(?:[가-힣]+\s+)?(?:뽑|선정|고르|골라|골랐|발굴|시상|포상)|에(?:게)?\s*(?:[가-힣]+\s+)?상을\s*(?:준|주))"
)
# "(도는) 우수기관과 우수사업장을 골랐다", "최우수 기관을 선정해": the grade is the object of the evaluator's
# selecting verb (the winners, if any, are named elsewhere)
_SELECTED_CLASS = re.compile(
    r"\s*(?:(?:과|와|및|,)\s*[가-힣]{1,12}\s*)?(?:을|를)\s*(?:[가-힣]+\s+)?"
    r"(?:뽑았|뽑아|뽑는|골랐|골라|고르|선정했|선정해|선정하|선발)"
)
_GROUP_LABEL = re.compile(r"\d+\s*(?:곳|개\s*(?:기관|자치구|구|시|군|지자체))\s*(?:의|인|중)\s*$")


@cache
def _forms() -> dict[str, V.GradeForm]:
    return {g.surface: g for g in V.grade_forms()}


@cache
def _grade_alternation() -> str:
    """Every grade surface form of data/grades.tsv as one regex alternation."""
    return V.trie_alternation([g.surface for g in V.grade_forms()])


@cache
def _grade_regex() -> re.Pattern[str]:
    return re.compile(rf"(?<![가-힣])(?:{_grade_alternation()})")


@cache
def _next_field_grade() -> re.Pattern[str]:
    """"일자리창출 분야 '대상'과 투자유치 분야 '우수상'": the next field's grade after a 대상 (0.29.0)."""
    # "단체부문 대상과 개인부문 대상·우수상을": the field glued to its word (0.32.0)
    return re.compile(rf"\s*(?:과|와|및)\s*(?:[가-힣·ㆍ]+\s+){{0,3}}?[가-힣·ㆍ]*(?:분야|부문)\s*[‘'\"“]?(?:{_grade_alternation()})")


@cache
def _filed_from() -> re.Pattern[str]:
    """"○○=연합뉴스": a dateline's place, unless a grade or a rank follows the "=" ("금천구=최우수상", a winners' table)."""
    return re.compile(rf"[ \t]*=(?![ \t]*(?:{_grade_alternation()}|우승|준우승|[1-3]위))")


#: "센터 두 곳이", "수행기관 3곳은": bodies counted as the subject right before a grade
_COUNTED_BODIES_BEFORE = re.compile(
    r"(?:센터|기관|기업|업체|단체|클럽|시설|사업단|법인)\s*(?:\d{1,3}|한|두|세|네|다섯|여섯)\s*(?:곳|개소|개)\s*(?:이|가|은|는|도)\s+$"
)
#: "2018년부터 3년간", "… 3년 동안": a run of years counted from its start
_RUN_OF_YEARS = re.compile(r"부터\s*\S+\s*(?:년|해)\s*(?:간|동안)$")
#: "우수기관인 칠곡군": the grade's class noun and the copula before the district it describes
_APPOSITIVE_AFTER = re.compile(r"\s*(?:(?:기관|지자체|자치단체|지방자치단체|시·군|시군|자치구)\s*)?인\s+")
#: an explicit year before the grade in its sentence ("2012년 일자리창출 우수기관인 …")
_DATED_BEFORE = re.compile(r"(?:19|20)\d{2}\s*년(?:도)?\s+[^.]{0,30}$")
_BARE_OK_AFTER = re.compile(
    r"(?:\s*$|[,.)’”'\"·]|(?:으로|로|에|을|를|의|과|와|도)\s*(?:각각\s*|각기\s*|공동\s*|함께\s*)?"
    r"(?:선정|수상|받|차지|뽑|꼽|평가|등급|기관|자치구|수여|영예|거머쥐|안|올랐|올라|이름을\s*올)"
    # "'최우수' 운영 기관에 이름을 올렸다": the class noun after the word of what it runs (0.32.0)
    r"|\s*(?:운영\s*(?=기관))?(?:자치구|기관|지자체|지방자치단체|광역자치단체|기초자치단체|자치단체|단체|시·군|시군|시·도|시도|구·군|도시|등급"
    r"|표창|상을|상\b|을\s*수상|를\s*수상|수상)"
    # "최우수 구로 뽑혔다", "우수 시에 선정": a spaced class noun
    # "‘최우수 군’으로 확정됐다": the spaced class noun in quotes, and a result confirmed
    r"|\s(?:구|시|군)[’”'\"]?(?:로|으로|에)\s*(?:선정|뽑|꼽|이름|올|확정))"
    # "일자리 분야 최우수와 지역경제 분야 우수", "… 일자리 분야 장려다": items of a list of prizes
    r"|(?:과|와)\s|이?다(?![가-힣])"
)
#: who may apply, right after 대상 ("대상은 만 18세 이상 …", "대상자는 군에 주소를 둔 …"): the target group
_ELIGIBLE_AFTER = re.compile(r"자?(?:은|는)\s*[^.]{0,30}?(?:\d+\s*세|주소를|거주하는|거주자|이상\s*\d+\s*세)")
_DAESANG_OK_AFTER = re.compile(
    r"(?:을|를|은|는|의)?\s*(?:수상|받|차지|수여|영예|거머쥐|안)|(?:에|으로|로)\s*(?:선정|뽑|꼽)|\s+수상"
    # "구로구가 대상을, 금천구와 …": one clause of a list of winners
    r"|(?:을|를)\s*,"
    # "각각 대상, 최우수상, 우수상을": a list of grades
    r"|\s*(?:,|과|와|및|·)\s*(?:최우수|우수|장려|특별|금상|은상)"
    # "대상인 대통령상을 받았다": the 상격, then the conferrer's name (gold README)
    r"|인\s*[가-힣]{0,8}상(?:을|를|의|이|은)?\s*(?:수상|받|차지|수여|영예|거머쥐|안)"
    # "공익활동 부문 대상(장관표창)을 받았고": the conferrer's prize in brackets after the 상격 (0.14.0)
    r"|\([^()]{0,15}(?:상|표창)\)\s*(?:을|를|은|는|의|으로|로|에)?\s*(?:수상|받|차지|수여|영예|거머쥐|안|선정|뽑|꼽)"
)
# A grade word inside an award name ("일자리 우수기관 평가", "일자리 대상") is no grade.
_PART_OF_NAME_AFTER = re.compile(
    r"\s*(?:[·ㆍ](?:군|구)\s*)?(?:(?:시·군·구|시·군|시군|구·군|자치구|기관|지자체|자치단체|사례)\s*)?(?:평가|시상|경진|공모|심사|선정\s*평가|인증)"
)
_PART_OF_NAME_BEFORE = re.compile(r"일자리\s*$")
# "최우수구에 1억 원", "우수 시에 각 2억 원": a class of winners being paid, not a record.
_CLASS_AFTER = re.compile(
    r"\s*(?:시|구|군|기관|시·군|시군|자치구|자치단체|지자체)?\s*(?:에게|에는|에)\s*(?:각\s*)?"
    # "최우수 자치단체에 상패와 시상금 350만원을", "우수 시군에는 기관표창과 인센티브를"
    r"(?:(?:상패|상장|기관\s*표창|표창|인증패|현판|트로피)\s*(?:과|와|및|,)?\s*)?"
    r"(?:[\d,.]+\s*(?:억|천|만)|시상금|상금|인센티브|특별조정교부금|교부금|사업비|포상금|재정)"
)
# A 광역 that runs the evaluation is its organiser, not a winner.
_ORGANISES_AFTER = re.compile(
    r"(?:가|이|는|은|의|에서)?\s*(?:[^\s.]+\s+){0,4}?(?:실시|주관|주최|평가|개최|시행|선정|발표)(?:한|하는|하여|해|했|결과)"
)


# "전라북도 '일자리정책 우수 시·군 평가' 최우수상", "충청남도 '여성일자리 … 운영평가 최우수기관'으로": a 광역
# right before the quoted name of an evaluation runs it (RULES 0.2.0: it counts as a district, as the organiser)
_QUOTED_EVALUATION_AFTER = re.compile(r"\s*[‘'\"“「『][^’'\"”」』\n]{0,60}?평가")


# "군은 경상북도로부터 … 우수상을 받았고": the 광역 that confers the prizes (0.29.0)
_CONFERS_AFTER = re.compile(r"(?:으로부터|로부터)\s")


def _organises(after: str) -> bool:
    if runs_evaluation(after, 0) or _QUOTED_EVALUATION_AFTER.match(after) or _CONFERS_AFTER.match(after):
        return True
    m = _ORGANISES_AFTER.match(after)
    return m is not None and not OTHER_AGENT.search(after[: m.end()])


_ORG_BODY = (
    r"|[가-힣A-Za-z]{2,16}(?:학회|협회|연합회|협의회|재단|진흥원|연구원|공단|신문사|신문|일보|방송)"
    r"(?=(?:이|가|의)?\s*(?:공동\s*)?(?:주최|주관))"
)


@cache
def _org_regex(gaz: Gazetteer) -> re.Pattern[str]:
    names = set(V.organizers())
    for u in gaz.units:
        if u.is_province:
            names.add(u.name)
            names.update(a for a in u.aliases if len(a) > 2)
    # named bodies outside the list ("한국지방자치단체학회 주최", "○○일보 주관"), 0.3.0
    alts = V.trie_alternation(sorted(names)) + _ORG_BODY
    return re.compile(
        rf"(?<![가-힣])((?:{alts})(?:\s*[·ㆍ,와과및]\s*(?:{alts}))*)"
        r"(?:\s*(?:공동\s*)?(?:가|이|는|은|와|과|의)?\s*"
        r"(?:[^\s.’”]+\s+){0,5}?(?:공동\s*)?"
        r"(?:주관|주최|실시|개최|시행|평가|진행|선정)(?:한|하는|해|했|하여|하고|으로|로|한다)?(?![가-힣])"
        # "고용노동부 ‘2022년 지역일자리 목표 공시제’에서", "행정안전부의 ‘…평가’": the body named
        # right before the quoted award runs it
        r"|(?:의)?\s*(?=[‘“'\"「『<])"
        # "부산시의 일자리창출사업 종합평가에서": the body whose evaluation is named
        r"|의\s+(?=(?:[^\s.’”]+\s+){0,4}?[^\s.’”]*평가(?:에서|결과)))"
    )


def _organizer(gaz: Gazetteer, text: str, pub: dt.date | None = None) -> tuple[str, int, int] | None:
    org_re = _org_regex(gaz)
    found = None
    for m in org_re.finditer(text):
        # "강원도는 고용노동부가 주관한": the organisation nearest the verb organises
        # ("고용노동부·행정안전부 공동 주관" is one joint organiser: only bodies after the list count)
        inner = [x for x in org_re.finditer(text, m.start(1) + 1, m.end()) if x.start(1) >= m.end(1)]
        last = inner[-1] if inner else m
        found = (_normalise_org(gaz, last.group(1), pub), last.start(), last.end())
    return found


def _normalise_org(gaz: Gazetteer, names: str, pub: dt.date | None = None) -> str:
    parts = [p for p in re.split(r"\s*[·ㆍ,와과및]\s*", names) if p]
    out = []
    for p in parts:
        provinces = gaz.provinces_named(p)
        if not provinces:
            out.append(p)
            continue
        # the 광역 as named at the publication date ("강원도" in 2022, "전라북도" before 2024-01-18)
        at = [r for u in provinces if (r := gaz.at(u, pub)) is not None] if pub else []
        out.append(at[0].name if at else provinces[-1].name)
    return "·".join(out)


def _grades_in(
    text: str, s0: int, e0: int, has_verb: bool, mention_starts: set[int],
    matches: list[re.Match[str]] | None = None,
) -> list[tuple[int, int, str]]:
    """(start, end, grade) of grade words in ``text[s0:e0]`` that read as awards.

    :param matches: ``_grade_regex().finditer(text, s0, e0)`` as a list, when the caller has it
    """
    forms = _forms()
    out = []
    if matches is None:
        matches = list(_grade_regex().finditer(text, s0, e0))
    # "최우수 파주시·우수 의왕시·장려 양주시", "(최우수 청주시, 우수 제천시)": bare grade words, each right
    # before its winners, in a list of two or more such pairs (or opening a bracket)
    heads = [
        m for m in matches
        if forms[m.group()].needs_context and (ws := re.match(r"\s+", text[m.end() : e0])) is not None
        and m.end() + ws.end() in mention_starts
    ]
    pair_heads = {m.start() for m in heads} if len(heads) >= 2 else {
        m.start() for m in heads if text[max(s0, m.start() - 1) : m.start()] == "("
    }
    # "올해는 대상·최우수상·우수상·특별공로상 4개 부문에서 9개 기관을 뽑았다": the prize's classes, no record (0.28.0)
    classes = [(c.start(), c.end()) for c in _CLASS_LIST.finditer(text, s0, e0)]
    for m in matches:
        form = forms[m.group()]
        if any(a <= m.start() < b for a, b in classes):
            continue
        if form.surface == "모범" and not _YEAR_JUST_BEFORE.search(text, max(s0, m.start() - 12), m.start()):
            continue  # "판로 확대의 모범으로 꼽혔다": the everyday word; "2011년 모범" in a history is a grade
        if _LETTER_GLOSS_AFTER.match(text, m.end(), e0):
            continue  # "최우수 등급인 '가'등급을 받아": the gloss of the letter grade after it, which is the record
        if _LETTER_GLOSS_BEFORE.search(text, max(s0, m.start() - 16), m.start()):
            continue  # "S등급(매우 우수)을 받았다": the gloss of a letter grade, which is the record
        if m.start() in pair_heads and has_verb:
            out.append((m.start(), m.end(), form.grade))
            continue
        if has_verb and text[m.end() : m.end() + 1] == ")" and re.search(
            r"(?:[가-힣]상|(?<!\d)\d{1,2}\s*위)\s*\($", text[max(s0, m.start() - 12) : m.start()]
        ):
            # "226개 기초지방자치단체 가운데 1위(대상)에 올라": the 상격 of a rank
            out.append((m.start(), m.end(), form.grade))  # "공시제 부문 국무총리상(대상)과 … 장관상(우수상)을": the 상격
            continue
        after = text[m.end() : min(e0, m.end() + 12)]
        rank = re.match(r"\(\s*\d{1,2}\s*위\s*\)", after)
        if rank:
            after = text[m.end() + rank.end() : min(e0, m.end() + rank.end() + 12)]  # "'최우수(1위)'를 차지해"
        quoted = after[:1] in _CLOSE_QUOTES and (
            text[max(s0, m.start() - 1) : m.start()] in _OPEN_QUOTES
            or _QUOTED_CATEGORY_BEFORE.search(text, max(s0, m.start() - 16), m.start()) is not None
        )  # "‘대상’을", "‘광역부문 대상’을" (0.13.0)
        if quoted:
            after = after[1:]  # "최고 등급인 ‘대상’을 받았다", "‘우수상’의 여수시": a quoted grade word
        if form.needs_context and (_GENERIC_CLASS.match(after) or _GENERIC_CLASSES.match(text, m.end(), min(e0, m.end() + 40))):
            continue  # "우수 기관을 뽑아 시상하는 제도다": what the evaluation does, no record
        if _SELECTED_CLASS.match(after if len(after) > 11 else text[m.end() : m.end() + 40]):
            continue  # "우수기관과 우수사업장을 골랐다": the classes an evaluator selects, not a winner's grade
        if form.grade == "대상" and _ELIGIBLE_AFTER.match(text, m.end(), e0):
            continue  # "대상은 만 18세 이상 39세 이하 청년으로": who may apply, no prize (0.17.0)
        if form.grade == "대상" and _SCHEME_BEFORE.search(text, max(s0, m.start() - 6), m.start()):
            continue  # "'… 특화사업장 구축사업' 대상으로 3개 지자체를 선정": the scheme's targets, not a prize
        if _in_quoted_name(text, m.start(), m.end()):
            continue  # "'2024년 사회적기업 육성 우수 자치단체' 평가에서": the grade word is part of the name
        if _STREAK_TOPIC.search(text, max(s0, m.start() - 12), m.start()) and re.match(r"상?(?:은|는)\s", text[m.end():m.end() + 4]):
            continue  # "3년 연속 최우수상은 군 단위에서 처음이며": a remark on a streak, no record
        if _GROUP.match(text, m.start()):
            continue  # "우수 자치구 20곳을 선정해": a counted group, whose members are listed later
        if _GROUP_LABEL.search(text[max(s0, m.start() - 12) : m.start()]):
            continue  # "6곳의 우수기관에 들어 장려상을": the label of the winners' group, not a grade
        if _COUNT_AFTER.match(after):
            continue  # "최우수상 3회" is a tally, not a record
        if form.surface.endswith(("시", "구", "군")) and re.match(r"[가-힣]", after) and not re.match(
            r"(?:로|으로|에|의|와|과|도|는|은|가|이|를|을|상|다|였|이었|이며|이고)", after
        ):
            continue  # "△우수시책 발굴": 우수시 inside a word, not the grade 우수시
        if _STANDING_AFTER.match(text, m.end(), e0):
            continue  # "일자리 정책 우수기관으로 자리를 굳히고": a standing, not a prize
        if _COUNTED_BODIES_BEFORE.search(text, max(s0, m.start() - 16), m.start()):
            continue  # "대전 지역 센터 두 곳이 우수기관으로 뽑혔다": the bodies' grade, not the district's (0.40.0)
        lead_at = m.end() + (rank.end() if rank else 0) + quoted
        lead = _LIST_LEAD.match(text[lead_at : min(e0, lead_at + 40)])
        if _BULLET_BEFORE.search(text[max(s0, m.start() - 2) : m.start()]):
            lead = re.match(r"\s*", after)
        if lead and lead_at + lead.end() in mention_starts and (has_verb or not form.needs_context):
            out.append((m.start(), m.end(), form.grade))  # "대상은 화성시, 최우수상은 …"
            continue
        if has_verb and _FORWARD_LEAD.match(after) and any(m.end() < st < m.end() + 120 for st in mention_starts):
            out.append((m.start(), m.end(), form.grade))  # "부문 대상에는 ‘…’를 갖춘 경기도가, …"
            continue
        if _PART_OF_NAME_AFTER.match(after) or (
            form.grade == "대상" and _PART_OF_NAME_BEFORE.search(text[max(s0, m.start() - 8) : m.start()])
        ):
            continue
        # "2012년 일자리창출 우수기관인 칠곡군을 비롯한 …": a dated grade in apposition to the district after it needs no
        # award verb (0.40.0)
        ap = _APPOSITIVE_AFTER.match(text, m.end(), e0)
        appositive = ap is not None and ap.end() in mention_starts and _DATED_BEFORE.search(text, s0, m.start()) is not None
        if form.needs_context:
            ok: object = _DAESANG_OK_AFTER.match(after) if form.grade == "대상" else _BARE_OK_AFTER.match(after)
            # "2018년 대상(인센티브 …)에 이은", "'21~'22년 대상에 이어", "2012년 최우수, 2013년 최우수에 이어",
            # "2022년 기초부문 대상에 이어": an item of an award history
            history_item = bool(
                _YEAR_ITEM_BEFORE.search(text, max(s0, m.start() - 40), m.start()) and _HISTORY_ITEM_AFTER.match(text, m.end(), e0)
            )
            if not ok and history_item:
                ok = True
            if not ok and form.grade == "대상" and _next_field_grade().match(text, m.end() + quoted, e0):
                ok = True  # "일자리창출 분야 '대상'과 투자유치 분야 '우수상'": the next field's grade (0.29.0)
            if not ok and form.grade == "대상" and re.match(r"\s*,", after):
                # "김천시가 대상, 영천시와 칠곡군이 최우수상", "일자리 분야 대상, 지역경제 분야 최우수상":
                # the first item of a list of prizes
                ok = _grade_regex().search(text, m.end(), min(e0, m.end() + 40))
            if not ok or not (has_verb or appositive or (history_item and len(_YEAR_GRADE_ITEM.findall(text, s0, e0)) >= 2)):
                # "2011년 우수, 2012년 최우수, 2013년 우수에 이어 … 좋은 성적을 거뒀다": a history of two or
                # more dated grades needs no award verb
                continue
            if form.grade != "대상" and after[:1] and "가" <= after[0] <= "힣" and not re.match(
                r"(?:으로|로|에|을|를|의|과|와|도|이?다(?![가-힣]))", after
            ):
                continue
        elif not form.surface.endswith("상") and not has_verb and not appositive and not _FORWARD.match(after[:3] + "$"):
            continue
        out.append((m.start(), m.end(), form.grade))
    # "가장 높은 'S(에스)'등급을 받아", "'A'등급을 받았다": a letter grade stays literal (gold README)
    letters = [(lm.start(), lm.end(), next(g for g in lm.groups() if g)) for lm in _LETTER_GRADE.finditer(text, s0, e0)]
    return sorted(out + letters) if letters else out


# a quoted name holding a grade word after two or more words of its own ("'사회적기업 육성 우수 자치단체'")
_QUOTED_NAME_BEFORE = re.compile(r"(?<![가-힣A-Za-z0-9])[‘'\"“「『]([^‘’'\"“”」』\n]{0,40})$")
_QUOTED_NAME_AFTER = re.compile(r"[^‘’'\"“”「」『』\n]{0,16}(?<=[가-힣A-Za-z0-9])[’'\"”」』]")
_RECEIVED_AFTER_QUOTE = re.compile(
    r"\s*(?:표창|상|인증)?\s*(?:을|를|으로|로|에)?\s*(?:받|수상|선정됐|선정되|선정돼|뽑혔|뽑혀|꼽혔|올랐|이름|차지)"
    r"|\s*(?:표창|상패|상장)을\s*(?:줬|주었|건넸|전달)"  # the evaluator gives the quoted title
)
_SCHEME_BEFORE = re.compile(r"(?:사업|지원|공모)[’'\"”」』]?\s*$")
_YEAR_IN_CATEGORY = re.compile(
    r"\s*(?:년도?)?\s*(?:실적\s*)?[가-힣A-Za-z0-9·\s]{2,30}?\s*(?:부문|분야)\s*"
    # "'2015 … 일자리 대상' 시상식에서 남구는 지난해 지역일자리 목표 공시제 평가 우수기관으로": the 공시제
    # year evaluated, inside the ceremony the prize takes its year from
    r"|\s*(?:년도?)?\s*(?:[가-힣A-Za-z0-9·]+\s+){0,3}?[가-힣A-Za-z0-9·]*공시제\s*(?:추진\s*)?(?:실적\s*)?평가\s*"
)
_ANAPHOR = re.compile(r"(?<![가-힣])(?:도|시|군|구)(?:는|가)\s")
_SOURCE_AFTER = re.compile(r"\s*(?:에\s*따르면|에\s*의하면)")
_CLASS_SUBJECT = re.compile(r"\s*(?:자치단체|지자체|지방자치단체|기관|시·군|자치구)(?:은|는)\s")
_GENERIC_RECEIVER = re.compile(
    r"(?:자치단체|지자체|기관|시·군|곳)(?:에|에게)\s*(?:돌아갔|돌아가|주어|수여|주었|줬)"
)
_STREAK_TOPIC = re.compile(r"(?:\d{1,2}|두|세|네|다섯)\s*년\s*(?:연속|내리)\s*$")
_PERSON_OR_BODY_AFTER = re.compile(
    r"[’'\"”]?\s*(?:상\s*)?(?:[가-힣]{2,4}\s*씨(?![가-힣])"
    rf"|(?:은|는|에는|에)\s*[가-힣A-Za-z]*{_BODY_HEADS}(?:을|를|이|가|은|는|,|\s)"
    # "△대상(부산시장상)은 한 백화점 …, △최우수상(…)은 식품업체 두 곳": companies and unnamed bodies
    r"|(?:\([^()]{0,20}\))?\s*(?:은|는|에는)\s*(?:한\s+[가-힣]{2,}|[가-힣]*(?:업체|기업|회사)\s))"
)


def _in_quoted_name(text: str, gs: int, ge: int) -> bool:
    """Whether a grade word sits inside a quoted name after two or more words of that name."""
    before = _QUOTED_NAME_BEFORE.search(text, max(0, gs - 41), gs)
    after = _QUOTED_NAME_AFTER.match(text, ge)
    if before is None or after is None:
        return False
    if any(_PARTICLE_WORD.search(w) for w in before.group(1).split()):
        return False  # "\"광주시는 … 평가에서 일자리 목표공시제 우수단체로 선정됐다\"며": a quoted remark, not a name
    words = [w for w in before.group(1).split() if re.fullmatch(r"[가-힣·]{2,}", w)]
    # "'사회적기업 육성 최우수 기관' 표창을 받았다": the quoted title a winner receives is its grade
    return len(words) >= 2 and not _RECEIVED_AFTER_QUOTE.match(text, after.end())


def _chain_after(
    text: str, pos: int, ments: list[C.Mention], bullet: bool = False, bare: bool = False
) -> list[C.Mention]:
    """Districts listed right after ``pos`` ("최우수구에 마포구, 성북구 및 강북구", "△최우수 포항시·경산시",
    "△최우수상(천안·서천·예산)"; with ``bare``, inside a ranked list: "…, 우수상 금정구·남구")."""
    chain: list[C.Mention] = []
    cur = pos
    for m in ments:
        if m.start < cur:
            continue
        gap = text[cur : m.start]
        first_ok = (
            _LIST_LEAD.fullmatch(gap) or ((bullet or bare) and not gap.strip()) or gap.strip() == "("
        )
        if (not chain and first_ok) or (
            chain and _CHAIN_GAP.fullmatch(gap)
        ):
            chain.append(m)
            cur = m.end
        else:
            break
    return chain


_LABEL_AFTER = re.compile(r"우수\s*(?:기관|(?:지방)?자치단체|단체|지자체|시·군·구|시·군|시군|구·군|자치구|시·도|시도)")
@cache
def _topics() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(job words, other-topic words) of ``data/award_topics.tsv``."""
    words: dict[str, list[str]] = {"job": [], "other": []}
    for line in (V.DATA_DIR / "award_topics.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            word, topic = line.split("\t")[:2]
            words[topic.strip()].append(V.squash(word))  # matched against squashed descriptions
    return (re.compile(V.trie_alternation(words["job"])), re.compile(V.trie_alternation(words["other"])))


_ANY_FIELD = re.compile(r"([가-힣·ㆍ]{2,12})\s*(?:분야|부문)(?![가-힣])")
# "…, 우수상, 장려상으로 나뉜다", "최우수·우수·장려 3개 등급으로 매긴다": grades listed as the classes an
# award is made of
_STRUCTURE_AFTER = re.compile(
    r"\s*(?:[’”'\"]\s*)?(?:등\s*)?(?:\d+\s*개|두|세|네|다섯|여섯)?\s*(?:개\s*)?(?:등급|단계|종류|가지|상격|부문)?\s*(?:으로|로)\s*"
    r"(?:짜여|짜인|짜였|나뉘|나뉜|나눠|나누어|구분|구성|이뤄|이루어|정해|매겨|매긴|주어|시상)"
)
_CLASSES_EXIST_AFTER = re.compile(r"\s*(?:[’”'\"]\s*)?(?:이|가)\s*(?:,|있)")
_CLASS_SEP = re.compile(r"\s*(?:,|·|ㆍ|과|와|및)\s*(?:부문별\s*)?")


def _classes_listed(text: str, ge: int, e0: int) -> bool:
    """Whether the grade ending at ``ge`` and the grade words joined after it are the classes an award is
    made of ("…, 우수상, 특별상으로 짜여 있다", "최우수·우수·장려 3개 등급으로 나뉜다")."""
    pos = ge
    while (sep := _CLASS_SEP.match(text, pos, e0)) and (g := _grade_regex().match(text, sep.end(), e0)):
        pos = g.end()
    if _STRUCTURE_AFTER.match(text, pos, e0) is not None:
        return True
    # "'공시제 부문'에는 종합대상·부문별대상·최우수상·우수상·특별상이, '우수사업 부문'에는 최우수상·우수상이 있다":
    # the classes each 부문 has
    return pos > ge and _CLASSES_EXIST_AFTER.match(text, pos, e0) is not None


_STATISTIC = re.compile(r"고용률|취업률|실업률")
#: a 부문 of people ("개인부문", "개인 부문", "공무원 부문"): its prizes go to people, not to a district
_PEOPLE_CATEGORY = re.compile(r"\s*(?:개인|공무원|직원|유공자)\s*부문")
#: a best-practice 공모전 whose name makes local governments its entrants ("시군 일자리센터 사업운영 우수사례 공모전")
_DISTRICTS_CONTEST = re.compile(r"(?<![가-힣])(?:시·?군(?:·?구)?|구·?군|자치구|지자체|자치단체)\s*[^.。'’\"”]{0,30}?사례\s*공모전")
#: a grade that names the winning body ("우수기관으로", "최우수 자치단체로")
_BODY_GRADE = re.compile(r"\s*(?:기관|자치단체|지자체)(?:으로|로|에|이|가|은|는|을|를)")
# "이 대회에서", "같은 평가에서는": the award named before, taken up again
_BACK_REFERENCE = re.compile(r"(?<![가-힣])(?:이|이번|같은|해당|동)\s*(?:대회|평가|시상식|시상|경진대회|공모전)(?:에서|의|에)")
# a quoted evaluation or prize anywhere in the text ("… 해마다 '규제혁신 우수 시군 평가'를 하고 있다")
_QUOTED_EVALUATION = re.compile(
    r"[‘'\"“「『]([^’'\"”」』\n]{2,40}?(?:평가|대상|경진대회|대회|공모전|어워드|어워즈|시상))[’'\"”」』]"
)


#: a department of an office named as a receiver or actor ("도 본청 문화관광체육국이", "투자유치과는"): its words name
#: the department, not the topic of the prize
_DEPARTMENT = re.compile(r"(?<![가-힣])[가-힣]{3,12}(?:국|과|실|담당관)(?=\s*(?:이|가|은|는|의|와|과|,|\s))")


@lru_cache(maxsize=64)
def _topic(description: str) -> str | None:
    """"job", "other" or None (neither) for the words that describe an award.

    Remembered for a few descriptions: the same words are asked about for every grade of a sentence (a
    small cache, so that it holds the repeats inside an article rather than whole corpora).
    """
    job, other = _topics()
    # "행정안전부" names a body, not a topic; nor does an office's department ("문화관광체육국이", 0.42.0)
    squashed = V.squash(_DEPARTMENT.sub(" ", _ORG_ANYWHERE().sub(" ", description)))
    # "고용률이 전국 최고인 제주도": a labour statistic among a winner's merits names no topic
    squashed = _STATISTIC.sub("", squashed)
    if job.search(squashed):
        return "job"
    return "other" if other.search(squashed) else None


# the 분야/부문 named right before a grade ("지역경제 활성화 분야 최우수상", "일자리·투자유치 분야 우수상")
_FIELD_BEFORE = re.compile(r"([가-힣·ㆍ\s]{2,24}?)\s*(?:분야|부문)(?:에서는|에서|의)?\s*(?:전국\s*)?[‘“'\"]?\s*$")
# the field a prize already named is gone back over by ("노력상을 받은 지역경제 활성화 부문에서는")
_FIELD_AFTER = re.compile(r"\s*(?:을|를)\s*받은\s+([가-힣·ㆍ\s]{2,24}?)\s*(?:분야|부문)")
# "일자리 분야 최우수상", "일자리 및 고용개선 분야 전국 최우수상", "취약계층 지원대책분야 동상": the 분야 of a prize
_FIELD_END = re.compile(r"분야(?:에서는|에서|의)?\s*(?:전국\s*)?[‘“'\"]?\s*$")
_FIELD_STOP = re.compile(
    r"[^가-힣·ㆍ]|(?:대상|평가|시상식|대회|어워드|어워즈|공시제|상|이|인|한|된|던|[가-힣](?:시|군|구)|경영대전)$"
    r"|^(?:과|와|모든|각|전|연속|등|및\s*그)$"
)


def _field_category(text: str, start: int, gs: int) -> str | None:
    """The "… 분야" named right before a grade (up to five words back, stopping at a particle,
    an adverb, a lead word, a count or the award's own name), or None."""
    m = _FIELD_END.search(text, start, gs)
    if m is None:
        return None
    words = re.sub(r"[’”'\"‘“()]", " ", text[start : m.start()]).split()
    kept: list[str] = []
    for w in reversed(words[-5:]):
        if w != "및" and (
            _PARTICLE_WORD.search(w) or _ADVERB_WORD.search(w) or w in _LEAD_WORDS or _FIELD_STOP.search(w)
            or V.canonical_award(w) != w
        ):
            break
        kept.insert(0, w)
    while kept and kept[0] == "및":
        kept.pop(0)
    return " ".join([*kept, "분야"]) if kept else None
_SAME_WINNER_GAP = re.compile(r"\s*(?:와|과|및|,)\s*[가-힣·ㆍ\s]{0,24}?(?:분야|부문)(?:에서는|에서|의)?\s*[‘“'\"]?\s*")
# a person or a company as the receiver between the district and the grade
_OTHER_RECEIVER = re.compile(
    r"(?:주무관|팀장|과장|계장|국장|실장|소장|공무원|직원|[가-힣]씨|㈜[가-힣A-Za-z]*|\(주\)[가-힣A-Za-z]*"
    r"|[가-힣]+(?:기업|업체|회사|공사|공단|재단|협회|조합)"
    # "도시재생과가 최우수, 보건위생과가 우수": an office's departments (0.42.0)
    # (not one that submits the winning entry: "도 일자리과가 낸 '…'가 우수상을")
    r"|(?<![가-힣])(?![가-힣]*(?:결과|성과|효과|전국|한국|외국|대한민국)(?:은|는|이|가)\s)[가-힣]{2,10}(?:과|국|담당관)"
    r"(?=(?:은|는|이|가)\s(?!(?:[가-힣]+\s+)?(?:낸|제출한|추진한|운영한|펼친|만든|마련한)\s)))"
    r"(?:은|는|이|가)\s"
    # not the body that holds the contest ("경기도일자리재단이 연 '…공모전'에서 최우수상을", 0.32.0)
    r"(?!(?:[가-힣]+\s+)?(?:연|여는|주최한|주관한|주최하는|주관하는|마련한|실시한|개최한)\s)"
    # "한도영 씨 등 4명이 대상을 받았다": people (0.29.0)
    r"|[가-힣]\s*씨\s*(?:등|외)\s*\d+\s*(?:명|팀)(?:은|는|이|가)\s"
    # "늘봄복지센터는 수행기관 부문 대상으로", "오산노인종합복지관 실버일자리뱅크가 최우수기관": a 수행기관's prize
    rf"|[가-힣A-Za-z]*{_BODY_HEADS}(?:\s+[가-힣A-Za-z]{{1,10}})?[’'\"”」』]?(?:\s*\([^()]{{1,20}}\))?(?:은|는|이|가|도)\s"
    r"|(?<![가-힣])(?:이\s+)?(?:클럽|새일센터)(?:은|는|이|가|도)\s"
    # "한 보호작업장의 '…' 사례가 사회적기업부문 최우수에": an unnamed body's entry, not the district's
    # (not the verb of "…을 대상으로 한 고용노동부의 평가": 0.22.0)
    r"|(?<![가-힣])(?<!로\s)한\s+[가-힣]{2,12}의\s"
    # "사회복지과팀이 최우수상을", "청소행정과의 '…'이 최우수상을", "○○동 주민센터의 '…'": a team's, a
    # department's or a 동's entry in the district's own contest
    r"|[가-힣A-Za-z]{1,10}팀(?:이|가|은|는)\s|(?<![가-힣])[가-힣]{2,8}(?<!결)(?<!성)(?<!효)과의\s*[‘'\"“]"
    r"|(?:주민센터|행정복지센터)(?:의|이|가|은|는)\s"
    # "평가 결과 △예천읍이 최우수상을 받아": a 읍 or 면 of the district in its own contest (0.26.0)
    r"|(?:(?<=[△▲▷·,\s])|^)[가-힣]{1,4}(?<![측방장전국])(?:읍|면)(?:이|가|은|는)\s"
    # "관내 2개 기관·단체가 … '대상'과 '최우수상'을 받았다": bodies in the district, counted (0.13.0)
    r"|(?:관내|지역|도내|시내|구내)\s*\d+\s*(?:개|곳)\s*(?:기관|단체|수행기관|기관·단체)(?:이|가|은|는)\s"
)
# the gap after the last district of a list that goes on with another item ("보은군, 청원시니어클럽이")
_CO_ITEM_GAP = re.compile(r"\s*(?:,|·|ㆍ|와\s|과\s|및\s)")
# "한국능률협회가 주관한 '…'에서", "(사)…협회가 주최하는 '…'에서": the body that runs the contest, not a receiver
_RUNS_CONTEST_AFTER = re.compile(
    r"(?:주최|주관|후원|개최|시행|실시)(?:한|하는|하고|하며|했|하여)"
)


#: a 새일센터 the district runs: "서산시가 운영하는 서산여성새로일하기센터가", "아산시(시장 …) 여성새로일하기센터는"
#: (EXTRACTION.md conventions: a centre's grade goes to the 시 that runs it)
_WOMEN_CENTRE = re.compile(r"[가-힣A-Za-z]*(?:새일센터|새로일하기센터)")
_RUN_BY_BEFORE = re.compile(r"(?:운영하는|운영 중인|직영하는|설립한|세운|만든)\s*$")
_OWN_UNIT_GAP = re.compile(r"\s*(?:\([^()]{1,20}\))?\s+$")


def _runs_centre(text: str, start: int, m: re.Match[str]) -> bool:
    """Whether the receiver ``m`` (found after ``start``, the end of the last district named) is a 새일센터
    the text says that district runs."""
    if not _WOMEN_CENTRE.match(text, m.start()):
        return False
    before = text[start : m.start()]
    return bool(_RUN_BY_BEFORE.search(before) or _OWN_UNIT_GAP.fullmatch(before))


def _other_receiver(gap: str) -> bool:
    """Whether a person, a company or a body is the receiver in ``gap`` (between the district and the
    grade); a body that organises the contest ("…협회가 주관한 '…'에서") is not one, nor a 새일센터 the
    district runs."""
    return any(
        not _RUNS_CONTEST_AFTER.match(gap, m.end()) and not _runs_centre(gap, 0, m) for m in _OTHER_RECEIVER.finditer(gap)
    )


# "전국 158개 센터 가운데 18곳만 우수기관에", "210개 기관만 우수기관으로": a count of winners as the subject
_COUNTED_SUBJECT = re.compile(
    r"\d+\s*(?:곳|개\s*(?:기관|지자체|자치단체|시·군|시군|자치구|센터|팀|사업|사례|과제)?)\s*(?:만|이|가|도|은|는)?\s*[‘“'\"]?\s*$"
)
# the grade heads its clause ("최우수상은", "우수상에는"), and a receiver is named as the subject of a
# receiving verb or before "에 돌아갔다" later in the sentence
_HEADING_GRADE = re.compile(r"\s*(?:[’”'\"]\s*)?(?:\([^()]{0,20}\)\s*)?(?:은|는|에는)\s")
_RECEIVING = re.compile(
    r"(?P<recv>[가-힣A-Za-z0-9)’'”」』]+)\s*(?:이|가)\s*(?:받았|받아|받은|받고|차지|수상|뽑혔|뽑혀|선정됐|선정되|선정돼|이름을)"
    r"|(?P<recv2>[가-힣A-Za-z0-9)’'”」』]+)\s*(?:에게|에)\s*(?:각각\s*)?(?:돌아갔|돌아가|주어|수여)"
)
_ANAPHOR_WORD = re.compile(r"(?:^|\s)(?:구|시|군|도|본청|우리\s*구|우리\s*시|우리\s*군)$")


def _body_subject(text: str, s0: int, gs: int, ments: list[C.Mention]) -> bool:
    """Whether a person, a company or an institution is named as the receiver between the last district
    named before ``gs`` in its sentence (else the sentence start) and the grade, with no anaphoric
    "구는/시가" after it."""
    start = max([m.end for m in ments if m.end <= gs], default=s0)
    last = None
    for m in _OTHER_RECEIVER.finditer(text, start, gs):
        if not _RUNS_CONTEST_AFTER.match(text, m.end()) and not _runs_centre(text, start, m):
            last = m
    return last is not None and not _ANAPHOR.search(text, last.end(), gs)


def _district_entrant(text: str, s0: int, gs: int, ments: list[C.Mention]) -> bool:
    """Whether a district opens the sentence as its subject ("김천시가 …", "○○군은 …") and no person, company or
    body is named as the receiver between it and the grade at ``gs``."""
    first = next((m for m in ments if m.end <= gs), None)
    if first is None or not first.subject or text[s0 : first.start].strip(" \t\"'“‘[(") != "":
        return False
    gap = text[first.end : gs]
    # the district enters the contest ("…공모전'에서"), and no entries or people counted win in its place ("… 2건이
    # 우수상을", "구민 2명이 최우수상과")
    entered = _CONTEST_ENTERED.search(gap)
    if entered is None or _COUNTED_ENTRIES.search(gap) or _HOLDS_CONTEST.match(gap) or _ENTRY_SUBJECT.search(gap, entered.end()):
        return False
    return not (_body_subject(text, s0, gs, ments) or _other_receiver(gap))


#: "최우수를 받은 도시재생과의 '…'은": the department named after the grade it received (0.42.0)
_DEPARTMENT_RECEIVES = re.compile(r"(?:상|등급)?\s*(?:을|를)\s*받은\s+[가-힣]{2,10}(?:과|국|담당관)(?:의|은|는|이|가)\s")
_CONTEST_ENTERED = re.compile(r"(?:공모전|경진대회)[’'\"”」』]?\s*(?:에서|에)(?![가-힣])")
#: "울산시가 연 … 공모전에서": the district holds the contest; "…에서 '○○ 양성사업'이 우수상을": an entry wins
_HOLDS_CONTEST = re.compile(r"(?:이|가|은|는)\s+(?:[^\s.]+\s+){0,2}?(?:연|여는|주최한|주관한|개최한|마련한|진행한|실시한)\s")
_ENTRY_SUBJECT = re.compile(r"[’'\"”」』]\s*(?:이|가)\s")
_COUNTED_ENTRIES = re.compile(r"\d+\s*(?:명|건|팀|개\s*사업)(?:이|가|은|는|도)\s")


def _named_receiver(text: str, ge: int, e0: int) -> bool:
    """Whether a grade heading its clause ("금상은 …") names its receiver later in the sentence (the
    caller knows that no district is named there); an anaphoric "구가 받았다" names the article's 구."""
    if not _HEADING_GRADE.match(text, ge, e0):
        return False
    m = _RECEIVING.search(text, ge, e0)
    if m is None:
        return False
    word_end = m.end("recv") if m.group("recv") else m.end("recv2")
    return not _ANAPHOR_WORD.search(text, max(ge, word_end - 8), word_end)


# "…(사업), 전남 순천(…)": a 광역's short name before a stem in a list of winners
_PROVINCE_PREFIX = r"(?:(?:서울|부산|대구|인천|광주|대전|울산|세종|경기|강원|충북|충남|전북|전남|경북|경남|제주)\s+)?"
_CHAIN_GAP = re.compile(
    # "경기도(꿈꾸는 청년 시리즈)를 비롯해 대구광역시(…)": each winner's entry in brackets, "를 비롯해"
    rf"[^가-힣]*(?:\([^)]*\))?\s*(?:,|및|와|과|·|/|그리고|、|(?:을|를)\s*비롯(?:해|하여))?\s*{_PROVINCE_PREFIX}"
    # "우수 자치단체에는 포항시와 김천시가, 군부에서는 영덕군과 성주군이": a group label inside one grade's list
    r"|(?:이|가)?\s*,\s*(?:시|군|구|도시|농촌|기초|광역)\s*(?:부|부문|형)(?:에서는|에선|에서|은|는)\s*"
    # "…, 전라북도가, 기초단체로는 경기 김포시", "A그룹 부천시, B그룹 안성시": a group label (0.9 round 8)
    rf"|(?:이|가)?\s*,\s*{_GROUP_WORD}\s+"
)
# "부산시의 '…프로젝트'와 경기 성남시의 '…사업'이 대상을": each district's entry, joined
# ("대구 중구의 '…', 달성군의 '…', 경북 영주시의 '…'은 우수상을": the 광역's short name before an item, 0.42.0)
_PROJECT_GAP = re.compile(rf"의\s*[‘'\"“][^’'\"”]{{2,60}}[’'\"”]\s*(?:,|및|와|과)\s*{_PROVINCE_PREFIX}")
_COORD_GAP = re.compile(  # "강원도(광역단체 부문)와 …", "부산광역시(…사업), 전남 순천"
    rf"\s*(?:\([^()]{{0,40}}\))?\s*(?:,|및|와|과|·|/|、|(?:을|를)\s*비롯(?:해|하여))\s*{_PROVINCE_PREFIX}"
)
# the grade names a class of winners, not a record: "대상·최우수상 지자체의 사업 담당 공무원에게는", "대상 수상
# 지자체를 비롯해 27곳을", "우수 시·군에 대한 시상식", "대상과 최우수상을 받을 8개 사업을", "우수기관으로 뽑힌 3개
# 기관에"
_CLASS_PHRASE_AFTER = re.compile(
    r"\s*(?:(?:[·ㆍ,]|과|와)\s*(?:최우수|우수|장려|특별|대상)상?\s*)*(?:수상\s*)?"
    r"(?:지자체|기관|자치단체|지방자치단체|시·군|시군|자치구|구·군)\s*(?:의\s|에\s*대한|(?:을|를)\s*비롯)"
    r"|\s*(?:(?:[·ㆍ,]|과|와)\s*(?:최우수|우수|장려|특별|대상)상?\s*)*(?:을|를)\s*받을\s"
    r"|\s*(?:기관|자치단체|지자체)?\s*(?:으로|로)\s*(?:뽑힌|선정된)\s*\d+\s*(?:개|곳)"
)
_CONFERRER_HEAD = re.compile(r"(?:도)?(?:지사|시장|군수|구청장|교육감)\s*(?:표창|상(?![가-힣]))")
_LIST_SEP = re.compile(r"\s*(?:,|·|ㆍ|및|와|과)\s*")
# "경남 등 3개 광역도, 대구시 등 3개 광역시, 전주시 등 8개 기초시 …": the named member of each counted group
_COUNTED_ITEM_GAP = re.compile(r"\s*등\s*\d+\s*(?:개|곳)\s*[가-힣·]{0,8}\s*(?:,|및|와|과)\s*")
_GROUP_GAP = re.compile(  # "대전광역시, 기초단체로는 충남 아산시"
    rf"(?:\([^()]{{1,10}}\))?(?:이|가)?\s*,\s*{_GROUP_WORD}\s+"
    # "광역 시·도 가운데 전라북도가, 기초 시 가운데 경상북도 김천시가 각각 대상을" (0.42.0)
    r"|(?:이|가)\s*,\s*(?:광역|기초)\s*(?:시·도|시도|시·군|시군|시|군|구|자치구|단체)?\s*(?:가운데|중)\s+"
)
_FORWARD_LEAD = re.compile(r"\s*(?:에는|으로는|로는|은|는|의\s*(?:영예|영광)(?:는|은))\s")


def _grade_word_is_bare(text: str, gs: int, ge: int) -> bool:
    """A bare grade word ("우수") is too common to head a list without a particle."""
    return not text[gs:ge].endswith(("상", "구", "기관", "군", "시"))


_OTHER_ITEM = re.compile(r"[△▲■□○●•◆◇]|㈜|\(주\)|주식회사")
# "2022년 고용노동부 장관상, 지난해 기획재정부 장관상에 이어 4년 연속 … 우수기관에": a run of prizes named
# by their conferrers, which gives no grade (gold README: 장관상 is no 상격)
_CONFERRER_RUN = re.compile(r"[가-힣]상(?:을|에)?\s*(?:받은\s*데\s*)?이어\s*(?:[^\s.]+\s+){0,2}?\d{1,2}\s*년\s*(?:연속|내리)")
# "…가 발표한 2019년 상반기 일자리사업 집행실적 평가에서 '전국 최우수 시도'로": an evaluation of the district,
# not the contest the article announces
_EVALUATION_NAMED = re.compile(r"평가(?:에서|결과)")
_EVALUATION_BASIS = re.compile(r"평가\s*(?:에서|결과)")
_COMPANY_RECEIVER = re.compile(
    r"[’”'\"]?\s*(?:\([^()]{0,30}\)\s*)?(?:에는|에|은|는|(?:을|를)\s*받(?:은|는))\s*"
    r"(?:㈜|\(주\)|주식회사|[가-힣A-Za-z]{1,12}(?:㈜|\(주\)))"
)
# the classes of a prize the article's own contest gives, not a record (0.18.0): "금상에는 … 장관상과 상금 100만원",
# "금상·은상·동상 수상자에게 상금을 준다", "특별상을 새로 두어"
_PRIZE_CLASS_AFTER = re.compile(
    r"[’”'\"]?\s*(?:(?:[·ㆍ,]|과|와)\s*[가-힣]{1,3}상?\s*)*(?:"
    r"(?:에는|에게는)\s*[가-힣\s]{0,16}상\s*(?:과|와|및|,)\s*(?:상금|시상금|부상)"
    # "최우수·우수·장려 기업을 1곳씩 뽑아": the classes of companies a contest picks (0.18.1)
    r"|\s*(?:기업|업체|회사|팀|개인)\s*(?:을|를|에|에게|으로|로|\d)"
    # "최우수·우수·장려 구를 1곳씩 뽑았다": how many of each class are picked (0.18.1)
    r"|\s*[가-힣·]{0,4}\s*(?:을|를)\s*(?:각\s*)?\d+\s*(?:곳|개|명|팀)\s*씩"
    r"|\s*수상(?:자|팀|작)"
    r"|(?:을|를)\s*(?:새로\s*)?(?:두어|두고|둬|신설|새로\s*만들)"
    r")"
)
# "전국 200여 개 기관이 우수기관으로 뽑혔다": the winners are institutions or teams of the grade's own clause (0.18.0)
_BODIES_BEFORE = re.compile(
    r"(?:\d[\d,]*\s*(?:여\s*)?(?:개|곳)\s*)?(?:기관|단체|기업|업체|팀|학교|법인|수행기관)(?:이|가|들이)\s*$"
)


#: "… 등 32개 자치단체가": the tail of a list of districts, counted
_LIST_TAIL_BEFORE = re.compile(r"등\s*(?:[\d,]+\s*(?:여\s*)?(?:개|곳)\s*)?(?:지방|기초|광역)?(?:자치)?\s*$")


def _bodies_before(text: str, start: int, gs: int, ments: list[C.Mention]) -> bool:
    """Whether bodies that are no districts are the subject right before a grade ("200여 개 기관이 우수기관으로"),
    not the tail of a list of districts ("충청북도·대전광역시 등 20개 단체가 우수상을"; 0.22.0)."""
    m = _BODIES_BEFORE.search(text, start, gs)
    if m is None:
        return False
    tail = _LIST_TAIL_BEFORE.search(text, max(0, m.start() - 16), m.start())
    return not (tail and any(tail.start() - 3 <= mt.end <= tail.start() for mt in ments))


# "마을기업인 … 법인 ○○를 대상으로 뽑았다": the grand prize goes to the object before it (0.18.0)
_OBJECT_BEFORE = re.compile(r"(?:을|를)\s*$")
_CHOSEN_AS_AFTER = re.compile(r"\s*(?:으로|로)\s*(?:뽑|선정|선발|골랐|골라)")
_NEGATED = re.compile(r"(?:받|들|오르|차지하|선정되|뽑히)지\s*(?:못|않)|못\s*(?:받|들|올랐|뽑혔)|(?<![가-힣])탈락")


# a short 부문 or 분야 written right before a grade ("광역부문 대상", "일자리 분야 최우수")
_CATEGORY_WORD = r"[가-힣·]{1,10}\s*(?:부문|분야)"
# "‘광역부문 대상’을": a quoted grade with its 부문 before it
_QUOTED_CATEGORY_BEFORE = re.compile(rf"[‘“'\"]\s*{_CATEGORY_WORD}\s*$")
# the end of a clause in the past tense ("돋보였고, ", "올랐으며 ", "받았지만 "): a new clause begins after it
_CLAUSE_END = re.compile(r"(?:였|았|었|했|됐|켰|졌)(?:고|으며|지만|는데)\s*,?\s")


def _last_clause_end(text: str, s0: int, gs: int) -> int | None:
    """Where the last clause before the grade at ``gs`` in its sentence begins, if an earlier clause ended."""
    last = None
    for m in _CLAUSE_END.finditer(text, s0, gs):
        last = m
    return last.end() if last else None


def _negated(text: str, ge: int, e0: int) -> bool:
    """Whether the first predicate after a grade denies it ("… 가운데 어느 것도 받지 못했다")."""
    neg = _NEGATED.search(text, ge, e0)
    if neg is None:
        return False
    tail = _grade_regex().sub(lambda m: " " * len(m.group()), text[ge : neg.start()])
    return _AWARD_VERB.search(tail) is None and not re.search(r"[.]|(?:했|됐|았|었)(?:고|으며|지만)", tail)


def _right_before_mention(text: str, ge: int, e0: int, ments: list[C.Mention]) -> bool:
    """Whether a district is named right after ``ge``, past spaces only ("최우수 파주시")."""
    ws = re.match(r"\s+", text[ge:e0])
    return ws is not None and any(m.start == ge + ws.end() for m in ments)


def _coordinated(text: str, ments: list[C.Mention], anchor: C.Mention) -> list[C.Mention]:
    """``anchor`` and the mentions joined to it by list separators just before it ("A, B와 C가")."""
    i = ments.index(anchor)
    out = [anchor]
    while i > 0 and _COORD_GAP.fullmatch(text[ments[i - 1].end : ments[i].start]):
        i -= 1
        out.insert(0, ments[i])
    return out


def _winners(text: str, dists: list[C.Mention]) -> list[C.Mention]:
    """The winners among the districts before a grade: a 광역 next to its 기초 is context or organiser,
    unless it is an item of the list ("인천광역시∙충청남도∙경상남도, 인천 부평구/서구가 최우수상")."""
    # "[창원=남부뉴스] … 경남도는 … 최우수 기관으로": the place a story is filed from is no winner (0.26.0)
    dists = [m for m in dists if not _filed_from().match(text, m.end)]
    local = [m for m in dists if not m.unit.is_province]
    if not local:
        return [m for m in dists if not _organises(text[m.end : m.end + 40])]
    out = []
    for i, m in enumerate(dists):
        if not m.unit.is_province:
            out.append(m)
            continue
        joined = (i + 1 < len(dists) and (
            _COORD_GAP.fullmatch(text[m.end : dists[i + 1].start]) or _PROJECT_GAP.fullmatch(text[m.end : dists[i + 1].start])
            or _GROUP_GAP.fullmatch(text[m.end : dists[i + 1].start])
            or _COUNTED_ITEM_GAP.fullmatch(text[m.end : dists[i + 1].start])
        )) or (
            i > 0 and (_COORD_GAP.fullmatch(text[dists[i - 1].end : m.start])
                       # "사상구와 해운대구(기초)가, 광역에서는 부산광역시가 우수자치단체로" (0.42.0)
                       or _GROUP_GAP.fullmatch(text[dists[i - 1].end : m.start]))
        )
        if joined and not _organises(text[m.end : m.end + 40]):
            out.append(m)
    return out


def _award_name(
    gaz: Gazetteer, window: str, pub: dt.date | None = None
) -> tuple[str | None, str | None, str | None]:
    """(award, category, organizer) from the words between a year (or previous grade) and a grade."""
    org = _organizer(gaz, window, pub)
    if org is None:
        return _award_name_after(window, None)
    found = _award_name_after(window[org[2] :], org[0])
    if found[0] is None and org[1] < 3:
        # "‘2019년 대구시 구·군 일자리 창출 평가’에서": the 광역 and its verb-like 평가 are the name itself
        whole = _award_name_after(window, org[0])
        if whole[0] is not None:
            return whole
    return found


def _award_name_after(window: str, organizer: str | None) -> tuple[str | None, str | None, str | None]:
    # The award name ends at its closing quote or at "에서"; a 부문 may follow.
    split = _NAME_END.search(window)
    name_part, rest = (window[: split.start()], window[split.end() :]) if split else (window, "")
    if split and split.group() in _CLOSE_QUOTES:
        # "…을 상대로 벌인 '구·군 일자리 평가' 결과": the name is what the quotes hold, not the clause before them
        opened = re.search(r"[‘“'\"「『<]([^‘“'\"「『<’”」』>]{2,})$", name_part)
        if opened:
            name_part = opened.group(1)
    ev = _EVALUATION_AFTER_QUOTE.match(rest) if split and split.group() in _CLOSE_QUOTES else None
    if ev and split is not None and not _AWARD_HEAD.search(name_part.strip()):
        name_part = f"{name_part} {ev.group(1)}"
        after = _NAME_END.search(rest, ev.end())
        rest = rest[after.end() :] if after and after.start() == ev.end() else rest[ev.end() :]
    category = None
    cats = list(_CATEGORY.finditer(rest)) if split else []
    if cats:
        lead = re.sub(r"^[\s,’”'\"‘“]*(?:에서는|에서|의)?\s*", "", rest[: cats[-1].end(1)])
        lead = re.sub(r"[’”'\"‘“()（）\[\]]", " ", lead)
        kept: list[str] = []
        for w in reversed(lead.split()[-4:]):
            if kept and (_PARTICLE_WORD.search(w) or _ADVERB_WORD.search(w)):
                break  # "공시제 부문과 우수사업 부문": the last 부문 only
            kept.insert(0, w)
        category = re.sub(r"^(?:한편|또한|또|특히|아울러|이와\s*함께|의)\s+", "", " ".join(kept)) + " 부문"
    elif not split:
        cats = list(_CATEGORY.finditer(name_part))
        if cats:
            c = cats[-1]
            # "지역일자리 목표 공시제 부문 종합대상은": the 부문's words back to the award name, a particle or a year
            words = name_part[: c.start()].split()
            kept = [c.group(1)]
            for i in range(len(words) - 1, -1, -1):
                w = words[i]
                if len(kept) >= 4 or _PARTICLE_WORD.search(w) or _ADVERB_WORD.search(w) or w in _LEAD_WORDS or (
                    re.search(r"[^가-힣·]|(?:대상|평가|시상식|어워드|경진대회|일자리대상)$", w)
                ) or _ends_with_alias(" ".join(words[: i + 1])):
                    break  # "지역일자리 정책 브랜드사업 부문": the award's name ends before the 부문
                kept.insert(0, w)
            category = " ".join(kept) + " 부문"
            name_part = name_part[: c.start()]
            if len(kept) > 1:
                name_part = name_part[: name_part.rfind(kept[0])]
    if split and category is None and re.search(r"부문\s*$", name_part):
        # "지역일자리 목표 공시제 부문에서는 광주광역시가 종합대상": a 부문, not an award's name
        words = re.sub(r"[’”'\"‘“()]", " ", name_part).split()
        kept = []
        named = ""
        for i in range(len(words) - 2, max(-1, len(words) - 6), -1):
            w = words[i]
            if (_PARTICLE_WORD.search(w) and w not in _LEAD_WORDS) or _ADVERB_WORD.search(w) or re.search(
                r"[^가-힣·]", w
            ):
                break
            if kept and _ends_with_alias(" ".join(words[: i + 1])):
                named = " ".join(words[: i + 1])  # "‘2010 지역일자리 정책 브랜드사업 부문’": name, then 부문
                break
            kept.insert(0, w)
        while kept and kept[0] in _LEAD_WORDS:
            kept.pop(0)  # "한편 기초자치단체 부문", "’의 지역일자리 공시제 부문"
        category = " ".join([*kept, "부문"]) if kept else None
        name_part = named
    if category:
        category = re.sub(r"^(?:(?:과|와|및|의|그리고|한편|또한|또)\s+)+", "", category)  # "과 우수사업 부문"
        category = re.sub(r"^(?:을|를)\s*,\s*", "", category)  # "‘최우수상’을, ‘… 우수사업’ 부문에서": the prize before
        # "국무총리상인 기초자치단체 부문", "이번에 처음 … 부문": the conferrer and adverbs are no part of the 부문
        category = re.sub(r"^(?:[가-힣]*상인|이번에|처음|새로)\s+", "", category)
        category = re.sub(r"^(?:이번에|처음|새로)\s+", "", category)
        # "211개 자치단체 가운데 종합대책 부문", "평가돼 공시제 부문", "… 경진대회 사회적기업 부문": the clause or
        # the award before the 부문's own words
        category = re.sub(r"^.*\s(?:가운데|중에서|중)\s+|^.*(?:돼|되어|하여)\s+|^.*(?:대회|평가|시상식)\s+", "", category)
        # "중구청이 시·군·구 부문", "2차 중앙평가를 거쳐 공시제 부문", "2년 연속 일자리 공시제 부문": the winner,
        # a clause or a streak before the 부문
        category = re.sub(
            r"^.*[가-힣](?:청|시|군|구|도)(?:이|가|은|는)\s+|^.*(?:거쳐|거친|달성해|추진해|기록해|연속|내리)\s+", "", category
        )
        if re.fullmatch(r"\d+\s*개\s*부문", category):
            category = None  # "4개 부문 17개 지표로 살펴": how many fields were evaluated, no 부문 of a prize
    # "'… 징검다리 사업'이 고용노동부 일자리 경진대회": a quote with its particle ends the clause before the name (0.36.0)
    quoted_subjects = list(_QUOTE_AND_PARTICLE.finditer(name_part))
    quoted_subject = quoted_subjects[-1] if quoted_subjects else None
    if quoted_subject is not None and name_part[quoted_subject.end() :].strip():
        name_part = name_part[quoted_subject.end() :]
    name = re.sub(r"[’”'\"‘“「」『』<>«»《》]", " ", name_part)
    name = re.sub(r"에\s*대한\s+", " ", name)  # "구·군 일자리 창출 실적에 대한 평가": one name
    if re.search(r"[’'\"”]\s*(?:을|를)\s*평가\s*$", name_part):
        name = re.sub(r"\s*(?:을|를)\s+평가$", " 평가", name)  # "'2011년 일자리 창출사업'을 평가한 결과"
    name = name.split(",")[-1]  # "자활 분야 대통령상, 지방자치단체 일자리대상": the last item named
    name = re.split(r"기자\s*=|=", name)[-1]  # "(광주=연합뉴스) ○○○ 기자 = …": a dateline is no name
    name = re.sub(r"^\s*도\s+", "", name)  # the rest of "2013년도" after a list of years
    name = re.sub(r"^[^가-힣A-Za-z0-9]+", "", name)
    name = re.sub(r"^[\s,(]+|[\s,(]+$", "", name)
    name = re.sub(r"(?:에서|에서는|의|에|을|를|과|와)$", "", name).strip()
    name = re.sub(r"^(?:을|를|과|와|및|시작으로|으로|에서|,)\s*", "", name).strip()
    name = re.sub(r"^(?:에|의)\s+", "", name).strip()  # "…’의 지역일자리 목표 공시제": a particle left before the name
    # "올해에만 전국 … 평가": the particles of a time word left before the name
    name = re.sub(r"^(?:에만|에도|에서도|에서는|에는)\s+", "", name).strip()
    if re.match(r"(?:같은|동일한|이\s|이번|해당|본\s)", name):
        return None, category, organizer  # "같은 평가": the award named before
    # Words up to the last one carrying a particle belong to the clause, not the name
    # ("강서구는 일자리 대상" → "일자리 대상").
    name_words = name.split()
    for i in range(len(name_words) - 1, -1, -1):
        if (_PARTICLE_WORD.search(name_words[i]) or _MODIFIER_WORD.search(name_words[i])
                or _SUBJECT_WORD.search(name_words[i]) or _CONNECTIVE_WORD.search(name_words[i])) and i < len(name_words) - 1:
            name = " ".join(name_words[i + 1 :])
            break
    # "2025년 상반기 지방자치단체 일자리사업 평가": a dated half is the period evaluated, not the name (a half
    # named without a year, "상반기 일자리 창출 추진실적 평가", stays part of a 광역's own evaluation)
    name = re.sub(r"^(?:\d{4}년?|올해|지난해|작년)\s+(?:상반기|하반기)\s+", "", name)
    # "첫 사회적경제가치대상", "이미 지난 5월 전국 …": a time word or "첫" before the name
    name = re.sub(r"^(?:(?:첫|이미|지난|오는|올|\d{1,2}\s*월|\d{1,2}\s*일)\s+)+", "", name)
    # "'2016전국 지방자치단체 일자리대상'": the year glued to the name; "… 에 이어 다섯 번째 일자리대상": the count
    name = re.sub(r"^(?:19|20)\d{2}(?=[가-힣])", "", name)
    name = re.sub(r"^(?:(?:에\s*)?이어\s+)?(?:[가-힣]+\s+)?번째\s+", "", name)
    name = re.sub(r"^(?:(?:\d{4}년?|올해|지난해|작년)\s+)?\d\s*분기\s+", "", name)  # "1분기 …": the quarter evaluated
    name = re.sub(r"^(?:\d{4}년?|올해|지난해|작년|\d{1,2}일)\s+", "", name)
    # "(2012년부터 3년) 연속 일자리 목표공시제", "4년 내리 새일센터 평가" (0.40.0): the run, no part of the name
    name = re.sub(r"^(?:\d+\s*년\s*)?(?:연속|내리|잇달아|잇따라|연달아)\s*", "", name)
    name = re.sub(r"^제\s*\d+\s*회\s*", "", name)  # "제1회 대한민국 지방자치 정책대상": the edition
    # "…가 연 ‘…’", "올해 처음 한 시·군 일자리정책 평가": a participle before the name
    name = re.sub(
        r"^(?:(?:처음|새로|함께|공동으로|같이)\s+)?(?:연|한|열린|벌인|펼친|치른|치러진|개최한|개최된|주관한|주최한|실시한"
        r"|실시된|마련한|진행한|진행된|도입한|시행한|시행된)\s+", "", name)
    name_words = name.split()
    while len(name_words) > 1 and name_words[0] in _LEAD_WORDS:
        name_words.pop(0)  # "이어 고용노동부 … 실적평가": a discourse word opening the sentence (0.18.0)
    name = " ".join(name_words)
    if re.search(r"(?:장관|총리|대통령|도지사|지사|시장|군수|구청장|원장|회장)\s*(?:표창|상)$", name):
        return None, category, organizer  # "뽑혀 고용노동부 장관상": a conferrer's prize names no award
    name = _ORG_PREFIX().sub("", name)  # "고용노동부 최종 평가": the body, not the name
    name = re.sub(r"\s*(?:시상식|시상|결과\s*발표|결과|본선|본심)$", "", name)  # the event, not the award
    if re.match(r"(?:상반기|하반기)\s", name) and V.squash(name[4:]) in V.award_aliases():
        # "상반기 지방정부 일자리사업 평가": the half evaluated before a known award (a half before a name of
        # its own, "상반기 일자리 창출 추진실적 평가", stays part of a 광역's own evaluation)
        name = name[4:]
    if _GENERIC_NAME.fullmatch(V.squash(name)) or len(name) > 45:
        name = ""  # "최종 평가", "상반기 평가": which evaluation, not its name; a clause is no name either
    if name and len(V.squash(name)) <= 3:
        name = ""  # "평가", "시상식" alone name no award
    if name:
        canon = V.canonical_award(name)
        if canon != " ".join(name.split()) or _AWARD_HEAD.search(name):
            return canon, category, organizer
    return None, category, organizer


_LEAD_WORDS = frozenset(V.words("award_lead_words.txt"))
# "전북 부안군이 노인일자리 … 평가에서": a district as the clause's subject, no part of the name
# "교통문화 우수도시로 뽑히고 일자리대상", "… 받았고 일자리 평가": a clause joined before the name
_CONNECTIVE_WORD = re.compile(r"\)(?:이|가|은|는)$|(?:히고|하고|되고|받고|했고|됐고|였고|었고|았고|으며|하며|되며|이며|했으며|됐으며)$")
_SUBJECT_WORD = re.compile(r"[가-힣](?:시|군|구|도)(?:이|가|은|는)$")
_CATEGORY_PHRASE = re.compile(r"(?:[가-힣A-Za-z0-9·]+\s*){1,4}부문")
_AREA_PREFIX = re.compile(r"[가-힣]{2}\s*지역\s")
@cache
def _canonical_names() -> frozenset[str]:
    return frozenset(V.award_aliases().values())


_OF_UNITS = re.compile(r"(?:시·군·구|시·군|시군|구·군|구군|자치구)\s")
# "… 출범 이후 처음 실시된 시·군·구 일자리 우수기관 평가": a modifying clause before the name
_MODIFIER_WORD = re.compile(r"[가-힣](?:된|한|린|던|르면|이면)$|(?:평가|대회|제도|시상)인$")
_GENERIC_NAME = re.compile(r"(?:최종|\d차|종합|이번|올해|상반기|하반기|정부|실적|성과)*(?:평가|심사|시상)")


@cache
def _ORG_ANYWHERE() -> re.Pattern[str]:  # noqa: N802 - a cached pattern
    return re.compile(V.trie_alternation(list(V.organizers())))


@cache
def _ORG_PREFIX() -> re.Pattern[str]:  # noqa: N802 - a cached pattern
    return re.compile(rf"^(?:{V.trie_alternation(list(V.organizers()))})(?:의)?\s+")


def _with_province(gaz: Gazetteer, award: str | None, organizer: str | None) -> str | None:
    """"구·군 일자리 창출 평가" run by 대구광역시 → "대구시 구·군 일자리 창출 평가" (gold README convention)."""
    if not award or not organizer or "·" in organizer or award in _canonical_names():
        return award  # a national award of the alias table keeps its name
    provinces = gaz.provinces_named(organizer)
    if not provinces:
        return award
    unit = provinces[-1]
    names = {unit.name, *unit.aliases}
    short = [a for a in unit.aliases if len(a) == 3 and a.endswith(("시", "도"))]
    for n in sorted(names, key=len, reverse=True):
        loose = re.match(rf"{re.escape(n)}\s*지역\s*", award)
        if loose:  # "부산지역 구·군 일자리 창출 실적평가" → "부산시 구·군 …"
            return f"{short[0] if short else unit.name} {award[loose.end():]}"
    if any(award.startswith(n) for n in names):
        return V.canonical_award(award)
    # the prefixed name may itself be an alias ("전북도 시·군 일자리정책 평가" → "전북도 시·군 일자리 평가")
    return V.canonical_award(f"{short[0] if short else unit.name} {award}")


def _event_award(art: C.Article, text: str, day: dt.date | None) -> str | None:
    """The evaluation the article's lead names ("부산시가 2019년 구·군 일자리 창출 실적 평가 결과를
    내놓았다" → "부산시 구·군 일자리 창출 실적 평가"; "경북도는 26일 상반기 일자리 창출 추진실적 평가
    시상식을 열고" → "경북도 상반기 일자리 창출 추진실적 평가"), for records whose sentence names none."""
    focus = art.focus
    gaz = art.gazetteer
    lead_end = art.body_start
    spans = [(a, b) for a, b in art.sentences if b > lead_end][:4]

    def named(s0: int, start: int, end: int) -> str | None:
        award, _category, organizer = _award_name(gaz, text[start:end], day)
        if award is None:
            return None
        if organizer is None:
            org = _organizer(gaz, text[s0:end], day)
            organizer = org[0] if org else None
        if organizer is None:
            acting = [m for m in focus.in_sentence(focus.sent_index(s0)) if m.unit.is_province]
            organizer = acting[0].full_name if acting else None
        return _with_province(gaz, award, organizer)

    for s0, e0 in spans:
        for y in find_years(text, None, s0, e0):
            if (y.relative is not None and y.relative != "this") or len(y.years) > 1:
                continue
            ev = event_after(text, y.end)
            if ev is None or ev > e0:
                continue
            found = named(s0, y.end, ev)
            if found:
                return found
    # no year: the evaluation a 광역 holds or announces in the first body sentence
    for s0, e0 in spans[:1]:
        acting = [m for m in focus.in_sentence(focus.sent_index(s0)) if m.unit.is_province and m.subject]
        if not acting:
            continue
        em = _LEAD_EVALUATION.search(text, acting[0].end, e0)
        if em:
            found = named(s0, em.start(1), em.end(1))
            if found:
                return found
    return None


_YEAR_PREFIX = re.compile(r"^\s*(?:(?:19|20)\d{2}\s*년?도?|제\s*\d+\s*회)\s*")


def _quoted_award(art: C.Article, text: str, day: dt.date | None) -> str | None:
    """The contest or evaluation the body's first sentences name in quotes ("…가 '지방공공부문 일자리 우수사례
    발표대회'를 개최했다"), without its year or edition, for records whose sentences name no award."""
    for s0, e0 in [(a, b) for a, b in art.sentences if b > art.body_start][:4]:
        for q in _QUOTED_EVALUATION.finditer(text, s0, e0):
            name = " ".join(_YEAR_PREFIX.sub("", q.group(1)).split())
            if len(name) < 4 or _topic(name) == "other":
                continue
            org = _organizer(art.gazetteer, text[s0 : q.start()], day)
            acting = [m for m in art.focus.in_sentence(art.focus.sent_index(s0)) if m.unit.is_province and m.end <= q.start()]
            organizer = org[0] if org else (acting[0].full_name if acting else None)
            return _with_province(art.gazetteer, V.canonical_award(name), organizer)
    return None


_LEAD_EVALUATION = re.compile(
    r"(?<![가-힣0-9·])((?:[가-힣·]+\s+){0,5}[가-힣·]*평가)\s*(?:결과\s*)?(?:시상식|에서|를|을|결과)"
)


def _without_categories(text: str) -> str:
    """``text`` with every "… 부문" phrase blanked (an award alias there names a 부문, not an award)."""
    return _CATEGORY_PHRASE.sub(" ", text) if "부문" in text else text


def _ends_with_alias(words: str) -> bool:
    """Whether ``words`` end with an award alias of the table ("… 지역일자리 정책")."""
    squashed = V.squash(words)
    return any(squashed.endswith(alias) for alias in V.award_aliases() if alias)


def _article_award(text: str) -> str | None:
    """The canonical award most often named in the article (alias table), if any."""
    squashed_text = V.squash(_without_categories(text))
    counts: dict[str, int] = {}
    for alias, canon in V.award_aliases().items():
        n = squashed_text.count(alias) if alias else 0
        if n:
            counts[canon] = max(counts.get(canon, 0), n)
    if not counts:
        return None
    return max(counts, key=lambda c: (counts[c], len(c)))


def _nearest_alias(text: str) -> str | None:
    """The canonical name of the award alias that ends nearest the end of ``text``."""
    squashed = V.squash(text)
    best: tuple[int, int, str] | None = None
    for alias, canon in V.award_aliases().items():
        pos = squashed.rfind(alias) if alias else -1
        if pos >= 0:
            key = (pos + len(alias), len(alias), canon)
            if best is None or key[:2] > best[:2]:
                best = key
    return best[2] if best else None


# "… 최우수상을 받은 데 이어 3년 연속", "… 받은 경북도는 이로써 3년 연속": a run that starts with the year given
_STREAK_AFTER = re.compile(r"(?:이어|이로써|올해까지|이번까지)\s*(?:[^\s.]+\s+){0,2}?(\d{1,2})\s*년\s*(?:연속|내리|째)")
_CLAUSE_BETWEEN = re.compile(
    r"(?:했|였|됐|었|였|냈)(?:으며|고)\s*,?\s|(?:달성|기록|지원|창출|추진|운영|시행|확보)(?:해|하여|하며)\s*,?\s"
)
#: the names of the national 공시제 ceremony ("전국 지방자치단체 일자리대상", "지역 일자리 정책한마당")
_CEREMONY_NAME = r"일자리\s*대상|(?:지역\s*)?일자리\s*정책\s*한마당"
#: the prizes of the national 공시제 ceremony, which take the ceremony's year (gold README "공시제 prizes take the
#: ceremony's year")
_CEREMONY_PRIZE = re.compile(rf"{_CEREMONY_NAME}|공시제")
_ACHIEVEMENT_CLAUSE = re.compile(
    r"[^,.]{0,40}?(?:만든|만들어\s*낸|거둔|낸|올린|달성한|창출한|기록한|늘린|이룬)\s+"
)
_YEARS_COUNT_BEFORE = re.compile(r"(?<![\d’'])(\d{1,2})\s*년\s*간?\s*\($")
_CEREMONY_YEAR = re.compile(rf"(?<!\d)((?:19|20)\d{{2}})\s*년?\s*(?:전국\s*)?(?:지방자치단체\s*|지자체\s*)?(?:{_CEREMONY_NAME})")
# "2016년과 2017년 … 특별상과 우수상을 잇따라", "2011년 우수상에 이어": a sentence of an award history, whose
# years stay as written
_HISTORY_CUE = re.compile(r"잇따라|연이어|이어|시작으로|연속|차례")
_GONGSI_CEREMONY = re.compile(r"(?:지역\s*)?일자리\s*정책\s*한마당")
_GONGSI_AFTER = re.compile(r"\s*(?:년도?)?\s*[‘'\"“]?\s*(?:[^\s.]+\s+){0,3}?[^\s.]*공시제")
_HALF_AFTER = re.compile(r"\s*(?:상반기|하반기|[1-4]\s*분기)")
#: "대상·최우수상·우수상 4개 부문에서": the classes a prize is given in, no winner's record (0.28.0)
_CLASS_LIST = re.compile(r"(?:[가-힣]{1,6}상\s*[·ㆍ,]\s*){2,}[가-힣]{1,6}상\s*(?:등\s*)?\d+\s*개\s*(?:부문|분야|등급)")
_EARLIER_PRIZE = re.compile(r"(?:앞서|이미|그동안|이전에도)\s[^.]*바\s*(?:있다|있으며|있고|있어)")
_PREDECESSORS_END = re.compile(r"(?<=[가-힣])(?:에|을|를)\s*이어\s")
_SUCCESSION = re.compile(r"이후|만에|뒤|다음|에\s*이어|이어")
_LETTER_GLOSS_AFTER = re.compile(r"\s*등급인\s*[‘'\"“]?(?:[SAB가나다]|[A-Z]\s*등급)[’'\"”]?\s*등급")
_LETTER_GLOSS_BEFORE = re.compile(r"(?<![A-Za-z])[SA]\s*등급\s*\([가-힣\s]{0,8}$")
_LETTER_GRADE = re.compile(
    r"(?<!평균\s)(?<!평균)(?:(?<![A-Za-z])[‘'\"“]?([SA])(?:\s*\([가-힣]{1,2}\))?|(?:에스|에이)\s*\(\s*([SA])\s*\))"
    # "S등급(매우 우수)을 받았다", "S등급(매우우수)을, … A등급(우수)을 받았다": the letter's gloss in brackets,
    # and a list of letters sharing one verb
    r"[’'\"”]?\s*등급[’'\"”]?\s*(?:\([가-힣\s]{1,8}\)\s*)?(?:을|를)\s*(?:받|획득|차지|얻|,)"
    # "최우수(S등급)를 받았다": the letter in brackets after its word
    r"|\(\s*([SA])\s*등급\s*\)\s*(?:을|를)\s*(?:받|획득|차지|얻)"
    # "최고등급인 'A'를 받았다": the letter named as the top class
    r"|등급인\s*[‘'\"“]?([SA])[’'\"”]?\s*(?:을|를)\s*(?:받|획득|차지|얻)"
    # "A등급에는 강동·구로구가 올라": the letter heading a list of winners ("'S등급'은 …" quoted too)
    r"|(?<![A-Za-z])[‘'\"“]?([SA])\s*등급[’'\"”]?(?=\s*(?:에는|은|는)\s)"
    # "… 등 4개 자치구는 'A등급'으로 인센티브를 받는다": the class the districts before it are put in
    r"|(?<![A-Za-z])[‘'\"“]([SA])\s*등급[’'\"”](?=\s*(?:으로|로)\s(?![^.]{0,12}(?:나뉘|나눠|나누|구분|분류|매겨|매긴)))"
    # "'가등급' 지자체는 …", "최우수 등급인 '가'등급을 받아": a syllable grade (가/나/다) stays literal too (gold
    # README); it needs 등급 right after it and a quote or a list to head
    r"|(?<![가-힣A-Za-z])[‘'\"“]([가나다])[’'\"”]?\s*등급[’'\"”]?"
    r"(?=\s*(?:\([가-힣\s]{1,8}\)\s*)?(?:(?:을|를)\s*(?:받|획득|차지|얻)|(?:에는|은|는)\s|(?:으로|로)\s|(?:지자체|기관|자치단체)(?:는|은|로|으로|에)\s))"
)
_OWN_CATEGORY = re.compile(r"\(\s*([가-힣·]{1,12}\s*부문)\s*\)")
_QUOTED = re.compile(r"[‘'\"“「『]([^’'\"”」』\n]{2,60})[’'\"”」』]")
_ENTRY_OWNER_BEFORE = re.compile(r"(?:시|군|구|도)의\s*$")


def _is_entry(text: str, lo: int, q: re.Match[str]) -> bool:
    """Whether the quote ``q`` is a district's entry ("달성군의 '…'"), its owner read from ``lo`` on."""
    return _ENTRY_OWNER_BEFORE.search(text, max(lo, q.start() - 3), q.start()) is not None


def _without_entries(text: str, a: int, b: int) -> str:
    """``text[a:b]`` with the districts' quoted entries blanked ("달성군의 '… 지역특화 농업'은"): an entry's words
    name the entry, not the topic of the prize it wins (0.42.0)."""
    out = text[a:b]
    for q in reversed(list(_QUOTED.finditer(text, a, b))):
        if _is_entry(text, a, q):
            out = out[: q.start() - a] + " " * (q.end() - q.start()) + out[q.end() - a :]
    return out
_HISTORY_CLAUSE = re.compile(r"(?:에|을|를)\s*이어|이후|(?:을|를)\s*시작으로")
_STREAK = re.compile(r"연속|내리|잇따라|잇달아|연달아|거푸|해마다|매년")  # "2018년부터 2021년까지 네 해 연달아 최우수상"
# a year that dates something else in the award's sentence: a founding, a start, a report date
_HISTORY_AFTER = re.compile(
    r"\s*(?:\d{1,2}\s*월\s*)?(?:\d{1,2}\s*일\s*)?(?:에\s*|부터\s*)?"
    r"(?:문을\s*연|개소|설립|출범|도입|신설|개관|창립|시작|제정|처음\s*(?:시행|실시|도입)"
    r"|(?:새로\s*)?(?:생긴|생겨난|만들어진)|새로\s*(?:만든|마련한|마련된|신설한|신설된)"  # "지난해 새로 생긴 특별상은": the prize's creation
    # "2011년 첫 평가 이후 서구가 우수상을 받기는 이번이 처음이다": the award's first edition
    r"|첫\s*(?:평가|시상|대회|시행|실시)\s*(?:이후|부터|이래|뒤|때부터)"
    # "2009년부터 이어온 '… 키움사업'이 … 최우수상을": the start of the work the prize is for (0.36.0)
    r"|이어\s*(?:온|오고|오는|왔)|(?:운영|추진|진행|시행)해\s*(?:온|오고|오는|왔))"
)


_YEAR_JUST_BEFORE = re.compile(r"(?:\d{2}\s*년도?|\d{4})\s*$")
_YEAR_ITEM_BEFORE = re.compile(
    # (a relative year too: "2023년 최우수상, 지난해 대상에 이어", 0.42.0)
    r"(?:\d{2}\s*년도?|\d{4}|(?<![가-힣])(?:지난해|작년|재작년))\s*(?:[가-힣]{1,8}\s*부문\s*"
    # "2010년 지역일자리 브랜드사업 경진대회 대상에 이어": the contest named between the year and its grade (0.26.0)
    r"|(?:[가-힣]+\s+){0,3}?[가-힣]*(?:경진대회|평가|공모전)\s*)?$"
)
_YEAR_GRADE_ITEM = re.compile(
    r"(?:\d{2}\s*년도?|\d{4}|(?<![가-힣])(?:지난해|작년|재작년))\s*(?:[가-힣]{1,8}\s*부문\s*)?(?:최우수|우수|장려|특별|대상|모범)(?![가-힣])"
)
_HISTORY_ITEM_AFTER = re.compile(r"\s*(?:\([^()]{0,30}\)\s*)?(?:에\s*이|을\s*시작으로|를\s*시작으로|,|과\s|와\s|을\s*받|을\s*수상)")
_STANDING_AFTER = re.compile(
    r"\s*(?:기관|자치단체|지자체|지방자치단체|도시|시·군|자치구)?\s*(?:으로|로)\s*(?:확실히\s*|확고히\s*)?"
    r"(?:자리를\s*(?:굳히|굳혔|굳건|지키|지켜|잡)|자리매김|발돋움|거듭나|거듭났|우뚝)"
)
_SINCE = re.compile(r"\s*(?:년도?)?\s*(?:이후|부터|이래)\s*(?:로\s*)?")
_THIS_TIME = re.compile(r"이번에|이번\s*(?:평가|시상|대회|심사)에서|이번\s*$")  # "… 우수상을 받았던 나주시는 이번 최우수상으로"
_AFTER_YEAR_IN_A_ROW = re.compile(r"\s*(?:년도?)?\s*(?:에|을|를)\s*이(?:어|은)(?![가-힣])")
_YEAR_SEP = re.compile(r"\s*(?:,|과|와|및|·|ㆍ|그리고)\s*")


_RELATIVE_BACK = {"this": 0, "last": 1, "last2": 2}
_SPAN_OPEN = re.compile(r"\s*(?:년도?)?\s*(?:부터|에서)\s*")


def _dated(text: str, y: YearMention, ref_year: int | None) -> YearMention:
    """올해/지난해/재작년 of an undated story, read against the story's own year (``ref_year``)."""
    if y.years or ref_year is None or y.relative not in _RELATIVE_BACK or text.startswith("전년", y.start):
        return y  # "전년도 사업 실적을 토대로": the period an evaluation looks at, not the prize's year
    return replace(y, years=(ref_year - _RELATIVE_BACK[y.relative],))


def _span_to_now(text: str, years: list[YearMention]) -> list[YearMention]:
    """"2019년부터 올해까지 3년 내리": an explicit start and a relative end make one span (``range``)."""
    out: list[YearMention] = []
    for y in years:
        prev = out[-1] if out else None
        if (
            prev is not None and prev.relative is None and len(prev.years) == 1 and y.relative in ("this", "last")
            and len(y.years) == 1 and _SPAN_OPEN.fullmatch(text, prev.end, y.start)
            and text.startswith("까지", y.end) and 0 < y.years[0] - prev.years[0] <= 15
        ):
            out[-1] = YearMention(prev.start, y.end + 2, tuple(range(prev.years[0], y.years[0] + 1)), "range")
            continue
        out.append(y)
    return out


def _latest_award_year(text: str, frame: Frame) -> int | None:
    """The latest explicit year of an undated text when an award or evaluation is named with it."""
    if frame.source != "latest" or frame.date is None:
        return None
    latest = frame.date.year
    for y in find_years(text, None):
        if y.relative is None and y.years == (latest,) and event_after(text, y.end) is not None:
            return latest
    return None


def _year_run(text: str, before: list[YearMention]) -> list[YearMention]:
    """The explicit years listed up to the last one of ``before`` ("2013년, 2014년, 2015년")."""
    def listed(z: YearMention) -> bool:  # an explicit year, or 지난해/재작년 read against the date
        return bool(z.years) and z.relative in (None, "last", "last2")

    run = [before[-1]]
    for y in reversed(before[:-1]):
        if not listed(y) or not _YEAR_SEP.fullmatch(text[y.end : run[0].start]):
            break
        run.insert(0, y)
    return run if all(listed(z) for z in run) and sum(len(z.years) for z in run) > 1 else [before[-1]]


def _joined_grades(text: str, grades: list[tuple[int, int, str]], pos: int) -> list[int]:
    """Starts of the grades joined into one list right after ``pos`` ("… 특별상과 우수상")."""
    first = next((g for g in grades if g[0] >= pos), None)
    if first is None or re.search(r"[,.]|(?:했|됐|았|었)(?:고|으며)", text[pos : first[0]]):
        return []
    out = [first]
    for g in grades:
        if g[0] > out[-1][0] and _GRADE_JOIN.fullmatch(text[out[-1][1] : g[0]]):
            out.append(g)
    return [g[0] for g in out]


def _not_award_year(text: str, y: YearMention) -> bool:
    """A year in a grade's sentence that is not the award's ("2015년 문을 연 센터", "2020. 10. 5.")."""
    if y.relative is None and "." in text[y.start : y.end]:
        return True  # a dotted date: the report's day
    if re.match(r"(?:도)?\s*(?:보다|에\s*비해|대비)", text[y.end : y.end + 6]):
        return True  # "지난해보다 눈에 띄게 나아진": a comparison, not the prize's year
    if "(" in text[max(0, y.start - 2) : y.start] and not re.search(
        r"(?:연속|내리|(?<![\d’'])\d{1,2}\s*년\s*간?)\s*\($", text[max(0, y.start - 7) : y.start]  # "5년(2015년부터 올해까지) 연속"
    ) and (
        not _HISTORY_IN_BRACKETS.match(text, y.end)
    ):
        return True  # "2018년(’17년 실적) 평가": the period evaluated, in brackets after the award's year
    if _REPORT_AFTER.match(text, y.end):
        return True  # "2021년 … 추진 실적보고서를 바탕으로": the period a report covers, not the prize's year
    if y.relative is None and len(y.years) == 1 and _DEADLINE_AFTER.match(text, y.end):
        return True  # "2016년까지 종합상사를 꾸리겠다는 계획으로 … 대상을": a plan's deadline (0.29.0)
    return y.relative in (None, "last", "last2") and bool(_HISTORY_AFTER.match(text, y.end))


# "2016년까지 … 계획으로": the deadline of a plan, not the year of a prize ("2019년부터 2021년까지 3년 연속" is a range,
# read before this check)
_DEADLINE_AFTER = re.compile(r"\s*(?:년도?)?\s*(?:말)?\s*까지\s+(?!\d)(?![^.]{0,20}?(?:연속|내리|잇따라))")
# "5년 내리 상을 받아(2010년 우수, 2011년 모범, …)": a bracketed history of the district's grades
_HISTORY_IN_BRACKETS = re.compile(r"\s*(?:최우수|우수|장려|모범|특별|대상)[가-힣]{0,2}\s*(?:,|·|\))")
_REPORT_AFTER = re.compile(
    r"\s*(?:년도?)?\s*(?:[^\s.]+\s+){0,5}?[^\s.]*(?:실적\s*보고서|실적을\s*바탕으로|실적\s*자료)"
    # "지난해 실적을 놓고 … 평가한 결과", "2013년에 추진한 일자리 실적을 … 심사해", "2015년 한 해의 일자리 창출
    # 역량과 추진 성과를 종합 평가해": the period an evaluation looks at (0.22.0)
    r"|\s*(?:년도?)?\s*(?:의\s*)?(?:실적을\s*(?:놓고|토대로|기준으로)|에\s*추진한\s*(?:[^\s.]+\s+){0,2}?[^\s.]*실적을"
    r"|한\s*해(?:의|\s*동안)?\s*(?:[^\s.]+\s+){0,5}?[^\s.]*(?:실적|성과)(?:을|를)\s*(?:종합\s*)?(?:평가|심사))"
)


#: a word of prizes and evaluations, which makes a lead line tell what an article's award is about
_PRIZE_WORD = re.compile(r"평가|표창|시상|수상|경진|대회|어워[드즈]|선정|[가-힣]상(?:을|를|에|과|와|은|는|이|\s|$)")
_RESPECTIVELY = re.compile(r"각각|각기|차례로|순서대로|순으로")
_GRADE_JOIN = re.compile(r"\s*(?:을|를|으로|로|에)?\s*(?:과|와|,|및|·|ㆍ|그리고)\s*")


def _respectively(
    text: str, s0: int, e0: int, grades: list[tuple[int, int, str]], ments: list[C.Mention]
) -> dict[int, list[C.Mention]]:
    """"금천구와 관악구가 각각 최우수상과 우수상을": grade start → the one district it goes to.

    Pairs N districts listed before "각각" with N grades joined right after it, in order.
    """
    out: dict[int, list[C.Mention]] = {}
    if not grades or len(grades) < 2:
        return out
    for km in _RESPECTIVELY.finditer(text, s0, e0):
        first = next((i for i, g in enumerate(grades) if km.end() <= g[0] <= km.end() + 40), None)
        if first is None:
            continue
        group = [grades[first]]
        for g in grades[first + 1 :]:
            if not _GRADE_JOIN.fullmatch(text[group[-1][1] : g[0]]):
                break
            group.append(g)
        if len(group) < 2:
            continue
        prev_end = max((g[1] for g in grades if g[1] <= km.start()), default=s0)
        local = [m for m in ments if prev_end <= m.start and m.end <= km.start() and not m.unit.is_province]
        if len(local) == len(group):
            for m, g in zip(local, group, strict=True):
                out[g[0]] = [m]
    return out


def rule_awards(art: C.Article) -> list[AwardFact]:
    """Award records of an article as the rules read them (before the model ``award_record`` checks them).

    :param art: the article with its district mentions (``govnews_districts``)
    :returns: one fact per (district, year, grade[, category]), merged across sentences
    """
    text = art.text
    aid = art.id
    pub = art.published
    gaz = art.gazetteer
    if not _grade_regex().search(text) and not ("등급" in text and _LETTER_GRADE.search(text)):
        return []
    frame = art.frame
    name_day = art.valid_date
    # a grade whose sentence states no year: the article's evaluation year, else the publication year
    default_year = frame.year if frame.year is not None else (pub.year if pub else None)
    default_src = None if default_year is None else ("published" if frame.source in (None, "published") else "frame")
    if default_src == "published" and pub is not None and pub.month == 1 and default_year == pub.year:
        # a results announcement in January reports the year just ended (gold README): "고용노동부 주관 '청년도전
        # 지원사업 성과 평가'에서 우수 기관으로 뽑혔다" of 5 January 2026 is the 2025 evaluation (0.43.0)
        default_year -= 1
    focus = art.focus
    # what the article is about, for a grade whose own words name no topic (a 청렴도 story's "우수기관")
    lead = art.sentences[:1]
    article_award_cache: list[str | None] = []

    def article_award() -> str | None:  # the award the article names most, computed once when needed
        if not article_award_cache:
            # the title when the text names no award ("경북도, 사회적기업 육성 평가 최우수…" over "이번 평가에는")
            article_award_cache.append(_article_award(text) or (_article_award(art.title) if art.title else None))
        return article_award_cache[0]

    # an undated story reads 올해/지난해 against the year its evaluation is named with (in the lead, or
    # as the latest year of the text when that year names an award: "'2025 전국 … 일자리대상'에서는"), else
    # against the frame's own year (a run up to now, "2012년부터 올해까지 4년 연속": 올해 is 2015; 0.20.0)
    ref_year = None if pub is not None else (frame.event_year or _latest_award_year(text, frame) or frame.year)
    lead_text = text[lead[0][0] : lead[0][1]] if lead else ""
    # the title, else the lead when it speaks of a prize ("취업자 증가율 … 지표서 높은 점수" is a subheading of the
    # evaluation's criteria, not its topic; 0.22.0)
    article_topic = _topic(str(art.title or "") or (lead_text if _PRIZE_WORD.search(lead_text) else ""))
    if article_topic is None:
        # no topic in the title or lead: the evaluation the text names in quotes
        # ("우수상은 광양시와 여수시가 …. 전남도는 해마다 '규제혁신 우수 시군 평가'를 하고 있다")
        article_topic = next(
            (t for q in _QUOTED_EVALUATION.finditer(text, art.body_start) if (t := _topic(q.group(1))) is not None), None
        )
    if article_topic is None:
        # neither: the first evaluation sentence of the body that names a topic ("강원도는 자치단체
        # 합동평가 결과를 바탕으로 최우수 1곳, 우수 2곳 … 골랐다": the grades of an other-topic evaluation)
        article_topic = next((
            t for a, b in art.sentences if b > art.body_start
            for ev in [_EVALUATION_BASIS.search(text, a, b)] if ev is not None
            and (t := _topic(text[a : ev.end()])) is not None
        ), None)
    last_named_topic: str | None = None  # the topic of the award named last, for "이 대회에서"
    other_field_at = -9  # the sentence whose grades an other-topic 분야 headed ("지역경제 분야 우수 시군은 …")
    head = str(art.title or "") or (text[lead[0][0] : lead[0][1]] if lead else "")
    # "…, 시군 일자리센터 우수사례 공모전 '대상'": a contest among local governments is no contest of entries (0.32.0)
    article_contest = "공모전" in head and _DISTRICTS_CONTEST.search(head) is None
    # the years of the national 일자리대상 ceremonies the text names ("'2019 전국 지방자치단체 일자리 대상'에서")
    ceremony_years = {int(c.group(1)) for c in _CEREMONY_YEAR.finditer(text)}
    if pub is not None and _GONGSI_CEREMONY.search(text) and not _CEREMONY_YEAR.search(text):
        # "지난 13일 열린 『지역일자리 정책 한마당』 행사에서 2011년도 지역일자리 공시제 우수 자치단체로 뽑혀": the
        # 공시제 ceremony named without its year is held in the year of the report
        ceremony_years.add(pub.year)
    if (
        frame.event_year is not None and frame.event_year + 1 in ceremony_years and frame.event_year == default_year
        and re.search(rf"(?<!\d){frame.event_year}{_GONGSI_AFTER.pattern}", text)
    ):
        # "2012년도 지역일자리 목표 공시제 … 평가에서 최우수 기관으로 뽑혔다. … 한마당 행사에서 최우수상을
        # 받았고": the lead's evaluated year; the prizes of the story take the ceremony's year
        default_year = frame.event_year + 1
    named_event_year = bool(ceremony_years) or frame.event_year is not None  # the award's own year is in the text
    facts: list[AwardFact] = []
    labels: set[int] = set()  # ids of records from the group label "우수기관"
    spans: set[int] = set()  # ids of records from a span of years ("2016년부터 4년 연속 우수기관")
    listed: set[int] = set()  # ids of records from a sentence listing several years
    last_ctx: tuple[str | None, str | None, tuple[int | None, ...], int, bool] | None = None
    lead_end = art.body_start
    section: tuple[str, int] | None = None  # the 부문 heading the current part of a winners' list
    for si, (s0, e0) in enumerate(art.sentences):
        if e0 <= lead_end:
            continue  # a headline / 부제 line: it repeats the body, often without the award's year (0.3.0)
        # most sentences hold no grade word at all: _grades_in would find nothing, so the verb and
        # the mentions are read only for the others (the grade words are found once for both)
        grade_words = list(_grade_regex().finditer(text, s0, e0))
        if not grade_words and _LETTER_GRADE.search(text, s0, e0) is None:
            continue
        sentence = text[s0:e0]
        has_verb = bool(_AWARD_VERB.search(sentence))
        ments = focus.in_sentence(si)
        grades = _grades_in(text, s0, e0, has_verb, {m.start for m in ments}, grade_words)
        if not grades:
            continue
        years = _span_to_now(text, [
            _dated(text, y, ref_year) for y in find_years(text, pub, s0, e0, ranges=True)
            if not _not_award_year(text, y) and not (ref_year and not y.years and text.startswith("전년", y.start))
        ])
        # "2013년 및 2014년 상반기 노인일자리 종합평가": one evaluation of a period, which takes its last year (0.27.0)
        years = [
            replace(y, years=y.years[-1:]) if y.relative is None and len(y.years) > 1 and _HALF_AFTER.match(text, y.end)
            else y for y in years
        ]
        if not ments and any(_classes_listed(text, ge, e0) for _gs, ge, _g in grades):
            continue  # "공시제 시상은 종합대상, 최우수상, 우수상, 특별상으로 짜여 있다": the award's classes
        if not years and _EARLIER_PRIZE.search(sentence):
            # "앞서 서울시 주관 … 사업에서 2년 연속 최우수구로 뽑히며 이미 인정받은 바 있다": an earlier prize the
            # text does not date, not the one the article reports (0.26.0)
            continue
        respective = _respectively(text, s0, e0, grades, ments)
        assigned: set[int] = set()
        prev_dists: list[C.Mention] = []
        had_chain = False
        prev_topic: str | None = None
        prev_end = s0
        # the end of the last prize of people ("개인부문 대상") in the sentence; its start when the sentence opens
        # with their 부문 ("개인부문에서는 … 사례가 대상, … 우수상에 올랐다")
        people_end: int | None = s0 if _PEOPLE_CATEGORY.match(text, s0) else None
        prev_award: tuple[str | None, str | None] = (None, None)
        # Respectively: "2016년과 2017년 … 특별상과 우수상".
        for gi, (gs, ge, grade) in enumerate(grades):
            if _CONFERRER_RUN.search(text, max(prev_end, s0), gs) and not any(
                    g[1] <= gs for g in grades[:gi]):
                prev_end = ge
                continue
            if _CLASS_PHRASE_AFTER.match(text, ge, e0):
                prev_end = ge  # "대상·최우수상 지자체의 공무원에게는", "우수 시·군에 대한 시상식": the class, no winner
                continue
            if _COMPANY_RECEIVER.match(text, ge, e0):
                prev_end = ge  # "△대상(부산시장상)에 ㈜해오름항공", "대상을 받는 ㈜…은": a company's prize
                continue
            if _PERSON_OR_BODY_AFTER.match(text, ge, e0):
                prev_end = ge  # "우수상 최재원씨", "S등급은 군산노인회를 포함해": a person's or an institution's prize
                continue
            if _PRIZE_CLASS_AFTER.match(text, ge, e0) or _bodies_before(text, max(s0, gs - 20), gs, ments):
                prev_end = ge  # "금상·은상·동상 수상자에게 상금을", "200여 개 기관이 우수기관으로": no district's (0.18.0)
                continue
            if (
                grade == "대상" and _OBJECT_BEFORE.search(text, max(s0, gs - 3), gs) and _CHOSEN_AS_AFTER.match(text, ge, e0)
                and not any(gs - 4 <= mt.end <= gs for mt in ments)
            ):
                prev_end = ge  # "영농조합법인 ○○를 대상으로 뽑았다": the object, not a district, wins (0.18.0)
                continue
            if _negated(text, ge, e0):
                prev_end = ge  # "최우수상, 우수상, 장려상 가운데 어느 것도 받지 못해": no prize
                continue
            # districts
            chain = _chain_after(text, ge, ments, bool(_BULLET_BEFORE.search(text[max(s0, gs - 2) : gs])),
                                 bare=(had_chain and not _grade_word_is_bare(text, gs, ge))
                                 or _right_before_mention(text, ge, e0, ments))
            had_chain = had_chain or bool(chain)
            if gs in respective:
                dists = respective[gs]
            elif chain:
                dists = chain
            elif _CLASS_AFTER.match(text[ge : ge + 30]) or (not ments and (
                _CLASS_SUBJECT.match(text, ge) or _GENERIC_RECEIVER.search(text, ge, e0)
            )):
                # "공시제 부문 우수 자치단체는 … 사업비를 받는다", "특별상은 … 애쓴 자치단체에 돌아갔다": a class
                prev_end = ge
                continue
            else:
                dists = [m for m in ments if prev_end <= m.start and m.end <= gs and id(m) not in assigned]
                cut = _last_clause_end(text, s0, gs)
                if cut is not None and any(m.start >= cut for m in dists):
                    # "강릉시는 … 돋보였고, 동해시는 … 장려상을 받았다": the district of an earlier clause is not
                    # the receiver when another district heads the grade's own clause (0.13.0)
                    dists = [m for m in dists if m.start >= cut]
                succ = [x.end() for x in _PREDECESSORS_END.finditer(text, s0, gs)]
                if succ and dists and dists[-1].start >= succ[-1] and dists[0].end <= succ[-1]:
                    # "2019년 완주군, 지난해 전주시에 이어 올해는 전북도와 완주군이 … 우수상을 받으면서": the winners
                    # before "에 이어" are the prize's earlier holders, whose grade the text does not give (0.26.0)
                    dists = [m for m in dists if m.start >= succ[-1]]
                if not dists and prev_dists and _SAME_WINNER_GAP.fullmatch(text[prev_end:gs]):
                    # "화순군이 일자리 분야 최우수와 지역경제 분야 우수": prizes joined to the one before
                    dists = list(prev_dists)
                if not dists:
                    later = [m for m in ments if m.start >= ge and id(m) not in assigned]
                    nxt_grade = grades[gi + 1][0] if gi + 1 < len(grades) else e0
                    # "… 우수 자치단체로 뽑혀 경기도지사 표창을 받았다": the head of the body that confers the prize
                    later = [m for m in later if m.start < nxt_grade and not _CONFERRER_HEAD.match(text, m.end)]
                    if later and _FORWARD_LEAD.match(text, ge):
                        # "부문 대상에는 ‘…’로 원스톱 체계를 갖춘 경기도가, …": the subject after a clause
                        subj = [m for m in later if m.subject]
                        dists = _coordinated(text, later, subj[-1]) if subj else later[:1]
                    elif later and not any(m.start < gs and id(m) not in assigned for m in ments) and not (
                        _body_subject(text, s0, gs, ments)  # "서구시니어클럽이 … '대상'을 차지했다고 서구청이"
                    ) and not (
                        _OTHER_ITEM.search(text, ge, later[0].start)
                        or text.count("(", ge, later[0].start) > text.count(")", ge, later[0].start)
                    ):
                        dists = later[:1]  # not past another item's bullet or a company ("△대상에 ㈜…")
                        while len(dists) < len(later) and _LIST_SEP.fullmatch(text, dists[-1].end, later[len(dists)].start):
                            # "최우수 기관으로 뽑힌 청주시·장흥군·해운대구는": the whole list after the grade
                            dists.append(later[len(dists)])
            # "부산시에 따르면 … 최우수상에 사상구": the source of the news, not a winner
            dists = _winners(text, dists)
            if dists and all(
                m.unit.is_province and _SOURCE_AFTER.match(text, m.end) and not _ANAPHOR.search(text, m.end, gs)
                for m in dists
            ):
                prev_end = ge
                continue
            if _other_receiver(text[dists[-1].end if dists else max(prev_end, s0) : gs]) and not (
                dists and _CO_ITEM_GAP.match(text, dists[-1].end, gs)
            ):
                # "구로구 일자리정책과 홍 주무관이 우수상을": a person's or a company's prize; but "충북도와 보은군,
                # 청원시니어클럽이 나란히 대상을": a body listed with the districts wins beside them (0.13.0)
                prev_end = ge
                continue
            prev_dists = dists
            for m in dists:
                assigned.add(id(m))
            targets: list[tuple[str, str | None]] = [(m.full_name, m.code) for m in dists]
            organisers = {m.full_name for m in ments if m.unit.is_province and _organises(text[m.end : m.end + 40])}
            sources = ["hint" if m.by_hint else "sentence" for m in dists]
            if not targets and (
                _COUNTED_SUBJECT.search(text, max(s0, gs - 24), gs) or _named_receiver(text, ge, e0)
                or _DEPARTMENT_RECEIVES.match(text, ge, e0)
            ):
                # "210개 기관만 우수기관으로 선정됐으며": how many bodies won; "최우수상은 … 생활체육팀이
                # 받았다", "은상은 … 교육청소년과에 돌아갔다": the receiver is named and is no district
                prev_end = ge
                continue
            if not targets and _body_subject(text, s0, gs, ments):
                # "대구중구시니어클럽은 … 부문에서 A등급 우수기관에 올랐고", "부안지역자활센터는 3년 잇따라
                # 최우수기관에": the sentence's receiver is an institution, not the article's district
                prev_end = ge
                continue
            if not targets:
                at = focus.district_source_at(gs, after_ok=False)
                if at is not None and at[0] in organisers:
                    before_subject = focus.subject_before(si)
                    at = (*before_subject, "frame") if before_subject else None
                if at is None:
                    prev_end = ge
                    continue
                targets = [(at[0], at[1])]
                sources = [at[2]]
            # years
            before = [y for y in years if y.end <= gs]
            ylist: list[int | None]
            window_start = max(prev_end, s0)
            ysrc: str | None = "sentence"
            if before and gi > 0 and grades[gi - 1][1] > before[-1].end and (
                _SUCCESSION.search(text[grades[gi - 1][1] : gs]) or _STREAK_AFTER.search(text[grades[gi - 1][1] : gs])
            ):
                streak = _STREAK_AFTER.search(text[grades[gi - 1][1] : gs])
                y0 = before[-1]
                before = []  # "2015년 특별상 이후 10년 만에 우수상": the year went with the earlier prize
                if streak and grades[gi - 1][2] != grade:
                    # "2016년 종합대상에 이어 … 8년 연속 우수 자치단체": a streak of another grade than the prize
                    # the year went with; "N년 연속" without its years is no record (EXTRACTION.md)
                    prev_end = ge
                    continue
                if streak and y0.relative is None and len(y0.years) == 1:
                    # "2010년 … 최우수상을 받은 데 이어 3년 연속 최우수": the run starts with the year given
                    run = int(streak.group(1))
                    if 1 < run <= 15:
                        before = [YearMention(y0.start, y0.end, tuple(range(y0.years[0], y0.years[0] + run)), "range")]
            if len(before) >= 2 and before[-2].relative is None and _YEAR_IN_CATEGORY.fullmatch(text, before[-1].end, gs) and (
                event_after(text, before[-2].end) is not None
                and not any(before[-2].end <= g[0] < gs for g in grades)
            ):
                # "'2022 전국 … 일자리대상'에서 2021년 지역일자리 목표공시제 부문 우수상": the prize takes the year
                # in its award's name; the other year is the period its 부문 evaluated
                before = before[:-1]
            clause = _CLAUSE_BETWEEN.search(text, before[-1].end, gs) if before and (
                named_event_year or _CEREMONY_PRIZE.search(sentence)
            ) else None
            if clause and not _STREAK.search(text[before[-1].end : gs]) and (
                (event_after(text, before[-1].end) or e0) > clause.start()
            ):
                # "지난해 … 1만 개를 지원해 목표를 달성했으며, 공시제 부문 최우수 지자체로 뽑혔다": the count's
                # year; a 공시제 prize takes its ceremony's (gold README), as does an award the text names with its
                # year. Another evaluation keeps the year it evaluated, which the sentence's year gives ("지난해 구는
                # 목표를 112% 달성했으며, 그 성과로 '… 구·군 일자리 사업 평가'에서 우수상을 받았다", 0.20.0)
                before = []
            if before and _ACHIEVEMENT_CLAUSE.fullmatch(text, before[-1].end, gs) and event_after(text, before[-1].end) is None:
                # "지난해 일자리를 가장 많이 만든 최우수 지방자치단체로": the year dates the achievement the clause
                # before the grade describes, not the prize (as for the clause rule above)
                before = []
            if before and _THIS_TIME.search(text, before[-1].end, gs) and event_after(text, before[-1].end) is None:
                before = []  # "2016년 고용률 62.9%를 기록하는 등 … 이번에 우수상을": the year dates something else
            if before and (before[-1].relative in ("every", "range") or _STREAK.search(text, before[-1].end, gs)):
                mixed = _joined_grades(text, grades, before[-1].end)
                if gs in mixed and len({g[2] for g in grades if g[0] in mixed}) > 1:
                    # "2015년부터 해마다 특별상, 우수상, 최우수상 등을 받으며": a run of years with a tally of
                    # different grades cannot be paired year by year (gold README: no expansion) — no record
                    prev_end = ge
                    continue
            listed_years = _year_run(text, before) if before else []
            if len(listed_years) > 1:
                # "2013년, 2014년, 2015년 세 번 연속 특별상과 우수상": years listed before joined grades pair
                # only one to one; one grade goes with every year; otherwise the years cannot be paired
                joined = _joined_grades(text, grades, listed_years[-1].end)
                flat = [v for z in listed_years for v in z.years]
                if len(joined) == len(flat) and gs in joined:
                    before = [YearMention(listed_years[0].start, listed_years[-1].end, (flat[joined.index(gs)],), None)]
                elif len(joined) > 1:
                    prev_end = ge
                    continue
                else:
                    before = [YearMention(listed_years[0].start, listed_years[-1].end, tuple(flat), None)]
            if before and before[-1].relative == "every" and len(before) > 1 and default_year is not None:
                y0 = before[-2]
                if y0.relative is None and len(y0.years) == 1 and _SINCE.fullmatch(text, y0.end, before[-1].start) and (
                    not any(before[-1].end <= g[0] < gs for g in grades)
                ) and (
                    0 < default_year - y0.years[0] <= 15
                ):
                    # "2012년 이후 해마다 우수상을 받았고, … 종합대상은 올해가 처음": every year from the one given
                    # to the year before the article's own
                    before = [YearMention(y0.start, before[-1].end, tuple(range(y0.years[0], default_year)), None)]
            if before:
                y = before[-1]
                if y.relative == "every":
                    ylist = [pub.year] if pub else [None]
                    ysrc = "published"
                elif y.relative == "range":
                    # "2019년부터 2021년까지 3년 연속 최우수상": every year of an explicit span of a streak;
                    # a span without 연속 ("2019~2021년 실적 평가에서") gives its last year
                    # "'21~'22년 대상에 이어": a span right before its grade gives every year too
                    # "2년 연속(2010-2011년) 최우수 구로": the span of a streak in brackets
                    # "2018년부터 3년간은 … 최우수 등급": a run counted in years gives each of them (0.40.0)
                    ylist = list(y.years) if _STREAK.search(text[y.end : gs]) or _RUN_OF_YEARS.search(
                        text, y.start, y.end) or re.fullmatch(
                        rf"\s*[‘“'\"]?\s*(?:{_CATEGORY_WORD}\s*)?", text[y.end : gs]) or (
                        re.fullmatch(r"\)\s*", text[y.end : gs]) and _STREAK.search(text, max(s0, y.start - 8), y.start)
                    ) or (
                        # "5년간(2015~2019) '… 최우수기관'으로 뽑혔고": a span of as many years as the count before it
                        text.startswith(")", y.end) and (n := _YEARS_COUNT_BEFORE.search(text, max(s0, y.start - 8), y.start))
                        is not None and int(n.group(1)) == len(y.years)
                    ) else [y.years[-1]]
                elif len(y.years) > 1:
                    same = [g for g in grades if g[0] > y.end and (not [z for z in years if y.end <= z.start < g[0]])]
                    idx = [g[0] for g in same].index(gs) if gs in [g[0] for g in same] else 0
                    ylist = [y.years[idx]] if len(same) == len(y.years) else list(y.years)
                else:
                    ylist = [y.years[0]] if y.years else [None]
                    if not y.years and y.relative == "this" and frame.event_year is not None:
                        ylist, ysrc = [frame.event_year], "frame"  # "올해도" in an undated story of the 2022 award
                    elif not y.years and y.relative == "this" and pub is None:
                        # undated: "2018년 특별상을 시작으로 2019년 최우수상, 올해는 우수상을 받아 3년 연속" —
                        # this year follows the history the sentence gives
                        hist = [v for z in years if z.end <= y.start and z.relative is None for v in z.years]
                        if hist:
                            ylist, ysrc = [max(hist) + 1], "frame"
                    if y.relative == "this" and re.search(r"(?:지난해|작년)(?:에|와|과)?\s*이어", text[s0:gs]):
                        ylist.append(ylist[0] - 1 if ylist[0] else None)
                    elif y.relative is None and len(y.years) == 1 and re.search(
                        r"(?:지난해|작년)(?:에|와|과)?\s*이어\s*$", text[s0 : y.start]
                    ):
                        ylist.append(y.years[0] - 1)  # "지난해에 이어 2025년에도 '최우수'에 올랐다": last year's too
                if _AFTER_YEAR_IN_A_ROW.match(text, y.end) and default_year is not None and y.years and (
                    default_year > max(v for v in y.years if v is not None)
                ):
                    # "우수사업에서는 2020년도에 이어 두 번째로 우수상", "2010년과 지난해에 이어 3년 연속 최우수":
                    # the years before "에 이어" and the article's own year
                    ylist = [*ylist, default_year]
                if ylist == [y.years[-1] if y.years else None] and ylist[0] is not None and (
                    ylist[0] + 1 in ceremony_years and _GONGSI_AFTER.match(text, y.end, gs)
                ) and (y.relative == "last" or (
                    y.relative is None and len(y.years) == 1 and not _HISTORY_CUE.search(text, s0, e0)
                )):
                    # "구는 지난해 지역일자리 목표 공시제 평가에서 최우수기관으로 뽑혀" in a story of the '2019 전국
                    # 지방자치단체 일자리 대상', "「2017년 지역일자리 목표 공시제 추진실적」 평가에서 우수기관으로 뽑혀 …
                    # 「2018 전국지방자치단체 일자리대상」 행사에서": the year evaluated, the prize takes the ceremony's
                    # year (gold README "공시제 prizes take the ceremony's year"). The years of a history ("2016년과
                    # 2017년 … 공시제 특별상과 우수상을 잇따라") stay as written (dev_007).
                    ylist, ysrc = [ylist[0] + 1], "frame"
                window_start = max(window_start, y.end)
            elif (last_ctx is not None and si - last_ctx[3] <= 2 and not any(y.end <= gs for y in years)
                  and not (last_ctx[4] and frame.event_year is not None)):
                ylist = list(last_ctx[2])  # "…평가’에서 남구가 최우수구로 뽑혔다. 중구는 우수구에 …"
                ysrc = "frame"
            else:
                ylist = [default_year]
                ysrc = default_src
            if ylist == [None]:
                ysrc = None
            inherited = not before and last_ctx is not None and si - last_ctx[3] <= 2
            award, category, organizer = _award_name(gaz, text[window_start:gs], name_day)
            if category is None:
                # "'… 경진대회'에서 일자리 및 고용환경 개선 분야 우수상": a 분야 is the prize's category like a 부문
                category = _field_category(text, window_start, gs)
            named_award = award
            continuing = window_start == prev_end and gi > 0
            if award is None and category:
                named = V.canonical_award(category.removesuffix(" 부문"))
                if named != category.removesuffix(" 부문") and article_award() in (None, named):
                    award = named
            if award is None and continuing:
                award = prev_award[0]
            if award is None:
                # an alias used as the 부문 ("지역일자리 목표 공시제 부문에서는") names no award
                award = _nearest_alias(_without_categories(text[s0:gs]))
            if organizer is None:
                if continuing:
                    organizer = prev_award[1]
                elif gi == 0:
                    org = _organizer(gaz, text[s0:gs], name_day)
                    organizer = org[0] if org else None
            if award and award == named_award:
                award = _with_province(gaz, award, organizer)
            # Other-topic prizes (재난대책, 청렴도, 투자유치 …) are no job-award records (data/award_topics.tsv).
            # the award's own name first ("'제10회 대한민국 지방자치경영대전' 시상식에서 대상" in a sentence that
            # also speaks of jobs), then the words before the grade
            # (not a district's entry, "달성군의 '…'은 우수상을": its words name the entry, not the prize; 0.42.0)
            quoted = [q.group(1) for q in _QUOTED.finditer(text, window_start, gs) if not _is_entry(text, s0, q)]
            topic = _topic(named_award) if named_award else (_topic(quoted[-1]) if quoted else None)
            field = _FIELD_BEFORE.search(text, window_start, gs)
            if topic == "other" and field and _topic(field.group(1)) == "job":
                topic = "job"  # "'2017 한국의 지방자치 경영대상'에서 일자리 창출 분야 대상": a general contest's jobs field
            elif topic == "job" and field and _topic(field.group(1)) == "other":
                # "'… 일자리·투자유치 한마당'에서 … 투자유치 분야 '우수상'": another field of a jobs event (0.29.0)
                topic = "other"
            if topic == "other" and (
                any(_topic(f.group(1)) == "job" for f in _ANY_FIELD.finditer(text, window_start, gs))
                or _topic(text[gs:ge]) == "job"
            ):
                # "… 경영대상'에서 일자리창출 부문 4년 연속 대상", "… 경영대상' 평가에서 일자리창출대상": the jobs
                # field of a general contest, named a few words before the grade or glued to it
                topic = "job"
            if topic is None and _topic(" ".join(_without_entries(text, window_start, gs).split()[-2:])) == "other":
                topic = "other"  # "… 일자리 사업인 ‘…’을 키워 제19회 지방자치 경영대전 대상": the prize's own name
            if topic is None and named_award is None and (after := _FIELD_AFTER.match(text, ge)) is not None:
                # "최우수상을 받은 투자유치 분야에서는 …": a sentence that goes back over a prize by its field
                topic = _topic(after.group(1))
            if topic is None:
                topic = _topic(_without_entries(text, window_start, gs))
            if topic is None and continuing:
                topic = prev_topic
            if topic is None:
                back = _BACK_REFERENCE.search(text, s0, gs)
                topic = _topic(text[s0:gs]) or (last_named_topic if back else None) or (
                    # "지역경제 분야 우수 시군은 강진군이 대상을 차지했다. 최우수상은 해남군·영광군, …": the next
                    # sentence's grades, naming no topic or award of their own, go on with the other field
                    "other" if si - other_field_at == 1 and named_award is None and category is None else None
                ) or article_topic
            elif topic == "other" and field is not None:
                other_field_at = si
            prev_topic = topic
            if named_award:
                last_named_topic = _topic(named_award)
            contest = (
                article_contest or "공모전" in text[s0:gs]
                # "… 아이디어 공모전도 열어 … 골랐다. 최우수상은 …(이수진), 우수상은 …": the contest goes on
                or (not ments and any("공모전" in text[a:b] for a, b in art.sentences[max(0, si - 2) : si]))
            ) and _nearest_alias(text[s0:gs]) is None and not _EVALUATION_NAMED.search(text, s0, gs) and not (
                # "청양군이 '사회적경제 추진 우수사례 공모전'에서 우수기관으로 뽑혀": a contest among local
                # governments, whose grade names the body that wins (0.15.0)
                _BODY_GRADE.search(text, gs, min(e0, ge + 8)) and "사례" in text[s0:gs]
                # "'2025년 시군 일자리센터 사업운영 우수사례 공모전'에서 최우수상을": a contest whose name
                # makes local governments its entrants (0.32.0)
                or _DISTRICTS_CONTEST.search(text, s0, gs) is not None
                # "김천시가 … '2011 일자리창출 우수사례 … 공모전'에서 최우수상을 받았다": the district itself, the
                # sentence's subject before the prize with no other receiver after it, is the entrant that wins (0.42.0)
                or _district_entrant(text, s0, gs, ments)
            )
            if topic == "other" or contest:
                # other topics; and a 공모전's prizes, which go to entries and entrants ("아이디어 공모전 …
                # 우수상을 받았다", "시장상(대상) … 등 9건을 골라"), not to a district
                prev_end = ge
                continue
            if inherited and last_ctx is not None and award is None and organizer is None:
                award, organizer = last_ctx[0], last_ctx[1]
            if (category is not None and _PEOPLE_CATEGORY.match(category)) or (
                people_end is not None and category is None
            ):
                # "개인부문에서는 … 상담사의 '…' 사례가 대상, '…' 사례가 우수상에", "개인부문 대상·우수상을":
                # prizes of the staff, not of the district; the 부문 holds to the sentence's end (0.32.0)
                prev_end = people_end = ge
                continue
            people_end = None
            # "지역맞춤형 일자리창출 부문 대상은 A가 받았다. 최우수상은 B, C에 돌아갔다.": a 부문 heading a
            # section of the winners' list holds for the next sentences' grades until another is named
            if category is None and named_award is None and section is not None and si - section[1] <= 1 and not before and (
                not re.search(r"[가-힣]상인\s*$", text[window_start:gs])  # "장관상인 최우수상은": a class of its own
                and not re.match(r"\s*\([^()]{0,20}상\)", text[ge : ge + 24])  # "최우수상(고용노동부장관상)은"
            ):
                category = section[0]
            if category is not None:
                section = (category, si)
            elif named_award is not None:
                section = None
            prev_award = (award, organizer)
            # a history sentence ("2018년 특별상, 2019년 최우수상, 지난해 우수상") lends no year to the next
            # nor does one whose year went with an earlier prize ("2016년 종합대상에 이어 두 번째")
            history = len([y for y in years if y.years]) >= 2 or bool(
                years and _HISTORY_CLAUSE.search(text, years[-1].end, e0)
            )
            last_ctx = (award, organizer, tuple(ylist), si, history)
            prev_end = ge
            is_label = grade == "우수" and bool(_LABEL_AFTER.match(text, gs))
            from_span = len(ylist) > 1 and bool(before) and before[-1].relative == "range"
            # "강원도(광역단체 부문)와 충북 청주시(기초단체 부문)는 … 대상을": each winner's own 부문
            own = [_OWN_CATEGORY.match(text, m.end) for m in dists] if len(dists) == len(targets) else []
            cats = [o.group(1) if o else category for o in own] or [category] * len(targets)
            for (name, code), dsrc, cat in zip(targets, sources, cats, strict=True):
                for year in ylist:
                    facts.append(
                        AwardFact(aid, name, code, year, award, cat, grade, organizer, sentence, (s0, e0),
                                  ysrc if year is not None else None, dsrc)
                    )
                    if is_label:
                        labels.add(id(facts[-1]))
                    if from_span:
                        spans.add(id(facts[-1]))
                    elif len([y for y in years if y.years]) >= 2:
                        listed.add(id(facts[-1]))  # a history of several years ("2019년 … 대상, 2020년 … 우수상")
    if spans:
        # "'2019년 …평가'에서 최우수상 … 2016년부터 4년 연속 우수기관에 올랐고": the article's own record for a
        # year of the span has another grade, so the span tallies a class, not one grade a year (gold README)
        others: dict[tuple[str, int | None], list[AwardFact]] = {}
        for f in facts:
            if id(f) not in spans and id(f) not in labels and id(f) not in listed:
                others.setdefault((f.district, f.year), []).append(f)
        differ = {
            (f.district, f.grade) for f in facts
            if id(f) in spans and (given := [
                g.grade for g in others.get((f.district, f.year), [])
                if g.award == f.award or None in (g.award, f.award)
            ]) and f.grade not in given
        }
        facts = [f for f in facts if id(f) not in spans or (f.district, f.grade) not in differ]
    # the award the article names most, for records whose sentence names none (computed only then)
    facts.extend(_group_records(art, text, focus, facts, lead_end, default_year, default_src))
    if labels:
        # "우수기관으로 뽑혔다 … 6곳의 우수기관에 들어 장려상을 받았다": 우수기관 names every winner of
        # the evaluation; the district's own grade given in the article replaces it
        graded = {(f.district, f.year, f.award) for f in facts if id(f) not in labels and f.grade != "우수"}
        # "우수기관으로 뽑혀 고용노동부 장관상(특별상)을": the grade of the same sentence, whatever award name it got
        graded_here = {(f.district, f.year, f.char_span) for f in facts if id(f) not in labels and f.grade != "우수"}
        facts = [
            f for f in facts
            if id(f) not in labels or not (
                {(f.district, f.year, f.award), (f.district, f.year, None)} & graded
                or (f.district, f.year, f.char_span) in graded_here
            )
        ]
    # "시·군 일자리 평가" with no body named: the evaluation of the winners' 광역 (gold README convention)
    facts = [
        replace(f, award=_with_province(gaz, f.award, f.district.split()[0]))
        if f.award and (_OF_UNITS.match(f.award) or _AREA_PREFIX.match(f.award)) and " " in f.district else f
        for f in facts
    ]
    unnamed = any(f.award is None for f in facts)
    # the award the article names most, else the first one named, for records whose sentence names none
    default = (
        (_event_award(art, text, name_day) or article_award() or next((f.award for f in facts if f.award), None)
         or _quoted_award(art, text, name_day))
        if unnamed else None
    )
    merged = merge_awards(facts, default)
    # "인천 서구는 … 2년 연속 우수상을 받았다. 이날 … 2024 사회적기업 기념행사에서 … 우수상": an undated lead
    # restates the dated record of the same district, grade and award (or names none)
    dated = {
        (f.district, f.grade, f.award) for f in [*facts, *merged]  # before merging: each dated sentence's award
        if f.year is not None and not _SUCCESSION.search(f.evidence or "")  # "이번 최우수상은 2020년 … 에 이어"
    }
    merged = [
        f for f in merged
        if f.year is not None or not (
            (f.district, f.grade, f.award) in dated
            or (f.award is None and any(k[:2] == (f.district, f.grade) for k in dated))
        )
    ]
    if any(f.award is None and f.organizer is None for f in merged):
        evaluator = _evaluating_province(art)
        if evaluator:
            merged = [replace(f, organizer=evaluator) if f.award is None and f.organizer is None and (
                f.district.split()[0] == evaluator) else f for f in merged]
    return [_with_regional_name(gaz, f) for f in merged]


# "서울시가 20일 공공 일자리를 만든 10개 자치구를 선정했다", "전라남도가 올 상반기 시군별 일자리 창출사업을
# 평가해": the 광역 that evaluates or selects its units
_EVALUATES_AFTER = re.compile(
    r"(?:가|이|는|은)\s+[^.]{0,60}?(?:평가|선정|골라|골랐|뽑아|뽑았|표창|시상)(?:해|했|하여|하고|한|하며|했다)"
)


def _evaluating_province(art: C.Article) -> str | None:
    """The 광역 that, as subject, evaluates or selects in the article's body (the first one found)."""
    for si in range(len(art.sentences)):
        for m in art.focus.in_sentence(si):
            if m.unit.is_province and _EVALUATES_AFTER.match(art.text, m.end, art.sentences[si][1]):
                return m.full_name
    return None


# the words a 광역's job evaluation of its 시·군·구 is written with ("부산시 구·군 일자리 창출 실적 평가",
# "전북도 시·군 일자리시책 평가", "서울시 일자리 창출사업 평가"): all of them name that 광역's one evaluation
_REGIONAL_WORDS = re.compile(
    r"(?:(?:구·군|시·군|시군|구군|자치구|일자리|일자리창출|창출|실적|추진실적|시책|정책|사업|창출사업|우수|종합)\s*)*평가"
)
_UNIT_WORD = re.compile(r"자치구|구·군|시·군")


@cache
def _regional_names(gaz: Gazetteer) -> dict[str, str]:
    """광역 full name → the canonical name of its job evaluation of its units (``data/awards.tsv``)."""
    out: dict[str, str] = {}
    for canon in sorted(set(V.award_aliases().values())):
        head, _, rest = canon.partition(" ")
        units = gaz.provinces_named(head) if rest and _UNIT_WORD.search(rest) else []
        if units and "일자리" in rest:
            for u in units:
                out.setdefault(u.name, canon)
    return out


def _with_regional_name(gaz: Gazetteer, f: AwardFact) -> AwardFact:
    """A 광역's evaluation of its units under the one canonical name of the alias table."""
    if f.award is None:
        # "서울시가 … 10개 자치구를 선정했다", no evaluation named: the 광역 that evaluates its own units
        if f.organizer and " " in f.district and f.district.split()[0] == f.organizer:
            name = _regional_names(gaz).get(f.organizer)
            return replace(f, award=name) if name else f
        return f
    head, _, rest = f.award.partition(" ")
    if not rest or f.award in _canonical_names() or not _REGIONAL_WORDS.fullmatch(rest) or "일자리" not in rest:
        return f
    for u in gaz.provinces_named(head):
        name = _regional_names(gaz).get(u.name)
        if name:
            return replace(f, award=name)
    return f


# "우수 자치구 20곳", "최우수 기관 3곳": a grade given once to a group counted in the same breath
_GROUP = re.compile(
    r"(?<![가-힣])(최우수|우수|장려|노력|모범)\s*(?:자치구|구|기관|시·군|시군|지자체|자치단체|구·군)\s*(\d{1,2})\s*(?:곳|개)"
)
_GROUP_CUE = re.compile(r"뽑|선정|이름을\s*올|포함|들었|분야에서는|부문에서는|[△▲]")
# "전국 34개 자치단체를 우수기관으로 뽑아": a counted group of local governments chosen for one grade, its members (광역
# and 기초 alike) listed in the next sentences ("시·도에서는 A, B …가 뽑혔다. 시·군·구는 C, D … 등이다") (0.40.0)
_GROUP_OBJECT = re.compile(
    r"(?<![\d,])(\d{1,3})\s*(?:개|곳)\s*(?:자치단체|지자체|지방자치단체|광역·기초\s*자치단체|시·도|시도|시·군·구|시군구)"
    r"(?:을|를)\s*(최우수|우수|장려|모범)\s*(?:기관|지자체|자치단체|지방자치단체)?\s*(?:으로|로)\s*(?:최종\s*)?(?:선정|뽑|선발)"
)
# "2012년 일자리창출 우수기관인 칠곡군을 비롯한 상주·문경시, 예천군 등 4개 시군": the grade of a head in apposition,
# shared by the group it heads, counted in the same breath (0.40.0)
_GROUP_APPOSITIVE = re.compile(
    r"(최우수|우수|장려|모범)\s*(?:기관|지자체|자치단체|시·군|시군)인\s+[^.\n]{1,12}?(?:을|를|이|가)\s*비롯(?:한|해)\s+"
    r"[^.\n]{1,80}?\s등\s*(\d{1,2})\s*(?:개\s*)?(?:시군|시·군|시·군·구|자치단체|지자체|기관|자치구|구·군|곳)"
)
#: the group's head named before its count ("대구광역시를 비롯한 전국 34개 자치단체를")
_GROUP_HEAD_BEFORE = re.compile(r"(?:을|를|이|가)\s*비롯(?:한|해|하여)\s*(?:전국\s*)?$")
#: a list sentence that closes with its members ("… 울산 동구 등이다")
_LIST_CLOSE = re.compile(r"등(?:이다|이었다|입니다)")


def _group_records(
    art: C.Article, text: str, focus: C.Focus, facts: list[AwardFact], lead_end: int,
    year: int | None, ysrc: str | None,
) -> list[AwardFact]:
    """Records for a group graded once whose members are named apart from the grade: "우수 자치구 20곳을 골라 … △강동구
    △강북구 … 등 20개 자치구가 뽑혀" (:data:`_GROUP`), "전국 34개 자치단체를 우수기관으로 뽑아 … 시·도에서는 A, B …가
    뽑혔다" (:data:`_GROUP_OBJECT`, :func:`_listed_group`) and "2012년 … 우수기관인 칠곡군을 비롯한 … 등 4개 시군"
    (:data:`_GROUP_APPOSITIVE`, :func:`_appositive_group`). The members get the group's grade when they number exactly
    as many as the group counts; a member's own record of the grade stands."""
    if not _GROUP.search(text) and not _GROUP_OBJECT.search(text) and not _GROUP_APPOSITIVE.search(text):
        return []
    out: list[AwardFact] = []
    have = {f.district for f in facts}
    for si, (s0, e0) in enumerate(art.sentences):
        if e0 <= lead_end:
            continue
        gm = _GROUP.search(text, s0, e0)
        om = _GROUP_OBJECT.search(text, s0, e0) if gm is None else None
        group = (_listed_group(art, text, focus, facts, si, gm, om, year, ysrc) if gm or om
                 else _appositive_group(text, focus, facts, si, year, ysrc))
        if group is None:
            continue
        grade, members, y, src, in_sentence = group
        for name, m in members.items():
            if name in have:
                continue  # (its own record of this grade stands)
            s1, e1 = (s0, e0) if in_sentence else art.sentence_of(m.start)
            out.append(AwardFact(art.id, name, m.code, y, None, None, grade, None, text[s1:e1], (s1, e1), src,
                                 "hint" if m.by_hint else "sentence"))
    return out


#: a group's grade, its members, the year and its source, and whether the records take the group's own sentence
_Group = tuple[str, dict[str, C.Mention], int | None, str | None, bool]


def _listed_group(
    art: C.Article, text: str, focus: C.Focus, facts: list[AwardFact], si: int,
    gm: re.Match[str] | None, om: re.Match[str] | None, year: int | None, ysrc: str | None,
) -> _Group | None:
    """The group counted in sentence ``si`` (``gm`` of :data:`_GROUP`, else ``om`` of :data:`_GROUP_OBJECT`) and its
    members listed in the next sentences that select or sort them (뽑혀, 선정, "일자리 분야에서는 A·B"; "… 등이다" for a
    mixed list)."""
    spans = art.sentences
    if gm is not None:
        grade = _forms()[gm.group(1)].grade if gm.group(1) in _forms() else gm.group(1)
        want, group_end = int(gm.group(2)), gm.end()
    elif om is not None:
        grade, want, group_end = om.group(2), int(om.group(1)), om.end()
    else:
        return None
    found: dict[str, C.Mention] = {}
    if om is not None:
        # the head named before the count, and the members of mixed lists of 광역 and 기초
        for m in focus.in_sentence(si):
            if m.end <= om.start() and _GROUP_HEAD_BEFORE.search(text, m.end, om.start()):
                found.setdefault(m.full_name, m)
    cities = 0  # 행정시 listed among the members (제주시, 서귀포시): members, but no districts
    for sj in range(si, min(len(spans), si + 5)):
        a, b = spans[sj]
        if sj > si and _grade_regex().search(text, a, b) and (_GROUP.search(text, a, b) or _GROUP_OBJECT.search(text, a, b)):
            break  # another group
        if not _GROUP_CUE.search(text, a, b) and not (om is not None and sj > si and _LIST_CLOSE.search(text, a, b)):
            continue
        for m in focus.in_sentence(sj):
            if (om is not None or not m.unit.is_province) and (sj > si or m.start > group_end):
                found.setdefault(m.full_name, m)
        if om is not None and sj > si:
            cities += sum(1 for _s, _e, surface in art.gazetteer.finditer(text[a:b])
                          if (units := art.gazetteer.candidates(surface)) and all(u.level == "행정시" for u in units))
        if len(found) + cities >= want:
            break
    # "우수 자치구 20곳": no member may have a record of its own; a mixed list's members may have one of this grade
    recorded = {f.district for f in facts} if gm is not None else {f.district for f in facts if f.grade != grade}
    if len(found) + cities != want or recorded & set(found):
        return None
    return grade, found, year, ysrc if year is not None else None, False


def _appositive_group(
    text: str, focus: C.Focus, facts: list[AwardFact], si: int, year: int | None, ysrc: str | None,
) -> _Group | None:
    """The group a dated grade in apposition heads in sentence ``si`` (:data:`_GROUP_APPOSITIVE`), dated by the head's
    own record (its year stated before the grade)."""
    s0, e0 = focus.sents[si]
    am = _GROUP_APPOSITIVE.search(text, s0, e0)
    if am is None:
        return None
    members = {m.full_name: m for m in focus.in_sentence(si) if am.start() < m.start < am.end()}
    grade = am.group(1)
    if len(members) != int(am.group(2)) or {f.district for f in facts if f.grade != grade} & set(members):
        return None
    head = next((f for f in facts if f.district in members and f.grade == grade and f.char_span == (s0, e0)), None)
    y, src = (head.year, head.year_source) if head is not None else (year, ysrc if year is not None else None)
    return grade, members, y, src, True


def merge_awards(facts: list[AwardFact], default_award: str | None = None) -> list[AwardFact]:
    """One record per (district, year, grade), or per category when one grade has several 부문.

    A record without a category merges into one with a category; missing award names and
    organisers are filled from the merged records.
    """
    groups: dict[tuple[str, int | None, str], list[AwardFact]] = {}
    for f in facts:
        groups.setdefault((f.district, f.year, f.grade), []).append(f)
    out = []
    known = set(V.award_aliases().values())
    for group in groups.values():
        cats: list[str | None] = list(dict.fromkeys(f.category for f in group if f.category))
        # "공시제 부문" restating "지역일자리 목표 공시제 부문" for the same grade: one 부문, the full name kept
        # (a one-letter rest, "도 일자리 분야" next to "일자리 분야", is a stray word: the shorter is kept)
        cats = [c for c in cats if not any(
            o != c and o and c and (
                (V.squash(o).endswith(V.squash(c)) and len(V.squash(o)) - len(V.squash(c)) > 1)
                or (V.squash(c).endswith(V.squash(o)) and len(V.squash(c)) - len(V.squash(o)) <= 1)
            ) for o in cats
        )]
        keys = cats or [None]
        for cat in keys:
            mine = [f for f in group if f.category == cat] or group
            first = mine[0]
            # Prefer a canonical name from the alias table, then the longest one given.
            names = sorted({f.award for f in group if f.award}, key=lambda n: (n not in known, -len(n)))
            award = names[0] if names else None
            org = next((f.organizer for f in mine if f.organizer), None) or next(
                (f.organizer for f in group if f.organizer), None
            )
            out.append(replace(first, award=award or default_award, organizer=org, category=cat))
    return out


# ---------------------------------------------------------------------------------------------------------------
# The model ``award_record``: which of the rules' records a careful reader keeps (0.37.0)

#: the model that checks the rules' award records, and its labels
AWARD_MODEL = "award_record"
AWARD_LABELS = ("drop", "keep")
#: a record is dropped when the model gives ``drop`` this much (0.37.0: with each fifth of the read sets' files left
#: out of training and extracted, 0.5 / 0.6 / 0.7 / 0.8 / 0.9 scored awards 0.9100 / 0.9103 / 0.9129 / 0.9137 / 0.9117
#: against 0.9116 for the rules alone)
DROP_AT = 0.8
_JOB_WORD = re.compile(r"일자리|고용|취업|창업|일경험|구직|채용|인력")


def _morph_index(art: C.Article, doc: object | None) -> tuple[list[Any], list[int]]:
    """The article's Kiwi morphemes in text order and their starts (from the Doc when there is one)."""
    if doc is not None:
        flat, starts = doc_morph_index(doc)  # type: ignore[arg-type]
        if flat:
            return flat, starts
    tokens = sorted(get_kiwi().tokenize(art.text), key=lambda m: m.start)
    return tokens, [m.start for m in tokens]


def _bucket(n: int) -> str:
    return str(n) if n < 3 else ("3-5" if n <= 5 else "6+")


def award_features(art: C.Article, index: tuple[list[Any], list[int]], fact: AwardFact, facts: list[AwardFact]) -> list[str]:
    """The cues of one award record: how the rules settled it (year and district sources, award, organizer,
    부문), the last words of the award's name, the words around its grade and after its district, where its
    sentence stands, and how many records and districts the article has. No names of districts, no years, no
    other words of the sentence (with them the model learnt the read sets' sentences: 0.9123 at best)."""
    text = art.text
    morphs, starts = index
    s0, e0 = fact.char_span
    f = [f"g={fact.grade}", "lvl=1" if " " not in fact.district else "lvl=2", f"ys={fact.year_source}",
         f"ds={fact.district_source}", "org=" + ("none" if fact.organizer is None else "known"),
         "cat=" + ("none" if fact.category is None else "some"), "yr=" + ("none" if fact.year is None else "some")]
    if fact.award is None:
        f.append("aw=none")
    else:
        canonical = V.canonical_award(fact.award)
        f.append("aw=canonical" if canonical in _canonical_names() else "aw=free")
        f.extend(f"aww={w}" for w in canonical.split()[-3:])
    f.append("pos=" + ("head" if e0 <= art.body_start else ("lead" if s0 <= art.body_start + 5 else "body")))
    sentence = text[s0:e0]
    if _JOB_WORD.search(sentence):
        f.append("job_sent")
    if art.title and _JOB_WORD.search(art.title):
        f.append("job_title")
    a, b = bisect_left(starts, s0), bisect_left(starts, e0)  # the sentence's morphemes
    # the grade's neighbours (its first mention in the sentence) and the district's
    gs = sentence.find(fact.grade)
    if gs >= 0:
        k = bisect_left(starts, s0 + gs)
        around = [x for x in range(k - 3, k + 4) if a <= x < b and x != k]
        for x in around:
            side = "gL" if x < k else "gR"
            f.append(f"{side}={morphs[x].form}/{str(morphs[x].tag)[:2]}")
    mentions = [m for m in art.mentions if s0 <= m.start < e0 and m.full_name == fact.district]
    if mentions:
        m0 = mentions[0]
        k = bisect_left(starts, m0.end)
        for x in range(k, min(b, k + 2)):
            f.append(f"dR={morphs[x].form}/{str(morphs[x].tag)[:2]}")
        if gs >= 0:
            gap = s0 + gs - m0.end
            f.append("dgap=" + ("before" if gap < 0 else ("near" if gap <= 20 else ("mid" if gap <= 60 else "far"))))
    else:
        f.append("dR=none")
    f.append(f"nrec={_bucket(len(facts))}")
    f.append(f"ndist={_bucket(len({x.district for x in facts}))}")
    return f


def award_examples(art: C.Article, doc: object, gold: dict[str, Any]) -> list[tuple[list[str], str]]:
    """Training examples of one gold line: each record of the rules, ``keep`` when the gold has its
    (district, year, grade) (the key EXTRACTION.md scores), else ``drop``."""
    wanted = {(r.get("district"), r.get("year"), r.get("grade")) for r in gold.get("awards") or [] if isinstance(r, dict)}
    facts = rule_awards(art)
    if not facts:
        return []
    index = _morph_index(art, doc)
    return [
        (award_features(art, index, f, facts), "keep" if (f.district, f.year, f.grade) in wanted else "drop")
        for f in facts
    ]


MODELS = {
    AWARD_MODEL: ModelSpec(examples=award_examples, labels=AWARD_LABELS,
                           params={"l2": 3e-4, "epochs": 300, "rate": 0.05, "min_count": 2}),
}


def extract_awards(art: C.Article, doc: object | None = None) -> list[AwardFact]:
    """Award records of an article: the rules' records (:func:`rule_awards`), checked by the model
    ``award_record`` when there is one.

    :param art: the article with its district mentions (``govnews_districts``)
    :param doc: the article's Doc (its Kiwi morphemes); without it the text is analysed again
    :returns: one fact per (district, year, grade[, category]), merged across sentences
    """
    facts = [f for f in rule_awards(art) if not _internal_contest(art.text, f)]
    model = model_or_none(AWARD_MODEL)
    if model is None or not facts:
        return facts
    index = _morph_index(art, doc)
    return [f for f in facts if model.probabilities(award_features(art, index, f, facts))["drop"] < DROP_AT]


#: a contest among the office's own departments or staff ("구청 안 부서를 대상으로 한 정책 경진대회"): its prizes go to
#: teams and staff, never to the district (gold README: the prizes of staff and teams are not the district's) (0.44.1)
_INTERNAL_CONTEST = re.compile(
    r"(?:부서|실·?과|직원|공무원|팀)(?:들)?(?:을|를)\s*대상으로\s*(?:한|연|열린|진행한|벌인|치른)\s*"
    r"(?P<name>[^.。]{0,30}?(?:경진대회|대회|공모전|평가))"
)


def _internal_contest(text: str, fact: AwardFact) -> bool:
    """Whether the record's award is a contest the text introduced as one among the office's own departments or staff
    (a rule the model does not overrule: the retrained models of 0.44.1 had stopped dropping such a record)."""
    if not fact.award:
        return False
    award = V.squash(fact.award)
    return any(award and award in V.squash(m.group("name")) for m in _INTERNAL_CONTEST.finditer(text, 0, fact.char_span[0]))
