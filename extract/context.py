"""Stage 2 (extract), layer 4: the article context every rule reads.

:class:`Article` is built once per doc (by the ``govnews_context`` component) from the input line
and the analysed text: id, title, publication date, hints, where the running text starts, the
sentences, the time frame and the gazetteer of the pipeline; ``govnews_districts`` adds the
district mentions and the :class:`Focus` (which district a sentence is about). Rules read only
this object. Imports the layers below only; must not import the rules, the components or the pipeline,
nor scrapy or kb.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from dataclasses import dataclass, field, replace

from extract import vocab as V
from extract.gazetteer import Gazetteer, Unit
from extract.text import Frame, article_frame, infer_published, runs_evaluation, sentence_spans
from extract.zones import body_start as find_body_start


@dataclass(frozen=True, slots=True)
class ArticleInput:
    """What the extractor needs from one input line."""

    id: str
    text: str
    published: str | None = None
    title: str | None = None
    home_region: str | None = None
    district_code: str | None = None


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

def _date(value: str | None) -> dt.date | None:
    if value and len(value) >= 10:
        try:
            return dt.date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None


@dataclass(frozen=True, slots=True)
class Article:
    """One article as the rules see it, built once per doc (:func:`read_article`).

    ``text`` is the analysed body (page chrome blanked, offsets of the input kept), equal to
    ``doc.text``; every span below is a character span into it.
    """

    id: str
    text: str
    title: str | None  #: context only: facts are never taken from the title
    published: dt.date | None  #: the input's date, else the one its dateline gives
    published_inferred: str | None  #: the dateline's date when the input had none
    home_region: str | None  #: the input's hint for same-name districts
    district_code: str | None  #: the press board's own district, if any
    body_start: int  #: where the running text starts (headline / 부제 lines before it)
    sentences: list[tuple[int, int]]  #: sentence (start, end) spans
    frame: Frame  #: the article's time frame
    gazetteer: Gazetteer  #: the pipeline's gazetteer
    mentions: list[Mention] = field(default_factory=list)  #: district mentions, in text order
    #: (start, end, is_subject) of same-name district names context could not settle
    unresolved: list[tuple[int, int, bool]] = field(default_factory=list)
    where: Focus | None = None  #: set with the mentions (:func:`with_mentions`)

    @property
    def focus(self) -> Focus:
        """Which district a position belongs to (needs the mentions of ``govnews_districts``)."""
        if self.where is None:
            raise ValueError("the article has no district mentions yet: run govnews_districts first")
        return self.where

    @property
    def valid_date(self) -> dt.date | None:
        """The day district names are resolved at: ``published``, else the frame's date, else None (today)."""
        return self.published or self.frame.date

    def sentence_of(self, pos: int) -> tuple[int, int]:
        """The (start, end) of the sentence containing ``pos``."""
        starts = [s for s, _ in self.sentences]
        i = max(0, bisect_right(starts, pos) - 1)
        return self.sentences[i] if self.sentences else (0, len(self.text))


def read_article(inp: ArticleInput, text: str, gazetteer: Gazetteer) -> Article:
    """The :class:`Article` of an input line whose body (``text``) is being analysed.

    :param inp: the input line
    :param text: the analysed body (``doc.text``)
    :param gazetteer: the pipeline's gazetteer
    :returns: the article without district mentions
    """
    inferred = None if inp.published else infer_published(inp.text)
    published = _date(inp.published or inferred)
    start = find_body_start(text)
    sentences = sentence_spans(text)
    return Article(
        id=inp.id,
        text=text,
        title=inp.title,
        published=published,
        published_inferred=inferred,
        home_region=inp.home_region,
        district_code=inp.district_code,
        body_start=start,
        sentences=sentences,
        frame=article_frame(inp.title, text, published, spans=sentences, body_start=start),
        gazetteer=gazetteer,
    )


def with_mentions(
    article: Article, mentions: list[Mention], unresolved: list[tuple[int, int, bool]], frame: Frame
) -> Article:
    """The article with its district mentions, the frame they were resolved in, and its :class:`Focus`."""
    found = replace(article, mentions=mentions, unresolved=unresolved, frame=frame)
    return replace(found, where=Focus(found))


# --- which district a sentence is about ----------------------------------------------------


_ANAPHOR = re.compile(
    r"^[^가-힣]{0,3}(?:또한?\s|이에\s|특히\s|한편\s|아울러\s|이와\s함께\s)?"
    r"(?P<kind>구|시|군|도|구청|시청|군청|도청)(?:은|는|이|가|도|에서는)\s"
)



# "도내 9개 시·군(거제·진주 …)과 함께": the members a group word introduces in brackets co-host; they do not take
# the sentence's subject from the 광역 that is it (0.18.0)
#: a figure in brackets right after a district's name: a neighbour's statistic given for comparison ("괴산(68.5%)")
# "울산시로부터 사업비 3억원을", "경상북도로부터는 … 최우수": a district named as the giver of what its sentence tells
# (a district of the article) is not whose fact it is (0.41.0)
_GIVER_AFTER = re.compile(r"(?:으로|로)부터")
_STAT_BRACKET = re.compile(r"\s*[(（]\s*[\d.,]+\s*(?:%|％|퍼센트)")
_GROUP_BRACKET = re.compile(V.UNIT_GROUP_WORD + r"\s*\([^()]*$")
_FUNDING = re.compile(r"\d[\d,.]*\s*(?:억|천만|백만|만)?\s*원\s*(?:을|를|씩)?\s*(?:[가-힣]+\s+){0,2}(?:부담|지원|지급|투입|출연|분담)")


class Focus:
    """Finds the district a fact at a position belongs to.

    The nearest counted mention before the position in the same sentence (a subject first);
    else, with ``after_ok``, the first one after it; else the sentence's subject carried over
    from earlier sentences, where an anaphoric "구는 / 시는 / 군은 / 도는" names the article's
    main 구 / 시 / 군 / 도; else the board's own district.
    """

    def __init__(self, article: Article) -> None:
        self.text = text = article.text
        self.sents = article.sentences
        self.starts = [s for s, _ in self.sents]
        self.mentions = [m for m in article.mentions if m.counted and not _GIVER_AFTER.match(text, m.end)]
        self.local = [m for m in self.mentions if not m.unit.is_province]
        self.by_sent: dict[int, list[Mention]] = {}
        for m in self.mentions:
            self.by_sent.setdefault(self.sent_index(m.start), []).append(m)
        # Unsettled same-name districts ("고성군은" with no 광역 to tell which): their sentence's
        # facts belong to no district we can name.
        self.blockers: dict[int, list[tuple[int, int, bool]]] = {}
        for blocker in article.unresolved:
            self.blockers.setdefault(self.sent_index(blocker[0]), []).append(blocker)
        counts: dict[str, int] = {}
        acting: dict[str, int] = {}
        firsts: dict[str, Mention] = {}
        for m in self.mentions:
            counts[m.full_name] = counts.get(m.full_name, 0) + 1
            acting[m.full_name] = acting.get(m.full_name, 0) + (m.subject or m.topic)
            firsts.setdefault(m.full_name, m)
        self.board: tuple[str, str | None] | None = None
        code = article.district_code
        if code:
            rows = article.gazetteer.by_code.get(str(code), [])
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
            best = max(pool, key=lambda n: (counts[n], acting[n] > 0, -firsts[n].start))
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
                    if any(m.subject and m.unit.is_province for m in here) and not any(m.subject for m in local) and all(
                        _GROUP_BRACKET.search(text, max(a, m.start - 60), m.start) for m in local
                    ):
                        local = []  # "경남도가 … 9개 시·군(거제·진주 …)과 함께 … 연다": the 광역 leads
                    pick = local or here
                    subj = [m for m in pick if m.subject]
                    m = subj[0] if subj else pick[0]
                    new = (m.full_name, m.code)
                    if not subj and current is not None and all(_STAT_BRACKET.match(text, x.end) for x in pick):
                        new = current  # "고용률도 67.1%로 괴산(68.5%)에 이어": a neighbour's figure compared (0.29.0)
                # A 광역 that only pays for the 기초's programme ("시는 센터 운영비 6억 원을 부담했다")
                # is not the subject of what follows (0.3.0; dev_023).
                if (new is not None and current is not None and new != current and _FUNDING.search(text[a:b])
                        and new[0] in provinces and current[0] not in provinces):
                    new = current
                # Nor is a 광역 that runs the evaluation the 기초 is judged in ("서울시가 실시한 평가에서만 25개
                # 분야", "서울시 평가에서는 … 최우수구로 뽑혔고") (0.12.0).
                if (new is not None and current is not None and new != current and new[0] in provinces
                        and current[0] not in provinces and here and all(
                            m.full_name != new[0] or runs_evaluation(text, m.end) for m in here)):
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
        if _ANAPHOR.match(self.text[a:pos]) and subject is not None:
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
        if before:
            topic = [m for m in before if m.topic]
            subj = topic or [m for m in before if m.subject]
            m = subj[-1] if subj else before[-1]
            return m.full_name, m.code, "hint" if m.by_hint else "sentence"
        later = [x for x in self.blockers.get(i, ()) if x[2] and x[0] >= pos]
        if later and not any(pos <= m.start < later[0][0] for m in here):
            return None  # "우수기관에는 제주시청이": the receiver after the fact is one we do not name
        subject_here = self.subject[i] if self.subject else None
        # the anaphor is read only here, where it can change the answer
        if subject_here is not None and self.sents and _ANAPHOR.match(self.text[a:pos]):
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

