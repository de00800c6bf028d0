"""Stage 2 (extract), layer 2: text primitives, pure functions of ``str`` (no spaCy, no Kiwi).

Sentence spans, year expressions (explicit, relative, two-digit, ranges), the evaluation named
after a year, and the dateline at an article's head. Must not import spaCy, kiwipiepy, scrapy or kb,
nor any module of ``extract`` but the data (``vocab``) and the facts.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

# --- sentences -------------------------------------------------------------------------------

_SENT_END = re.compile(
    r"(?<=[.!?。])(?<![‘“'\"「『]\d{4}\.)[\"'”’)\]]*"  # (not "'2014. 전국 … 경진대회'": a name's year, 0.29.0)
    # not a question or an exclamation closing a quoted name with the sentence going on ("상담사의 '면접 연습,
    # 공짜라고요?' 사례가 대상", "'다잡(job)고!' 추진", 0.32.1); a quoted remark in double quotes still ends there
    r"(?:(?<![!?][’'])|(?!\s+[가-힣]))(?=\s)"
    r"|\n+|(?<=다\.)(?=[가-힣])"  # "…받게 됐다.보은군은": no space
)


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Sentence (start, end) character spans: a full stop before whitespace, or a line break.

    "2011.5.5" and "1.5배" stay whole because a break needs whitespace after the stop.

    :param text: the article text
    :returns: spans with surrounding whitespace trimmed, empty ones dropped
    """
    spans = []
    pos = 0
    for m in _SENT_END.finditer(text):
        spans.append((pos, m.end()))
        pos = m.end()
    spans.append((pos, len(text)))
    out: list[tuple[int, int]] = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            if out and _inside_quoted_name(text, *out[-1]) and "\n" not in text[out[-1][1] : s]:
                out[-1] = (out[-1][0], e)  # "'… 협동조합 만들기! 생강 농가가 …'은": a name's exclamation (0.42.0)
            else:
                out.append((s, e))
    return out


def _inside_quoted_name(text: str, s: int, e: int) -> bool:
    """Whether the span ends with "!" or "?" inside a single-quoted name it opened and did not close."""
    if text[e - 1 : e] not in ("!", "?"):
        return False
    part = text[s:e]
    return part.count("‘") > part.count("’") or part.count("'") % 2 == 1



# --- years -----------------------------------------------------------------------------

_YEAR = re.compile(
    r"(?P<multi>(?<!\d)(?:19|20)\d{2}\s*년?\s*(?:과|와|,|및|·)\s*(?:19|20)\d{2}\s*년)"
    r"|(?:(?<![\d.,])|(?<=다\.))(?P<full>(?:19|20)\d{2})\s*년(?:도)?"  # "…받았다.2013년 …": no space
    r"|(?<![\d.,])(?P<bare>(?:19|20)\d{2})(?=\s+[가-힣‘“'\"]|\s+[1-4]\s*/\s*4\s*분기)(?!\s*(?:명|개|원|건|곳))"
    r"|(?P<dotted>(?<![\d.])(?:19|20)\d{2})\.\s*\d{1,2}\.\s*\d{1,2}"
    r"|(?<=[‘“'\"「『])(?P<quoted>(?:19|20)\d{2})(?=\.\s*[가-힣])"  # "'2014. 전국 … 경진대회'": a name's year (0.29.0)
    r"|[‘’'`´](?P<short>\d{2})\s*년"
    r"|(?P<this>올해|올\s해|금년|올해도|이번\s*해|올\s*(?:상반기|하반기|들어|한\s*해|1분기|2분기|3분기|4분기))"
    r"|(?P<next>내년|다음\s*해|명년)"
    r"|(?P<last2>재작년|지지난해)"
    r"|(?P<last>지난해|작년|전년도?|지난\s해)"
    r"|(?P<every>매년|해마다|매해|연간|연평균)"
    # "지난 5월" in an October article: this year's May; "지난 11월" in a February one: last year's
    r"|(?P<month>지난\s*(?P<mon>1[0-2]|[1-9])\s*월)"
)


#: a prize's name after "올해의", received ("올해의 일자리 창출 지자체 대상을 받았다")
_PRIZE_TITLE = re.compile(r"(?:\s*[가-힣·]+){1,4}?\s*(?:대상|[가-힣]상)\s*(?:을|를|수상)")
#: what opens a name right before "올해의": a quote, or the name's own year ("'2017 올해의 공감경영 대상'")
_NAME_OPENS = re.compile(r"(?:[‘“'\"「『]|(?<!\d)(?:19|20)\d{2}\s)\s*$")


@dataclass(frozen=True, slots=True)
class YearMention:
    """A year expression: explicit, relative, or "every year" (years empty)."""

    start: int
    end: int
    years: tuple[int, ...]
    relative: str | None  #: this, last, last2, every, or None for explicit years


# "2019년부터 2021년까지", "2019~2021년", "21~22년", "‘19~’21년": a span of years (ranges=True only)
_RANGE = re.compile(
    # "2012년부터 3년 연속": the start year and the length of the run
    r"(?<![\d.,])(?P<c>(?:19|20)\d{2})\s*년(?:도)?\s*부터\s*"
    r"(?P<n>\d{1,2}|두|세|네|다섯|여섯|일곱|여덟|아홉|열)\s*(?:(?:년|해|번)\s*(?=연속|내리|째|잇달아|잇따라|연달아|거푸)"
    # "2018년부터 3년간은 … 최우수 등급을 받았다": the run's years (0.40.0)
    r"|(?:년|해)\s*(?:간|동안))"
    r"|(?<![\d.,])(?P<a>(?:19|20)\d{2})\s*년?\s*(?:부터|에서|~|∼|-|–)\s*(?P<b>(?:19|20)\d{2})\s*년(?:도)?(?:\s*까지)?"
    r"|(?<![\d.,])[‘’'`´]?(?P<sa>\d{2})\s*년?\s*(?:~|∼|–)\s*[‘’'`´]?(?P<sb>\d{2})\s*년(?:도)?(?:\s*까지)?"
)


_KO_COUNT = {"두": 2, "세": 3, "네": 4, "다섯": 5, "여섯": 6, "일곱": 7, "여덟": 8, "아홉": 9, "열": 10}


def _ranges(text: str, start: int, end: int) -> list[YearMention]:
    out = []
    for m in _RANGE.finditer(text, start, end):
        if m.group("c"):
            a = int(m.group("c"))
            n = m.group("n")
            b = a + (int(n) if n.isdigit() else _KO_COUNT[n]) - 1
        elif m.group("a"):
            a, b = int(m.group("a")), int(m.group("b"))
        else:
            a, b = 2000 + int(m.group("sa")), 2000 + int(m.group("sb"))
        if a < b <= a + 15:
            out.append(YearMention(m.start(), m.end(), tuple(range(a, b + 1)), "range"))
    return out


def find_years(
    text: str, pub: dt.date | None, start: int = 0, end: int | None = None, ranges: bool = False
) -> list[YearMention]:
    """Year expressions in ``text[start:end]`` with positions relative to ``text``.

    :param text: the article text
    :param pub: the publication date, for 올해/지난해/작년
    :param ranges: read spans of years ("2019년부터 2021년까지", "21~22년") as one expression with
        every year of the span and ``relative="range"`` (by default their ends are two expressions)
    :returns: the expressions in order; relative ones have no years when ``pub`` is None
    """
    out = []
    stop = len(text) if end is None else end
    spans = _ranges(text, start, stop) if ranges else []
    if spans:
        out.extend(spans)
    for m in _YEAR.finditer(text, start, stop):
        if spans and any(r.start <= m.start() < r.end for r in spans):
            continue
        kind = m.lastgroup
        years: tuple[int, ...] = ()
        rel = None
        if kind == "multi":
            years = tuple(int(y) for y in re.findall(r"(?:19|20)\d{2}", m.group()))
        elif kind in ("full", "bare", "dotted", "quoted"):
            years = (int(m.group(kind)),)
        elif kind == "short":
            years = (2000 + int(m.group("short")),)
        elif kind == "month":
            if pub is None:
                continue  # a month with no date to count back from names no year
            rel = "this" if int(m.group("mon")) < pub.month else "last"
            years = (pub.year - (rel == "last"),)
        else:
            if kind == "this" and text.startswith("의", m.end()) and (
                _NAME_OPENS.search(text, max(0, m.start() - 7), m.start()) or _PRIZE_TITLE.match(text, m.end() + 1)
            ):
                # "'2017 올해의 공감경영 대상'", "시장이 올해의 일자리 창출 지자체 대상을 받았다": the first word of
                # a prize's name, no year of its own
                continue
            rel = kind
            if pub is not None:
                offset = {"this": 0, "last": 1, "last2": 2, "next": -1}.get(kind or "")
                if offset is not None:
                    years = (pub.year - offset,)
        out.append(YearMention(m.start(), m.end(), years, rel))
    if spans:
        out.sort(key=lambda y: y.start)
    return out


# --- the evaluation named after a year -------------------------------------------------------

# The evaluation the article reports, right after its year: "2018년 ○○시 구·군 일자리창출 실적평가",
# "2022 전국 지방자치단체 일자리대상", "‘21년 시·군 일자리 평가".
_EVENT_AFTER = re.compile(
    # no word of the name is another year: "'2020년 노인일자리주간 기념식'에서 2019년 … 평가" names the 2019 evaluation
    # a quoted name closes on the way ("2021년 고용노동부가 주관한 ‘사회적기업 육성 우수자치단체’ 평가에서"; 0.26.0)
    r"\s*[‘“'\"「『<]?\s*(?:(?!(?:19|20)\d{2}(?!\d))[^\s.。!?\n’”」』>]+[’”」』>]?\s*){0,9}?"
    # "'2024년 전남 일자리·경제 한마당'을 열었다": a 광역's yearly prize ceremony (0.18.1)
    r"(?:평가|일자리\s*대상|공시제|경진대회|대회|시상식|어워드|어워즈|한마당"
    # "'2019년 상반기 일자리 창출' 시상에서": the ceremony of an evaluation, named with its year
    r"|[’”'\"」』>]?\s*시상(?=에서|\s*결과)"
    # "「2021 제26회 한국지방자치경영대상」에서", "2020 대한민국 지방자치 정책대상을": a prize named 대상 (0.43.0)
    r"|(?<=[가-힣])대상(?=[’”'\"」』>]?\s*(?:에서|을\s|를\s|시상|수상)))"
    # "'2012년도 최우수 일자리센터'에 이름을 올렸다": the year of a graded selection
    r"|\s*[‘“'\"「『<]?\s*(?:최우수|우수)\s+[가-힣·]{2,12}(?=[’”'\"」』>]?\s*(?:에|으로|로)\s)"
)
# years that are not the evaluation's: the start of a span, a founding or a history
_NOT_EVENT_AFTER = re.compile(r"\s*(?:년도?)?\s*(?:부터|까지|이후|이래|연속|에\s*이어|에도|에는|에\s*신설)")
#: what follows an earlier evaluation the news comes after ("… 분야 전국 1위에 이은 성과다", "… 최우수상에 이어")
#: (not "… 대상을 받아 지난해에 이어", "… 시상식에서 상반기에 이어": a run that reaches this evaluation)
_HISTORY_AFTER = re.compile(r"(?:(?!지난|작년|전년|올해|해|년|반기|분기|회|차례|번)[^.,]){0,40}?(?:에\s*이은|에\s*이어)(?![가-힣])")
_FOUNDED_AFTER = re.compile(r"[’”'\"」』>]?\s*(?:을|를|이|가)?\s*(?:처음\s*)?(?:도입|시행|신설|출범|시작|만들|창설|제정)")
# "2016년 한 해 동안 … 각종 평가에서 26건의 기관 표창을 받아": a year's review whose lead counts the prizes of
# that year (0.18.0)
_YEAR_REVIEW_AFTER = re.compile(r"\s*(?:년도?)?\s*한\s*해\s*(?:동안|간)?\s")
_PRIZES_IN_REVIEW = re.compile(r"평가|표창|수상|상을\s*(?:받|휩쓸|거머)")
# years of plans and targets ("2030년까지 일자리 1만 개", "2026년 목표") date no article
_FUTURE_AFTER = re.compile(r"\s*(?:년도?)?\s*(?:까지|목표|계획|비전|을\s*목표|완공|준공|예정)")


# No word of an evaluation's name holds one of these: a name after a year ends before the first of them.
_NAME_STOP = re.compile(r"[.。!?]")
#: literals one of which every match of ``_EVENT_AFTER`` holds (일자리 대상 → 대상, 경진대회 → 대회, 최우수 → 우수)
_EVENT_WORDS = ("평가", "대상", "공시제", "대회", "시상", "어워드", "어워즈", "우수", "한마당")


def _event_match(text: str, pos: int) -> re.Match[str] | None:
    """``_EVENT_AFTER.match(text, pos)``, answered at once when no word of an evaluation follows.

    Exact: every match holds one of ``_EVENT_WORDS`` before the sentence's first stop (none of the
    pattern's parts matches a stop). Without such a word the regex's word loop would try every way of
    splitting the words ahead before it fails, a few hundred milliseconds on a long sentence.
    """
    stop = _NAME_STOP.search(text, pos)
    end = len(text) if stop is None else stop.start()
    if not any(text.find(word, pos, end) >= 0 for word in _EVENT_WORDS):
        return None
    return _EVENT_AFTER.match(text, pos)


def event_after(text: str, pos: int) -> int | None:
    """End of the evaluation named right after a year ending at ``pos``, or None (not one, or a founding)."""
    if _NOT_EVENT_AFTER.match(text, pos):
        return None
    ev = _event_match(text, pos)
    if ev is None or _FOUNDED_AFTER.match(text, ev.end()):
        return None
    return ev.end()



# --- the body that runs an evaluation ----------------------------------------------------------

#: after a body's name, the words that make it the one running an evaluation, not a winner:
#: "서울시가 실시한 일자리 평가", "전북도의 일자리정책 우수시·군 평가에서", "서울시 희망일자리 만들기 사업 평가에서도"
#: (a name that begins the evaluation's name). Shared by the district focus (an evaluating 광역 is not carried
#: as the subject) and the award rules (an evaluating 광역 organises).
EVALUATOR_AFTER = re.compile(
    r"(?P<run>(?:가|이)\s+(?:[^\s.]+\s+){0,2}?(?:실시|주관|주최|시행)한)\s+(?:[^\s.]+\s+){0,3}?[^\s.]*평가"
    # "경기도가 도내 31개 시·군을 대상으로 벌인 일자리창출 사업 평가에서" (0.42.0)
    r"|(?P<over>(?:가|이)\s+(?:[^\s.]+\s+){0,5}?[^\s.]*(?:을|를)\s*대상으로\s*(?:벌인|실시한|진행한|시행한|한))\s+"
    r"(?:[^\s.]+\s+){0,3}?[^\s.]*평가"
    r"|의\s+(?:[^\s.]+\s+){0,4}?[^\s.]*평가(?:에서|결과)"
    r"|\s+(?:[^\s.,]*[^\s.,은는이가을를의에도과와로]\s+){0,5}?[^\s.,]*평가(?:대회)?(?:에서|결과)"
    # "강원도가 지난해 어르신 일자리사업 평가 결과를 내놓았다": the body that announces the results (0.13.0)
    r"|(?:가|이|는|은)\s+(?:[^\s.]+\s+){0,5}?[^\s.]*평가\s*결과(?:를|을)\s*(?:내놓|발표|공개|공표)"
    # "중앙부처와 전라남도, 민간기관 등이 벌인 여러 평가에서": one of the bodies that ran them (0.41.0)
    r"|\s*(?:,|·|와|과)\s*(?:[^.\n,]{0,20}?,\s*){0,3}[^.\n,]{0,20}?(?:등이|가|이)\s+(?:벌인|실시한|시행한|진행한)\s*"
    r"[^.\n]{0,20}?평가"
)


#: another agent between a name and the verb of running ("세종시는 고용노동부가 주관한 …", "인천시는 보건복지부와
#: 한국노인인력개발원이 주관한 …"): the agent runs the evaluation, not the name before it
OTHER_AGENT = re.compile(r"\s[가-힣]{2,12}(?:부|청|처|위원회|공단|학회|협회|재단|개발원|진흥원|연구원)(?:가|이|에서|와|과)\s")


def runs_evaluation(text: str, end: int) -> bool:
    """Whether the name ending at ``end`` is followed by words that make it the body running an evaluation."""
    m = EVALUATOR_AFTER.match(text, end)
    return m is not None and not (m.group("run") and OTHER_AGENT.search(m.group("run")))


# --- the article's time frame ---------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Frame:
    """The article's time frame (RULES.md "Article time frame").

    ``year``: the year an award belongs to when its sentence states none — the year of the
    evaluation the article reports, else the publication year (None for an undated text).
    ``date``: the day district names are resolved at when the input has no ``published``: 30 June
    of the evaluation's year, else of the latest explicit year of title + text.
    """

    year: int | None = None
    date: dt.date | None = None
    source: str | None = None  #: "published", "event" (the evaluation's year), "streak" (a run up to now) or "latest"
    event_year: int | None = None  #: the year named with the article's evaluation, if any



_DIGIT = re.compile(r"\d")
#: a run of years that reaches the present ("2023년부터 올해까지 3년 연속", "지난 2011년 이후 4년 연속"): its last
#: year is the text's own year (0.15.0)
_STREAK_TO_NOW = re.compile(
    r"(?<![\d.,])(?P<y>(?:19|20)\d{2})\s*년(?:도)?\s*(?:부터\s*올해까지|이후|이래)\s*(?:[가-힣]+\s+){0,2}?"
    r"(?P<n>\d{1,2}|두|세|네|다섯|여섯|일곱|여덟|아홉|열)\s*(?:년|해)\s*(?:연속|째|내리|잇달아|잇따라|연달아)"
)


def article_frame(
    title: str | None, text: str, pub: dt.date | None, lead_sentences: int = 4,
    spans: list[tuple[int, int]] | None = None, body_start: int = 0,
) -> Frame:
    """The article's :class:`Frame` from its title, text and publication date.

    The evaluation's year is the first explicit year followed by an evaluation or award name in the
    title or the lead (first ``lead_sentences`` sentences). Without ``pub`` the frame year is that
    year, else the latest explicit year of title + text (plan years such as "2030년까지" left out);
    names are then resolved at 30 June of the frame year.
    """
    head = title or ""
    # the headline and 부제 lines before the body (``body_start``) are read as well, like the title,
    # and do not use up the lead's sentences ("…대통령상 광주광역시 / 광주 서구·강진군 최우수상 / …")
    all_spans = spans if spans is not None else sentence_spans(text[:3000])
    lead_spans = [sp for sp in all_spans if sp[1] <= body_start][:12] + [
        sp for sp in all_spans if sp[1] > body_start][:lead_sentences]
    event: int | None = None
    for chunk in [head] + [text[a:b] for a, b in lead_spans]:
        if _DIGIT.search(chunk) is None:
            continue  # every explicit year has a digit, and only explicit years are read here
        for y in find_years(chunk, None):
            if y.relative is not None or len(y.years) != 1:
                continue
            if _YEAR_REVIEW_AFTER.match(chunk, y.end) and _PRIZES_IN_REVIEW.search(chunk, y.end):
                event = y.years[0]
                break
            ev = None if _NOT_EVENT_AFTER.match(chunk, y.end) else _event_match(chunk, y.end)
            if ev is None or _FOUNDED_AFTER.match(chunk, ev.end()) or _HISTORY_AFTER.match(chunk, ev.end()):
                # "2010년 지역일자리 목표 공시제를 도입했고": the scheme's start, not the evaluation; "… 2023년 대한민국
                # 지역경제대상 평가 '일자리 창출' 분야 전국 1위에 이은 성과다": a history item the news follows (0.43.0)
                continue
            event = y.years[0]
            break
        if event is not None:
            break
    if pub is not None:
        if event is not None and not (pub.year - 1 <= event <= pub.year):
            event = None
        return Frame(event or pub.year, None, "event" if event else "published", event)
    if event is not None:
        return Frame(event, dt.date(event, 6, 30), "event", event)
    today = dt.date.today().year
    for chunk in (head, text):
        run = _STREAK_TO_NOW.search(chunk)
        if run is not None:
            n = run.group("n")
            now = int(run.group("y")) + (int(n) if n.isdigit() else _KO_COUNT[n]) - 1
            if int(run.group("y")) < now <= today:
                # "2023년부터 올해까지 3년 연속", "지난 2011년 이후 4년 연속 수상": a run up to now dates the text
                return Frame(now, dt.date(now, 6, 30), "streak", None)
    latest = None
    for chunk in (head, text):
        for y in find_years(chunk, None):
            if y.relative is not None or not y.years or _FUTURE_AFTER.match(chunk, y.end):
                continue
            top = max(v for v in y.years if v <= today) if any(v <= today for v in y.years) else None
            if top is not None and (latest is None or top > latest):
                latest = top
    if latest is None:
        return Frame()
    # the latest year dates the names only: an undated story gives its awards no year of its own
    return Frame(None, dt.date(latest, 6, 30), "latest", None)



# --- datelines -------------------------------------------------------------------------------

_DATELINE = re.compile(
    r"(?P<label>입력|등록|작성|발행|기사입력|승인|게재|최종편집|최종수정|수정|편집)?\s*:?\s*"
    r"(?<!\d)((?:19|20)\d{2})\s*[.\-/년]\s*(\d{1,2})\s*[.\-/월]\s*(\d{1,2})(?!\d)"
)
_EDIT_LABELS = ("최종편집", "최종수정", "수정", "편집")
_PERIOD_AFTER = re.compile(r"\s*일?\s*(?:부터|까지|~|∼)")
_PERIOD_BEFORE = re.compile(r"[~∼]\s*$")


def infer_published(text: str) -> str | None:
    """The article's date from its dateline ("입력 2011.10.13 10:44", "2020.10.01 11:33"), if the head has one.

    EXTRACTION.md: without ``published``, relative years are resolved only if the text dates the article.

    :param text: the article text
    :returns: an ISO date, or None
    """
    found: list[tuple[bool, str]] = []
    for m in _DATELINE.finditer(text[:800]):
        if m.group("label") in _EDIT_LABELS:
            continue  # the page's last edit, not the article's date
        if not m.group("label") and (_PERIOD_AFTER.match(text, m.end()) or _PERIOD_BEFORE.search(text, 0, m.start())):
            continue  # "2011년 9월 1일부터 올해 8월 31일까지": the start of a period, not a dateline
        try:
            day = dt.date(int(m.group(2)), int(m.group(3)), int(m.group(4)))
        except ValueError:
            continue
        found.append((bool(m.group("label")), day.isoformat()))
    labelled = [d for has_label, d in found if has_label]
    return labelled[0] if labelled else (found[0][1] if found else None)

