"""Stage 2 (extract): articles in, :class:`extract.facts.ArticleFacts` out.

Reads EXTRACTION.md input objects or crawler ``Article`` lines. Must not import scrapy or kb.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from extract import context as C
from extract.components import FACTS
from extract.facts import ArticleFacts
from extract.nlp import MORPHS_KEY, doc_text, get_kiwi, make_nlp
from extract.zones import body_start, mask_chrome


@dataclass(frozen=True, slots=True)
class ArticleInput:
    """What the extractor needs from one input line."""

    id: str
    text: str
    published: str | None = None
    title: str | None = None
    home_region: str | None = None
    district_code: str | None = None


_DOTS = str.maketrans({"\u2219": "·", "\u2027": "·", "\uff65": "·"})
_SURROGATE = re.compile("[\ud800-\udfff]")


def _clean_text(text: str) -> str:
    """Lone surrogates (legal in JSON "\\ud800", not in UTF-8) → U+FFFD, keeping every offset."""
    return _SURROGATE.sub("\ufffd", text)


def parse_input(obj: dict[str, Any], fallback_id: str = "") -> ArticleInput:
    """Read an EXTRACTION.md object or a crawler Article line.

    :param obj: a decoded JSON object
    :param fallback_id: id to use when the object has none
    :returns: the normalised input
    :raises ValueError: when ``obj`` is not a JSON object
    """
    if not isinstance(obj, dict):
        raise ValueError("input line is not a JSON object")
    text = obj.get("text")
    if text is None:
        text = obj.get("body_text")
    published = obj.get("published")
    if published is None and obj.get("published_at"):
        published = str(obj["published_at"])[:10]
    return ArticleInput(
        id=_clean_text(str(obj.get("id") if obj.get("id") is not None else fallback_id)),
        text=_clean_text(str(text or "")),
        published=str(published)[:10] if published else None,
        title=_clean_text(str(obj["title"])) if obj.get("title") else None,
        home_region=obj.get("home_region") or None,
        district_code=obj.get("district_code") or None,
    )


_DATELINE = re.compile(
    r"(?P<label>입력|등록|작성|발행|기사입력|승인|게재|최종편집|최종수정|수정|편집)?\s*:?\s*"
    r"(?<!\d)((?:19|20)\d{2})\s*[.\-/년]\s*(\d{1,2})\s*[.\-/월]\s*(\d{1,2})(?!\d)"
)
_EDIT_LABELS = ("최종편집", "최종수정", "수정", "편집")


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
        try:
            day = dt.date(int(m.group(2)), int(m.group(3)), int(m.group(4)))
        except ValueError:
            continue
        found.append((bool(m.group("label")), day.isoformat()))
    labelled = [d for has_label, d in found if has_label]
    return labelled[0] if labelled else (found[0][1] if found else None)


def search_tokens(title: str | None, text_tokens: Iterable[str], head: list[str] | None = None) -> str:
    """Space-separated morpheme surface forms of title + text, for the kb's FTS index.

    :param head: the title's forms when already analysed (``title`` is then not re-analysed)
    """
    if head is None:
        head = [t.form for t in get_kiwi().tokenize(title)] if title else []
    return " ".join([*head, *text_tokens])


def extract_article(nlp: Language, article: ArticleInput) -> ArticleFacts:
    """Extract every fact type from one article.

    :param nlp: the pipeline from :func:`extract.nlp.make_nlp`
    :param article: the article
    :returns: its facts (empty lists when nothing is found)
    """
    # Page chrome (menus, bylines, copyright, comments, sidebars) is blanked, offsets kept (extract/zones.py).
    # Middle-dot look-alikes (∙ ‧ ･) separate list items like "·": one code point for one, offsets kept.
    body = article_body(article)
    doc = nlp.make_doc(body)
    # The title right after the text, while Kiwi's tables are still in the CPU cache (analysing it
    # after the rules have run costs several times more).
    head = [t.form for t in get_kiwi().tokenize(article.title)] if article.title else []
    return extract_doc(nlp, article, doc, head)


def article_body(article: ArticleInput) -> str:
    """The text the pipeline analyses: page chrome blanked, middle-dot look-alikes unified (offsets kept)."""
    return mask_chrome(article.text).translate(_DOTS)


def extract_doc(nlp: Language, article: ArticleInput, doc: Doc, head: list[str]) -> ArticleFacts:
    """Run the pipeline's components over a tokenized article (see :mod:`extract.batch`).

    :param nlp: the pipeline
    :param article: the article
    :param doc: ``nlp.make_doc(article_body(article))`` or the same Doc built from a batch analysis
    :param head: the title's morpheme forms
    :returns: the article's facts
    """
    doc.user_data[C.BODY_START] = body_start(doc_text(doc))
    doc.user_data[C.ARTICLE_ID] = article.id
    inferred = None if article.published else infer_published(article.text)
    doc.user_data[C.PUBLISHED] = article.published or inferred
    # the article's time frame (the evaluation's year; without a date, the day names are valid at),
    # computed by context.frame() once the sentences are known
    doc.user_data[C.FRAME] = True
    doc.user_data[C.TITLE] = article.title
    doc.user_data[C.HOME_REGION] = article.home_region
    doc.user_data[C.DISTRICT_CODE] = article.district_code
    for _name, proc in nlp.pipeline:
        doc = proc(doc)
    facts = doc.user_data.get(FACTS, {})
    job_counts = _with_sources(doc, tuple(facts.get("job_counts", ())))
    forms = (m.form for morphs in doc.user_data.get(MORPHS_KEY, ()) for m in morphs)
    return ArticleFacts(
        id=article.id,
        published=article.published,
        districts=tuple(facts.get("districts", ())),
        awards=tuple(facts.get("awards", ())),
        programs=tuple(facts.get("programs", ())),
        job_counts=job_counts,
        search_tokens=search_tokens(article.title, forms, head),
        extra={"published_inferred": inferred} if inferred else {},
    )


def _with_sources(doc: Doc, found: tuple[Any, ...]) -> tuple[Any, ...]:
    """Facts with ``year_source``/``district_source`` filled where their extractor left them None.

    district: "sentence" when the fact's sentence names it ("hint" when only the input's
    ``home_region`` settled the name), "hint" for the board's own district that no sentence names,
    else "frame"; year: "sentence" when a year expression of the sentence gives it, "published" for
    the publication year, else "frame" (None without a year).
    """
    if not found:
        return found
    focus = C.focus(doc)
    text = doc_text(doc)
    pub = C.published(doc)
    out = []
    stated_years: dict[int, set[int]] = {}
    for f in found:
        if getattr(f, "year_source", "") is not None or getattr(f, "district_source", "") is not None:
            out.append(f)
            continue
        i = focus.sent_index(f.char_span[0])
        dsrc = focus.source_of((f.district, f.district_code), i)
        ysrc = None
        if f.year is not None:
            if i not in stated_years:
                a, b = focus.sents[i] if focus.sents else (0, len(text))
                stated_years[i] = {v for y in C.find_years(text, pub, a, b, ranges=True) for v in y.years}
            stated = f.year in stated_years[i]
            ysrc = "sentence" if stated else ("published" if pub and f.year == pub.year else "frame")
        out.append(replace(f, year_source=ysrc, district_source=dsrc))
    return tuple(out)


_NLP: Language | None = None


def default_nlp() -> Language:
    """The process-wide pipeline (built on first use)."""
    global _NLP
    if _NLP is None:
        _NLP = make_nlp()
    return _NLP


def extract_objects(objs: Iterable[dict[str, Any]], nlp: Language | None = None) -> Iterator[ArticleFacts]:
    """Extract from decoded input objects, in order."""
    nlp = nlp or default_nlp()
    for i, obj in enumerate(objs):
        yield extract_article(nlp, parse_input(obj, fallback_id=str(i)))
