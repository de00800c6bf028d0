"""Stage 2 (extract), layer 7: ``make_nlp()``, the govnews spaCy pipeline, built once per process.

``spacy.blank("ko")`` with the tokenizer ``govnews.KiwiTokenizer.v1`` (:mod:`extract.tokenizer`),
then ``govnews_context`` and one component per fact type (:mod:`extract.components`, in the order
of :data:`extract.facts.FACT_TYPES`). Must not import the pipeline, scrapy or kb.
"""

from __future__ import annotations

import spacy
from spacy.language import Language

from extract.components import ArticleReader, component_names
from extract.gazetteer import Gazetteer
from extract.tokenizer import NLP_CONFIG

__all__ = ["NLP_CONFIG", "make_nlp", "pipeline_gazetteer"]


def make_nlp(gazetteer_path: str | None = None) -> Language:
    """The govnews pipeline: Kiwi tokenizer, article context, districts, awards, job counts, programmes.

    :param gazetteer_path: a gazetteer CSV other than ``extract/data/local_governments.csv``; every
        rule of the pipeline matches against it
    :returns: a :class:`spacy.language.Language`; call :func:`extract.pipeline.extract_doc` on its docs
    """
    nlp = spacy.blank("ko", config=NLP_CONFIG)
    for name in component_names():
        config = {"gazetteer_path": gazetteer_path or ""} if name == "govnews_context" else {}
        nlp.add_pipe(name, config=config)
    return nlp


def pipeline_gazetteer(nlp: Language) -> Gazetteer:
    """The gazetteer the pipeline's rules match against (the ``govnews_context`` component's).

    :param nlp: a pipeline from :func:`make_nlp`
    :raises TypeError: when ``nlp`` has no ``govnews_context`` component of ours
    """
    reader = nlp.get_pipe("govnews_context") if "govnews_context" in nlp.pipe_names else None
    if not isinstance(reader, ArticleReader):
        raise TypeError("the pipeline has no govnews_context component (extract.nlp.make_nlp)")
    return reader.gazetteer
