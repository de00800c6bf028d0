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


def find_years(text: str, pub: dt.date | None, start: int = 0, end: int | None = None) -> list[YearMention]:
    """Year expressions in ``text[start:end]`` with positions relative to ``text``.

    :param text: the article text
    :param pub: the publication date, for 올해/지난해/작년
    :returns: the expressions in order; relative ones have no years when ``pub`` is None
    """
    out = []
    for m in _YEAR.finditer(text, start, len(text) if end is None else end):
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
    return out


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
            return m.full_name, m.code
        if ana and self.subject and self.subject[i] is not None:
            return self.subject[i]
        after = [m for m in here if m.start >= pos]
        if after and after_ok:
            return after[0].full_name, after[0].code
        if self.subject and i > 0 and self.subject[i - 1] is not None:
            return self.subject[i - 1]
        return self.default


def sentence_of(doc: Doc, pos: int) -> tuple[int, int]:
    """The (start, end) of the sentence containing ``pos``."""
    spans = sents(doc)
    starts = [s for s, _ in spans]
    i = max(0, bisect_right(starts, pos) - 1)
    return spans[i] if spans else (0, len(doc_text(doc)))
