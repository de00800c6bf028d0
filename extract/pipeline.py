"""Stage 2 (extract), layer 8: articles in, :class:`extract.facts.ArticleFacts` out.

Reads EXTRACTION.md input objects or crawler ``Article`` lines. Must not import scrapy or kb.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import replace
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from extract.context import Article, ArticleInput
from extract.facts import FACT_TYPES, ArticleFacts, DistrictFact
from extract.nlp import make_nlp
from extract.text import find_years
from extract.tokenizer import doc_morph_index, doc_morphs, doc_morphs_resorted, get_kiwi
from extract.zones import mask_chrome

__all__ = ["ArticleInput", "article_body", "article_context", "default_nlp", "extract_article", "extract_doc", "parse_input"]

#: middle-dot look-alikes (∙ ‧ ･), each written as "·"
_DOTS = ("\u2219", "\u2027", "\uff65")
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


def article_context(nlp: Language, article: ArticleInput) -> tuple[Article, Doc]:
    """The article's context with its district mentions, and its Doc, before the fact components.

    What a rule module's candidate generator and features read (training, tests).
    """
    doc = nlp.make_doc(article_body(article))
    doc._.govnews_input = article
    for name, proc in nlp.pipeline:
        doc = proc(doc)
        if name == "govnews_districts":
            break
    return doc._.govnews_article, doc


def article_body(article: ArticleInput) -> str:
    """The text the pipeline analyses: page chrome blanked, middle-dot look-alikes unified (offsets kept)."""
    body = mask_chrome(article.text)
    for dot in _DOTS:  # str.replace, in C (a translate table costs a dict lookup per character)
        if dot in body:
            body = body.replace(dot, "·")
    if "\u0394" in body:  # "Δ새일센터 운영 3만4200명 Δ…": a Greek delta as a list's bullet, read as △ (0.15.0)
        body = body.replace("\u0394", "△")
    return body


def extract_doc(nlp: Language, article: ArticleInput, doc: Doc, head: list[str]) -> ArticleFacts:
    """Run the pipeline's components over a tokenized article (see :mod:`extract.batch`).

    :param nlp: the pipeline
    :param article: the article
    :param doc: ``nlp.make_doc(article_body(article))`` or the same Doc built from a batch analysis
    :param head: the title's morpheme forms
    :returns: the article's facts
    """
    doc._.govnews_input = article
    for _name, proc in nlp.pipeline:
        doc = proc(doc)
    context: Article = doc._.govnews_article
    facts: dict[str, Any] = {t.key: tuple(doc._.get(t.component) or ()) for t in FACT_TYPES}
    facts["job_counts"] = _with_sources(context, facts["job_counts"])
    facts["districts"] = _with_fact_districts(facts)
    # Kiwi's order: the shared morpheme index (built by the rules) when it kept that order
    forms = [m.form for m in doc_morph_index(doc)[0]] if not doc_morphs_resorted(doc) else [
        m.form for morphs in doc_morphs(doc) for m in morphs]
    inferred = context.published_inferred
    return ArticleFacts(
        id=article.id,
        published=article.published,
        **facts,
        search_tokens=search_tokens(article.title, forms, head),
        extra={"published_inferred": inferred} if inferred else {},
    )


def _with_fact_districts(facts: dict[str, Any]) -> tuple[DistrictFact, ...]:
    """The article's districts and the district of each fact that none of them is (EXTRACTION.md: a 광역 counts
    when it organises or pays): a 광역 that only its branded scheme names ("경남형 …" run by a 군, 0.19.0), with
    the fact's evidence and span."""
    found: tuple[DistrictFact, ...] = facts["districts"]
    names = {d.full_name for d in found}
    extra: list[DistrictFact] = []
    for t in FACT_TYPES:
        if t.key == "districts":
            continue
        for f in facts[t.key]:
            if f.district not in names:
                names.add(f.district)
                extra.append(DistrictFact(f.article_id, f.district, f.district_code, f.evidence, f.char_span))
    return found + tuple(extra) if extra else found


def _with_sources(context: Article, found: tuple[Any, ...]) -> tuple[Any, ...]:
    """Facts with ``year_source``/``district_source`` filled where their extractor left them None.

    district: "sentence" when the fact's sentence names it ("hint" when only the input's
    ``home_region`` settled the name), "hint" for the board's own district that no sentence names,
    else "frame"; year: "sentence" when a year expression of the sentence gives it, "published" for
    the publication year, else "frame" (None without a year).
    """
    if not found:
        return found
    focus = context.focus
    text = context.text
    pub = context.published
    out = []
    stated_years: dict[int, set[int]] = {}
    for f in found:
        ysrc, dsrc = getattr(f, "year_source", ""), getattr(f, "district_source", "")
        if ysrc is not None and dsrc is not None:  # set by the extractor (or a type without them)
            out.append(f)
            continue
        i = focus.sent_index(f.char_span[0])
        if dsrc is None:
            dsrc = focus.source_of((f.district, f.district_code), i)
        if ysrc is None and f.year is not None:
            if i not in stated_years:
                a, b = focus.sents[i] if focus.sents else (0, len(text))
                stated_years[i] = {v for y in find_years(text, pub, a, b, ranges=True) for v in y.years}
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
