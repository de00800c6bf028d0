"""Stage 2 (extract): many articles at Kiwi's batch speed, with one model in memory.

``extract_batch`` feeds every article's pieces (and title) to one ``Kiwi.tokenize`` call over an
iterable: Kiwi analyses them on its own worker threads (``num_workers``, all cores by default;
the C++ work releases the GIL) while this thread builds spaCy Docs from the finished analyses and
runs the rules, so the rules and the JSON I/O of the caller overlap with tokenizing. The facts are
exactly those of :func:`extract.pipeline.extract_article`, article by article, in input order.

Articles that cannot hold a fact skip the spaCy Doc and the rules; they still get their
``search_tokens`` (and ``published_inferred``) from the same analysis. Every fact names a district,
and the rules take the district of a fact only from the article's counted district mentions (the
:class:`extract.context.Focus` of ``govnews_districts``) or the board's own district
(``district_code``). So an article cannot hold a fact when no district name is in its text or title
and it has no ``home_region`` / ``district_code`` hint (:func:`may_hold_facts`, before Kiwi), nor
when the district rules, run before its Doc is built, count no mention in its body and it has no
``district_code`` (a name only in the headline, the page chrome, or only as a venue or a comparison).
Must not import scrapy or kb.
"""

from __future__ import annotations

import json
import os
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from kiwipiepy import Kiwi
from spacy.language import Language

from extract.components import READ_KEY
from extract.context import Article, read_article
from extract.districts import find_mentions, names_district
from extract.facts import ArticleFacts
from extract.gazetteer import Gazetteer, default_gazetteer
from extract.nlp import pipeline_gazetteer
from extract.pipeline import (
    ArticleInput,
    article_body,
    default_nlp,
    extract_doc,
    parse_input,
    search_tokens,
)
from extract.text import infer_published
from extract.tokenizer import KiwiTokenizer, get_kiwi, piece_spans


@dataclass(slots=True)
class _Job:
    """One article in flight: what was sent to Kiwi for it."""

    article: ArticleInput | None  # None: an input that failed before analysis (see ``error``)
    body: str = ""
    starts: list[int] | None = None
    full: bool = True  # run the whole pipeline (False: search tokens only)
    error: Exception | None = None
    tag: Any = None


def may_hold_facts(article: ArticleInput, body: str, gazetteer: Gazetteer | None = None) -> bool:
    """False when the article cannot yield a fact: no district named in body or title, no district hint.

    :param article: the article
    :param body: :func:`extract.pipeline.article_body` of it
    :param gazetteer: defaults to the project gazetteer (the one the pipeline matches with)
    """
    if article.home_region or article.district_code:
        return True
    gaz = gazetteer or default_gazetteer()
    # (the text itself only when page chrome was blanked in the body: else it is the body)
    for text in (body, article.title or "", article.text if article.text != body else ""):
        if text and next(iter(gaz.finditer(text)), None) is not None:
            return True
    return False


def counts_no_district(article: ArticleInput, context: Article) -> bool:
    """Whether the district rules leave the article no district to give a fact to.

    :param article: the article
    :param context: its context with its district mentions (:func:`extract.districts.find_mentions`
        of :func:`extract.context.read_article`, as the pipeline's first two components build it)
    :returns: True when no mention names a district (:func:`extract.districts.names_district`) and the input names
        no board district: then the pipeline finds no district and, as every fact names one, no fact
    """
    return not article.district_code and not any(names_district(context.text, m) for m in context.mentions)


def _forms(pieces: list[Any]) -> list[str]:
    """Morpheme forms as the tokenizer keeps them: zero-width morphemes before the first real one dropped."""
    out: list[str] = []
    started = False
    for toks in pieces:
        if not started:
            first = next((i for i, tok in enumerate(toks) if tok.len > 0), None)
            if first is None:
                continue
            started = True
            toks = toks[first:]
        out += [tok.form for tok in toks]
    return out


def extract_batch(
    items: Iterable[tuple[Any, ArticleInput | Exception]],
    nlp: Language | None = None,
    kiwi: Kiwi | None = None,
    prefilter: bool = True,
) -> Iterator[tuple[Any, ArticleFacts | Exception]]:
    """Extract from many articles with Kiwi's batch tokenizer; results in input order.

    :param items: ``(tag, article)`` pairs; ``article`` may be an exception (a bad input line),
        passed through as the result so the caller keeps one output per input
    :param nlp: the pipeline (default: the process-wide one)
    :param kiwi: the Kiwi to analyse with (default: the process-wide one, all cores)
    :param prefilter: skip the Doc and the rules for articles that cannot hold a fact (False: every
        article through the whole pipeline, for measuring)
    :returns: ``(tag, facts)`` pairs, or ``(tag, exception)`` for an article that failed
    """
    nlp = nlp or default_nlp()
    kiwi = kiwi or get_kiwi()
    tokenizer = nlp.tokenizer
    if not isinstance(tokenizer, KiwiTokenizer):
        raise TypeError(f"batch extraction needs the {KiwiTokenizer.__name__} pipeline (extract.nlp.make_nlp)")
    gaz = pipeline_gazetteer(nlp)
    pending: deque[_Job] = deque()

    def texts() -> Iterator[str]:
        for tag, article in items:
            if isinstance(article, Exception):
                pending.append(_Job(None, error=article, tag=tag))
                continue
            try:
                body = article_body(article)
                starts, spans = piece_spans(body)
                full = not prefilter or may_hold_facts(article, body, gaz)
            except Exception as exc:  # noqa: BLE001 - reported as this article's result
                pending.append(_Job(article, error=exc, tag=tag))
                continue
            pending.append(_Job(article, body, starts, full, tag=tag))
            for a, b in spans:
                yield body[a:b]
            if article.title:
                yield article.title

    analyses = kiwi.tokenize(texts())
    ahead: list[Any] = []  # an analysis taken only to make Kiwi read more input

    def nxt() -> Any:
        return ahead.pop() if ahead else next(analyses)

    # Kiwi reads the texts ahead of its results: every job it has taken is in ``pending`` before
    # its first analysis comes back, and each job takes exactly its own analyses, in order.
    while True:
        if not pending:
            try:
                ahead.append(next(analyses))
            except StopIteration:  # the input is read to its end: only text-less jobs may remain
                if not pending:
                    break
                continue
            if not pending:  # pragma: no cover - an analysis always follows its job
                raise RuntimeError("Kiwi returned an analysis without an article")
        job = pending.popleft()
        if job.error is not None or job.article is None:
            yield job.tag, job.error or ValueError("no article")
            continue
        article = job.article
        pieces = [nxt() for _ in job.starts or ()]
        head = [t.form for t in nxt()] if article.title else []
        try:
            context = None
            if job.full and prefilter:
                # The pipeline's first two components, before the Doc: they may leave nothing to do.
                context = find_mentions(read_article(article, job.body, gaz))
                if counts_no_district(article, context):
                    job.full = False
            if job.full:
                doc = tokenizer.from_analysis(job.body, job.starts or [], pieces)
                if context is not None:
                    doc.user_data[READ_KEY] = (article, context)
                yield job.tag, extract_doc(nlp, article, doc, head)
            else:
                inferred = None if article.published else infer_published(article.text)
                yield job.tag, ArticleFacts(
                    id=article.id,
                    published=article.published,
                    search_tokens=search_tokens(article.title, _forms(pieces), head),
                    extra={"published_inferred": inferred} if inferred else {},
                )
        except Exception as exc:  # noqa: BLE001 - one bad article must not stop the batch
            yield job.tag, exc


def extract_lines(numbered: Iterable[tuple[int, dict[str, Any]]]) -> Iterator[tuple[str, str | None]]:
    """``govnews extract``'s output lines for decoded input objects, at batch speed.

    :param numbered: ``(index, object)`` pairs; an object with an ``_error`` key is a bad input line
    :returns: per input, ``(facts JSON line, error or None)``: a failed article gives an empty facts
        object with an ``error`` key (and the error); a bad line gives its facts object with the
        line's error and None (already reported when it was read)
    """
    def inputs() -> Iterator[tuple[tuple[int, dict[str, Any]], ArticleInput | Exception]]:
        for index, obj in numbered:
            if "_error" in obj:
                yield (index, obj), _BadLine(obj["_error"])
                continue
            try:
                yield (index, obj), parse_input(obj, fallback_id=str(index))
            except Exception as exc:  # noqa: BLE001 - reported as this article's error
                yield (index, obj), exc

    # GOVNEWS_EXTRACT_PREFILTER=0 runs every article through the whole pipeline (for measuring).
    prefilter = os.environ.get("GOVNEWS_EXTRACT_PREFILTER", "1") != "0"
    for (index, obj), result in extract_batch(inputs(), prefilter=prefilter):
        if isinstance(result, _BadLine):
            bad = ArticleFacts(id=obj["id"]).to_json()
            bad["error"] = obj["_error"]
            yield json.dumps(bad, ensure_ascii=False), None
        elif isinstance(result, Exception):
            empty = ArticleFacts(id=str(obj.get("id", index))).to_json()
            empty["error"] = f"{type(result).__name__}: {result}"
            yield json.dumps(empty, ensure_ascii=False, default=str), empty["error"]
        else:
            yield json.dumps(result.to_json(), ensure_ascii=False), None


class _BadLine(Exception):
    """An input line already reported as unreadable."""
