"""Components: one per fact type, declared requires/assigns, facts in Doc extensions and doc.spans."""

from __future__ import annotations

import csv

import pytest
from spacy import displacy

from extract.context import Article, ArticleInput
from extract.facts import FACT_TYPES, ArticleFacts
from extract.gazetteer import GAZETTEER_PATH
from extract.nlp import make_nlp, pipeline_gazetteer
from extract.pipeline import extract_article

TEXT = "구로구가 2020년 전국 지방자치단체 일자리대상에서 최우수상을 받았다. 구는 청년 일자리 500개를 만들었다."


def _doc(nlp, text: str = TEXT, **kw: str):
    doc = nlp.make_doc(text)
    doc._.govnews_input = ArticleInput(id="c1", text=text, published="2020-12-01", **kw)
    for _name, proc in nlp.pipeline:
        doc = proc(doc)
    return doc


def test_one_component_per_fact_type_in_registry_order(nlp):
    assert nlp.pipe_names == ["govnews_context", *(t.component for t in FACT_TYPES)]
    assert [t.key for t in FACT_TYPES] == ["districts", "awards", "job_counts", "programs"]


def test_components_declare_what_they_require_and_assign(nlp):
    meta = {name: nlp.get_pipe_meta(name) for name in nlp.pipe_names}
    assert "doc._.govnews_article" in meta["govnews_context"].assigns
    for fact_type in FACT_TYPES:
        assert meta[fact_type.component].requires == ["doc._.govnews_article"]
        assert f"doc._.{fact_type.component}" in meta[fact_type.component].assigns


def test_facts_are_doc_extensions_and_spans(nlp):
    doc = _doc(nlp)
    assert isinstance(doc._.govnews_article, Article)
    assert [f.full_name for f in doc._.govnews_districts] == ["서울특별시 구로구"]
    assert [(f.grade, f.year) for f in doc._.govnews_awards] == [("최우수", 2020)]
    assert [(f.value, f.kind) for f in doc._.govnews_job_counts] == [(500, "created")]
    assert [s.label_ for s in doc.spans["govnews_awards"]] == ["최우수"]
    assert [s.label_ for s in doc.spans["govnews_job_counts"]] == ["created"]
    assert [s.text for s in doc.spans["govnews_districts"]] == ["구로구"]
    assert [s.label_ for s in doc.spans["govnews_mentions"]] == ["counted"]


def test_displacy_renders_an_articles_facts(nlp):
    doc = _doc(nlp)
    html = displacy.render(doc, style="span", options={"spans_key": "govnews_awards"}, page=False)
    assert "최우수" in html and "구로구" in html  # the grade labels the award's evidence
    html = displacy.render(doc, style="span", options={"spans_key": "govnews_districts"}, page=False)
    assert "서울특별시 구로구" in html


def test_pipeline_facts_equal_the_components_facts(nlp):
    facts = extract_article(nlp, ArticleInput(id="c1", text=TEXT, published="2020-12-01"))
    doc = _doc(nlp)
    assert isinstance(facts, ArticleFacts)
    for fact_type in FACT_TYPES:
        assert len(getattr(facts, fact_type.key)) == len(doc._.get(fact_type.component)), fact_type.key


@pytest.fixture(scope="module")
def small_gazetteer(tmp_path_factory):
    """The gazetteer CSV without 구로구."""
    path = tmp_path_factory.mktemp("gaz") / "small.csv"
    with open(GAZETTEER_PATH, encoding="utf-8", newline="") as src, open(path, "w", encoding="utf-8", newline="") as dst:
        rows = csv.reader(src)
        out = csv.writer(dst)
        for row in rows:
            if row[1] != "구로구":
                out.writerow(row)
    return path


def test_configured_gazetteer_is_used_by_every_stage(small_gazetteer):
    nlp = make_nlp(str(small_gazetteer))
    gaz = pipeline_gazetteer(nlp)
    assert not gaz.candidates("구로구")
    doc = _doc(nlp, district_code="1153000000")
    assert doc._.govnews_article.gazetteer is gaz
    assert doc._.govnews_districts == []
    assert doc._.govnews_awards == []  # the board's own code names no district this gazetteer knows
