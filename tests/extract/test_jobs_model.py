"""The job-count model ``job_kind``: candidates, features, labels, and what it changes over the rules.

Every sentence is written for the test (made-up districts' wording and figures).
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from extract import jobs
from extract.learn import using
from extract.pipeline import ArticleInput, article_context, extract_article


def _context(nlp, text: str, published: str | None = "2020-10-01"):
    """The article context (with district mentions) and Doc of a text, before the fact rules."""
    return article_context(nlp, ArticleInput(id="t", text=text, published=published))


def _keys(nlp, text: str, model: bool = True) -> list[tuple[str, int, str]]:
    with using({} if model else {jobs.JOB_MODEL: None}):
        out = extract_article(nlp, ArticleInput(id="t", text=text, published="2020-10-01")).to_json()
    return [(j["district"], j["value"], j["kind"]) for j in out["job_counts"]]


def test_candidates_are_every_counted_number_of_the_body(nlp):
    text = (
        "성동구, 청년 일자리 500개 약속\n"
        "성동구는 올해 1만3천여 명의 구민에게 2천500개의 일자리와 12개소의 쉼터를 마련한다. "
        "사업 기간은 6개월이며 3개국 기업이 함께한다."
    )
    art, _doc = _context(nlp, text)
    found = [(v, m.group("unit")) for _si, m, v in jobs.job_candidates(art)]
    # the headline's 500 is no candidate (headlines repeat the body); months and countries are no counts
    assert found == [(13000, "명"), (2500, "개"), (12, "개소")]


def test_features_are_generic_cues(nlp):
    text = "성동구는 올해 청년 일자리 1,200개를 만들 계획이다."
    art, doc = _context(nlp, text)
    ((_si, _m, value, feats),) = jobs.candidate_features(art, doc)
    assert value == 1200
    assert {"u=개", "mag=4", "yr=this", "dist=2", "nd=1", "job_noun_near", "pos=lead"} <= set(feats)
    assert "P=만들" in feats  # the predicate after the count
    assert any(f.startswith("kr=future:target:") for f in feats)  # a job_kinds.tsv cue, by position and kind
    assert any(f.startswith("R1=를/") for f in feats)  # the particle after the count
    assert not any("성동" in f for f in feats)  # district names become their level
    art2, doc2 = _context(nlp, "성동구는 지난해 일자리 300개를 만들었다.")
    ((_, _, _, feats2),) = jobs.candidate_features(art2, doc2)
    assert {"yr=past", "past"} <= set(feats2)


def test_features_without_a_doc_equal_those_with_it(nlp):
    text = "성동구는 지난해 구직자 85명의 취업을 도왔다. 올해는 100명이 목표다."
    art, doc = _context(nlp, text)
    assert [c[3] for c in jobs.candidate_features(art, doc)] == [c[3] for c in jobs.candidate_features(art)]


def test_labels_come_from_the_gold_count_of_the_value(nlp):
    text = "성동구는 지난해 일자리 300개를 만들었고, 관내 기업 40개가 참여했다. 올해는 400개가 목표다."
    art, doc = _context(nlp, text)
    gold = {"job_counts": [
        {"district": "서울특별시 성동구", "value": 300, "kind": "created"},
        {"district": "서울특별시 성동구", "value": 400, "kind": "target"},
    ]}
    labels = [label for _feats, label in jobs.job_examples(art, doc, gold)]
    assert labels == ["created", "none", "target"]


@pytest.mark.parametrize(
    "text",
    [
        "성동구는 지난해 일자리 3,200개를 만들었다고 밝혔다.",
        "성동구의 올해 일자리 창출 목표는 직접일자리 900개, 민간일자리 1,100개 등 2,000개다.",
        "성동구는 중장년 재취업 교육에 참여한 주민 90명 중 52명이 재취업에 성공했다고 밝혔다.",
    ],
)
def test_without_a_model_the_rules_decide(nlp, text):
    art, _doc = _context(nlp, text)
    with using({jobs.JOB_MODEL: None}):
        # the same counts; only a count no year expression dates takes its article's year afterwards (0.43.2)
        assert [replace(f, year=None, year_source=None) for f in jobs.extract_job_counts(art)] == [
            replace(f, year=None, year_source=None) for f in jobs.rule_job_counts(art)
        ]
        assert all(f.year is not None for f in jobs.extract_job_counts(art)) == bool(art.published)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an announced policy ("…할 방침이다") is a goal, not jobs made; places of a public job scheme this
        # year ("N명을 투입한다") are a target. The model taught the rules these; both now agree.
        ("성동구는 올해 일자리 5천개를 새로 만들 방침이다.", [("서울특별시 성동구", 5000, "target")]),
        ("성동구는 올해 청년 일자리 800개를 늘릴 방침이다.", [("서울특별시 성동구", 800, "target")]),
        ("성동구는 올해 공공일자리 사업에 주민 1천500명을 투입한다.", [("서울특별시 성동구", 1500, "target")]),
    ],
    ids=["goal-banchim", "goal-banchim-neullil", "places-present"],
)
def test_the_model_keeps_what_the_rules_learned(nlp, text, expected):
    assert _keys(nlp, text, model=False) == expected
    assert _keys(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "올해 목표는 1만 1,500개다. 성동구는 이를 위해 노력한다.",  # no district before the count
        "성동구는 이번 공모에 참여한 전국 150개 지자체 가운데 일자리 분야 1위를 했다.",  # governments compared
        "성동구는 청년 창업가 25명에게 사무공간을 지원했다.",  # start-ups stay no count
    ],
)
def test_the_model_adds_nothing_without_its_cues(nlp, text):
    assert _keys(nlp, text) == _keys(nlp, text, model=False) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("성동구는 한빛테크와 투자협약을 맺고 320명의 고용창출과 500억원의 투자를 약속받았다.",
         [("서울특별시 성동구", 320, "target")]),
        ("성동구는 지난달에도 한빛테크와 200억 원 투자, 90여 명 고용 창출을 내용으로 하는 투자협약을 맺었다.",
         [("서울특별시 성동구", 90, "target")]),
        ("성동구 관계자는 \"이번 협약으로 주민 40명의 고용창출을 기대하고 있다\"고 말했다.",
         [("서울특별시 성동구", 40, "target")]),
        # distractors: what agreements so far have brought, people placed through partner firms, jobs made,
        # no agreement
        ("성동구는 그동안 30개 기업과 투자협약을 맺어 640명의 고용창출을 이끌어냈다.", [("서울특별시 성동구", 640, "employed")]),
        ("성동구는 지난해 협약 기업을 통해 청년 75명을 채용했다.", [("서울특별시 성동구", 75, "employed")]),
        ("성동구는 지난해 일자리 1,200개를 만들었다.", [("서울특별시 성동구", 1200, "created")]),
        ("성동구는 지난해 120명의 고용창출 효과를 거뒀다.", [("서울특별시 성동구", 120, "employed")]),
    ],
    ids=["agreement-promised", "agreement-content", "agreement-expected", "agreements-so-far", "partner-hires", "made",
         "no-agreement"],
)
def test_jobs_promised_by_an_agreement_are_targets(nlp, text, expected):
    """J-AGREEMENT: jobs an investment agreement promises ("N명의 고용창출") are a target, with or without the model."""
    assert _keys(nlp, text, model=False) == expected
    assert _keys(nlp, text) == expected
