"""Stage 2 (extract), layer 6: the ``govnews_*`` spaCy components, one per stage and fact type.

``govnews_context`` (a factory: it holds the pipeline's gazetteer) marks sentence starts and
builds the article context ``doc._.govnews_article`` from the input in ``doc._.govnews_input``;
``govnews_districts`` adds the district mentions to it; then one component per other type of
:data:`extract.facts.FACT_TYPES` runs its rule module. Each leaves its facts in
``doc._.govnews_<key>`` and their spans (label: grade, kind, name or district) in
``doc.spans["govnews_<key>"]``, so ``spacy.displacy.render(doc, style="span",
options={"spans_key": "govnews_awards"})`` shows them. Imports the rules and the layers below;
must not import the pipeline, scrapy or kb.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import numpy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from extract.awards import extract_awards
from extract.context import Article, ArticleInput, read_article
from extract.districts import extract_districts, find_mentions
from extract.facts import FACT_TYPES, FactType
from extract.gazetteer import Gazetteer, default_gazetteer
from extract.jobs import extract_job_counts
from extract.programs import extract_programs
from extract.tokenizer import doc_text

#: ``doc.spans`` key of every district mention (counted or not; label: counted / not counted)
MENTIONS_KEY = "govnews_mentions"
#: ``doc.user_data`` key: ``(input, article)``, the article context with its district mentions read
#: before the Doc was built (:mod:`extract.batch`); ``govnews_context`` and ``govnews_districts`` take
#: it instead of reading the same again when it is of this Doc's input and text
READ_KEY = "govnews_read_article"

#: the rule of each fact type other than districts: (article, doc) → facts
RULES: dict[str, Callable[[Article, Doc], list[Any]]] = {
    "awards": extract_awards,
    "job_counts": extract_job_counts,
    "programs": extract_programs,
}

for _ext in ("govnews_input", "govnews_article", *(t.component for t in FACT_TYPES)):
    if not Doc.has_extension(_ext):
        Doc.set_extension(_ext, default=None)


def _spans(doc: Doc, found: Sequence[Any], label: str, key: str) -> None:
    """Record each fact's character span in ``doc.spans[key]``, labelled with its ``label`` field."""
    spans = []
    for f in found:
        span = doc.char_span(f.char_span[0], f.char_span[1], label=str(getattr(f, label) or ""),
                             alignment_mode="expand")
        if span is not None:
            spans.append(span)
    doc.spans[key] = spans


class ArticleReader:
    """``govnews_context``: sentence starts, and the :class:`extract.context.Article` of the doc.

    :param gazetteer: the gazetteer every rule of the pipeline matches against
    """

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        given = doc._.govnews_input
        read = doc.user_data.pop(READ_KEY, None)
        if read is not None and read[0] is given and read[1].text == text and read[1].gazetteer is self.gazetteer:
            article = read[1]  # read with this gazetteer before the Doc was built, mentions and all
        else:
            article = read_article(given if isinstance(given, ArticleInput) else ArticleInput("", text), text,
                                   self.gazetteer)
        _mark_sentences(doc, article.sentences)
        doc._.govnews_article = article
        return doc


def _mark_sentences(doc: Doc, spans: list[tuple[int, int]]) -> None:
    """Set sentence starts at the given spans (one array write: per token it is quadratic)."""
    if not len(doc):
        return
    idx = doc.to_array("IDX").astype("int64")
    starts = numpy.fromiter((a for a, _ in spans), dtype="int64", count=len(spans))
    at = numpy.searchsorted(idx, starts)
    at = at[at < len(idx)]
    at = at[idx[at] == starts[: len(at)]] if len(at) == len(starts) else at[numpy.isin(idx[at], starts)]
    values = numpy.full(len(idx), -1, dtype="int32")
    values[at] = 1
    values[0] = 1
    doc.from_array([SENT_START], values.reshape(-1, 1).view("uint32").astype("uint64"))  # type: ignore[arg-type]


@Language.factory(
    "govnews_context",
    default_config={"gazetteer_path": ""},
    assigns=["token.is_sent_start", "doc._.govnews_article"],
)
def make_article_reader(nlp: Language, name: str, gazetteer_path: str) -> ArticleReader:
    """Factory for ``govnews_context``; ``gazetteer_path`` empty means the project CSV."""
    return ArticleReader(Gazetteer(gazetteer_path) if gazetteer_path else default_gazetteer())


@Language.component(
    "govnews_districts",
    requires=["doc._.govnews_article"],
    assigns=["doc._.govnews_article", "doc._.govnews_districts", "doc.spans"],
)
def govnews_districts(doc: Doc) -> Doc:
    """District mentions (into the article context) and the districts the article is about."""
    article = doc._.govnews_article
    if article.where is None:  # (an article read before the Doc has its mentions already)
        article = find_mentions(article)
    doc._.govnews_article = article
    found = extract_districts(article)
    doc._.govnews_districts = found
    _spans(doc, found, "full_name", "govnews_districts")
    mentions = []
    for m in article.mentions:
        span = doc.char_span(m.start, m.end, label="counted" if m.counted else "not counted", alignment_mode="expand")
        if span is not None:
            mentions.append(span)
    doc.spans[MENTIONS_KEY] = mentions
    return doc


def _fact_component(fact_type: FactType) -> Callable[[Doc], Doc]:
    rule = RULES[fact_type.key]

    def component(doc: Doc) -> Doc:
        found = rule(doc._.govnews_article, doc)
        doc._.set(fact_type.component, found)
        _spans(doc, found, fact_type.label, fact_type.component)
        return doc

    component.__doc__ = f"The article's {fact_type.key}: ``doc._.{fact_type.component}`` and its spans."
    return component


for _type in FACT_TYPES:
    if _type.key != "districts" and not Language.has_factory(_type.component):
        Language.component(
            _type.component,
            requires=["doc._.govnews_article"],
            assigns=[f"doc._.{_type.component}", "doc.spans"],
            func=_fact_component(_type),
        )


def component_names() -> list[str]:
    """The components after the tokenizer, in order: the context, then one per fact type."""
    return ["govnews_context", *(t.component for t in FACT_TYPES)]

