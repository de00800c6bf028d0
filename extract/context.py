"""Stage 2 (extract): what every extractor reads from a Doc: article context, sentences,
years and the district each sentence is about.

Must not import scrapy or kb.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from dataclasses import dataclass

from spacy.tokens import Doc

from extract.gazetteer import Unit
from extract.nlp import SENTS_KEY, doc_text, sentence_spans

#: user_data keys set by :func:`extract.pipeline.extract_doc` before the components run
ARTICLE_ID = "govnews_article_id"
PUBLISHED = "govnews_published"
HOME_REGION = "govnews_home_region"
DISTRICT_CODE = "govnews_district_code"
#: user_data key of the offset where the running text starts (headline / 부제 lines before it)
BODY_START = "govnews_body_start"
#: user_data key of the district mentions found by the ``govnews_districts`` component
MENTIONS = "govnews_mentions"
#: user_data key of (start, end, is_subject) of same-name district names context could not settle
UNRESOLVED = "govnews_unresolved"
#: user_data key of the article's title (context only: facts are never taken from it)
TITLE = "govnews_title"
#: user_data key of the article's :class:`Frame` (set by the pipeline; absent = no frame)
FRAME = "govnews_frame"


@dataclass(frozen=True, slots=True)
class Mention:
    """A district name in the text, resolved to the unit valid at the publication date."""

    start: int
    end: int
    surface: str
    unit: Unit
    full_name: str  #: output name ("서울특별시 구로구"); an 일반구 maps to its city
    code: str
    counted: bool  #: a district of the article (actor/subject), not a venue or comparison set
    subject: bool  #: followed by a subject/topic particle (가, 는, 은, 이, 에서는)
    topic: bool = False  #: followed by a topic particle (은, 는, 에서는): the sentence's theme
    by_hint: bool = False  #: a same-name unit settled only by the input's ``home_region``


def article_id(doc: Doc) -> str:
    """The article id the pipeline was given."""
    return str(doc.user_data.get(ARTICLE_ID, ""))


def published(doc: Doc) -> dt.date | None:
    """The publication date, or None."""
    value = doc.user_data.get(PUBLISHED)
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str) and len(value) >= 10:
        try:
            return dt.date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None


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
    source: str | None = None  #: "published", "event" (the evaluation's year) or "latest" (latest year)
    event_year: int | None = None  #: the year named with the article's evaluation, if any


def frame(doc: Doc) -> Frame:
    """The article's :class:`Frame`, computed on first use from the doc's title, sentences and date
    (the pipeline asks for it by setting ``FRAME`` to True; any other doc has an empty frame)."""
    found = doc.user_data.get(FRAME)
    if isinstance(found, Frame):
        return found
    if found is not True:
        return Frame()
    computed = article_frame(doc.user_data.get(TITLE), doc_text(doc), published(doc), spans=sents(doc),
                             body_start=int(doc.user_data.get(BODY_START) or 0))
    doc.user_data[FRAME] = computed
    return computed


def valid_date(doc: Doc) -> dt.date | None:
    """The day district names are resolved at: ``published``, else the frame's date, else None (today)."""
    return published(doc) or frame(doc).date


def sents(doc: Doc) -> list[tuple[int, int]]:
    """Sentence character spans (computed by ``govnews_sentences``, else on the fly)."""
    spans = doc.user_data.get(SENTS_KEY)
    if spans is None:
        spans = sentence_spans(doc_text(doc))
        doc.user_data[SENTS_KEY] = spans
    return spans


def mentions(doc: Doc) -> list[Mention]:
    """District mentions of the doc, in text order."""
    return doc.user_data.get(MENTIONS, [])


# --- years -----------------------------------------------------------------------------

_YEAR = re.compile(
    r"(?P<multi>(?<!\d)(?:19|20)\d{2}\s*년?\s*(?:과|와|,|및|·)\s*(?:19|20)\d{2}\s*년)"
    r"|(?<![\d.,])(?P<full>(?:19|20)\d{2})\s*년(?:도)?"
    r"|(?<![\d.,])(?P<bare>(?:19|20)\d{2})(?=\s+[가-힣‘“'\"])(?!\s*(?:명|개|원|건|곳))"
    r"|(?P<dotted>(?<![\d.])(?:19|20)\d{2})\.\s*\d{1,2}\.\s*\d{1,2}"
    r"|[‘’'`´](?P<short>\d{2})\s*년"
    r"|(?P<this>올해|올\s해|금년|올해도|이번\s*해|올\s*(?:상반기|하반기|들어|한\s*해|1분기|2분기|3분기|4분기))"
    r"|(?P<next>내년|다음\s*해|명년)"
    r"|(?P<last2>재작년|지지난해)"
    r"|(?P<last>지난해|작년|전년도?|지난\s해)"
    r"|(?P<every>매년|해마다|매해|연간|연평균)"
)


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
    r"(?<![\d.,])(?P<c>(?:19|20)\d{2})\s*년(?:도)?\s*부터\s*(?P<n>\d{1,2})\s*년\s*(?=연속|내리|째)"
    r"|(?<![\d.,])(?P<a>(?:19|20)\d{2})\s*년?\s*(?:부터|에서|~|∼|-|–)\s*(?P<b>(?:19|20)\d{2})\s*년(?:도)?(?:\s*까지)?"
    r"|(?<![\d.,])[‘’'`´]?(?P<sa>\d{2})\s*년?\s*(?:~|∼|–)\s*[‘’'`´]?(?P<sb>\d{2})\s*년(?:도)?(?:\s*까지)?"
)


def _ranges(text: str, start: int, end: int) -> list[YearMention]:
    out = []
    for m in _RANGE.finditer(text, start, end):
        if m.group("c"):
            a = int(m.group("c"))
            b = a + int(m.group("n")) - 1
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
        elif kind in ("full", "bare", "dotted"):
            years = (int(m.group(kind)),)
        elif kind == "short":
            years = (2000 + int(m.group("short")),)
        else:
            rel = kind
            if pub is not None:
                offset = {"this": 0, "last": 1, "last2": 2, "next": -1}.get(kind or "")
                if offset is not None:
                    years = (pub.year - offset,)
        out.append(YearMention(m.start(), m.end(), years, rel))
    if spans:
        out.sort(key=lambda y: y.start)
    return out


# --- the article's time frame ---------------------------------------------------------------

# The evaluation the article reports, right after its year: "2018년 ○○시 구·군 일자리창출 실적평가",
# "2022 전국 지방자치단체 일자리대상", "‘21년 시·군 일자리 평가".
_EVENT_AFTER = re.compile(
    r"\s*[‘“'\"「『<]?\s*(?:[^\s.。!?\n’”」』>]+\s*){0,9}?"
    r"(?:평가|일자리\s*대상|공시제|경진대회|시상식|어워드|어워즈)"
)
# years that are not the evaluation's: the start of a span, a founding or a history
_NOT_EVENT_AFTER = re.compile(r"\s*(?:년도?)?\s*(?:부터|까지|이후|이래|연속|에\s*이어|에도|에는|에\s*신설)")
_FOUNDED_AFTER = re.compile(r"[’”'\"」』>]?\s*(?:을|를|이|가)?\s*(?:처음\s*)?(?:도입|시행|신설|출범|시작|만들|창설|제정)")
# years of plans and targets ("2030년까지 일자리 1만 개", "2026년 목표") date no article
_FUTURE_AFTER = re.compile(r"\s*(?:년도?)?\s*(?:까지|목표|계획|비전|을\s*목표|완공|준공|예정)")


def event_after(text: str, pos: int) -> int | None:
    """End of the evaluation named right after a year ending at ``pos``, or None (not one, or a founding)."""
    if _NOT_EVENT_AFTER.match(text, pos):
        return None
    ev = _EVENT_AFTER.match(text, pos)
    if ev is None or _FOUNDED_AFTER.match(text, ev.end()):
        return None
    return ev.end()


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
        for y in find_years(chunk, None):
            if y.relative is not None or len(y.years) != 1:
                continue
            ev = None if _NOT_EVENT_AFTER.match(chunk, y.end) else _EVENT_AFTER.match(chunk, y.end)
            if ev is None or _FOUNDED_AFTER.match(chunk, ev.end()):
                continue  # "2010년 지역일자리 목표 공시제를 도입했고": the scheme's start, not the evaluation
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
    latest = None
    today = dt.date.today().year
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


# --- which district a sentence is about ----------------------------------------------------


_ANAPHOR = re.compile(
    r"^[^가-힣]{0,3}(?:또한?\s|이에\s|특히\s|한편\s|아울러\s|이와\s함께\s)?"
    r"(?P<kind>구|시|군|도|구청|시청|군청|도청)(?:은|는|이|가|도|에서는)\s"
)


def focus(doc: Doc) -> Focus:
    """The doc's :class:`Focus`, built once and shared by the extractors."""
    found = doc.user_data.get(FOCUS_KEY)
    if found is None or found.doc is not doc:
        found = Focus(doc)
        doc.user_data[FOCUS_KEY] = found
    return found


FOCUS_KEY = "govnews_focus"


_FUNDING = re.compile(r"\d[\d,.]*\s*(?:억|천만|백만|만)?\s*원\s*(?:을|를|씩)?\s*(?:[가-힣]+\s+){0,2}(?:부담|지원|지급|투입|출연|분담)")


class Focus:
    """Finds the district a fact at a position belongs to.

    The nearest counted mention before the position in the same sentence (a subject first);
    else, with ``after_ok``, the first one after it; else the sentence's subject carried over
    from earlier sentences, where an anaphoric "구는 / 시는 / 군은 / 도는" names the article's
    main 구 / 시 / 군 / 도; else the board's own district.
    """

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        text = doc_text(doc)
        self.sents = sents(doc)
        self.starts = [s for s, _ in self.sents]
        self.mentions = [m for m in mentions(doc) if m.counted]
        self.local = [m for m in self.mentions if not m.unit.is_province]
        self.by_sent: dict[int, list[Mention]] = {}
        for m in self.mentions:
            self.by_sent.setdefault(self.sent_index(m.start), []).append(m)
        # Unsettled same-name districts ("고성군은" with no 광역 to tell which): their sentence's
        # facts belong to no district we can name.
        self.blockers: dict[int, list[tuple[int, int, bool]]] = {}
        for b in doc.user_data.get(UNRESOLVED, ()):
            self.blockers.setdefault(self.sent_index(b[0]), []).append(b)
        counts: dict[str, int] = {}
        firsts: dict[str, Mention] = {}
        for m in self.mentions:
            counts[m.full_name] = counts.get(m.full_name, 0) + 1
            firsts.setdefault(m.full_name, m)
        self.board: tuple[str, str | None] | None = None
        code = doc.user_data.get(DISTRICT_CODE)
        if code:
            from extract.gazetteer import default_gazetteer

            rows = default_gazetteer().by_code.get(str(code), [])
            if rows:
                self.board = (rows[-1].full_name, rows[-1].code)

        def main(kind: str) -> tuple[str, str | None] | None:
            suffix = kind[0]
            pool = [
                n for n, m in firsts.items()
                if m.unit.name.endswith(suffix) and (suffix != "도" or m.unit.is_province)
                and (suffix != "시" or not m.unit.is_province or not any(
                    f.unit.name.endswith("시") and not f.unit.is_province for f in firsts.values()))
            ]
            if self.board and self.board[0].endswith(suffix) and self.board[0] not in pool:
                return self.board
            if not pool:
                return None
            best = max(pool, key=lambda n: (counts[n], -firsts[n].start))
            return best, firsts[best].code

        local_names = {m.full_name for m in self.local}
        only = self.local[0] if len(local_names) == 1 else None
        if only is None and not self.local and len({m.full_name for m in self.mentions}) == 1:
            only = self.mentions[0]
        self.default: tuple[str, str | None] | None = (only.full_name, only.code) if only else self.board
        # The subject of every sentence, carried forward.
        self.subject: list[tuple[str, str | None] | None] = []
        current = None
        provinces = {m.full_name for m in self.mentions if m.unit.is_province}
        for i, (a, b) in enumerate(self.sents):
            here = self.by_sent.get(i, [])
            ana = _ANAPHOR.match(text[a:b])
            blocked = [x for x in self.blockers.get(i, ()) if x[2] and (not here or x[0] < here[0].start)]
            if blocked:
                current = None
            else:
                new = current
                if ana and not (here and here[0].start - a < 3):
                    new = main(ana.group("kind")) or current
                elif here:
                    local = [m for m in here if not m.unit.is_province]
                    pick = local or here
                    subj = [m for m in pick if m.subject]
                    m = subj[0] if subj else pick[0]
                    new = (m.full_name, m.code)
                # A 광역 that only pays for the 기초's programme ("시는 센터 운영비 6억 원을 부담했다")
                # is not the subject of what follows (0.3.0; dev_023).
                if (new is not None and current is not None and new != current and _FUNDING.search(text[a:b])
                        and new[0] in provinces and current[0] not in provinces):
                    new = current
                current = new
            self.subject.append(current)

    def sent_index(self, pos: int) -> int:
        """Index of the sentence containing ``pos``."""
        return max(0, bisect_right(self.starts, pos) - 1)

    def in_sentence(self, i: int) -> list[Mention]:
        """Counted mentions in sentence ``i``."""
        return self.by_sent.get(i, [])

    def subject_before(self, i: int) -> tuple[str, str | None] | None:
        """The subject carried into sentence ``i`` from the sentences before it."""
        return self.subject[i - 1] if 0 < i <= len(self.subject) else self.default

    def districts_before(self, pos: int) -> list[tuple[str, str | None]]:
        """Every district named before ``pos`` in its sentence, plus the anaphoric subject ("시는")."""
        i = self.sent_index(pos)
        a = self.sents[i][0] if self.sents else 0
        out: list[tuple[str, str | None]] = [(m.full_name, m.code) for m in self.in_sentence(i) if m.end <= pos]
        subject = self.subject[i] if self.subject else None
        if _ANAPHOR.match(doc_text(self.doc)[a:pos]) and subject is not None:
            out.insert(0, subject)
        return list(dict.fromkeys(out))

    def district_at(
        self, pos: int, prefer_local: bool = True, after_ok: bool = True
    ) -> tuple[str, str | None] | None:
        """(full name, code) of the district a fact at ``pos`` belongs to, or None."""
        found = self.district_source_at(pos, prefer_local, after_ok)
        return (found[0], found[1]) if found else None

    def source_of(self, district: tuple[str, str | None] | None, i: int) -> str:
        """How ``district`` was settled for sentence ``i``: "sentence", "hint" or "frame"."""
        here = [m for m in self.in_sentence(i) if district and m.full_name == district[0]]
        if here:
            return "hint" if all(m.by_hint for m in here) else "sentence"
        if district is not None and district == self.board and self.default == self.board:
            return "hint"
        return "frame"

    def district_source_at(
        self, pos: int, prefer_local: bool = True, after_ok: bool = True
    ) -> tuple[str, str | None, str] | None:
        """Like :meth:`district_at`, plus how it was settled ("sentence", "frame" or "hint")."""
        found = self._district_at(pos, prefer_local, after_ok)
        if found is None:
            return None
        if found[2] == "frame" and self.board is not None and found[0] == self.board[0] and not any(
            m.full_name == found[0] for m in self.mentions
        ):
            return found[0], found[1], "hint"  # "구는 …" on a 구청 board that never names itself
        return found

    def _district_at(
        self, pos: int, prefer_local: bool = True, after_ok: bool = True
    ) -> tuple[str, str | None, str] | None:
        i = self.sent_index(pos)
        a = self.sents[i][0] if self.sents else 0
        here = self.in_sentence(i)
        if prefer_local and any(not m.unit.is_province for m in here):
            here = [m for m in here if not m.unit.is_province]
        before = [m for m in here if m.end <= pos]
        last_end = before[-1].end if before else a
        if any(x[2] and last_end <= x[0] and x[1] <= pos for x in self.blockers.get(i, ())):
            return None  # the nearest district before the fact is one we could not settle
        ana = _ANAPHOR.match(doc_text(self.doc)[a:pos]) if self.sents else None
        if before:
            topic = [m for m in before if m.topic]
            subj = topic or [m for m in before if m.subject]
            m = subj[-1] if subj else before[-1]
            return m.full_name, m.code, "hint" if m.by_hint else "sentence"
        later = [x for x in self.blockers.get(i, ()) if x[2] and x[0] >= pos]
        if later and not any(pos <= m.start < later[0][0] for m in here):
            return None  # "우수기관에는 제주시청이": the receiver after the fact is one we do not name
        subject_here = self.subject[i] if self.subject else None
        if ana and subject_here is not None:
            return subject_here[0], subject_here[1], "frame"
        after = [m for m in here if m.start >= pos]
        if after and after_ok:
            return after[0].full_name, after[0].code, "hint" if after[0].by_hint else "sentence"
        subject_before = self.subject[i - 1] if self.subject and i > 0 else None
        if subject_before is not None:
            return subject_before[0], subject_before[1], "frame"
        if self.default is None:
            return None
        return (*self.default, "hint" if self.default == self.board and not self.mentions else "frame")


def sentence_of(doc: Doc, pos: int) -> tuple[int, int]:
    """The (start, end) of the sentence containing ``pos``."""
    spans = sents(doc)
    starts = [s for s, _ in spans]
    i = max(0, bisect_right(starts, pos) - 1)
    return spans[i] if spans else (0, len(doc_text(doc)))
